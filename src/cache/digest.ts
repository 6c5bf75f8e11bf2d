import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TOOL_VERSION } from '../version.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function sha256hex(...parts: (string | Uint8Array)[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex');
}

/**
 * What a stage's results depend on besides its input: the modules it runs (found by following the
 * imports from its entry modules) and the files it reads at run time (schemas, stylesheets).
 */
const STAGES = {
  convert: { entries: ['src/parallel/convert-task.ts', 'src/parallel/convert-memos.ts'], assets: [/^schema\/[^/]+\.json$/] },
  validate: { entries: ['src/parallel/validate-task.ts', 'src/parallel/validate-memos.ts'], assets: [/^schema\//] },
  html: { entries: ['src/parallel/html-task.ts', 'src/parallel/html-pages.ts'], assets: [/^xslt\//, /^src\/render-html\/assets\//] },
  facts: { entries: ['src/parallel/facts-task.ts', 'src/parallel/memo-facts.ts'], assets: [/^xslt\//] },
  site: { entries: ['src/render-html/render-site.ts'], assets: [/^xslt\//, /^src\/render-html\/assets\//] },
} as const;

export type CodeStage = keyof typeof STAGES;

/** Modules that only schedule work (threads, order of results): they cannot change a result, and the tests hold them to that. */
const SCHEDULING = new Set(['src/parallel/pool.ts', 'src/parallel/boot.mjs']);

const digests = new Map<CodeStage, string>();

/**
 * The code identity of a stage for the cache: the tool version, the installed dependencies
 * (package-lock.json), and the bytes of every source module and data file the stage uses. A change
 * to the recognizer invalidates conversions, not memo pages (those see it through their new TEI); a
 * stylesheet edit invalidates pages only; an edit to the site's code (indexes, search) keeps the memo pages. Reading a few hundred files costs a few milliseconds.
 */
export function codeDigest(stage: CodeStage): string {
  const hit = digests.get(stage);
  if (hit) return hit;
  const spec = STAGES[stage];
  const files = new Set<string>();
  for (const e of spec.entries) walkImports(join(ROOT, e), files);
  for (const dir of ['schema', 'xslt', 'src']) for (const f of listFiles(join(ROOT, dir))) if (spec.assets.some((re) => re.test(rel(f)))) files.add(f);
  const h = createHash('sha256').update(`tei-edition ${TOOL_VERSION} ${stage}\0`);
  const lock = join(ROOT, 'package-lock.json');
  if (existsSync(lock)) h.update(readFileSync(lock)).update('\0');
  for (const f of [...files].filter((x) => !SCHEDULING.has(rel(x))).sort()) h.update(rel(f)).update('\0').update(existsSync(f) ? readFileSync(f) : 'missing').update('\0');
  const d = h.digest('hex');
  digests.set(stage, d);
  return d;
}

/** Local modules reachable from `file` through static and dynamic imports and `new URL('./x.ts', import.meta.url)`. */
function walkImports(file: string, seen: Set<string>): void {
  if (seen.has(file) || !existsSync(file) || !statSync(file).isFile()) return;
  seen.add(file);
  if (!/\.(ts|mjs|js)$/.test(file)) return;
  const text = readFileSync(file, 'utf8');
  const refs = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|new URL\(\s*)(['"])(\.{1,2}\/[^'"]+)\1/g;
  for (const m of text.matchAll(refs)) walkImports(resolve(dirname(file), m[2]!), seen);
}

function listFiles(dir: string): string[] {
  let names: import('node:fs').Dirent[];
  try {
    names = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return names.flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : []));
}

function rel(f: string): string {
  return relative(ROOT, f).split('\\').join('/');
}

/** JSON with object keys sorted, so equal data always hashes alike. */
export function stableJson(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : x));
}
