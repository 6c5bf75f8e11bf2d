/**
 * The facts of the edition the TypeScript side uses (search index, map, network, notes), merged
 * from each memo's xslt/html/facts.xsl output by site-data.ts.
 */
export interface ParagraphFacts {
  /** Paragraph xml:id, or "summary" for the memo's summary. */
  pid: string;
  /** Display number ("" for the summary). */
  n: string;
  text: string;
  persons: string[];
  places: string[];
  orgs: string[];
}

export interface MemoFacts {
  id: string;
  title: string;
  date: string;
  dateLabel: string;
  year: string;
  archive: string;
  summary: string;
  paragraphs: ParagraphFacts[];
  /** Register ids of every entity mentioned (text and summary). */
  entities: string[];
}

export interface EntityFacts {
  id: string;
  kind: 'person' | 'place' | 'org';
  name: string;
  inRegister: boolean;
  /** Number of memos mentioning it. */
  memos: number;
  lat?: number;
  lon?: number;
}

export interface Facts {
  memos: MemoFacts[];
  entities: EntityFacts[];
}

/** Parses facts JSON (as tests write it) and puts entities in a stable order. */
export function readFacts(json: string): Facts {
  const raw = JSON.parse(json) as Facts;
  return {
    memos: raw.memos ?? [],
    entities: [...(raw.entities ?? [])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
}
