import { transform, type Stylesheet } from '../run-xslt/index.ts';
import type { MemoFacts } from './facts.ts';

/**
 * One memo's site facts: what xslt/html/facts.xsl reports of a memo (its names and dates with
 * their context, its paragraphs, its entry in the memo list), read into the shape site-data.ts
 * merges. A memo's facts depend on its TEI alone, so the build computes them on worker threads
 * and caches them (src/parallel/memo-facts.ts); this module is their code identity (src/cache/digest.ts,
 * stage "facts"), apart from the code that merges them into pages.
 */

/** A mention as an index page lists it: keyword in context (see xslt/html/facts.xsl). */
export interface MentionFacts {
  ref: string;
  kind: 'person' | 'place' | 'org';
  /** The mention as written (te:plain). */
  text: string;
  /** Anchor in the memo page and its label ("¶ 3", "title", "summary"). */
  anchor: string;
  where: string;
  left: string;
  right: string;
}

/** A date of the memo's body for the chronology. */
export interface DateFacts {
  when: string;
  label: string;
  cert: string;
  anchor: string;
  where: string;
  left: string;
  right: string;
}

/** What facts.xsl reports about one memo. */
export interface MemoSiteFacts {
  facts: MemoFacts;
  home: { source: string; persons: string[]; summary: string };
  mentions: MentionFacts[];
  dates: DateFacts[];
}

/** What facts.xsl writes: blocks with their names and dates marked, the rest pointing into them. */
interface RawFacts {
  blocks: Record<string, { text: string; anchor: string; where: string }>;
  facts: Omit<MemoFacts, 'paragraphs'> & { paragraphs: { pid: string; n: string; block: string; marks: string }[] };
  home: MemoSiteFacts['home'];
  /**
   * "mark TAB block TAB text TAB ref TAB kind" (strings: maps cost more than the rest of the facts
   * on saxon-js); text: te:plain of a name its block does not show, else ''.
   */
  mentions: string[];
  /** "mark TAB block TAB text TAB when TAB cert" */
  dates: string[];
}

/** Runs facts.xsl on one memo. */
export function memoSiteFacts(sheet: Stylesheet, memo: unknown): MemoSiteFacts {
  const raw = JSON.parse(transform(sheet, { sourceNode: memo }).principal) as RawFacts;
  const blocks = new Map(Object.entries(raw.blocks).map(([id, b]) => [id, { ...b, ...unmark(b.text) }]));
  const plain = (id: string) => normalizeSpace(blocks.get(id)?.plain ?? '');
  const inContext = (mark: string, block: string, text: string) => {
    const b = blocks.get(block);
    const at = b?.at.get(mark);
    const where = { anchor: b?.anchor ?? '', where: b?.where ?? '' };
    // Not in the block's reading (a name in a note): no context, as te:kwic-parts gave none.
    if (!b || !at) return { text, ...where, left: '', right: '' };
    return { text: normalizeSpace(b.plain.slice(at[0], at[1])), ...where, left: kwicLeft(normalizeSpace(b.plain.slice(0, at[0]))), right: kwicRight(normalizeSpace(b.plain.slice(at[1]))) };
  };
  const byMark = new Map<string, MentionFacts>();
  const mentions = raw.mentions.map((line) => {
    const [mark = '', block = '', text = '', ref = '', kind = ''] = line.split('\t');
    const c = inContext(mark, block, text);
    const m = { ref, kind: kind as MentionFacts['kind'], text: c.text, anchor: c.anchor, where: c.where, left: c.left, right: c.right };
    byMark.set(mark, m);
    return m;
  });
  // The register ids of a paragraph's mentions of one kind, distinct, in document order.
  const idsOfKind = (marks: string, kind: string) => [...new Set(marks.split(' ').map((k) => byMark.get(k)).filter((m) => m?.kind === kind).map((m) => m!.ref))];
  return {
    facts: {
      ...raw.facts,
      summary: raw.facts.summary ? plain(raw.facts.summary) : '',
      paragraphs: raw.facts.paragraphs.map((p) => ({
        pid: p.pid, n: p.n, text: plain(p.block), persons: idsOfKind(p.marks, 'person'), places: idsOfKind(p.marks, 'place'), orgs: idsOfKind(p.marks, 'org'),
      })),
    },
    home: raw.home,
    mentions,
    dates: raw.dates.map((line) => {
      const [mark = '', block = '', text = '', when = '', cert = ''] = line.split('\t');
      const c = inContext(mark, block, text);
      return { when, label: c.text, cert, anchor: c.anchor, where: c.where, left: c.left, right: c.right };
    }),
  };
}

/**
 * A marked block (facts.xsl, te:marked) as plain text plus where each marked name or date starts
 * and ends in it: U+E000 id U+E002 opens, U+E001 id U+E002 closes.
 */
function unmark(marked: string): { plain: string; at: Map<string, [number, number]> } {
  const at = new Map<string, [number, number]>();
  let plain = '';
  let last = 0;
  for (const m of marked.matchAll(/\uE000([^\uE002]*)\uE002|\uE001([^\uE002]*)\uE002/g)) {
    plain += marked.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[1] !== undefined) at.set(m[1], [plain.length, plain.length]);
    else {
      const span = at.get(m[2]!);
      if (span) span[1] = plain.length;
    }
  }
  return { plain: plain + marked.slice(last), at };
}

// XPath's string functions, exactly: whitespace is space, tab, CR and LF only; lengths count code points.
export const normalizeSpace = (s: string) => s.replace(/[ \t\n\r]+/g, ' ').replace(/^ | $/g, '');

/** The context before a mention: at most 60 characters, starting at a word (XPath as index-pages.xsl had it). */
export function kwicLeft(s: string): string {
  const cps = [...s];
  if (cps.length <= 60) return s;
  return '…' + cps.slice(cps.length - 60).join('').replace(/^[^ \t\n\r]*[ \t\n\r]+/u, '');
}

/** The context after a mention: at most 60 characters, ending at a word. */
export function kwicRight(s: string): string {
  const cps = [...s];
  if (cps.length <= 60) return s;
  return cps.slice(0, 60).join('').replace(/[ \t\n\r]+[^ \t\n\r]*$/u, '') + '…';
}

/**
 * What of a memo's facts decides the shape of the edition-wide pages: which memos, entities,
 * dates and counts there are, their order and names. Two versions of a memo with the same
 * structure differ only in text the pages show (a summary, the words around a name or a date,
 * paragraphs for search), which EditionFacts.replace can put in place.
 */
export function factsStructure(m: MemoSiteFacts): string {
  const f = m.facts;
  return JSON.stringify([f.id, f.title, f.date, f.dateLabel, f.year, f.archive, f.entities, m.home.source, m.home.persons,
    m.mentions.map((x) => [x.ref, x.kind, x.text]), m.dates.map((d) => d.when)]);
}
