import { errorLine } from '../diagnostics/diagnostic.ts';
import { kwicLeft, kwicRight, memoSiteFacts, normalizeSpace, type DateFacts, type MemoSiteFacts, type MentionFacts } from '../render-html/memo-site-facts.ts';
import { HTML_STYLESHEETS } from '../render-html/stylesheets.ts';
import { loadStylesheet, parseXml, transform, type Stylesheet } from '../run-xslt/index.ts';

/**
 * One memo's site facts (xslt/html/facts.xsl) as a task for worker threads: each thread loads the
 * stylesheet once. The facts depend on the memo's TEI alone.
 */

export interface FactsRequest {
  /** The TEI of one or more memos (several per transform: see streamFacts). */
  xmls: string[];
}

export interface FactsResult {
  facts?: MemoSiteFacts;
  /** The memo's TEI could not be parsed (TE502). */
  unreadable?: string;
  /** The stylesheet failed (TE504). */
  error?: string;
  /** Read from the cache (not written again). */
  cached?: boolean;
}

export function loadFactsSheet(cacheDir?: string): Promise<Stylesheet> {
  return loadStylesheet(HTML_STYLESHEETS.facts, { cacheDir });
}

/** The facts of each memo of the request, in order. */
export function memoFactsTask(sheet: Stylesheet, req: FactsRequest): FactsResult[] {
  const memos = req.xmls.map((xml): { memo?: unknown; unreadable?: string } => {
    try {
      return { memo: parseXml(xml) };
    } catch (e) {
      return { unreadable: errorLine(e) };
    }
  });
  const streamed = streamFacts(sheet, memos.map((m, i) => (m.memo !== undefined && !STREAM_CHARS.test(req.xmls[i]!) ? m.memo : undefined)));
  return memos.map((m, i) => {
    if (m.unreadable !== undefined) return { unreadable: m.unreadable };
    try {
      return { facts: streamed[i] ?? memoSiteFacts(sheet, m.memo) };
    } catch (e) {
      return { error: errorLine(e) };
    }
  });
}

/** Worker entry (src/parallel/boot.mjs). */
export async function setup(): Promise<(req: FactsRequest) => FactsResult[]> {
  const sheet = await loadFactsSheet();
  return (req) => memoFactsTask(sheet, req);
}

/**
 * The private-use characters that structure facts.xsl's stream (U+E000–U+E01F), as characters or
 * character references: a memo containing any is left to the reference facts (memoSiteFacts).
 * The decimal form is matched a little widely (57340–57379), which only costs time.
 */
const STREAM_CHARS = /[\uE000-\uE01F]|&#x0*[eE]0[01][0-9a-fA-F];|&#0*573[4-7]\d;/;

/**
 * The memos' facts from facts.xsl's streams (initial template facts-streams; the format is
 * described there), exactly as memoSiteFacts (site-data.ts) makes them from the stylesheet's
 * reference result. undefined for a memo that is undefined here, whose stream does not account
 * for every mention and date as the reference would (a name outside a paragraph, title or summary,
 * in an unchosen reading, a block in a block), or whose transform fails: the caller takes the
 * reference result (or its error) for those. One transform does all the memos (saxon-js spends
 * about as long setting a transform up as reading a memo); when it fails, each memo is tried alone.
 * Reading the stream is string work only: what the text of a block is, which mentions it shows
 * and what a mention's kind and register id are all come from the stylesheet.
 */
export function streamFacts(sheet: Stylesheet, memos: readonly unknown[]): (MemoSiteFacts | undefined)[] {
  const todo = memos.flatMap((m, i) => (m === undefined ? [] : [i]));
  const out: (MemoSiteFacts | undefined)[] = memos.map(() => undefined);
  const run = (at: number[]) => {
    const streams = (JSON.parse(transform(sheet, { initialTemplate: 'facts-streams', params: { memos: at.map((i) => memos[i]) } }).principal) as string).split('\uE01F');
    if (streams.length !== at.length) throw new Error('facts-streams: one stream per memo expected');
    at.forEach((i, k) => (out[i] = readStream(streams[k]!)));
  };
  if (!todo.length) return out;
  try {
    run(todo);
  } catch {
    for (const i of todo) {
      try {
        run([i]);
      } catch {
        out[i] = undefined;
      }
    }
  }
  return out;
}

/** A name or date marked in a block: where it starts and ends in the block's text (or in the text its block does not show). */
interface Span { date: boolean; a: string; b: string; depth: number; start: number; end: number }

const NAME_ELEMENTS = ['persName', 'placeName', 'orgName', 'name'];
const MARK = /\uE000([^\uE002]*)\uE002([^\uE002]*)\uE002|\uE003([^\uE002]*)\uE002([^\uE002]*)\uE002([^\uE002]*)\uE002|[\uE001\uE004\uE005\uE006]/g;

/** One memo's stream (facts-streams) as its facts; undefined when the counts do not check out (see above). */
export function readStream(s: string): MemoSiteFacts | undefined {
  const firstBlock = s.indexOf('\uE010') < 0 ? s.length : s.indexOf('\uE010');
  const firstRef = s.indexOf('\uE013') < 0 ? firstBlock : Math.min(s.indexOf('\uE013'), firstBlock);
  const head = s.slice(0, firstRef).split('\uE011');
  if (head.length !== 10) return undefined;
  const [nMentions, nDates, id, title, date, dateLabel, year, archive, source, summaryXml] = head as [string, ...string[]];
  // @ref → [register id, kind of a persName, placeName, orgName, name with it]
  const refs = new Map<string, string[]>();
  for (const e of s.slice(firstRef, firstBlock).split('\uE013').slice(1)) {
    const [ref = '', ...rest] = e.split('\uE011');
    refs.set(ref, rest);
  }
  const mentions: MentionFacts[] = [];
  const dates: DateFacts[] = [];
  const persons = new Set<string>();
  const paragraphs: MemoSiteFacts['facts']['paragraphs'] = [];
  let summary = '';
  let bodyDates = 0;
  for (const block of s.slice(firstBlock).split('\uE010').slice(1)) {
    const textAt = block.indexOf('\uE012');
    const [anchor = '', where = '', pid = '', n = '', flags = ''] = block.slice(0, textAt).split('\uE011');
    const marked = block.slice(textAt + 1);
    const inBody = flags.includes('B');
    // The block's text as te:plain reads it (texts[0]) and, apart, the text of its notes (texts[1]
    // of a note, texts[2] of a note in a note…): a name in a note reads as its own text, without notes.
    const texts = [''];
    let depth = 0;
    let last = 0;
    const open: (Span | undefined)[] = [];
    const spans: Span[] = [];
    for (const m of marked.matchAll(MARK)) {
      texts[depth] += marked.slice(last, m.index);
      last = m.index + m[0].length;
      const c = m[0][0];
      if (c === '\uE000' || c === '\uE003') {
        const date = c === '\uE003';
        if (date && inBody) bodyDates++;
        // Dates of the chronology: in the body, with a valid @when (the reference's $dates).
        const sp: Span | undefined = date && !(inBody && m[3] === '1') ? undefined
          : { date, a: date ? m[4]! : m[1]!, b: date ? m[5]! : m[2]!, depth, start: texts[depth]!.length, end: -1 };
        open.push(sp);
        if (sp) spans.push(sp);
      } else if (c === '\uE001') {
        const sp = open.pop();
        if (sp) sp.end = texts[sp.depth]!.length;
      } else if (c === '\uE004') texts[++depth] ??= '';
      else if (c === '\uE005') depth--;
      else return undefined; // a block inside the block: its names belong to the inner one
    }
    texts[depth] += marked.slice(last);
    const plain = texts[0]!;
    const blockMentions: MentionFacts[] = [];
    for (const sp of spans) {
      const text = normalizeSpace(texts[sp.depth]!.slice(sp.start, sp.end));
      // A name the block does not show has no context (as in memoSiteFacts).
      const left = sp.depth ? '' : contextLeft(plain, sp.start);
      const right = sp.depth ? '' : contextRight(plain, sp.end);
      if (sp.date) {
        // The reference's line was split at tabs: @cert is cut at its first one.
        dates.push({ when: sp.a, label: text, cert: sp.b.split('\t')[0]!, anchor, where, left, right });
        continue;
      }
      const r = refs.get(sp.b);
      const k = NAME_ELEMENTS.indexOf(sp.a);
      if (!r || k < 0) return undefined;
      const mention: MentionFacts = { ref: r[0]!, kind: r[1 + k] as MentionFacts['kind'], text, anchor, where, left, right };
      mentions.push(mention);
      blockMentions.push(mention);
      if (k === 0) persons.add(mention.ref);
    }
    if (flags.includes('P')) {
      const text = normalizeSpace(plain);
      if (flags.includes('S')) summary = text;
      const ofKind = (kind: string) => [...new Set(blockMentions.filter((m) => m.kind === kind).map((m) => m.ref))];
      paragraphs.push({ pid, n, text, persons: ofKind('person'), places: ofKind('place'), orgs: ofKind('org') });
    }
  }
  if (String(mentions.length) !== nMentions || String(bodyDates) !== nDates) return undefined;
  return {
    // The keys in the order of the reference (saxon-js's JSON), so that cached facts keep their bytes.
    facts: { archive: archive!, entities: [...new Set(mentions.map((m) => m.ref))], summary, paragraphs, dateLabel: dateLabel!, id: id!, title: title!, date: date!, year: year! },
    home: { persons: [...persons], summary: summaryXml!, source: source! },
    mentions,
    dates,
  };
}

/**
 * kwicLeft(normalizeSpace(text before `at`)), reading only the last few hundred characters: the
 * result depends on the last 60 code points of the normalized text, which a window whose normalized
 * form has more than 64 of them already holds (its first, possibly cut, run or character is not
 * among them).
 */
function contextLeft(plain: string, at: number): string {
  for (let w = 72; ; w *= 2) {
    if (w >= at) return kwicLeft(normalizeSpace(plain.slice(0, at)));
    const n = normalizeSpace(plain.slice(at - w, at));
    if (codePoints(n) > 64) return kwicLeft(n);
  }
}

/** kwicRight(normalizeSpace(text after `at`)) from a window, likewise. */
function contextRight(plain: string, at: number): string {
  for (let w = 72; ; w *= 2) {
    if (at + w >= plain.length) return kwicRight(normalizeSpace(plain.slice(at)));
    const n = normalizeSpace(plain.slice(at, at + w));
    if (codePoints(n) > 64) return kwicRight(n);
  }
}

function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) n++;
  }
  return n;
}
