import type { Block } from './memo-record.ts';
import { block, lines } from './blocks.ts';

/**
 * The labels of an archive page's metadata area, in the order the digital archive prints them.
 * A label may stand alone (its value on the next line or block) or carry its value after a colon.
 */

export type LabelKind = 'heading' | 'docinfo' | 'source' | 'originalArchive' | 'rights' | 'uploaded' | 'type' | 'language' | 'originalLanguage' | 'recordId' | 'classification';

interface LabelDef {
  kind: LabelKind;
  name: string;
  re: RegExp;
}

const DEFS: LabelDef[] = [
  { kind: 'heading', name: 'Author(s)', re: /^Authors?(?:\s*\(s\))?/i },
  { kind: 'heading', name: 'Associated People & Organizations', re: /^Associated People\s*(?:&|and)\s*Organi[sz]ations/i },
  { kind: 'heading', name: 'Associated Places', re: /^Associated Places/i },
  { kind: 'heading', name: 'Associated Topics', re: /^Associated Topics/i },
  { kind: 'heading', name: 'Subjects Discussed', re: /^Subjects Discussed/i },
  { kind: 'heading', name: 'Related Documents', re: /^Related Documents/i },
  { kind: 'heading', name: 'Original Title', re: /^Original Title/i },
  { kind: 'docinfo', name: 'Document Information', re: /^Document Information/i },
  { kind: 'source', name: 'Source', re: /^Source/i },
  { kind: 'originalArchive', name: 'Original Archive', re: /^Original Archive/i },
  { kind: 'rights', name: 'Rights', re: /^Rights/i },
  { kind: 'uploaded', name: 'Original Uploaded Date', re: /^Original Uploaded Date/i },
  { kind: 'type', name: 'Type', re: /^Type/i },
  { kind: 'language', name: 'Language', re: /^Language/i },
  { kind: 'originalLanguage', name: 'Original Language', re: /^Original Language/i },
  { kind: 'recordId', name: 'Record ID', re: /^Record ID/i },
  { kind: 'classification', name: 'Original Classification', re: /^Original Classification/i },
];

export interface LabelHit {
  kind: LabelKind;
  name: string;
  label: Block;
  /** Value on the label's own line (after a colon) and on the following lines of its block. */
  values: Block[];
}

/**
 * Markdown around a label, on pages saved as Markdown: a heading mark ("## Document Information")
 * or emphasis ("**Source**", "**Source:** value", "*Rights*:"). Only the marks are passed over; the
 * label and its value are read as on a plain page.
 */
const MD_BEFORE = /^(?:#{1,6}[ \t]+)?(?:\*\*|__|\*|_)?/;
const MD_AFTER = /^(?:\*\*|__|\*|_)?\s*(?::\s*(?:\*\*|__|\*|_)?)?/;

/** The block read as a label (first line), or null. */
export function matchLabel(text: string, b: Block): LabelHit | null {
  const [first, ...more] = lines(text, b.start, b.end);
  const line = block(text, first!.start, first!.end);
  if (!line) return null;
  const lead = MD_BEFORE.exec(line.text)![0].length;
  const bare = line.text.slice(lead);
  for (const def of DEFS) {
    const m = def.re.exec(bare);
    if (!m) continue;
    const rest = bare.slice(m[0].length);
    const marks = lead > 0 ? MD_AFTER.exec(rest)![0] : '';
    const after = rest.slice(marks.length);
    // The label must be the whole line, or be followed by a colon and its value.
    const colon = marks.includes(':') ? [marks] : /^\s*:/.exec(after);
    if (!colon && after.trim() !== '') continue;
    const values: Block[] = [];
    if (colon) {
      const v = block(text, line.start + lead + m[0].length + (marks.includes(':') ? marks.length : colon[0].length), line.end);
      if (v) values.push(v);
    }
    for (const l of more) {
      const v = block(text, l.start, l.end);
      if (v) values.push(v);
    }
    return { kind: def.kind, name: def.name, label: line, values };
  }
  return null;
}

const RIGHTS = /^(The History and Public Policy Program welcomes reuse|To enquire about|To inquire about|Some documents may be subject|This document (is|may be) (in the public domain|subject|protected)|Copyright\b|©|Reproduced (with|by) (the )?permission|Rights (status|holders?))/i;

export function isRightsText(s: string): boolean {
  return RIGHTS.test(s.trim());
}

const CREDIT_SENTENCE = /^(Obtained|Translated|Translation|Transcribed|Donated|Contributed)\b/i;

/** A block that continues a source statement on its own line ("Translated by …"). */
export function isCreditSentence(s: string): boolean {
  return CREDIT_SENTENCE.test(s.trim()) && s.length < 400;
}

const ARCHIVE_WORDS = /\b(Archives?|Archiv\w*|Arhiv\w*|Bundesarchiv|AVPRF|AVP RF|RGANI|RGASPI|GARF|RGAE|RGVA|TsAMO|APRF|SAPMO|BArch|PolA|AAN|AMSZ|AMVP|MNL OL|PRC FMA|Library)\b/;
const TRANSLATED = /\b(Obtained|Translated|Translation)\b[^.]{0,40}\bby\b/i;
const CITATION_UNITS = /\b(fond|f\.|opis|op\.|delo|d\.|papka|listy?|ll?\.)\s*\d/gi;

/**
 * An unlabelled source statement (pages without "Document Information"): a short paragraph that
 * credits a translation, cites fond/opis/delo, or begins with an archive's name.
 */
export function looksLikeSourceLine(s: string): boolean {
  const t = s.trim();
  if (t.length > 400 || isRightsText(t)) return false;
  if (TRANSLATED.test(t) && t.length < 300) return true;
  if ((t.match(CITATION_UNITS)?.length ?? 0) >= 2) return true;
  const firstSentence = t.split(/\.\s/)[0] ?? t;
  const words = firstSentence.split(/\s+/).length;
  return firstSentence.length <= 160 && words <= 20 && ARCHIVE_WORDS.test(firstSentence) && !/["“”]/.test(t);
}
