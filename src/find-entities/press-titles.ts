import { type BlockScan, type Candidate, coveredTokens, ruleCandidate, spliceCandidates } from './candidate.ts';

/**
 * The title of a newspaper, a magazine or a news programme, quoted where the memo says what it is
 * ('the newspapers "Komunisti" and "Zarya Vostoka"', 'the RPP newspaper "Ulus"', 'his article in
 * "Literatūra un Māksla"', '"Cumhuriyet" writes'), is a body wherever the memo quotes it: memos
 * cite the press of the country they report on, and no register holds every paper. The quotation
 * marks stay outside the name, as the gold annotations keep them; a place or person inside the
 * title ("Times of Malta", "Sovetsky Karabakh") is part of the title, not a mention of its own.
 */

const OPENING = /(?:^|[\s(])["“«„]$/u;
const CLOSING = /^["”»“]/u;

/** Words that say what the quoted title names, in the few words before it. */
const PRESS_NOUNS = new Set([
  'newspaper', 'newspapers', 'paper', 'papers', 'daily', 'dailies', 'weekly', 'weeklies', 'monthly', 'magazine', 'magazines',
  'journal', 'journals', 'organ', 'gazette', 'bulletin', 'tabloid', 'periodical', 'press', 'editor', 'editors', 'correspondent', 'correspondents',
]);
/** Words of a paper's own title ('"Montreal Star"', '"Macao Daily News"', '"NRC Handelsblad"'): the title says what it is. */
const TITLE_PRESS_WORDS = new Set(['Daily', 'News', 'Times', 'Star', 'Post', 'Herald', 'Tribune', 'Gazette', 'Journal', 'Express', 'Observer', 'Courier',
  'Chronicle', 'Mirror', 'Telegraph', 'Telegraaf', 'Handelsblad', 'Zeitung', 'Diario', 'Diário', 'Prensa', 'Presse', 'Pravda', 'Izvestia', 'Gleaner']);
/** Articles that begin the titles of papers in the languages of the countries memos report on ('"El Comercio"', '"Le Devoir"', '"De Telegraaf"'; not "A", an English one too). */
const TITLE_ARTICLES = /^(?:El|La|Le|Les|L['’]\p{Lu}|De|Het|Il|Lo|Die|Der|Das|O)\b/u;
/** Prepositions after which a title is a publication when a press verb or noun precedes them ("published in", "an article in"). */
const IN_PUBLICATION = new Set(['published', 'printed', 'appeared', 'article', 'articles', 'editorial', 'editorials', 'interview', 'commentary']);
/** Verbs right after a title that only a publication takes ('"Cumhuriyet" writes'). */
const PRESS_VERBS = new Set(['writes', 'wrote', 'publishes', 'published', 'prints', 'printed', 'carries', 'carried', 'editorialized', 'editorialised', 'reported', 'reports', 'commented']);

/** Small words a title may hold besides its capitalized ones ("Times of Malta", "Literatūra un Māksla", "La Voz de México"). */
const TITLE_JOINERS = new Set(['of', 'the', 'and', 'de', 'del', 'la', 'le', 'el', 'un', 'und', 'i', 'e', 'y', 'du', 'des', 'di', 'al', 'an', 'na', 'za']);

/** The last token of a title quoted from token i: up to five words, capitalized but for joiners, closed by a quotation mark. */
function quotedTitle(s: BlockScan, i: number): number | undefined {
  const t = s.tokens;
  if (!OPENING.test(t[i]!.before) || !/^\p{Lu}/u.test(t[i]!.text)) return undefined;
  for (let j = i; j < Math.min(t.length, i + 5); j++) {
    if (j > i && !/^[ \u00a0-]$/.test(t[j]!.before)) return undefined;
    if (j > i && !/^[\p{Lu}\p{N}]/u.test(t[j]!.text) && !TITLE_JOINERS.has(t[j]!.text)) return undefined;
    if (CLOSING.test(s.text.slice(t[j]!.end - s.start, t[j]!.end - s.start + 1))) return TITLE_JOINERS.has(t[j]!.text) ? undefined : j;
  }
  return undefined;
}

/** Does the memo say, around the title at first..last, that it is a publication, or the title itself? */
function cued(s: BlockScan, first: number, last: number): boolean {
  const t = s.tokens;
  const words = t.slice(first, last + 1).map((x) => x.text);
  if (words.some((w) => TITLE_PRESS_WORDS.has(w))) return true;
  // An article and a capitalized word: a paper's name in its own language ("El Comercio", "L'Opinion").
  if (TITLE_ARTICLES.test(words[0]!) && (/^L['’]/.test(words[0]!) || /^\p{Lu}/u.test(words[1] ?? ''))) return true;
  const before = (k: number) => t[first - k]?.text.toLowerCase();
  for (let k = 1; k <= 3; k++) {
    const w = before(k);
    if (w === undefined || /[.;:!?]/.test(t[first - k + 1]!.before)) break;
    if (PRESS_NOUNS.has(w)) return true;
    if (k === 1 && w === 'in' && IN_PUBLICATION.has(before(2) ?? '')) return true;
  }
  const after = (k: number) => t[last + k]?.text.toLowerCase();
  if (PRESS_VERBS.has(after(1) ?? '')) return true;
  if (after(1) === 'will' && after(2) === 'publish') return true;
  // In apposition: '"Zafer", the organ of the Democrats'.
  if (!/^["”»“]?,/.test(t[last + 1]?.before ?? '')) return false;
  return PRESS_NOUNS.has(after(1) ?? '') || (/^(the|a|an)$/.test(after(1) ?? '') && PRESS_NOUNS.has(after(2) ?? ''));
}

/** Are two quoted titles items of one list ('"Cīņa" and "Sovetskaya Latviya"')? */
function listed(s: BlockScan, a: { last: number }, b: { first: number }): boolean {
  if (b.first === a.last + 1) return /^["”»“], ["“«„]$/.test(s.tokens[b.first]!.before);
  return b.first === a.last + 2 && /^(and|or|und|et|i|y)$/.test(s.tokens[a.last + 1]!.text);
}

export function findPressTitles(scans: BlockScan[]): void {
  const spanOf = (s: BlockScan, q: Quoted) => s.text.slice(s.tokens[q.first]!.start - s.start, s.tokens[q.last]!.end - s.start);
  // The quoted titles of each block, read once.
  const quotes = scans.map((s) => (s.role === 'credit' ? [] : quotedTitles(s)));
  const titles = new Set(scans.flatMap((s, b) => quotes[b]!.filter((q) => q.cued).map((q) => spanOf(s, q))));
  if (!titles.size) return;
  // Every quotation of a title the memo has named as one is that body.
  scans.forEach((s, b) => {
    if (!quotes[b]!.length) return;
    const covered = coveredTokens(s);
    const added: Candidate[] = [];
    const displaced = new Set<Candidate>();
    for (const q of quotes[b]!) {
      if (!titles.has(spanOf(s, q))) continue;
      const inside = new Set<Candidate>();
      for (let k = q.first; k <= q.last; k++) if (covered[k]) inside.add(covered[k]!);
      // A name reaching outside the quotation, or the body itself already found, stays as it is.
      if ([...inside].some((c) => c.first < q.first || c.last > q.last || (c.type === 'org' && c.first === q.first && c.last === q.last))) continue;
      for (const c of inside) displaced.add(c);
      added.push(ruleCandidate(s, q.first, q.last, 'org'));
    }
    if (added.length) spliceCandidates(s, displaced, added);
  });
}

interface Quoted { first: number; last: number; cued: boolean }

/** The block's quoted titles, each marked when the memo says it is a publication (or it stands in a list with one). */
function quotedTitles(s: BlockScan): Quoted[] {
  const quoted: Quoted[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    const j = quotedTitle(s, i);
    if (j === undefined) continue;
    quoted.push({ first: i, last: j, cued: cued(s, i, j) });
    i = j;
  }
  // What is said of one title of a list is said of all ('the newspapers "Komunisti" and "Zarya Vostoka"').
  for (let k = 1; k < quoted.length; k++) if (listed(s, quoted[k - 1]!, quoted[k]!)) quoted[k]!.cued ||= quoted[k - 1]!.cued;
  for (let k = quoted.length - 2; k >= 0; k--) if (listed(s, quoted[k]!, quoted[k + 1]!)) quoted[k]!.cued ||= quoted[k + 1]!.cued;
  return quoted;
}
