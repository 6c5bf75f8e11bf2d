/** What xslt/html/facts.xsl reports about the edition (see the header of that file). */
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

/** Parses the facts JSON and puts entities in a stable order (the XSLT map order is not). */
export function readFacts(json: string): Facts {
  const raw = JSON.parse(json) as Facts;
  return {
    memos: raw.memos ?? [],
    entities: [...(raw.entities ?? [])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
}
