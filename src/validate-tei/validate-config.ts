import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { type Diagnostic, diagnostic } from '../diagnostics/diagnostic.ts';
import { loadConfig } from '../load-config.ts';
import type { EditionConfig } from '../edition.ts';

/**
 * Validates an edition config (JSON or YAML): syntax and schema/edition-config.schema.json through
 * loadConfig (TE701/TE702, with the line of the offending key), then that the files and folders it
 * names exist (TE415, a warning: a build can still make sense of the rest).
 */
export function validateConfig(path: string): { config?: EditionConfig; diagnostics: Diagnostic[] } {
  const loaded = loadConfig(path);
  const lc = new LineCounter();
  let doc: ReturnType<typeof parseDocument> | undefined;
  try {
    doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: lc });
  } catch {
    doc = undefined;
  }
  const pos = (range?: [number, number, number]) => {
    if (!range) return {};
    const p = lc.linePos(range[0]);
    return { line: p.line, column: p.col };
  };
  const where = (keyPath: (string | number)[]) => pos((doc?.getIn(keyPath, true) as { range?: [number, number, number] } | undefined)?.range);
  const diagnostics = mergeSameSpot(loaded.diagnostics.map((d) => (d.code === 'TE702' && doc ? atUnknownKey(d, doc, pos) : d)));
  if (!loaded.config) return { diagnostics };
  const check = (value: unknown, keyPath: (string | number)[], what: string) => {
    if (typeof value !== 'string' || !value) return;
    const abs = isAbsolute(value) ? value : resolve(loaded.root, value);
    if (!existsSync(abs)) {
      diagnostics.push(diagnostic('TE415', { file: path, ...where(keyPath), message: `${what} "${value}" does not exist (looked for ${abs})` }));
    }
  };
  const raw = (doc?.toJS() ?? {}) as Partial<Record<keyof EditionConfig, unknown>>;
  check(raw.introduction, ['introduction'], 'introduction');
  if (Array.isArray(raw.memos)) raw.memos.forEach((m, i) => check(m, ['memos', i], 'memos entry'));
  if (Array.isArray(raw.register)) raw.register.forEach((r, i) => check(r, ['register', i], 'register entry'));
  return { config: loaded.config, diagnostics };
}

type YamlDoc = ReturnType<typeof parseDocument>;
type Range = [number, number, number];

/**
 * ajv reports an unknown key at the object that holds it; point at the key itself, so a typo
 * ("titel:") is shown on its own line.
 */
function atUnknownKey(d: Diagnostic, doc: YamlDoc, pos: (r?: Range) => { line?: number; column?: number }): Diagnostic {
  const m = d.message.match(/^Edition config (\(top level\)|\/\S*): must NOT have additional properties "(.+)"$/);
  if (!m) return d;
  const keyPath = m[1] === '(top level)' ? [] : m[1]!.split('/').filter(Boolean).map((k) => (/^\d+$/.test(k) ? Number(k) : k));
  const holder = (keyPath.length ? doc.getIn(keyPath, true) : doc.contents) as { items?: { key?: { value?: unknown; range?: Range } }[] } | undefined;
  const key = holder?.items?.find((i) => i.key?.value === m[2])?.key;
  return key?.range ? { ...d, ...pos(key.range), message: `Edition config: unknown key "${m[2]}"${keyPath.length ? ` in ${m[1]}` : ''}` } : d;
}

/** ajv can report one value twice (pattern and format): one diagnostic per spot, messages joined. */
function mergeSameSpot(ds: Diagnostic[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const d of ds) {
    const same = out.find((o) => o.code === d.code && o.line === d.line && o.column === d.column && o.file === d.file);
    if (same) same.message += `; ${d.message.replace(/^Edition config \S+: /, '')}`;
    else out.push({ ...d });
  }
  return out;
}
