import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { SAXON_VERSION } from './saxon.ts';

/** Project root (…/src/run-xslt → …): the default SEF cache lives in `<root>/.cache/sef/`. */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_SEF_CACHE = join(ROOT, '.cache', 'sef');

const require = createRequire(import.meta.url);
const XSLT3_CLI = require.resolve('xslt3/xslt3.js');

export class XsltCompileError extends Error {
  constructor(readonly stylesheet: string, message: string) {
    super(`${stylesheet}: ${message}`);
  }
}

/**
 * Every stylesheet module the entry pulls in through xsl:include / xsl:import (transitively), entry
 * first, in a stable order. A regex is enough: hrefs in these elements are static by definition
 * (XSLT 3.0 §3.11), and a false positive in a comment only makes the hash more conservative.
 */
export function stylesheetModules(entry: string): string[] {
  const seen: string[] = [];
  const visit = (file: string) => {
    const abs = resolve(file);
    if (seen.includes(abs)) return;
    seen.push(abs);
    if (!existsSync(abs)) return;
    const text = readFileSync(abs, 'utf8');
    for (const m of text.matchAll(/<xsl:(?:include|import)\b[^>]*?\bhref\s*=\s*(["'])(.*?)\1/g)) {
      visit(resolve(dirname(abs), m[2]!));
    }
  };
  visit(entry);
  return seen;
}

/** Hash of the entry stylesheet, every module it includes/imports, and the saxon-js version. */
export function stylesheetHash(entry: string): string {
  const h = createHash('sha256').update(`saxon-js ${SAXON_VERSION}\n`);
  for (const file of stylesheetModules(entry)) {
    h.update(`${file}\n`);
    h.update(existsSync(file) ? readFileSync(file) : '<missing>');
    h.update('\n');
  }
  return h.digest('hex').slice(0, 16);
}

export interface CompileResult {
  /** Absolute path of the compiled SEF (JSON). */
  sefPath: string;
  /** True when the cache already held a SEF for this exact source. */
  cacheHit: boolean;
}

/**
 * Compiles `xslPath` to `<cacheDir>/<name>-<hash>.sef.json` with the xslt3 CLI, unless that file
 * already exists. Writes a temp file and renames it, so parallel builds never see a half SEF.
 */
export async function compileStylesheet(xslPath: string, opts: { cacheDir?: string } = {}): Promise<CompileResult> {
  const cacheDir = opts.cacheDir ?? DEFAULT_SEF_CACHE;
  const abs = resolve(xslPath);
  if (!existsSync(abs)) throw new XsltCompileError(abs, 'stylesheet not found');
  // "html-memo", "print-book": the folder keeps same-named entry stylesheets apart.
  const name = `${basename(dirname(abs))}-${basename(abs).replace(/\.xslt?$/i, '')}`.replace(/[^A-Za-z0-9._-]/g, '_');
  const sefPath = join(cacheDir, `${name}-${stylesheetHash(abs)}.sef.json`);
  if (existsSync(sefPath)) return { sefPath, cacheHit: true };
  mkdirSync(cacheDir, { recursive: true });
  const tmp = `${sefPath}.${process.pid}.${Date.now().toString(36)}.tmp`;
  try {
    await new Promise<void>((ok, fail) => {
      execFile(
        process.execPath,
        [XSLT3_CLI, `-xsl:${abs}`, `-export:${tmp}`, '-nogo', '-relocate:on'],
        { maxBuffer: 16 * 1024 * 1024 },
        (err, _stdout, stderr) => (err ? fail(new XsltCompileError(abs, (stderr || err.message).trim())) : ok()),
      );
    });
    if (!existsSync(tmp)) throw new XsltCompileError(abs, 'xslt3 wrote no SEF');
    renameSync(tmp, sefPath);
    pruneOlder(cacheDir, name, sefPath);
  } finally {
    rmSync(tmp, { force: true });
  }
  return { sefPath, cacheHit: false };
}

/** Earlier compilations of the same stylesheet are dead weight once a newer one exists. */
function pruneOlder(cacheDir: string, name: string, keep: string): void {
  const re = new RegExp(`^${name.replace(/[.]/g, '\\.')}-[0-9a-f]{16}\\.sef\\.json$`);
  for (const f of readdirSync(cacheDir)) {
    if (re.test(f) && join(cacheDir, f) !== keep) rmSync(join(cacheDir, f), { force: true });
  }
}
