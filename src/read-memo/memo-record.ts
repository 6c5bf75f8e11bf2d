/**
 * The typed memo record: everything the reader found in one memo, with the offsets of each part in
 * the decoded source text (UTF-16 code-unit offsets into EditionFile.text) so later stages can point
 * back to memo lines. schema/memo-record.schema.json describes the same shape for ajv.
 */

/** A run of source text. `text` is exactly `source.slice(start, end)` unless `normalized` is set. */
export interface Block {
  text: string;
  start: number;
  end: number;
  /** Set when `text` was derived from the slice (a quoted or folded YAML value), not copied verbatim. */
  normalized?: boolean;
  /** A heading inside the body (a Markdown `#` line in a transcription). */
  heading?: boolean;
}

export interface MemoDate {
  /** The date as written ("February 26, 1964"). */
  text: string;
  start: number;
  end: number;
  /** ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD) when the date is one point. */
  when?: string;
  /** For ranges and vague dates. */
  notBefore?: string;
  notAfter?: string;
  /** Certainty of the normalized value (TEI @cert), from the date rules. */
  cert?: 'high' | 'medium' | 'low';
}

/** The source statement split into its parts; `text` keeps the full original statement. */
export interface SourceStatement {
  text: string;
  start: number;
  end: number;
  repository?: string;
  settlement?: string;
  /** Collection / fond-level name, where stated. */
  collection?: string;
  /** Archival citation parts in order, e.g. [{unit:'fond', value:'0102'}, {unit:'opis', value:'19'}]. */
  citation?: { unit: string; value: string }[];
  /** The citation as written ("fond 0102, opis 19, papka 97, delo 4, list 169"). */
  citationText?: string;
  translator?: string[];
  obtainedBy?: string[];
  /** The project the copy was obtained or translated for (NKIDP, CWIHP…). */
  project?: string;
  /** Parts of the statement that could not be split (reported as TE114; still inside `text`). */
  unparsed?: string[];
}

export interface MemoRecord {
  format: 'archive-page' | 'transcription';
  /** Stable memo id (NCName): from the record id when given, else a slug of date and title. */
  id: string;
  date: MemoDate | null;
  title: Block | null;
  credit: Block | null;
  body: Block[];
  summary: Block | null;
  source: SourceStatement | null;
  originalArchive: Block | null;
  /** Rights/licence paragraphs, verbatim. */
  rights: Block[];
  recordId: string | null;
  classification: string | null;
  /** Language of the memo text (BCP 47), default "en". */
  language: string;
  /** Language of the original document, when stated. */
  originalLanguage: string | null;
  uploadedDate: string | null;
  documentType: string | null;
  /** A stray paragraph before the date line, kept out of the memo. */
  preamble: Block | null;
  /** False when the page text stops before its end (cut off). */
  complete: boolean;
  /** The page stops mid-sentence after the memo, in its metadata (a cut-off rights statement): the memo is whole, the page is not. */
  pageCut?: boolean;
  /** Free metadata from a transcription's front matter that has no slot above. */
  extra?: Record<string, unknown>;
  /** Archive-page metadata headings that carried values (`Author(s):`, `Associated Places`, …). */
  metadata?: { label: string; values: Block[] }[];
}
