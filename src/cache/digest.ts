import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TOOL_VERSION } from '../version.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function sha256hex(...parts: (string | Uint8Array)[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex');
}

let code: string | undefined;

/**
 * The tool's identity for the cache: its version plus the bytes of every source file, stylesheet
 * and schema it runs with. The version alone would keep stale results across code edits made
 * without a version bump (development, patched installs); hashing ~2 MB costs a few milliseconds.
 */
export function codeDigest(): string {
  if (code) return code;
  const h = createHash('sha256').update(`tei-edition ${TOOL_VERSION}\0`);
  for (const dir of ['src', 'xslt', 'schema']) {
    for (const file of walk(join(ROOT, dir))) h.update(file.slice(ROOT.length)).update('\0').update(readFileSync(file)).update('\0');
  }
  for (const pkg of ['saxon-js', 'libxml2-wasm']) h.update(`${pkg} ${version(pkg)}\0`);
  code = h.digest('hex');
  return code;
}

function walk(dir: string): string[] {
  let names: import('node:fs').Dirent[];
  try {
    names = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const e of names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

function version(pkg: string): string {
  try {
    return (JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'absent';
  }
}

/** JSON with object keys sorted, so equal data always hashes alike. */
export function stableJson(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : x));
}
