import { normalizeName } from './normalize.ts';
import type { IndexedForm, RegisterIndex } from './register-index.ts';

/**
 * Word tokens with source offsets. Hyphens and whitespace separate tokens (so "Ri Song-un" and
 * "Ri Song Un" give the same token sequence); a token keeps internal apostrophes (O'Neill) but not a
 * possessive ending ('s / ’s), and keeps its periods only when it is a run of initials or an
 * acronym written with periods (V.P., U.S.S.R.).
 */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Separator text between the previous token and this one ("" at the block start). */
  before: string;
  /** What is known of the written word (shared by every token of the same text). */
  word: Word;
}

/**
 * A written word and what recognition derives from its text alone, computed once per distinct
 * word: the rules ask the same questions of every token, and the same few thousand words make up
 * every memo, so one lookup per token replaces a lookup (or a regex) per question.
 */
export interface Word {
  readonly text: string;
  /** normalizeName(text). */
  readonly key: string;
  /** Filled on first use by name-rules.ts (pure functions of the text). */
  cue?: boolean;
  nameLikeFirst?: boolean;
  nameLikeNext?: boolean;
  /** Filled on first use by name-rules.ts: a Korean (1) or Chinese (2) family name? */
  family?: number;
  /** Filled on first use by org-rules.ts: may the word begin an organ (1) or a mission (2) name? */
  orgHead?: number;
  /** The register forms starting with this word, for the index they were looked up in (match-register.ts). */
  forms?: { index: RegisterIndex; singles: readonly IndexedForm[]; bySecond?: ReadonlyMap<string, readonly IndexedForm[]> };
}

const words = new Map<string, Word>();

export function wordOf(text: string): Word {
  let w = words.get(text);
  if (w === undefined) {
    // Bounded: clearing only costs recomputation, never changes a result.
    if (words.size >= 100_000) words.clear();
    // Every field present from the start: one object shape for all words keeps V8's property
    // access fast (fields added later, in varying order, would make it megamorphic).
    w = { text, key: normalizeName(text), cue: undefined, nameLikeFirst: undefined, nameLikeNext: undefined, family: undefined, orgHead: undefined, forms: undefined };
    words.set(text, w);
  }
  return w;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*(?:\.(?=[\p{L}]\.))?/uy;
// Initials, including the Russian digraph initials of romanized names ("A.Ya.", "Yu.V.", "Zh.") and
// the Polish ones ("Cz. Kiszczak" for Czesław, "Wł.", "Sz.", "Zb."; not "St.", which is Saint) and
// the Romanian "Gh." (Gheorghe: "I. Gh. Maurer"); in capitals too, as signatures and speaker
// labels write them ("I. GH. MAURER", "A.YA. VYSHINSKY").
const DIGRAPH = 'Ya|Yu|Ye|Yo|Zh|Ch|Sh|Kh|Ts|Cz|Sz|Zb|Wł|Gh|Th|Ph|YA|YU|YE|YO|ZH|CH|SH|KH|TS|GH|TH|PH';
// One initial and what may follow it: French compound forenames join their initials with a hyphen
// ("P.-H. Spaak", "J.-B. Kasongo"), others a space or nothing.
const INITIAL = `(?:${DIGRAPH}|\\p{Lu})\\.(?:-(?=\\p{Lu}\\.))?[ \u00a0]?`;
const INITIALS = new RegExp(`(?:${INITIAL}){1,6}(?!\\p{L})`, 'uy');

const ACRONYM_THEN_SPACE = /^(?:\p{Lu}\.){3,}[ \u00a0]/u;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let last = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    // ASCII other than letters and digits starts no token (the regexes below would fail there);
    // skipping it here saves a regex call for every space and punctuation mark.
    if (c < 128 && !((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) {
      i++;
      continue;
    }
    const afterArticle = elidedArticleEnd(text, i, tokens[tokens.length - 1]);
    if (afterArticle > 0) {
      i = afterArticle;
      continue;
    }
    let m: RegExpExecArray | null = null;
    let end: number;
    let next: number | undefined;
    // Initials need an upper-case letter here and a period one or two code units on.
    const upper = c < 128 ? c >= 65 && c <= 90 : /\p{Lu}/u.test(text[i]!);
    if (upper && (text.charCodeAt(i + 1) === 46 || text.charCodeAt(i + 2) === 46)) {
      INITIALS.lastIndex = i;
      m = INITIALS.exec(text);
    }
    if (m) {
      // An acronym of three or more dotted letters ends the run: "l'U.R.S.S. M. Bunche" is the
      // USSR, then Monsieur Bunche, not five initials.
      const acronym = m[0].length > 6 ? ACRONYM_THEN_SPACE.exec(m[0]) : null;
      end = i + (acronym ? acronym[0].trimEnd().length : m[0].trimEnd().length);
    } else {
      end = asciiWordEnd(text, i);
      if (end < 0) {
        // Not a plain ASCII word: letters or marks beyond ASCII, an apostrophe, a period.
        WORD.lastIndex = i;
        m = WORD.exec(text);
        if (!m) {
          i++;
          continue;
        }
        end = i + m[0].length;
      }
      // A possessive ending ('s, ’s) is not part of a name.
      if (end - i > 2 && text.charCodeAt(end - 1) === 115 && (text[end - 2] === "'" || text[end - 2] === '’')) {
        next = end;
        end -= 2;
      }
    }
    const word = wordOf(text.slice(i, end));
    tokens.push({ text: word.text, start: offset + i, end: offset + end, before: text.slice(last, i), word });
    last = end;
    i = Math.max(next ?? end, i + 1);
  }
  return tokens;
}

/**
 * The end of a French elided article or pronoun before a capital ("l'U.R.S.S.", "qu'Ojukwu",
 * "d'Elisabethville"), or 0: the name begins after the apostrophe. "d'" after a capitalized word is
 * a name's particle ("Giscard d'Estaing") and stays; a capital "D'Escoto" is a name.
 */
function elidedArticleEnd(text: string, i: number, prev: Token | undefined): number {
  const c = text.charCodeAt(i);
  let a = i + 1;
  if (c === 113 && text.charCodeAt(i + 1) === 117) a = i + 2; // qu'
  else if (c !== 108 && c !== 100 && c !== 106 && c !== 110 && c !== 115 && c !== 99) return 0; // l d j n s c
  const q = text.charCodeAt(a);
  if (q !== 39 && q !== 0x2019) return 0;
  if (i > 0 && /[\p{L}\p{M}\p{N}]/u.test(text[i - 1]!)) return 0;
  if (!/\p{Lu}/u.test(text[a + 1] ?? '')) return 0;
  if (c === 100 && prev && isCapitalized(prev.text) && /[\p{L}][ \u00a0]$/u.test(text.slice(Math.max(0, i - 2), i))) return 0;
  return a + 1;
}

/**
 * End of the WORD match at `i` when it is a run of ASCII letters and digits that WORD would end at
 * the same place: the text goes on with ASCII other than an apostrophe or a period (which WORD may
 * take in), or ends. -1 otherwise (the caller asks WORD). The common case, without a regex call.
 */
function asciiWordEnd(text: string, i: number): number {
  let e = i;
  for (;;) {
    const c = text.charCodeAt(e);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) e++;
    else if (Number.isNaN(c)) return e > i ? e : -1;
    else if (c >= 128 || c === 39 || c === 46) return -1;
    else return e > i ? e : -1;
  }
}

/** The `before` of a token one plain space after the last (not a line break, not punctuation): words of one name. */
export const SPACE = /^[ \u00a0]$/;

/** True for a token that is a run of initials ("V.", "V.P.", "V. P." is two tokens). */
export function isInitials(t: string): boolean {
  // Every run of initials holds a period; most tokens do not (a cheap test before the regex).
  return t.includes('.') && INITIALS_ONLY.test(t);
}

const INITIALS_ONLY = new RegExp(`^(?:${INITIAL}){1,6}$`, 'u');

// The case tests run for every token against many register forms: ASCII is decided from char
// codes, anything else by the Unicode property regexes (the same answers, much cheaper).

export function isCapitalized(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(t);
}

export function isAllCaps(t: string): boolean {
  let upper = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 128) return /\p{Lu}/u.test(t) && !/\p{Ll}/u.test(t);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper;
}

/** A word written letter-spaced and merged by matchRegister's mergeLetterSpaced ("J A L L O U D"). */
export function letterSpaced(t: Token | undefined): boolean {
  return !!t && (t as Token & { letterspaced?: boolean }).letterspaced === true;
}

/** The gap between an initial and the name after it: one space, or a few before a letter-spaced signature ("D.   M I N T O F F"). */
export function spacedAfterInitial(t: Token): boolean {
  return SPACE.test(t.before) || (letterSpaced(t) && /^[ \u00a0]{2,4}$/.test(t.before));
}
