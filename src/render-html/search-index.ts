import MiniSearch from 'minisearch';
import type { Facts } from './facts.ts';
import { jsonForScript } from './xml.ts';

/** One searchable unit: a paragraph (or a memo summary); results link to memo/<memo>.html#<pid>. */
export interface SearchDoc {
  id: string;
  memo: string;
  pid: string;
  n: string;
  title: string;
  date: string;
  dateLabel: string;
  text: string;
  persons: string[];
  places: string[];
}

/** Shared with assets/search.js, which loads the index with the same options. */
export const SEARCH_OPTIONS = {
  idField: 'id',
  fields: ['text', 'title'],
  storeFields: ['memo', 'pid', 'n', 'title', 'date', 'dateLabel', 'text', 'persons', 'places'],
};

export function searchDocs(facts: Facts): SearchDoc[] {
  return facts.memos.flatMap((m) =>
    m.paragraphs.map((p) => ({
      id: `${m.id}#${p.pid}`,
      memo: m.id,
      pid: p.pid,
      n: p.n,
      title: m.title,
      date: m.date,
      dateLabel: m.dateLabel,
      text: p.text,
      persons: p.persons,
      places: p.places,
    })),
  );
}

/**
 * The static search index (built at build time, so the browser only loads it): minisearch's
 * serialized index plus the options needed to load it, as JSON safe to embed in a <script> element.
 */
export function buildSearchIndex(facts: Facts): string {
  const ms = new MiniSearch<SearchDoc>(SEARCH_OPTIONS);
  ms.addAll(searchDocs(facts));
  return jsonForScript({ options: SEARCH_OPTIONS, index: ms.toJSON() });
}
