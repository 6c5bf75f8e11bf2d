import type { RegisterIndex } from './register-index.ts';
import type { EditorialMention } from './mention.ts';
import type { Bracket } from './find-editorial.ts';
import { type BlockScan, type Candidate, coveredTokens } from './candidate.ts';
import { looksRespelt, misspellingDistance, normalizeName } from './normalize.ts';
import { isCapitalized, isInitials } from './tokenize.ts';
import { ARABIC_ARTICLES, CHINESE_SURNAMES, DEMONYMS, ENGLISH, KOREAN_SURNAMES, NAME_CUES } from './word-lists.ts';

/**
 * Decides what each square-bracket insertion is (TEI Guidelines §3.5.3 "Additions, Deletions, and
 * Omissions"; §11.3.1.7 for supplied): an alternative form of the name before it ("Ri Song-un [Ri
 * Song Un]"), an identification ("Filippov [Stalin]": the name before it is linked to the person
 * identified), a completion ("Chai [Junwu]", "[North] Korea", "November 8 [1950]") or an
 * explanation ("[the 17th Division]"); omissions, [sic], signatures and translator's notes were
 * recognized by their words.
 */
export function classifyBrackets(scans: BlockScan[], brackets: Bracket[][], index: RegisterIndex, out: EditorialMention[]): void {
  scans.forEach((scan, bi) => {
    for (const b of brackets[bi] ?? []) {
      const base = { start: b.start, end: b.end, innerStart: b.innerStart, innerEnd: b.innerEnd };
      if (b.kind === 'marker') continue;
      if (b.kind === 'gap' || b.kind === 'signature') {
        out.push({ kind: 'gap', ...base, value: b.reason });
        continue;
      }
      if (b.kind === 'note') {
        out.push({ kind: 'note', ...base, value: b.reason ?? 'translator' });
        continue;
      }
      if (b.kind === 'sic') {
        // The last token before the bracket with only whitespace between (searched from the bracket back).
        let word;
        for (let k = lastIndexBefore(scan, b.start); k >= 0 && !word; k--) {
          const t = scan.tokens[k]!;
          if (/^\s*$/.test(scan.text.slice(t.end - scan.start, b.start - scan.start))) word = t;
        }
        if (word) out.push({ kind: 'sic', start: word.start, end: word.end });
        if (word) linkMisspelledSurname(scan, word, index);
        out.push({ kind: 'note', ...base, value: 'sic' });
        continue;
      }
      out.push({ kind: 'supplied', ...base, value: classifyPending(scan, b, index) });
    }
  });
}

function classifyPending(scan: BlockScan, b: Bracket, index: RegisterIndex): string {
  const lead = b.inner.length - b.inner.trimStart().length;
  const trail = b.inner.length - b.inner.trimEnd().length;
  const innerStart = b.innerStart + lead;
  const innerEnd = b.innerEnd - trail;
  const cands = scan.candidates;
  if (cands.some((c) => c.start < b.start && c.end >= b.end) || cands.some((c) => c.start <= b.start && c.end > b.end)) return 'completion';
  const inner = cands.find((c) => c.start === innerStart && c.end === innerEnd);
  const between = (c: Candidate) => scan.text.slice(c.end - scan.start, b.start - scan.start);
  const prev = cands.filter((c) => c.end <= b.start && /^[ \u00a0]*$/.test(between(c))).pop();
  const innerToks: BlockScan['tokens'] = [];
  for (let k = lastIndexBefore(scan, b.innerStart) + 1; k < scan.tokens.length; k++) {
    const t = scan.tokens[k]!;
    if (t.start < b.innerStart) continue;
    if (t.end > b.innerEnd) break;
    innerToks.push(t);
  }
  // A title inside the bracket stays outside the name ("W. Luce [Sir William Luce]").
  while (innerToks.length > 1 && NAME_CUES.has(innerToks[0]!.text.toLowerCase().replace(/\.$/, ''))) innerToks.shift();
  let tokBefore = lastIndexBefore(scan, b.start);
  if (tokBefore >= 0 && !/^[ \u00a0]*$/.test(scan.text.slice(scan.tokens[tokBefore]!.end - scan.start, b.start - scan.start))) tokBefore = -1;

  if (inner && prev) {
    if (sameEntity(prev, inner, scan)) return 'alternative-form';
    // "Carlos Rafael Rodriguez [Rodríguez]": the person's surname again, with its accents, though the
    // register also knows a town of that name: the person again, not the town.
    const surname = normalizeName(scan.text.slice(prev.start - scan.start, prev.end - scan.start)).split(' ').pop();
    if (prev.type === 'person' && inner.type !== 'person' && inner.first === inner.last && normalizeName(b.inner) === surname) {
      scan.candidates = scan.candidates.filter((c) => c !== inner);
      insert(scan, { ...prev, start: inner.start, end: inner.end, first: inner.first, last: inner.last, surnameOnly: true, source: 'bracket' });
      return 'alternative-form';
    }
    if (prev.source !== 'register') relink(prev, inner);
    return 'identification';
  }
  if (inner) {
    const cov = coveredTokens(scan);
    const t = scan.tokens[tokBefore];
    // Not a people ("the 'guest' of the Americans [Mindszenty József]": the bracket names the guest).
    const people = DEMONYMS.has(t?.text.toLowerCase().replace(/s$/, '') ?? '') || DEMONYMS.has(t?.text.toLowerCase() ?? '');
    if (t && !cov[tokBefore] && inner.type === 'person' && isCapitalized(t.text) && !people && !ENGLISH.has(t.text.toLowerCase()) && !NAME_CUES.has(t.text.toLowerCase())) {
      const c: Candidate = { start: t.start, end: t.end, first: tokBefore, last: tokBefore, type: 'person', entryIds: [], proposeAs: undefined, surnameOnly: true, cert: 'medium', source: 'bracket' };
      relink(c, inner);
      insert(scan, c);
    }
    return 'identification';
  }
  // An Arabic article joined to the name after it is part of a name ("Izzat Ibrahim [al-Duri]").
  const nameLike = innerToks.length > 0 && innerToks.length <= 3 && innerToks.every((t, k) => isCapitalized(t.text) || (ARABIC_ARTICLES.has(t.text) && innerToks[k + 1]?.before === '-'));
  // "Kulikov [Kulikow]", "Tisa [Tisza]": the name again in another spelling is a second mention of
  // it (the gold convention for alternative forms), not a completion that would join the two.
  if (prev && nameLike && spelledAgain(scan.text.slice(prev.start - scan.start, prev.end - scan.start), b.inner)) {
    const first = scan.tokens.indexOf(innerToks[0]!);
    insert(scan, { ...prev, start: innerToks[0]!.start, end: innerToks[innerToks.length - 1]!.end, first, last: first + innerToks.length - 1, source: 'bracket' });
    return 'alternative-form';
  }
  // "Zhang Tong [Chang T'ung]", "Kawawa [Rashidi Mfaume Kawawa]": a whole name, or one that
  // repeats the surname, is the person named again (a second mention), not a completion.
  // Initials do not count ("G. Álvarez [Martínez]" completes a double surname).
  const prevWords = prev ? scan.tokens.slice(prev.first, prev.last + 1).filter((x) => !isInitials(x.text)).map((x) => x.word.key) : [];
  const surnameAgain = innerToks.length === 1 && prevWords.length === 1 && spelledAgain(prevWords[0]!, innerToks[0]!.text); // "L.I. Brezhnev [Breżniew]"
  // One word after a name of two completes it ("Carlos Prats [González]", "Izzat Ibrahim [al-Duri]")
  // unless it respells the last ("Aziz Sidky [Sidqi]").
  const innerWords = innerToks.filter((x, k) => k === 0 || x.before !== '-').length;
  const respelt = innerWords === 1 && prevWords.length >= 2 && looksRespelt(prevWords[prevWords.length - 1]!, b.inner.trim());
  if (prev && nameLike && prev.type === 'person' && ((prevWords.length >= 2 && innerWords >= 2) || respelt || surnameAgain || innerToks.some((x) => x.word.key === prevWords[prevWords.length - 1]))) {
    const first = scan.tokens.indexOf(innerToks[0]!);
    insert(scan, { ...prev, start: innerToks[0]!.start, end: innerToks[innerToks.length - 1]!.end, first, last: first + innerToks.length - 1, surnameOnly: false, source: 'bracket' });
    return 'alternative-form';
  }
  if (prev && nameLike && prev.type === 'person') {
    prev.end = b.end;
    prev.last = scan.tokens.indexOf(innerToks[innerToks.length - 1]!);
    if (prev.source !== 'register') prev.proposeAs = `${prev.proposeAs ?? ''} ${b.inner.trim()}`.trim();
    return 'completion';
  }
  // "[Alfredo] Guevara", "[Shota] Gorgodze": a forename supplied before a surname completes the
  // name, the bracket inside it. A register person of that surname whose forenames differ is
  // another man, and a surname nothing read a new one: both proposed under the completed name.
  if (nameLike && innerToks.length <= 2 && !innerToks.some((x) => isInitials(x.text))) {
    const first = scan.tokens.indexOf(innerToks[0]!);
    const completed = (surname: string) => `${b.inner.trim()} ${surname}`;
    const next = cands.find((c) => c.start >= b.end && /^[ \u00a0]+$/.test(scan.text.slice(b.end - scan.start, c.start - scan.start)));
    if (next?.type === 'person') {
      const forename = normalizeName(innerToks[0]!.text);
      const differs = next.entryIds.every((id) => {
        const names = index.byId.get(id)?.forenames ?? [];
        return names.length > 0 && !names.some((f) => normalizeName(f) === forename);
      });
      next.start = b.start;
      next.first = first;
      next.surnameOnly = false;
      if (differs) {
        next.entryIds = [];
        next.proposeAs = completed(next.proposeAs ?? scan.text.slice(scan.tokens[next.last]!.start - scan.start, next.end - scan.start));
        next.source = 'bracket';
      }
      return 'completion';
    }
    const k = first + innerToks.length;
    const after = scan.tokens[k];
    if (!next && after && innerToks.every((x) => /^\p{Lu}\p{Ll}+$/u.test(x.text)) && /^\][ \u00a0]$/.test(after.before) && /^\p{Lu}\p{Ll}{2,}$/u.test(after.text)
      && !ENGLISH.has(after.text.toLowerCase()) && !DEMONYMS.has(after.text.toLowerCase()) && !coveredTokens(scan)[k]) {
      insert(scan, { start: b.start, end: after.end, first, last: k, type: 'person', entryIds: [], proposeAs: completed(after.text), surnameOnly: false, cert: 'medium', source: 'bracket' });
      return 'completion';
    }
  }
  const t = scan.tokens[tokBefore];
  if (!prev && nameLike && t && isCapitalized(t.text) && !coveredTokens(scan)[tokBefore]) {
    const lw = t.text.toLowerCase();
    // Only a family name completed by its given name ("Chai [Junwu]"): anything looser turns
    // "West Irian [West Papua]" into a person when the register lacks a place.
    if ((KOREAN_SURNAMES.has(lw) || CHINESE_SURNAMES.has(lw)) && innerToks.every((x) => /^[\p{L}-]+$/u.test(x.text))) {
      insert(scan, {
        start: t.start,
        end: b.end,
        first: tokBefore,
        last: scan.tokens.indexOf(innerToks[innerToks.length - 1]!),
        type: 'person',
        entryIds: [],
        proposeAs: `${t.text} ${b.inner.trim()}`,
        surnameOnly: false,
        cert: 'medium',
        source: 'bracket',
      });
      return 'completion';
    }
  }
  return /^\p{Ll}/u.test(b.inner.trim()) && innerToks.length > 1 ? 'explanation' : 'completion';
}

/**
 * "Kissindger [sic]": a name nothing read, marked as misspelt, that is one or two letters from the
 * surname of exactly one register person, is that person (the text keeps its spelling).
 */
function linkMisspelledSurname(scan: BlockScan, word: BlockScan['tokens'][number], index: RegisterIndex): void {
  const k = scan.tokens.indexOf(word);
  if (!isCapitalized(word.text) || ENGLISH.has(word.text.toLowerCase()) || scan.candidates.some((c) => c.first <= k && c.last >= k)) return;
  const near = index.closeSurnames(normalizeName(word.text));
  if (near.length !== 1) return;
  insert(scan, { start: word.start, end: word.end, first: k, last: k, type: 'person', entryIds: [near[0]!.id], proposeAs: undefined, surnameOnly: true, cert: 'low', source: 'bracket' });
}

/** Index of the last token ending at or before `offset` (-1: none). Tokens are in text order, so a binary search. */
function lastIndexBefore(scan: BlockScan, offset: number): number {
  let lo = 0;
  let hi = scan.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (scan.tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The bracket writes the words before it again, each in another spelling (misspellingDistance). */
function spelledAgain(before: string, inner: string): boolean {
  const a = normalizeName(before).split(' ');
  const b = normalizeName(inner).split(' ');
  if (a.length !== b.length || a.join(' ') === b.join(' ')) return false;
  return a.every((w, i) => misspellingDistance(w, b[i]!) !== undefined);
}

function sameEntity(a: Candidate, b: Candidate, scan: BlockScan): boolean {
  if (a.entryIds.length && b.entryIds.length) return a.entryIds[0] === b.entryIds[0];
  const surface = (c: Candidate) => normalizeName(c.proposeAs ?? scan.text.slice(c.start - scan.start, c.end - scan.start));
  return !a.entryIds.length && !b.entryIds.length && surface(a) === surface(b);
}

function relink(c: Candidate, to: Candidate): void {
  c.entryIds = [...to.entryIds];
  c.proposeAs = to.proposeAs;
  c.type = to.type;
}

function insert(scan: BlockScan, c: Candidate): void {
  scan.candidates = [...scan.candidates, c].sort((a, b) => a.start - b.start);
}
