import type { RegisterEntry } from './register/index.ts';
import { type IndexedForm, type RegisterIndex, stripSep } from './register-index.ts';
import { latinStarts, normalizeName } from './normalize.ts';
import { mayBeForename, romanizedSyllables } from './name-rules.ts';
import { FEMALE_FORENAMES, FEMALE_TITLES, FORENAMES } from './word-lists.ts';
import { type Token, isAllCaps, isCapitalized, isInitials, wordOf } from './tokenize.ts';

export interface RegisterMatch {
  /** Token range [first, last] in the block's token list. */
  first: number;
  last: number;
  start: number;
  end: number;
  /** Every entry the matched form belongs to (more than one: ambiguous; none: a person the register lacks, see otherForename). */
  entries: RegisterEntry[];
  /** True when the match is a surname alone (resolution may need context). */
  surnameOnly: boolean;
  letterspaced?: boolean;
}

/** Lower-case words allowed inside names and organisation forms. */
const PARTICLES = new Set(['of', 'the', 'for', 'and', 'de', 'del', 'der', 'des', 'du', 'la', 'le', 'von', 'van', 'y', 'al', 'el', 'di', 'da', 'in', 'on', 'to', 'bin', 'ibn']);

/** Whether a text token may stand for a form token: case matters, so "us" is not "US". */
export function capsAgree(formTok: string, textTok: string): boolean {
  return caseAgrees(formClass(formTok), textTok);
}

function caseAgrees(formCase: FormCase, textTok: string): boolean {
  switch (formCase) {
    case FormCase.Particle:
      return true;
    case FormCase.AllCaps:
      // An all-caps text token agrees ("KIM IL SUNG", "NAMPO"); so does nothing else.
      return isAllCaps(textTok);
    case FormCase.Capitalized:
      return (textTok.length > 1 && isAllCaps(textTok)) || isCapitalized(textTok);
    default:
      return true;
  }
}

/**
 * What a form token asks of the text's case. A pure function of the form token, kept per token:
 * the register's forms are few, the comparisons (every text token against every candidate form)
 * many.
 */
enum FormCase {
  /** A particle ("of", "de"): any case. */
  Particle,
  /** An acronym or all-caps word of two letters or more: all caps only. */
  AllCaps,
  /** Capitalized: capitalized or all caps. */
  Capitalized,
  /** Anything else (a lower-case word, a number): any case. */
  Any,
}

const formClasses = new Map<string, FormCase>();

/** The case classes of a register form's tokens, kept with the form (the register outlives every memo). */
function casesOf(form: IndexedForm): readonly number[] {
  return (form.cases ??= form.raw.map(formClass));
}

function formClass(formTok: string): FormCase {
  let c = formClasses.get(formTok);
  if (c === undefined) {
    if (/^\p{Ll}/u.test(formTok) && PARTICLES.has(formTok.toLowerCase())) c = FormCase.Particle;
    else if (isAllCaps(formTok) && formTok.replace(/[^\p{L}]/gu, '').length > 1) c = FormCase.AllCaps;
    else if (isCapitalized(formTok)) c = FormCase.Capitalized;
    else c = FormCase.Any;
    if (formClasses.size >= 100_000) formClasses.clear();
    formClasses.set(formTok, c);
  }
  return c;
}

/**
 * Joins letter-spaced capitals ("S H T Y K O V", signatures) into one token so they match like a
 * name; the span keeps the spaced original.
 */
export function mergeLetterSpaced(tokens: Token[]): (Token & { letterspaced?: boolean })[] {
  const out: (Token & { letterspaced?: boolean })[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let j = i;
    while (j + 1 < tokens.length && isSingleCap(tokens[j + 1]!.text) && tokens[j + 1]!.before === ' ' && isSingleCap(tokens[j]!.text)) j++;
    // A name letter-spaced in its own case: a capital, then small letters ("H. A x e n").
    if (j === i && isSingleCap(tokens[i]!.text)) while (j + 1 < tokens.length && isSingleSmall(tokens[j + 1]!.text) && tokens[j + 1]!.before === ' ') j++;
    if (j - i >= 3) {
      const run = tokens.slice(i, j + 1);
      const word = wordOf(run.map((t) => t.text).join(''));
      out.push({ text: word.text, start: run[0]!.start, end: run[run.length - 1]!.end, before: run[0]!.before, word, letterspaced: true });
      i = j;
    } else out.push(tokens[i]!);
  }
  return out;
}

function isSingleSmall(t: string): boolean {
  return t.length <= 2 && /^\p{Ll}$/u.test(t);
}

function isSingleCap(t: string): boolean {
  // One code point: one UTF-16 unit, or two for an astral letter.
  if (t.length === 1) {
    const c = t.charCodeAt(0);
    if (c < 128) return c >= 65 && c <= 90;
  } else if (t.length !== 2) return false;
  return /^\p{Lu}$/u.test(t);
}

const NO_TOKENS: ReadonlySet<number> = new Set();

/** Longest-match scan of one block's tokens against the register index (`honorifics`: tokens that are honorifics, "C." for comrade). */
export function matchRegister(tokens: (Token & { letterspaced?: boolean })[], index: RegisterIndex, text: string, base: number, honorifics: ReadonlySet<number> = NO_TOKENS): RegisterMatch[] {
  const out: RegisterMatch[] = [];
  const keys = tokens.map((t) => t.word.key);
  for (let i = 0; i < tokens.length; ) {
    const found = longestAt(tokens, keys, i, index);
    if (!found) {
      i++;
      continue;
    }
    const { len, forms } = found;
    const entries = forms.length === 1 ? [forms[0]!.entry] : unique(forms.map((f) => f.entry));
    const persons = entries.every((e) => e.type === 'person');
    if (persons && cutsHyphenatedName(tokens, i, i + len - 1)) {
      // "Kim Il-ju" is not the register's "Kim Il": the name goes on after the hyphen. Left to the name rules.
      i += len;
      continue;
    }
    const m: RegisterMatch = {
      first: i,
      last: i + len - 1,
      start: tokens[i]!.start,
      end: tokens[i + len - 1]!.end,
      entries,
      surnameOnly: len === 1 && persons,
    };
    if (tokens[i]!.letterspaced) m.letterspaced = true;
    // "the CPI-M." at a sentence end: the text's last token read as an initial ("M."), the form's
    // without its period ("CPI-M"): the period ends the sentence, not the name.
    if (len > 1 && forms.every((f) => !f.raw[f.raw.length - 1]!.endsWith('.')) && /^\p{Lu}\.$/u.test(tokens[m.last]!.text)) m.end -= 1;
    balanceBrackets(m, text, base);
    if (persons) extendWithInitials(m, tokens, index);
    // Surname first ("Kádár János", a form the index derives): the patronymic may follow ("Khrushchev Nikita Sergeyevich").
    if (m.entries.length === 1 && forms.some((f) => f.spaced)) patronymicAfter(m, tokens);
    const lastMatched = out[out.length - 1]?.last ?? -1;
    const other = m.surnameOnly ? otherForename(m, tokens, lastMatched, index) || otherInitials(m, tokens, lastMatched, honorifics) : 0;
    if (other) {
      // "Edward Kennedy" is not the register's Kennedy (John F.) but a person of that surname the register lacks.
      m.first -= other;
      m.start = tokens[m.first]!.start;
      m.entries = [];
      m.surnameOnly = false;
    } else if (m.surnameOnly && persons && otherInitialsAfter(m, tokens, index)) {
      // "Zhukov D.A." (Russian order) is not the register's Zhukov (Georgy K.) but another of that surname.
      m.last += 1;
      m.end = tokens[m.last]!.end;
      m.entries = [];
      m.surnameOnly = false;
    } else if (m.surnameOnly && afterFemaleTitle(tokens, m.first)) {
      // "Mrs. Kennedy" is not John F.: only the women among the entries. None left: a person to
      // propose, whom linkSurnames gives the one woman of that surname the register may hold.
      m.entries = m.entries.filter(isWoman);
    }
    out.push(m);
    i = m.last + 1;
  }
  return out;
}

/** After a surname and forename, the person's patronymic ("Khrushchev Nikita Sergeyevich"). */
function patronymicAfter(m: RegisterMatch, tokens: Token[]): void {
  const p = tokens[m.last + 1];
  const patronymic = m.entries[0]!.patronymic;
  if (p && patronymic && /^[ \u00a0]$/.test(p.before) && p.word.key === normalizeName(patronymic)) {
    m.last++;
    m.end = p.end;
  }
}

export function afterFemaleTitle(tokens: Token[], first: number): boolean {
  const prev = tokens[first - 1];
  return !!prev && FEMALE_TITLES.has(prev.text.replace(/\.$/, '')) && /^\.?[ \u00a0]$/.test(tokens[first]!.before);
}

export function isWoman(e: RegisterEntry): boolean {
  const names = (e.forenames ?? []).map((n) => normalizeName(n));
  // A Vietnamese woman's middle name is Thị ("Nguyen Thi Binh").
  return names.some((n) => FEMALE_FORENAMES.has(n) || /^thi\b/.test(n));
}

/**
 * Whether a person's name ends at token `last` inside a romanized given name that goes on after a
 * hyphen in lower case ("Kim Il|-ju", "Pak Song|-chol"): romanized syllables on both sides of
 * the hyphen, after the family name. "Kim Il-led" or "Stalin-era" keep their match.
 */
function cutsHyphenatedName(tokens: Token[], first: number, last: number): boolean {
  const next = tokens[last + 1];
  if (!next || !/^[-‐]$/.test(next.before) || !/^\p{Ll}{1,5}$/u.test(next.text) || !romanizedSyllables(next.text)) return false;
  const end = tokens[last]!.text;
  return last > first && end.length <= 5 && isCapitalized(end) && !isAllCaps(end) && romanizedSyllables(end);
}

/** A match that took in part of a bracket ("[North] Korea", "Chai [Junwu]") is widened to the whole bracket. */
function balanceBrackets(m: RegisterMatch, text: string, base: number): void {
  // Square brackets ("Chai [Junwu]") and parentheses ("Korean Central News Agency (KCNA)"): a form
  // that holds a pair takes the closing one the tokens leave outside, not half of it.
  // Typographic quotation marks too ('NSZZ “Solidarność”').
  for (const [open, close] of [[91, 93], [40, 41], [0x201c, 0x201d], [0x201e, 0x201d]] as const) {
    let opens = 0;
    let closes = 0;
    for (let i = m.start - base; i < m.end - base; i++) {
      const c = text.charCodeAt(i);
      if (c === open) opens++;
      else if (c === close) closes++;
    }
    if (closes > opens && text.charCodeAt(m.start - base - 1) === open) m.start--;
    if (opens > closes && text.charCodeAt(m.end - base) === close) m.end++;
  }
  // Straight quotation marks pair with themselves: an odd count takes the one after, or before.
  let quotes = 0;
  for (let i = m.start - base; i < m.end - base; i++) if (text.charCodeAt(i) === 34) quotes++;
  if (quotes % 2 === 1) {
    if (text.charCodeAt(m.end - base) === 34) m.end++;
    else if (text.charCodeAt(m.start - base - 1) === 34) m.start--;
  }
}

function longestAt(tokens: Token[], keys: string[], i: number, index: RegisterIndex): { len: number; forms: IndexedForm[] } | undefined {
  // Only forms whose second key is the next token's can match in more than one token; they are
  // all longer than the one-token forms, so trying them first keeps the longest-first order.
  // The lists are kept with the token's word (one per distinct word, shared by every memo).
  const w = tokens[i]!.word;
  let f = w.forms;
  if (f?.index !== index) w.forms = f = { index, singles: index.singleCandidates(w.key), bySecond: index.multiBySecond(w.key) };
  let best: { len: number; forms: IndexedForm[] } | undefined;
  const multi = f.bySecond && i + 1 < tokens.length ? f.bySecond.get(keys[i + 1]!) : undefined;
  if (multi) best = longestOf(multi, tokens, keys, i, best);
  return longestOf(f.singles, tokens, keys, i, best);
}

function longestOf(forms: readonly IndexedForm[], tokens: Token[], keys: string[], i: number, best: { len: number; forms: IndexedForm[] } | undefined): { len: number; forms: IndexedForm[] } | undefined {
  for (const form of forms) {
    const n = form.keys.length;
    if (best && n < best.len) break;
    if (i + n > tokens.length) continue;
    // Keys first: they rule out nearly every candidate with plain string comparisons (the first
    // two keys always agree, the lookup was by them); the case and separator checks only run on a match.
    let ok = true;
    for (let k = 2; k < n && ok; k++) ok = keys[i + k] === form.keys[k];
    for (let k = 0; k < n && ok; k++) {
      const t = tokens[i + k]!;
      // After a hyphen, romanized names go lower case ("Song-un" for "Song Un").
      ok = (caseAgrees(casesOf(form)[k] as FormCase, t.text) || (k > 0 && /[-‐]$/.test(t.before))) && (k === 0 || stripSep(t.before) === form.seps[k]) && (k === 0 || !form.spaced || /^[ \u00a0]+$/.test(t.before));
      // A line break or sentence end inside a multi-word name is not a name.
      if (ok && k > 0 && /\n\s*\n/.test(t.before)) ok = false;
    }
    if (!ok) continue;
    if (!best || n > best.len) best = { len: n, forms: [form] };
    else best.forms.push(form);
  }
  return best;
}

/**
 * "V.P. Moskowskyi", "N.S. Khrushchev", "Nikita Khrushchev" and Russian order "Ivanov V.I.": the
 * initials or forename belong to the name when they agree with the person's forenames (or the
 * register does not know them).
 */
function extendWithInitials(m: RegisterMatch, tokens: Token[], index: RegisterIndex): void {
  const prev = tokens[m.first - 1];
  const before = tokens[m.first - 2];
  // "Nikita S. Khrushchev" (the American style): the forename, then the initial of the patronymic or of a second forename.
  if (prev && before && isInitials(prev.text) && spaced(tokens[m.first]!) && spaced(prev) && isCapitalized(before.text) && !isInitials(before.text) && m.entries.some((e) => forenameAndMiddle(e, before.text, prev.text, index))) {
    m.first -= 2;
    m.start = before.start;
    m.surnameOnly = false;
    return;
  }
  if (prev && /^[ \u00a0]?$/.test(tokens[m.first]!.before) && (isInitials(prev.text) || (m.surnameOnly && isCapitalized(prev.text) && index.forenames.get(m.entries[0]!.id)?.includes(normalizeName(prev.text)))) && agrees(m.entries, prev.text, index)) {
    m.first--;
    m.start = prev.start;
    m.surnameOnly = false;
    return;
  }
  const next = tokens[m.last + 1];
  if (next && spaced(next) && isInitials(next.text) && agrees(m.entries, next.text, index)) {
    m.last++;
    m.end = next.end;
    m.surnameOnly = false;
  }
}

/**
 * How many tokens before a surname matched alone are someone else's forename (extendWithInitials
 * took the ones that agree), with a middle initial and initials before it: "Edward Kennedy" 1,
 * "Edward M. Kennedy" 2, "U. Alexis Johnson" 2; 0: none. A forename is a capitalized word on the
 * same line that may be a name (no title, demonym or English word) and no word of an earlier match.
 */
function otherForename(m: RegisterMatch, tokens: Token[], lastMatched: number, index: RegisterIndex): number {
  const at = (k: number) => (m.first - k > lastMatched ? tokens[m.first - k] : undefined);
  if (!at(1) || !spaced(tokens[m.first]!)) return 0;
  let n = 0;
  if (mayBeForename(at(1)!)) {
    n = 1;
    // Known forenames before it go with it ("José María Velasco", not "José" and "María Velasco").
    while (n < 3 && at(n + 1) && FORENAMES.has(at(n + 1)!.text) && spaced(at(n)!)) n++;
  } else if (isInitials(at(1)!.text) && spaced(at(1)!) && at(2) && mayBeForename(at(2)!)) {
    // "Nikita X. Khrushchev": his forename with a wrong initial is still him.
    if (m.entries.some((e) => isFirstForename(e, at(2)!.text, index))) return 0;
    n = 2;
  } else return 0;
  return at(n + 1) && isInitials(at(n + 1)!.text) && spaced(at(n)!) ? n + 1 : n;
}

/**
 * Initials right before a surname matched alone that extendWithInitials did not take (they agree
 * with none of the persons): another person of that surname ("R. Kennedy" is not John F.). 1, or 0.
 */
function otherInitials(m: RegisterMatch, tokens: Token[], lastMatched: number, honorifics: ReadonlySet<number>): number {
  const prev = m.first - 1 > lastMatched && !honorifics.has(m.first - 1) ? tokens[m.first - 1] : undefined;
  // One initial only; "C." is as often "comrade" as an initial, in memos that never write "c.": left as it was.
  if (!prev || prev.text === 'C.' || !/^\p{Lu}\.$/u.test(prev.text) || !spaced(tokens[m.first]!)) return 0;
  // After a forename the initial is a middle one ("Nikita X. Khrushchev" is still him: otherForename
  // decided); after a day, a Roman month ("On 3.X. Kianuri").
  const before = tokens[m.first - 2];
  if (before && prev.before === '' && /^\d+\.?$/.test(before.text)) return 0;
  return before && spaced(prev) && isCapitalized(before.text) ? 0 : 1;
}

/**
 * Initials right after a surname matched alone that agree with none of its register persons
 * ("Zhukov D.A.", "Ridgway R."): another person of that surname, in Russian order. One initial only
 * where no name follows it ("Stevenson A. Dobrynin" may be two names).
 */
function otherInitialsAfter(m: RegisterMatch, tokens: Token[], index: RegisterIndex): boolean {
  const n = tokens[m.last + 1];
  if (!n || !spaced(n) || !isInitials(n.text) || n.text === 'C.' || agrees(m.entries, n.text, index)) return false;
  const letters = n.text.replace(/[^\p{Lu}]/gu, '').length;
  const after = tokens[m.last + 2];
  return letters >= 2 || !after || !spaced(after) || !/^\p{Lu}/u.test(after.text);
}

/** One space (or a no-break space) before the token: the tokens belong to one name. */
function spaced(t: Token): boolean {
  return t.before === ' ' || t.before === '\u00a0';
}

function isFirstForename(e: RegisterEntry, word: string, index: RegisterIndex): boolean {
  return index.forenames.get(e.id)?.[0] === normalizeName(word);
}

/** Is `forename` the person's first forename and `middle` (one initial) that of its patronymic or second forename? */
function forenameAndMiddle(e: RegisterEntry, forename: string, middle: string, index: RegisterIndex): boolean {
  const second = e.patronymic ? normalizeName(e.patronymic) : index.forenames.get(e.id)?.[1];
  // A register that gives one forename only ("Habib, Philip") does not know the middle name: any
  // initial may be it ("Philip C. Habib").
  return isFirstForename(e, forename, index) && /^\p{L}\.$/u.test(middle) && (!second || second.startsWith(middle[0]!.toLowerCase()));
}

/** Do the initials or forename `tok` agree with one of the persons' forenames (or is one's unknown)? */
export function agrees(entries: RegisterEntry[], tok: string, index: RegisterIndex): boolean {
  return entries.some((e) => {
    const names = index.forenames.get(e.id) ?? [];
    if (!names.length) return true;
    // A Cyrillic initial agrees with its transliterations ("В. Ульбрихт" is Walter Ulbricht).
    // Accents off first ("Á. Cunhal" is Álvaro, whose normalized forename is "alvaro").
    if (isInitials(tok)) return latinStarts(tok.normalize('NFD')[0]!).some((l) => names[0]!.startsWith(l));
    return names.includes(normalizeName(tok));
  });
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
