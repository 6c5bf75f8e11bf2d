import { createHash } from 'node:crypto';
import { appendFileSync, type Dirent, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import { dirname, isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';
import { readJsonKept } from './cache/read-optional.ts';

/** localeCompare's order (the manifest was always sorted so), at a fraction of its cost per call. */
const collator = new Intl.Collator();

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

/**
 * Removes every file under `dir` that `keep` does not name (paths relative to `dir`, "/"-separated),
 * and the folders this empties: the outputs a stage no longer writes (memos that left the edition,
 * split pages that moved) in a folder only that stage writes to.
 */
export function removeUnlisted(dir: string, keep: (rel: string) => boolean): void {
  const walk = (rel: string): boolean => {
    let entries: Dirent[];
    try {
      entries = readdirSync(join(dir, rel), { withFileTypes: true });
    } catch {
      return false;
    }
    let kept = 0;
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory() ? walk(r) : keep(r)) kept++;
      else if (!e.isDirectory()) rmSync(join(dir, r), { force: true });
    }
    if (!kept && rel) rmSync(join(dir, rel), { recursive: true, force: true });
    return kept > 0;
  };
  walk('');
}

export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/** Resolves a path inside `root`; throws for anything that would land outside it ("../", absolute paths). */
export function insideRoot(root: string, rel: string): string {
  if (isAbsolute(rel) || rel.includes('\0')) throw new Error(`Refusing to write outside the output folder: ${rel}`);
  const full = resolve(root, normalize(rel));
  const back = relative(resolve(root), full);
  // "..foo.xml" is a legal name inside the root; only a ".." path segment climbs out.
  if (back === '..' || back.startsWith(`..${sep}`) || isAbsolute(back) || back === '') throw new Error(`Refusing to write outside the output folder: ${rel}`);
  return full;
}

/**
 * Writes generated files under one root and remembers what it wrote (a manifest of hashes), so a
 * file edited by hand since the last build is recognized and never silently overwritten.
 */
export class OutputWriter {
  private manifest: Record<string, string> = {};
  private readonly manifestPath: string;
  /**
   * Hashes of writes a killed build started but never recorded in the manifest (the journal,
   * `<manifest>.pending`, is appended before each write and removed by save()): such files are the
   * tool's own output, not hand edits.
   */
  private readonly pending = new Map<string, Set<string>>();
  /** Whether the manifest differs from the file (an incremental build that wrote nothing leaves it alone). */
  private dirty = false;
  /** Files this writer wrote, found unchanged, kept as edited by hand or vouched for. */
  private readonly claimed = new Set<string>();

  constructor(
    readonly root: string,
    manifestRel = join('.build', 'manifest.json'),
    private readonly force = false,
  ) {
    this.manifestPath = join(root, manifestRel);
    // A copy: the value may be the build session's (shared with the next build), and this writer changes it.
    this.manifest = { ...readJsonKept<Record<string, string>>(this.manifestPath) };
    try {
      for (const line of readFileSync(`${this.manifestPath}.pending`, 'utf8').split('\n')) {
        const [k, h] = line.split('\t');
        if (k && h) this.pending.set(k, (this.pending.get(k) ?? new Set()).add(h));
      }
    } catch {
      /* no journal: the last build finished */
    }
  }

  private known(rel: string, hash: string): boolean {
    return this.manifest[key(rel)] === hash || !!this.pending.get(key(rel))?.has(hash);
  }

  /** True when the file exists and differs from what the tool last wrote there. */
  isHandEdited(rel: string): boolean {
    const full = insideRoot(this.root, rel);
    if (!existsSync(full)) return false;
    return !this.known(rel, sha256(readFileSync(full)));
  }

  /** Current content of a file (for hand-edited files the build goes on with). */
  read(rel: string): string {
    return readFileSync(insideRoot(this.root, rel), 'utf8');
  }

  write(rel: string, content: string | Uint8Array, opts: { protectEdits?: boolean } = {}): WriteOutcome {
    const full = insideRoot(this.root, rel);
    const hash = sha256(content);
    this.claimed.add(key(rel));
    if (existsSync(full)) {
      const current = sha256(readFileSync(full));
      if (current === hash) {
        this.set(rel, hash);
        return 'unchanged';
      }
      if (opts.protectEdits && !this.force && !this.known(rel, current)) return 'kept-edited';
    }
    mkdirSync(dirname(this.manifestPath), { recursive: true });
    appendFileSync(`${this.manifestPath}.pending`, `${key(rel)}\t${hash}\n`);
    writeAtomic(full, content);
    this.set(rel, hash);
    return 'written';
  }

  /**
   * Records that `rel` holds content with this sha256, for a file the caller knows this tool wrote
   * and nobody changed since (the build's stat index, src/cache/stat-index.ts): the manifest stays
   * complete without reading the file.
   */
  vouch(rel: string, hash: string): void {
    this.set(rel, hash);
  }

  /**
   * Files the manifest holds (the last build's outputs) that this writer has not claimed: outputs of
   * memos that left the edition, or were renamed, once every memo has been written.
   */
  unclaimed(test: (rel: string) => boolean): string[] {
    return Object.keys(this.manifest).filter((k) => !this.claimed.has(k) && test(k));
  }

  /**
   * Takes a file out of the output and the manifest. A file edited by hand since the tool wrote it
   * is not deleted but moved to `aside` (relative to the root, replacing an older copy there).
   */
  retire(rel: string, aside: string): 'removed' | 'moved' | 'gone' {
    const k = key(rel);
    const full = insideRoot(this.root, rel);
    let outcome: 'removed' | 'moved' | 'gone' = 'gone';
    if (existsSync(full)) {
      if (this.known(rel, sha256(readFileSync(full)))) {
        rmSync(full, { force: true });
        outcome = 'removed';
      } else {
        const to = insideRoot(this.root, aside);
        mkdirSync(dirname(to), { recursive: true });
        renameSync(full, to);
        outcome = 'moved';
      }
    }
    if (k in this.manifest) {
      delete this.manifest[k];
      this.dirty = true;
    }
    return outcome;
  }

  private set(rel: string, hash: string): void {
    const k = key(rel);
    this.claimed.add(k);
    if (this.manifest[k] === hash) return;
    this.manifest[k] = hash;
    this.dirty = true;
  }

  save(): void {
    if (this.dirty || !existsSync(this.manifestPath)) {
      const sorted = Object.fromEntries(Object.entries(this.manifest).sort(([a], [b]) => collator.compare(a, b)));
      writeAtomic(this.manifestPath, JSON.stringify(sorted, null, 1) + '\n');
      this.dirty = false;
    }
    rmSync(`${this.manifestPath}.pending`, { force: true });
    this.pending.clear();
  }
}

function key(rel: string): string {
  return rel.split(sep).join('/');
}
