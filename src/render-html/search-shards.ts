import MiniSearch from 'minisearch';
import { SEARCH_OPTIONS, type SearchDoc } from './search-index.ts';
import { jsonForScript } from './xml.ts';

/**
 * The search index of a large edition in shards: one script file per run of consecutive memos,
 * loaded by search.html only when the reader searches. A file calls the page's global callback
 * (`teiEditionSearchShard(n, shard)`) instead of being fetched, because fetch() does not work when
 * the edition is opened from disk (file://).
 *
 * A shard holds its paragraphs exactly as minisearch indexes them (field lengths, term frequencies,
 * stored fields) with shard-local document numbers, so it depends on its own memos only: editing
 * one memo rewrites one shard. assets/search.js (mergeShards) puts the shards back together into
 * minisearch's serialized index, identical to the one index of the whole edition (the global
 * document numbers, the average field lengths computed as minisearch computes them, and the terms
 * in the order minisearch first met them, which decides the order of its term tree and so of
 * equally scored results). test/render-html.test.ts compares both.
 */

/** One shard: [document id, field lengths, stored fields] per paragraph, and [term, {field: {doc: frequency}}] in order of first occurrence. */
export interface SearchShard {
  docs: [string, (number | null)[], Record<string, unknown>][];
  terms: [string, Record<string, Record<string, number>>][];
}

interface SerializedIndex {
  documentIds: Record<string, string>;
  fieldLength: Record<string, (number | null)[]>;
  storedFields: Record<string, Record<string, unknown>>;
  index: [string, Record<string, Record<string, number>>][];
}

export function searchShard(docs: readonly SearchDoc[]): SearchShard {
  const ms = new MiniSearch<SearchDoc>(SEARCH_OPTIONS);
  ms.addAll(docs as SearchDoc[]);
  const js = ms.toJSON() as unknown as SerializedIndex;
  const byTerm = new Map(js.index);
  const terms: SearchShard['terms'] = [];
  for (const term of termsInOrder(docs)) {
    const data = byTerm.get(term);
    if (data) terms.push([term, data]);
  }
  if (terms.length !== byTerm.size) throw new Error(`search shard: ${byTerm.size - terms.length} terms out of order`);
  return {
    docs: docs.map((_, i) => [js.documentIds[i]!, [...js.fieldLength[i]!].map((x) => x ?? null), js.storedFields[i]!]),
    terms,
  };
}

/** The terms of the documents in the order minisearch's add() first inserts them (fields in SEARCH_OPTIONS order). */
function termsInOrder(docs: readonly SearchDoc[]): string[] {
  const tokenize = MiniSearch.getDefault('tokenize') as (text: string, field: string) => string[];
  const processTerm = MiniSearch.getDefault('processTerm') as (term: string, field: string) => string | string[] | null | undefined | false;
  const seen = new Set<string>();
  for (const d of docs) {
    for (const field of SEARCH_OPTIONS.fields) {
      const value = (d as unknown as Record<string, unknown>)[field];
      if (value == null) continue;
      for (const token of tokenize(String(value), field)) {
        const p = processTerm(token, field);
        for (const t of Array.isArray(p) ? p : p ? [p] : []) seen.add(t);
      }
    }
  }
  return [...seen];
}

/** The script file of shard `n` (0-based): a call of the search page's callback. */
export function shardScript(n: number, shard: SearchShard): string {
  // Script-safe JSON is also valid inside a .js file; it keeps "</script>" out of any context.
  return `teiEditionSearchShard(${n},${jsonForScript(shard)});\n`;
}

/** What search.html carries instead of the index: the options and the shard files, in order. */
export function shardManifest(files: readonly string[]): string {
  return jsonForScript({ options: SEARCH_OPTIONS, shards: files });
}
