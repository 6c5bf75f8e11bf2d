import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { type Diagnostic, diagnostic } from '../diagnostics/diagnostic.ts';
import { validateConfig } from './validate-config.ts';
import { validateTei, type TeiInput } from './validate-tei.ts';

const XML = new Set(['.xml']);
const CONFIG = new Set(['.json', '.yaml', '.yml']);

export interface ValidatePathsOptions {
  /** Register file @ref pointers resolve to (default: register documents among the files). */
  register?: string;
}

/**
 * `tei-edition validate` as a library call: files or folders (every .xml, .json, .yaml inside,
 * recursively, skipping hidden folders). Each file's kind is detected: TEI memo, register or
 * teiCorpus (validated together, so cross-document rules see the whole edition) or edition config.
 * In folders, XML that is not TEI and JSON/YAML that is not an edition config are passed over;
 * named files are always checked.
 */
export async function validatePaths(paths: readonly string[], opts: ValidatePathsOptions = {}): Promise<Diagnostic[]> {
  const out: Diagnostic[] = [];
  const tei: TeiInput[] = [];
  const configs: string[] = [];
  // A file named twice (or also found in a folder) is read once: twice would duplicate its ids.
  const seen = new Set<string>();
  const take = (file: string, named: boolean) => {
    if (seen.has(resolve(file))) return;
    seen.add(resolve(file));
    const ext = extname(file).toLowerCase();
    if (!XML.has(ext) && !CONFIG.has(ext)) {
      if (named) out.push(diagnostic('TE404', { file }));
      return;
    }
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      out.push(diagnostic('TE403', { file, message: `File could not be read: ${(e as NodeJS.ErrnoException).code ?? e}` }));
      return;
    }
    if (XML.has(ext)) {
      if (named || looksLikeTei(text)) tei.push({ path: file, xml: text });
    } else if (named || looksLikeConfig(text)) configs.push(file);
  };
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch (e) {
      out.push(diagnostic('TE403', { file: p, message: `File could not be read: ${(e as NodeJS.ErrnoException).code ?? e}` }));
      continue;
    }
    if (isDir) for (const f of walk(p)) take(f, false);
    else take(p, true);
  }
  let register: { path: string; xml: string } | undefined;
  if (opts.register) {
    try {
      const named = tei.find((t) => resolve(t.path) === resolve(opts.register!));
      register = named ?? { path: opts.register, xml: readFileSync(opts.register, 'utf8') };
      if (!named) tei.push(register);
    } catch (e) {
      out.push(diagnostic('TE403', { file: opts.register, message: `Register could not be read: ${(e as NodeJS.ErrnoException).code ?? e}` }));
    }
  }
  for (const c of configs) out.push(...validateConfig(c).diagnostics);
  if (tei.length) out.push(...(await validateTei(tei, register ? { register } : {})));
  return out;
}

function* walk(dir: string): Generator<string> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  } catch {
    return;
  }
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile()) yield p;
  }
}

/** A TEI root in the first few KB (after the prolog); DOCTYPE-laden files count too, to be refused. */
function looksLikeTei(text: string): boolean {
  return /<(?:[\w.-]+:)?(?:TEI|teiCorpus)[\s>/]/.test(text.slice(0, 8192)) || /<!DOCTYPE\s+(?:TEI|teiCorpus)\b/.test(text.slice(0, 8192));
}

function looksLikeConfig(text: string): boolean {
  return /edition-config\.schema\.json/.test(text) || (/["']?memos["']?\s*:/.test(text) && /["']?title["']?\s*:/.test(text));
}
