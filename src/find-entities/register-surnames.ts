import { type BlockScan, type Candidate, coveredTokens } from './candidate.ts';
import { agrees, capsAgree } from './match-register.ts';
import { normalizeName, spellingSkeleton } from './normalize.ts';
import type { RegisterIndex } from './register-index.ts';
import { heldOfficeAt } from './resolve-links.ts';
import { isCapitalized, isInitials, type Token } from './tokenize.ts';
import { ARABIC_ARTICLES, CHINESE_SURNAMES, ENGLISH, KOREAN_SURNAMES, NAME_CUES, NAME_PARTICLES, SHARED_NAMES, VIETNAMESE_SURNAMES } from './word-lists.ts';

interface Named {
  /** The surname as the full mention writes it (its case decides capsAgree). */
  raw: string;
  from: Candidate;
  /** The key of a double surname's second part, after a hyphen ("Dabčević-Kučar"). */
  next?: string;
  /** Where the full name is, in reading order (block, then offset). */
  block: number;
}

/**
 * A register person named in full in the memo ("Daniel Ortega", "György Aczél") is that person
 * where the surname stands alone later or earlier in the memo ("Ortega said"), though the register
 * does not list the surname alone as a form: many share a surname across the register (the two
 * Ortegas), and a surname alone is only safe inside a memo that names the person. When two persons
 * of one surname are named in full, the surname alone is the one named last before it (the first
 * one before any of them). Names written surname first (Korean, Chinese, Vietnamese) keep their
 * own rules (family-names.ts, propagateNames): a family name alone names too many people.
 */
export function propagateRegisterSurnames(scans: BlockScan[], index: RegisterIndex, memoDate?: string): void {
  const named = new Map<string, Named[]>();
  scans.forEach((s, block) => {
    for (const c of s.candidates) {
      if (c.source !== 'register' || c.type !== 'person' || c.entryIds.length !== 1 || c.last === c.first) continue;
      const e = index.byId.get(c.entryIds[0]!);
      if (!e?.surname || e.surnameFirst) continue;
      // A surname with a particle is written alone without it too ("Santos" for dos Santos);
      // includeNameParticles then takes the particle where the memo writes it.
      const surname = PARTICLE.exec(e.surname)?.[2] ?? e.surname;
      // A double surname ("Dabčević-Kučar") is found by its first part and then its second.
      const parts = surname.split('-');
      const key = normalizeName(parts[0]!);
      const next = parts.length === 2 ? normalizeName(parts[1]!) : undefined;
      if (/\s/.test(surname) || parts.length > 2 || SHARED_NAMES.has(key) || KOREAN_SURNAMES.has(key) || CHINESE_SURNAMES.has(key) || VIETNAMESE_SURNAMES.has(key)) continue;
      // The surname as the memo writes it: in another script ("Т. Живков", "Хрущев Н.С.") the
      // name's word that is no initial, for the register's surname is in Latin letters.
      const words = s.tokens.slice(c.first, c.last + 1).filter((t) => !isInitials(t.text));
      const tok = words.find((t) => t.word.key === key) ?? (words.length === 1 && !/\p{Script=Latin}/u.test(words[0]!.text) ? words[0] : undefined);
      if (!tok || tok.text.length < 3) continue;
      const list = named.get(tok.word.key) ?? [];
      list.push({ raw: tok.text, from: c, block, next });
      named.set(tok.word.key, list);
    }
  });
  if (!named.size) return;
  const fullNames = new Set([...named.values()].flat().map((n) => n.from.entryIds[0]!));
  const personNotTown = surnameNotTown(scans, index, new Set(named.keys()));
  scans.forEach((s, block) => {
    if (s.role === 'credit') return;
    const covered = coveredTokens(s);
    const added: Candidate[] = [];
    const replaced = new Set<Candidate>();
    s.tokens.forEach((tok, i) => {
      if (personNotTown(covered[i], i, s) && named.has(tok.word.key)) {
        replaced.add(covered[i]!);
        covered[i] = undefined;
      }
      // The rules may have read a double surname's parts as two persons ("Dabčević", "Kučar S."): they yield.
      const ruleRead = (c: Candidate | undefined) => !!c && c.type === 'person' && (c.source === 'rule' || c.source === 'propagated') && !c.entryIds.length;
      const second = (n: Named) => !!n.next && s.tokens[i + 1]?.before === '-' && s.tokens[i + 1]!.word.key === n.next && (!covered[i + 1] || ruleRead(covered[i + 1]));
      // The register's other bearer of the surname yields to the one the memo names in full ("Kohl"
      // beside "Michael Kohl" in 1970 is not Helmut Kohl).
      if (otherBearer(covered[i], i, index, fullNames, memoDate) && named.has(tok.word.key)) {
        replaced.add(covered[i]!);
        covered[i] = undefined;
      }
      const list = covered[i] && !ruleRead(covered[i]) ? undefined : named.get(tok.word.key);
      const match = list?.filter((n) => capsAgree(n.raw, tok.text) && (n.next ? second(n) : !covered[i]));
      if (!match?.length) return;
      const double = !!match[0]!.next;
      if (double) {
        for (const k of [i, i + 1]) if (covered[k]) replaced.add(covered[k]!);
        covered[i] = covered[i + 1] = undefined;
        if (ruleRead(covered[i + 2]) && covered[i + 2]!.first === i + 1) replaced.add(covered[i + 2]!);
      }
      const before = match.filter((n) => n.block < block || (n.block === block && n.from.start < tok.start));
      const from = (before[before.length - 1] ?? match[0]!).from;
      // Initials of the person's forenames are part of the name, before or after it ("M.R. Pahlavi", "Pahlavi M.R.").
      const entry = index.byId.get(from.entryIds[0]!)!;
      const initials = (k: number) => !covered[k] && !!s.tokens[k] && isInitials(s.tokens[k]!.text) && agrees([entry], s.tokens[k]!.text, index);
      // Another person's forename or initials ("J. Pahlavi", "Ashraf Pahlavi"): not this person.
      const prev = s.tokens[i - 1];
      if (prev && /^[ \u00a0]?$/.test(tok.before) && !covered[i - 1] && nameBefore(prev) && !agrees([entry], prev.text, index)) return;
      const end = double ? i + 1 : i;
      const first = i > 0 && /^[ \u00a0]?$/.test(tok.before) && initials(i - 1) ? i - 1 : i;
      const last = first === i && /^[ \u00a0]$/.test(s.tokens[end + 1]?.before ?? '') && (initials(end + 1) || (double && isInitials(s.tokens[end + 1]!.text) && agrees([entry], s.tokens[end + 1]!.text, index))) ? end + 1 : end;
      added.push({ start: s.tokens[first]!.start, end: s.tokens[last]!.end, first, last, type: 'person', entryIds: [...from.entryIds], proposeAs: undefined, surnameOnly: first === last, cert: from.cert, source: 'propagated' });
    });
    if (replaced.size) s.candidates = s.candidates.filter((c) => !replaced.has(c) || !added.some((a) => a.first <= c.first && a.last >= c.first));
    if (added.length) s.candidates = [...s.candidates, ...added].sort((a, b) => a.start - b.start);
  });
}

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'to', 'from', 'near', 'via', 'into', 'around', 'outside']);

/**
 * A register person matched by the surname alone at token i whom the memo does not name in full and
 * who held no office at its date: another bearer of the surname whom the memo names in full may
 * take the word ("Kohl" beside "Michael Kohl" in 1970; "President Kennedy" beside "Edward Kennedy"
 * in 1962 stays John F.).
 */
export function otherBearer(c: Candidate | undefined, i: number, index: RegisterIndex, namedInFull: ReadonlySet<string>, memoDate: string | undefined): boolean {
  return !!c && c.type === 'person' && c.source === 'register' && c.first === i && c.last === i && c.entryIds.length === 1 &&
    !namedInFull.has(c.entryIds[0]!) && !heldOfficeAt(index.byId.get(c.entryIds[0]!)!, memoDate);
}

/**
 * A surname alone that the memo never writes in full ("Shultz flew from Keflavik") is the register
 * person of that surname who held an office at the memo's date, when the register has one person
 * of that surname and the word is nothing else (no English word, no name many share, no other
 * name before it). Office holders are who memos of their time name so; the register writes the
 * surname alone as a form only for the few named so everywhere ('*' in its sources).
 */
export function findOfficeHolders(scans: BlockScan[], index: RegisterIndex, memoDate: string | undefined): void {
  if (!memoDate) return;
  for (const s of scans) {
    if (s.role === 'credit') continue;
    const covered = coveredTokens(s);
    const added: Candidate[] = [];
    s.tokens.forEach((tok, i) => {
      if (covered[i] || tok.text.length < 4 || !isCapitalized(tok.text) || /[\d.]/.test(tok.text)) return;
      const key = tok.word.key;
      if (ENGLISH.has(key) || SHARED_NAMES.has(key) || KOREAN_SURNAMES.has(key) || CHINESE_SURNAMES.has(key) || VIETNAMESE_SURNAMES.has(key)) return;
      const people = index.bySurname(key);
      if (people.length !== 1 || !heldOfficeAt(people[0]!, memoDate) || !capsAgree(people[0]!.surname!, tok.text)) return;
      const prev = s.tokens[i - 1];
      if (prev && /^[ \u00a0-]?$/.test(tok.before) && (covered[i - 1] || nameBefore(prev))) return;
      const next = s.tokens[i + 1];
      if (next && /^[ \u00a0-]$/.test(next.before) && isCapitalized(next.text) && !NAME_CUES.has(next.text.toLowerCase())) return;
      added.push({ start: tok.start, end: tok.end, first: i, last: i, type: 'person', entryIds: [people[0]!.id], proposeAs: undefined, surnameOnly: true, cert: 'medium', source: 'propagated' });
    });
    if (added.length) s.candidates = [...s.candidates, ...added].sort((a, b) => a.start - b.start);
  }
}

/**
 * A town of the register with a surname's name ("Matsumoto", "Banda") is the person in a memo that
 * names the person in full and never writes the town after "in", "at", "to"… : a test of the
 * candidate covering token i, for the surnames (word keys) of the persons named in full.
 */
export function surnameNotTown(scans: BlockScan[], index: RegisterIndex, surnames: ReadonlySet<string>): (c: Candidate | undefined, i: number, s: BlockScan) => boolean {
  const townsHere = new Set<string>();
  for (const s of scans) s.tokens.forEach((t, i) => {
    // "according to Rodríguez" names the person, not a town.
    if (surnames.has(t.word.key) && PLACE_PREPOSITIONS.has(s.tokens[i - 1]?.text.toLowerCase() ?? '') && !/^according$/i.test(s.tokens[i - 2]?.text ?? '')) townsHere.add(t.word.key);
  });
  return (c, i, s) =>
    !!c && c.type === 'place' && c.source === 'register' && c.first === i && c.last === i && c.entryIds.length === 1 &&
    index.byId.get(c.entryIds[0]!)?.placeType === 'settlement' && surnames.has(s.tokens[i]!.word.key) && !townsHere.has(s.tokens[i]!.word.key);
}

/**
 * Is the word before a surname part of a name? Initials, or a capitalized word that is no title
 * ("Ambassador") and does not begin a sentence.
 */
function nameBefore(p: Token): boolean {
  return isInitials(p.text) || (/^\p{Lu}/u.test(p.text) && !NAME_CUES.has(p.text.toLowerCase().replace(/\.$/, '')) && !/[.!?:;]\s*$/.test(p.before) && p.before !== '');
}

const PARTICLE = new RegExp(`^(${NAME_PARTICLES.join('|')})\\s+(.+)$`, 'i');

/**
 * A register person whose surname has a particle ("von Brentano") keeps it in the span where the
 * memo writes it, whole or abbreviated ("Dr. v. Brentano", "von Brentano"): the particle is part of
 * the name (TEI Guidelines §13.2.1, nameLink), though the register also knows the name without it.
 */
export function includeNameParticles(scans: BlockScan[], index: RegisterIndex): void {
  for (const s of scans) {
    const covered = coveredTokens(s);
    for (const c of s.candidates) {
      if (c.type !== 'person' || c.entryIds.length !== 1) continue;
      const m = PARTICLE.exec(index.byId.get(c.entryIds[0]!)?.surname ?? '');
      if (!m || s.tokens[c.first]?.word.key !== normalizeName(m[2]!)) continue;
      const words = m[1]!.toLowerCase().split(' ');
      let k = c.first;
      for (let w = words.length - 1; w >= 0; w--) {
        const t = s.tokens[k - 1];
        const abbreviated = t?.text === words[w]![0] && /^\.\s$/.test(s.tokens[k]!.before);
        if (!t || covered[k - 1] || !(t.text.toLowerCase() === words[w] || abbreviated) || !(abbreviated || /^[ \u00a0]$/.test(s.tokens[k]!.before))) break;
        k--;
      }
      if (k === c.first - words.length) {
        // The person's initials before the particle are the name's too ("M. dos Santos").
        const t = s.tokens[k - 1];
        if (t && !covered[k - 1] && isInitials(t.text) && /^[ \u00a0]$/.test(s.tokens[k]!.before) && agrees([index.byId.get(c.entryIds[0]!)!], t.text, index)) k--;
        c.first = k;
        c.start = s.tokens[k]!.start;
      }
    }
    for (const c of s.candidates) if (c.type === 'person' && c.entryIds.length === 1) arabicArticle(s, c, covered, index);
  }
}

/**
 * The Arabic article before a register person's surname ("al-Qaddafi", "el-Sadat") is part of the
 * name, and so is the person's forename before it ("Muammar al-Qaddafi"), though the register
 * spells the surname without it.
 */
function arabicArticle(s: BlockScan, c: Candidate, covered: (Candidate | undefined)[], index: RegisterIndex): void {
  const art = s.tokens[c.first - 1];
  if (!art || covered[c.first - 1] || s.tokens[c.first]!.before !== '-' || !ARABIC_ARTICLES.has(art.text.toLowerCase())) return;
  c.first--;
  c.start = art.start;
  const fore = s.tokens[c.first - 1];
  // The forename may have been read alone as a name by a rule ("Colonel Muammar"): it joins this one.
  const alone = covered[c.first - 1];
  const free = !alone || (alone.source === 'rule' && alone.first === c.first - 1 && alone.last === c.first - 1);
  if (fore && free && /^[ \u00a0]$/.test(art.before) && index.forenames.get(c.entryIds[0]!)?.[0] === fore.word.key) {
    if (alone) s.candidates = s.candidates.filter((x) => x !== alone);
    c.first--;
    c.start = fore.start;
    c.surnameOnly = false;
  } else if (fore && !alone && /^[ \u00a0]$/.test(art.before) && isInitials(fore.text) && agrees([index.byId.get(c.entryIds[0]!)!], fore.text, index)) {
    // The forename's initial ("H. al-Assad").
    c.first--;
    c.start = fore.start;
    c.surnameOnly = false;
  }
}

/**
 * A surname the memo writes in another transliteration than the register person's it also names
 * ("Ojukwu" … "Ojukvu") is that person: an unread capitalized word of five letters or more, no
 * English word, whose spelling skeleton is the surname's, when one person of the memo has it.
 */
export function linkSpellingVariants(scans: BlockScan[], index: RegisterIndex): void {
  const bySkeleton = new Map<string, { from: Candidate; key: string } | null>();
  for (const s of scans) {
    for (const c of s.candidates) {
      if (c.type !== 'person' || c.entryIds.length !== 1 || (c.source !== 'register' && c.source !== 'propagated')) continue;
      const surname = index.byId.get(c.entryIds[0]!)?.surname;
      if (!surname || /\s/.test(surname)) continue;
      const key = normalizeName(surname);
      const sk = spellingSkeleton(key);
      const had = bySkeleton.get(sk);
      bySkeleton.set(sk, had === undefined || had?.from.entryIds[0] === c.entryIds[0] ? { from: c, key } : null);
    }
  }
  if (!bySkeleton.size) return;
  for (const s of scans) {
    if (s.role === 'credit') continue;
    const covered = coveredTokens(s);
    const added: Candidate[] = [];
    s.tokens.forEach((tok, i) => {
      if (covered[i] || tok.text.length < 5 || !isCapitalized(tok.text)) return;
      if (!/^\p{Lu}\p{Ll}+$/u.test(tok.text) || ENGLISH.has(tok.text.toLowerCase())) return;
      const known = bySkeleton.get(spellingSkeleton(tok.word.key));
      // The surname as the register spells it is propagateRegisterSurnames' to read (or not).
      if (!known || known.key === tok.word.key) return;
      const from = known.from;
      added.push({ start: tok.start, end: tok.end, first: i, last: i, type: 'person', entryIds: [...from.entryIds], proposeAs: undefined, surnameOnly: true, cert: 'medium', source: 'propagated' });
    });
    if (added.length) s.candidates = [...s.candidates, ...added].sort((a, b) => a.start - b.start);
  }
}
