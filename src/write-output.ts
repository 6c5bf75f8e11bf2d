import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync, unlinkSync } from 'node:fs';
import { dirname, isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';

export type WriteOutcome = 'written' | 'unchanged' | 'kept-edited';

/** Writes a file atomically: a crash leaves either the old file or the new one, never half of one. */
export function writeAtomic(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* already gone */
    }
    throw e;
  }
}

export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/** Resolves a path inside `root`; throws for anything that would land outside it ("../", absolute paths). */
export function insideRoot(root: string, rel: string): string {
  if (isAbsolute(rel) || rel.includes('\0')) throw new Error(`Refusing to write outside the output folder: ${rel}`);
  const full = resolve(root, normalize(rel));
  const back = relative(resolve(root), full);
  if (back.startsWith('..') || isAbsolute(back) || back === '') throw new Error(`Refusing to write outside the output folder: ${rel}`);
  return full;
}

/**
 * Writes generated files under one root and remembers what it wrote (a manifest of hashes), so a
 * file edited by hand since the last build is recognized and never silently overwritten.
 */
export class OutputWriter {
  private manifest: Record<string, string> = {};
  private readonly manifestPath: string;

  constructor(
    readonly root: string,
    manifestRel = join('.build', 'manifest.json'),
    private readonly force = false,
  ) {
    this.manifestPath = join(root, manifestRel);
    try {
      this.manifest = JSON.parse(readFileSync(this.manifestPath, 'utf8')) as Record<string, string>;
    } catch {
      this.manifest = {};
    }
  }

  /** True when the file exists and differs from what the tool last wrote there. */
  isHandEdited(rel: string): boolean {
    const full = insideRoot(this.root, rel);
    if (!existsSync(full)) return false;
    const known = this.manifest[key(rel)];
    const current = sha256(readFileSync(full));
    return known !== current;
  }

  /** Current content of a file (for hand-edited files the build goes on with). */
  read(rel: string): string {
    return readFileSync(insideRoot(this.root, rel), 'utf8');
  }

  write(rel: string, content: string | Uint8Array, opts: { protectEdits?: boolean } = {}): WriteOutcome {
    const full = insideRoot(this.root, rel);
    const hash = sha256(content);
    if (existsSync(full)) {
      const current = sha256(readFileSync(full));
      if (current === hash) {
        this.manifest[key(rel)] = hash;
        return 'unchanged';
      }
      if (opts.protectEdits && !this.force && this.manifest[key(rel)] !== current) return 'kept-edited';
    }
    writeAtomic(full, content);
    this.manifest[key(rel)] = hash;
    return 'written';
  }

  save(): void {
    const sorted = Object.fromEntries(Object.entries(this.manifest).sort(([a], [b]) => a.localeCompare(b)));
    writeAtomic(this.manifestPath, JSON.stringify(sorted, null, 1) + '\n');
  }
}

function key(rel: string): string {
  return rel.split(sep).join('/');
}
