import type { EditorialMention } from './mention.ts';

/** A square-bracket insertion, classified as far as its words alone allow. */
export interface Bracket {
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
  inner: string;
  /**
   * `pending`: alternative form, identification or completion, decided once entities are known.
   * `marker`: a footnote number ("Malenkov[1]", "[2] The communiqué…"): no insertion, left as text.
   */
  kind: 'gap' | 'sic' | 'note' | 'signature' | 'marker' | 'pending';
  reason?: string;
}

const GAP = /^\s*(?:…|\.{2,}|(?:\.\s){2,}\.|illegible|unclear|text missing|omitted|omission|…\s*…)\s*$/iu;
const SIC = /^\s*sic!?\s*$/iu;
const SIGNATURE = /^\s*(?:signature|signed|illegible signature|signature illegible|stamp|seal|handwritten signature|initials)\s*$/iu;
const NOTE = /^\s*(?:(?:translator|editor|transcriber)['’]?s?\s+note|trans(?:lator)?\.?\s*note|ed(?:itor)?\.?\s*note|note|tn|n\.b)\s*[:.\-–]/iu;
/** What the editor saw on the page, labelled ("[handwritten: agreed]", "[Stamp: Top Secret]", "[In the margin: …]"). */
const DESCRIPTION = /^\s*(?:handwritten|hand-written|in (?:the )?margin|marginal(?:ia| note)?|underlined|crossed out|struck out|stamp|seal|resolution|notation|typed|printed)\b[^:\]]{0,40}:/iu;
/** An omission described in words ("[2 words illegible]", "[date illegible]", "[passage omitted]", "[not declassified]"). */
const DESCRIBED_GAP = /\b(?:illegible|unreadable|undecipherable|indecipherable|omitted|missing|cut off|excised|redacted|not declassified|deleted|blacked out)\b/iu;

/** Finds square-bracket insertions in a block (TEI Guidelines §3.5 editorial interventions). */
export function findBrackets(text: string, offset: number): Bracket[] {
  const out: Bracket[] = [];
  const re = /\[([^\[\]\n]*)\]/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const inner = m[1]!;
    const b: Bracket = {
      start: offset + m.index,
      end: offset + m.index + m[0].length,
      innerStart: offset + m.index + 1,
      innerEnd: offset + m.index + 1 + inner.length,
      inner,
      kind: 'pending',
    };
    // One to three digits are a footnote number, never a completion (a year has four: "November 8 [1950]").
    if (/^\d{1,3}$/.test(inner)) b.kind = 'marker';
    else if (GAP.test(inner) || inner.trim() === '') {
      b.kind = 'gap';
      b.reason = /illegible|unclear/i.test(inner) ? 'illegible' : 'omitted';
    } else if (SIC.test(inner)) b.kind = 'sic';
    else if (SIGNATURE.test(inner)) {
      b.kind = 'signature';
      b.reason = /stamp|seal/i.test(inner) ? 'stamp' : 'signature';
    } else if (NOTE.test(inner)) b.kind = 'note';
    else if (DESCRIPTION.test(inner)) {
      b.kind = 'note';
      b.reason = 'editorial';
    } else if (DESCRIBED_GAP.test(inner) && !inner.includes(':') && inner.trim().split(/\s+/).length <= 6) {
      b.kind = 'gap';
      b.reason = /illegible|unreadable|decipherable/i.test(inner) ? 'illegible' : /redacted|declassified|excised|blacked/i.test(inner) ? 'redacted' : /missing|cut off/i.test(inner) ? 'missing' : 'omitted';
    }
    out.push(b);
  }
  return out;
}

/**
 * Honorific abbreviations before names ("c. Khrushchev", "Cde. Kim"): encoded as choice/abbr/expan,
 * outside the name (gold convention). Upper-case "C." counts only where the memo writes the
 * lower-case form too, since "C." may otherwise be an initial.
 */
export function findHonorifics(text: string, offset: number, memoUsesLowerC: boolean): EditorialMention[] {
  const out: EditorialMention[] = [];
  if (text.includes('M.') && looksFrench(text)) {
    // French "M." (Monsieur) and "MM." (Messieurs) before a name; elsewhere "M." is an initial ("M. Bishop").
    const fr = /(?<![\p{L}\p{N}.])(MM?\.)(?=[ \u00a0]+\p{Lu}\p{Ll})/gu;
    for (let m = fr.exec(text); m; m = fr.exec(text)) {
      out.push({ kind: 'abbr', start: offset + m.index, end: offset + m.index + m[1]!.length, value: m[1] === 'M.' ? 'monsieur' : 'messieurs' });
    }
  }
  const re = /(?<![\p{L}\p{N}.])(c\.|C\.|[Cc]de\.|[Cc]om\.|[Tt]ov\.)(?=[ \u00a0]+(?:\p{Lu}|\[))/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const abbr = m[1]!;
    if (abbr === 'C.' && !memoUsesLowerC) continue;
    // "C. V.P. Name" stays an honorific; "C. Name" after another initial ("A. C. Name") is an initial.
    if (abbr === 'C.' && /\p{Lu}\.\s*$/u.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    const value = /^t/i.test(abbr) ? 'tovarishch' : 'comrade';
    out.push({ kind: 'abbr', start: offset + m.index, end: offset + m.index + abbr.length, value });
  }
  return out;
}

const FRENCH_WORDS = /(?<![\p{L}'’])(?:le|la|les|des|du|et|est|une|dans|qui|que|pour|avec|sur|aux|au|été|ne|pas|il|elle|ont|sont|cette|leur)(?![\p{L}'’])/gu;
const ENGLISH_WORDS = /(?<![\p{L}'’])(?:the|of|and|to|that|was|with|is|for|on|by|he|she|they|were|had|his|this)(?![\p{L}'’])/gu;

/** A block written in French (an original quoted before its translation): its function words outnumber English ones. */
export function looksFrench(text: string): boolean {
  const fr = text.match(FRENCH_WORDS)?.length ?? 0;
  if (fr < 4) return false;
  const en = text.match(ENGLISH_WORDS)?.length ?? 0;
  return fr > 2 * en;
}
