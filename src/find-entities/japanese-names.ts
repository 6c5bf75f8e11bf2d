import type { BlockScan } from './candidate.ts';
import { normalizeName } from './normalize.ts';
import { SPACE, type Token } from './tokenize.ts';
import { COMMON_ENGLISH, DEMONYMS, NAME_CUES, NOT_NAMES } from './word-lists.ts';

/**
 * Japanese names the register lacks ("Nishio Suehiro", "Kanba Michiko", "Inejiro Asanuma"): two
 * words spelt wholly in Hepburn syllables (a consonant or none, then a vowel; "n" alone; "m" before
 * "b" or "p"; a doubled consonant before a syllable). Only in a memo about Japan: elsewhere the
 * same shape is too often a place ("Santo Domingo") or an Italian name.
 */
const KANA_WORD = /^(?:(?:kk|ss|tt|pp|tch)?(?:sh|ch|ts|[kgsztdnhbpmrwyfj]y?)?[aeiou]|n(?![aeiou])|m(?=[bp]))+$/;

/** Does the memo say it is about Japan? (Its title, body or summary, joined.) */
export function aboutJapan(text: string): boolean {
  return /\b(?:Japan|Japanese|Tokyo)\b/.test(text);
}

/** A capitalized word of Hepburn syllables, three letters or more, no everyday English word, title or demonym. */
export function kanaShaped(t: Token | undefined): boolean {
  if (!t || !/^\p{Lu}\p{Ll}{2,}$/u.test(t.text)) return false;
  const lw = t.text.toLowerCase();
  if (COMMON_ENGLISH.has(lw) || NOT_NAMES.has(lw) || DEMONYMS.has(lw) || NAME_CUES.has(lw)) return false;
  return KANA_WORD.test(normalizeName(t.text));
}

/**
 * Is tokens[k], tokens[k + 1] a Japanese name: two such words one space apart, and no third one on
 * either side (a run of them is a romanized Japanese title, "Ampo Kaitei Soshi Kokumin Kaigi")?
 */
export function japanesePair(tokens: Token[], k: number): boolean {
  const a = tokens[k];
  const b = tokens[k + 1];
  if (!kanaShaped(a) || !kanaShaped(b) || !SPACE.test(b!.before)) return false;
  const before = tokens[k - 1];
  const after = tokens[k + 2];
  return !(before && SPACE.test(a!.before) && kanaShaped(before)) && !(after && SPACE.test(after.before) && kanaShaped(after));
}

/** Cities whose name begins the names of papers, universities and firms ("Tokyo Shimbun", "Osaka Shosen"): never a family name. */
const GREAT_CITIES = new Set('tokyo osaka kyoto kobe yokohama nagoya hiroshima nagasaki sapporo okinawa naha niigata fukuoka sendai'.split(' '));

/**
 * A register town that is the first word of a Japanese name ("Nishio Suehiro": Nishio is a city
 * in Aichi) is the family name: the place is dropped so the name rules read both words.
 */
export function yieldJapaneseNamePlaces(scan: BlockScan): void {
  const t = scan.tokens;
  scan.candidates = scan.candidates.filter((c) => {
    if (c.type !== 'place' || c.source !== 'register' || c.first !== c.last) return true;
    if (scan.candidates.some((o) => o !== c && o.first <= c.first + 1 && o.last >= c.first + 1)) return true;
    return GREAT_CITIES.has(t[c.first]!.word.key) || !japanesePair(t, c.first);
  });
}
