import { isAlias, isMap, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';
import type { EditionFile } from '../edition-file.ts';
import type { Block } from './memo-record.ts';
import { resolveAliases } from './front-matter-aliases.ts';
import { describe, validateFrontMatter } from './schemas.ts';

/**
 * The YAML front matter of a transcription: found, parsed, checked against
 * schema/memo-front-matter.schema.json. Every value comes back with its offsets in the memo file,
 * so diagnostics and source maps point at the YAML line that holds it.
 */

export interface FrontMatter {
  /** Valid keys only: a key of the wrong type is reported (TE111) and left out. */
  data: Record<string, unknown>;
  /** Unknown keys (TE112), kept for the record's `extra`. */
  unknown: Record<string, unknown>;
  /** Offset in the file where the body starts (after the closing fence). */
  bodyStart: number;
  /** A key's value (or an item of it) as a Block pointing into the file. */
  block(key: string, index?: number): Block | null;
  /** Offset of a key in the file (for diagnostics). */
  keyOffset(key: string): number | undefined;
  /** [start, end) of a key's value node in the file. */
  valueRange(key: string): [number, number] | undefined;
}

const OPEN = /^\uFEFF?---[ \t]*(?:\r\n|\r|\n)/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;

export function hasFrontMatter(text: string): boolean {
  return OPEN.test(text) || /^\uFEFF?---[ \t]*$/.test(text);
}

export function readFrontMatter(file: EditionFile): FrontMatter {
  const text = file.text;
  const open = OPEN.exec(text);
  const yamlStart = open ? open[0].length : text.length;
  const close = CLOSE.exec(text.slice(yamlStart));
  const fm: FrontMatter = {
    data: {},
    unknown: {},
    bodyStart: text.length,
    block: () => null,
    keyOffset: () => undefined,
    valueRange: () => undefined,
  };
  if (!close) {
    file.report('TE110', 0, { message: 'Front matter is not closed: add a line "---" after the metadata' });
    return fm;
  }
  const yamlEnd = yamlStart + close.index;
  const afterClose = yamlEnd + close[0].length;
  fm.bodyStart = afterClose;

  const doc = parseDocument(text.slice(yamlStart, yamlEnd), { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) file.report('TE110', yamlStart + e.pos[0], { message: `Front matter is not valid YAML: ${firstLine(e.message)}` });
    return fm;
  }
  if (doc.contents === null) return fm;
  if (!isMap(doc.contents)) {
    file.report('TE111', yamlStart, { message: 'Front matter must be a mapping of keys to values' });
    return fm;
  }
  const pairs = new Map<string, Pair>();
  for (const p of doc.contents.items) {
    const k = isScalar(p.key) ? String(p.key.value) : String(p.key);
    pairs.set(k, p as Pair);
  }
  const at = (n: unknown): number | undefined => {
    const r = (n as Node | null)?.range;
    return r ? yamlStart + r[0] : undefined;
  };
  fm.keyOffset = (key) => at(pairs.get(key)?.key);
  fm.valueRange = (key) => {
    const r = (pairs.get(key)?.value as Node | undefined)?.range;
    return r ? [yamlStart + r[0], yamlStart + r[1]] : undefined;
  };
  fm.block = (key, index) => {
    // An alias (`source: *a`) stands for its anchored node, whose offsets hold the text.
    const deref = (n: Node | undefined) => (isAlias(n) ? (n.resolve(doc) as Node | undefined) : n);
    let node = deref(pairs.get(key)?.value as Node | undefined);
    if (index !== undefined) node = isSeq(node) ? deref(node.items[index] as Node | undefined) : undefined;
    if (!isScalar(node) || !node.range || node.value === null || node.value === undefined) return null;
    // Folded and literal scalars end with a newline; blocks are trimmed everywhere else too.
    const value = String(node.value).trim();
    let start = yamlStart + node.range[0];
    let end = yamlStart + node.range[1];
    // A quoted value without escapes: point inside the quotes so the offsets slice back exactly.
    if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && text.slice(start + 1, end - 1) === value) {
      start++;
      end--;
    }
    const b: Block = { text: value, start, end };
    if (text.slice(start, end) !== value) b.normalized = true;
    return b;
  };

  let data: Record<string, unknown>;
  try {
    data = doc.toJS({ maxAliasCount: 50 }) as Record<string, unknown>;
  } catch (e) {
    file.report('TE110', yamlStart, { message: `Front matter could not be read: ${firstLine(String(e))}` });
    return fm;
  }
  resolveAliases(data, pairs);
  if (!validateFrontMatter(data)) {
    const bad = new Map<string, string[]>();
    for (const err of validateFrontMatter.errors ?? []) {
      if (err.keyword === 'additionalProperties') {
        const key = String((err.params as { additionalProperty: string }).additionalProperty);
        file.report('TE112', fm.keyOffset(key), { message: `Unknown front-matter key "${key}" (kept as extra metadata)` });
        fm.unknown[key] = data[key];
        delete data[key];
        continue;
      }
      const key = err.instancePath.split('/')[1] ?? '';
      bad.set(key, [...(bad.get(key) ?? []), ...describe([err])]);
    }
    for (const [key, msgs] of bad) {
      // oneOf reports every failed branch; the first message says enough.
      file.report('TE111', fm.keyOffset(key) ?? yamlStart, { message: `Front matter "${key || '(root)'}" does not match the schema: ${msgs[0]}` });
      delete data[key];
    }
  }
  fm.data = data;
  return fm;
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
}
