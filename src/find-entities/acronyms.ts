import { type BlockScan, type Candidate, coveredTokens, ruleCandidate, spliceCandidates } from './candidate.ts';
import { ENGLISH } from './word-lists.ts';
import { sharedFamilyName } from './family-names.ts';
import { normalizeName } from './normalize.ts';
import { SPACE, isAllCaps } from './tokenize.ts';
import { SHIP_PREFIXES } from './ship-names.ts';
import { attachOrgans, attachPrefixOrgans } from './org-rules.ts';
import { CAPITAL_UNITS } from './place-rules.ts';

/**
 * An acronym the memo defines beside a body's or a place's name, "the Popular Front for the
 * Liberation of Oman (PFLO)" or "the GUNT (Transitional Government of National Unity)", names that
 * body wherever the memo writes it, linked as the name is: a memo's own abbreviations are how it
 * names the bodies it is about, and the register cannot know them all.
 */

/** An acronym: capitals (digits and one hyphen allowed after the first letter: "MLN-T", "EOKA-B"), two to eight of them. */
const ACRONYM = /^\p{Lu}[\p{Lu}\d]{1,7}(?:-\p{Lu}{1,3})?$/u;

function isAcronym(text: string): boolean {
  return ACRONYM.test(text) && isAllCaps(text);
}

/**
 * What an acronym defined beside a name names: the name, or the body at its end whose capitalized
 * words the acronym spells ("Executive Committee of the Popular Front for the Liberation of Oman
 * (PFLO)": the Front, proposed under its own name, not the committee).
 */
function named(acronym: string, c: Candidate, s: BlockScan): Candidate {
  const words = s.tokens.slice(c.first, c.last + 1);
  const initials = (from: number) => words.slice(from).filter((t) => /^\p{Lu}/u.test(t.text)).map((t) => t.text[0]).join('');
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  if (initials(0) === letters) return c;
  for (let from = 1; from < words.length; from++) {
    if (initials(from) !== letters || !/^\p{Lu}/u.test(words[from]!.text)) continue;
    const first = c.first + from;
    return { ...c, first, start: s.tokens[first]!.start, entryIds: [], proposeAs: s.text.slice(s.tokens[first]!.start - s.start, c.end - s.start), source: 'rule' };
  }
  return c;
}

/** Small words a body's name holds in lower case ("Movement for Justice in Africa", "Bloc des Masses Sénégalaises"). */
const NAME_JOINS = new Set(['of', 'for', 'the', 'and', 'in', 'on', 'de', 'des', 'du', 'la', 'le', 'les', 'et', 'del', 'y', 'do', 'da', 'dos', 'das', 'für', 'und', 'der']);

/** The letter a word gives an acronym: its first capital, after an elided article ("l'Indépendance"). */
function initialOf(word: string): string | undefined {
  const m = /^(?:[ldLD]['’])?(\p{Lu})/u.exec(word);
  return m?.[1];
}

/**
 * Does a long form's run of capitals spell the acronym? In order; in another order when the memo
 * translates a name the acronym keeps in its own language ("National Council of Government (CNG)",
 * "Volunteers for National Security (VSN)"); or with one letter more, from inside a word
 * ("Movement for Justice in Africa (MOJA)").
 */
function spells(caps: string, acronym: string): boolean {
  if (caps === acronym) return true;
  if (caps.length === acronym.length && caps.length >= 3) return [...caps].sort().join('') === [...acronym].sort().join('');
  if (caps.length !== acronym.length - 1 || caps.length < 3 || caps[0] !== acronym[0]) return false;
  for (let k = 1; k < acronym.length; k++) if (acronym.slice(0, k) + acronym.slice(k + 1) === caps) return true;
  return false;
}

/**
 * "the Armed Forces of Liberia (AFL)", "the People's Redemption Council (PRC)": a name the rules
 * did not read, or read in part ("Movement for Justice" and "Africa"), is the whole run of words
 * before an acronym in parentheses whose capitals spell it, the shortest such run. The name takes
 * the place of what was read inside it.
 */
function findLongForms(s: BlockScan): void {
  const added: Candidate[] = [];
  const displaced = new Set<Candidate>();
  for (let i = 1; i < s.tokens.length; i++) {
    const tok = s.tokens[i]!;
    if (!isAcronym(tok.text) || !/^["”’]? \($/.test(tok.before) || s.text[tok.end - s.start] !== ')') continue;
    const acronym = tok.text.replace(/[^\p{Lu}]/gu, '');
    let caps = '';
    let first = -1;
    for (let k = i - 1; k >= 0 && k >= i - 12; k--) {
      const t = s.tokens[k]!;
      if (k < i - 1 && !SPACE.test(s.tokens[k + 1]!.before)) break;
      const letter = initialOf(t.text);
      if (!letter) {
        if (NAME_JOINS.has(t.text.toLowerCase())) continue;
        break;
      }
      caps = letter + caps;
      if (caps.length > acronym.length) break;
      if (spells(caps, acronym)) {
        first = k;
        break;
      }
    }
    if (first < 0) continue;
    const inside = s.candidates.filter((c) => c.last >= first && c.first <= i - 1);
    // Already read whole, or crossing the run's edge (a person's name before it): leave it.
    if (inside.some((c) => c.first < first || c.last > i - 1 || (c.first === first && c.last === i - 1))) continue;
    for (const c of inside) displaced.add(c);
    // A long form ending in a unit of territory names a place ("Gorno-Badakhshan Autonomous Oblast (GBAO)").
    added.push(ruleCandidate(s, first, i - 1, CAPITAL_UNITS.has(s.tokens[i - 1]!.text) ? 'place' : 'org'));
  }
  if (added.length) spliceCandidates(s, displaced, added);
}

/** The candidate is the acronym's token alone. */
const alone = (c: Candidate, i: number) => c.first === i && c.last === i;

export function findDefinedAcronyms(scans: BlockScan[]): void {
  const defined = new Map<string, Candidate>();
  for (const s of scans) if (s.role !== 'credit') findLongForms(s);
  for (const s of scans) {
    const covered = coveredTokens(s);
    // The name may be quoted ('its "Relief Society of Tigray" (REST)', 'the REST ("Relief Society of Tigray")').
    const opens = (a: number, b: number) => /^["”’]? \(["“]?$/.test(s.text.slice(a - s.start, b - s.start));
    const closes = (at: number) => /^["”’]?\)/.test(s.text.slice(at - s.start, at - s.start + 2));
    for (const c of s.candidates) {
      if (c.type === 'person' || (!c.entryIds.length && !c.proposeAs)) continue;
      // "Long Name (ACR)": the token after the name, alone in parentheses.
      const k = c.last + 1;
      const tok = s.tokens[k];
      if (tok && (!covered[k] || (alone(covered[k]!, k) && covered[k]!.type !== c.type)) && isAcronym(tok.text) && opens(c.end, tok.start) && closes(tok.end) && !defined.has(tok.text)) defined.set(tok.text, named(tok.text, c, s));
      // "ACR (Long Name)": the token before the name, the name alone in parentheses.
      const p = s.tokens[c.first - 1];
      if (p && !covered[c.first - 1] && isAcronym(p.text) && opens(p.end, c.start) && closes(c.end) && !defined.has(p.text)) defined.set(p.text, named(p.text, c, s));
    }
  }
  if (!defined.size) return;
  for (const s of scans) {
    if (s.role === 'credit') continue;
    const covered = coveredTokens(s);
    const added: Candidate[] = [];
    const displaced = new Set<Candidate>();
    s.tokens.forEach((tok, i) => {
      const to = defined.get(tok.text);
      if (!to) return;
      // A name in capitals the person rules read ("APODETI") yields to the definition, and so does
      // a thing of another kind the register calls so: the memo says what it means by it ("the
      // People's Redemption Council (PRC)", not the People's Republic of China). A body the register
      // knows by the acronym stays its own (the register's "ERP" of El Salvador, not Grenada's).
      const c = covered[i];
      if (c && !(alone(c, i) && c.type !== to.type)) return;
      if (c) displaced.add(c);
      added.push({ ...ruleCandidate(s, i, i, to.type), entryIds: [...to.entryIds], proposeAs: to.proposeAs });
    });
    if (!added.length) continue;
    spliceCandidates(s, displaced, added);
    withOrgans(s, added);
  }
}

/** Articles that begin a sentence before an acronym ("The CGT", Portuguese "A CGT"). */
const ARTICLES = new Set(['The', 'A', 'An', 'La', 'El', 'Le', 'Les', 'Los', 'O', 'Die', 'Der', 'Il']);

/** Is the token the last word of a longer name ("Kazakh SSR", "Казахской ССР")? */
function partOfName(s: BlockScan, i: number): boolean {
  const p = s.tokens[i - 1];
  return !!p && SPACE.test(s.tokens[i]!.before) && /^\p{Lu}/u.test(p.text) && !ARTICLES.has(p.text);
}

/**
 * Abbreviations memos write in capitals that name no body: weapons, treaties and programmes ("the
 * ABM treaty", "SDI"), economic measures, a state's name ("the SDR", the Somali Democratic
 * Republic), and "the MFA", the memo's own ministry, which the golds leave untagged.
 */
const NOT_BODIES = new Set(['ABM', 'SLBM', 'ICBM', 'IRBM', 'MRBM', 'MIRV', 'NPT', 'INF', 'SDI', 'SALT', 'START', 'GDP', 'GNP', 'BHP', 'SDR', 'PSR', 'LAR', 'TNT', 'RPG', 'APC', 'MFA',
  'VIP', 'SOS', 'POW', 'POWS', 'END', 'NEW', 'OLD', 'ALL', 'AND', 'THE', 'FOR', 'NOT', 'TOP', 'SECRET']);

/** Roman numerals ("XIV"), which stand in capitals for congresses and plenums. */
const ROMAN = /^[IVXLCDM]+$/;

/**
 * An acronym the memo uses twice or more in running text, undefined and unknown to the register
 * ("the PGT", "the CNT called a general strike"), is a body: persons and places are not written
 * so in prose, and a word in capitals inside a line of capitals (a heading, a letterhead, a
 * signature) is not counted. Not a Roman numeral or a family name; an English word ("FAR", "PLAN") only
 * where the memo writes it after "the".
 */
export function findRepeatedAcronyms(scans: BlockScan[]): void {
  // Words of a heading or a letterhead are long; an organ's abbreviation after the acronym is not ("KWP CC").
  const caps = (s: BlockScan, k: number, i: number) => !!s.tokens[k] && isAllCaps(s.tokens[k]!.text) && s.tokens[k]!.text.length > 3 && !/\n/.test(s.tokens[Math.max(k, i)]!.before);
  const usable = (text: string) => isAcronym(text) && !ROMAN.test(text) && !sharedFamilyName(normalizeName(text)) && !SHIP_PREFIXES.has(text) && !NOT_BODIES.has(text);
  // The acronyms in running prose, by block: free, not in a line of capitals, not a longer name's end.
  const found = scans.map((s) => {
    if (s.role === 'credit') return [];
    const covered = coveredTokens(s);
    return s.tokens.flatMap((tok, i) => (!covered[i] && usable(tok.text) && !caps(s, i - 1, i) && !caps(s, i + 1, i) && !partOfName(s, i) ? [i] : []));
  });
  const seen = new Map<string, number>();
  const afterThe = new Set<string>();
  scans.forEach((s, b) => {
    for (const i of found[b]!) {
      const text = s.tokens[i]!.text;
      seen.set(text, (seen.get(text) ?? 0) + 1);
      if (/^the$/i.test(s.tokens[i - 1]?.text ?? '')) afterThe.add(text);
    }
  });
  // Written after "the" somewhere (persons and places the register lacks are not written with the
  // article in capitals), an acronym is a body once it has three letters or is used twice ("the
  // LNNK", "the BR … the BR"; not "RA", "GG"); otherwise it takes three letters and two uses ("CNT …
  // CNT") and is no English word ("the FAR", "the PLAN cadres", but not "AID" alone).
  const isBody = (text: string, n: number) => (afterThe.has(text) ? text.length > 2 || n >= 2 : text.length > 2 && n >= 2 && !ENGLISH.has(text.toLowerCase()));
  // An acronym whose capitals spell a name the memo writes out is that name, a state's too, once is
  // enough ("the Sahrawi Arab Democratic Republic" … "the SADR").
  const spelt = namesByInitials(scans);
  const bodies = new Set([...seen].filter(([text, n]) => isBody(text, n) || spelt.has(text)).map(([text]) => text));
  if (!bodies.size) return;
  scans.forEach((s, b) => {
    const added = found[b]!.filter((i) => bodies.has(s.tokens[i]!.text)).map((i) => {
      const to = spelt.get(s.tokens[i]!.text);
      // A Soviet republic's abbreviation ("ESSR", "LSSR") is a state, not a body.
      return to ? { ...ruleCandidate(s, i, i, to.type), entryIds: [...to.entryIds], proposeAs: to.proposeAs } : ruleCandidate(s, i, i, /SSR$/.test(s.tokens[i]!.text) ? 'place' : 'org');
    });
    if (!added.length) return;
    s.candidates = [...s.candidates, ...added].sort((a, b) => a.start - b.start);
    withOrgans(s, added);
  });
}

/** The memo's names of three capitalized words or more (no persons), by their initials ("SADR"). */
function namesByInitials(scans: BlockScan[]): Map<string, Candidate> {
  const named = new Map<string, Candidate>();
  for (const s of scans) {
    for (const c of s.candidates) {
      if (c.type === 'person' || c.last - c.first < 2) continue;
      const caps = s.tokens.slice(c.first, c.last + 1).map((t) => initialOf(t.text) ?? '').join('');
      if (caps.length >= 3 && !named.has(caps)) named.set(caps, c);
    }
  }
  return named;
}

/** Organs named with the bodies found ("the KWP CC", "the Central Committee of the KWP"), as findOrgNames names them with the register's. */
function withOrgans(s: BlockScan, added: Candidate[]): void {
  attachOrgans(s, added);
  attachPrefixOrgans(s, added.filter((c) => s.candidates.includes(c)));
}
