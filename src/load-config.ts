import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parseDocument, LineCounter } from 'yaml';
import { type Diagnostic, diagnostic } from './diagnostics/diagnostic.ts';
import type { EditionConfig } from './edition.ts';

const schema = JSON.parse(readFileSync(new URL('../schema/edition-config.schema.json', import.meta.url), 'utf8'));
const addFormats = addFormatsModule as unknown as (a: Ajv) => Ajv;
const ajv = new Ajv({ allErrors: true, useDefaults: true, strict: false });
addFormats(ajv);
/** Compiled once per process. */
const validate = ajv.compile<EditionConfig>(schema);

/** The default corpus shipped with the tool: used when no config is given and none is in the folder. */
export const DEFAULT_CONFIG = resolve(dirname(new URL(import.meta.url).pathname), '../corpus/edition.json');

const DEFAULTS: Omit<EditionConfig, 'title' | 'memos'> = {
  editors: [],
  publisher: 'tei-edition',
  baseUrl: 'https://example.org/edition',
  version: '0.1.0',
  language: 'en',
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  register: [],
  output: 'output',
};

/**
 * Reads an edition config (JSON or YAML; YAML is a superset, so one parser reads both) and checks it
 * against schema/edition-config.schema.json. Errors carry the line of the offending key.
 */
export function loadConfig(path: string): { config?: EditionConfig; root: string; diagnostics: Diagnostic[] } {
  const root = dirname(resolve(path));
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return { root, diagnostics: [diagnostic('TE701', { file: path, message: `Edition config not found or unreadable: ${(e as NodeJS.ErrnoException).code ?? e}` })] };
  }
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    const err = doc.errors[0]!;
    const pos = lc.linePos(err.pos[0]);
    return { root, diagnostics: [diagnostic('TE702', { file: path, line: pos.line, column: pos.col, message: `Edition config is not valid JSON/YAML: ${err.message.split('\n')[0]}` })] };
  }
  let data: unknown;
  try {
    // toJS refuses alias bombs ("billion laughs" in YAML) by throwing: a diagnostic, not a crash.
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return { root, diagnostics: [diagnostic('TE702', { file: path, line: 1, column: 1, message: `Edition config could not be read: ${String((e as Error).message ?? e).split('\n')[0]}` })] };
  }
  if (!validate(data)) {
    const diagnostics = (validate.errors ?? []).map((e) => {
      const keyPath = e.instancePath.split('/').filter(Boolean).map((k) => (/^\d+$/.test(k) ? Number(k) : k));
      const node = keyPath.length ? (doc.getIn(keyPath, true) as { range?: [number, number, number] } | undefined) : undefined;
      const pos = node?.range ? lc.linePos(node.range[0]) : { line: 1, col: 1 };
      const where = e.instancePath || '(top level)';
      const extra = e.keyword === 'additionalProperties' ? ` "${(e.params as { additionalProperty: string }).additionalProperty}"` : '';
      return diagnostic('TE702', { file: path, line: pos.line, column: pos.col, message: `Edition config ${where}: ${e.message}${extra}` });
    });
    return { root, diagnostics };
  }
  return { config: { ...DEFAULTS, ...(data as EditionConfig) }, root, diagnostics: [] };
}
