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
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*(?:\.(?=[\p{L}]\.))?/uy;
// Initials, including the Russian digraph initials of romanized names ("A.Ya.", "Yu.V.", "Zh.").
const INITIALS = /(?:(?:Ya|Yu|Ye|Yo|Zh|Ch|Sh|Kh|Ts|\p{Lu})\.[ \u00a0]?){1,6}(?!\p{L})/uy;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let last = 0;
  while (i < text.length) {
    INITIALS.lastIndex = i;
    let m = INITIALS.exec(text);
    let end: number;
    let next: number | undefined;
    if (m && /\p{Lu}/u.test(text[i] ?? '')) {
      end = i + m[0].trimEnd().length;
    } else {
      WORD.lastIndex = i;
      m = WORD.exec(text);
      if (!m) {
        i++;
        continue;
      }
      end = i + m[0].length;
      // A possessive ending is not part of a name.
      const poss = /['’]s$/u.exec(text.slice(i, end));
      if (poss && end - i > 2) {
        next = end;
        end -= 2;
      }
    }
    tokens.push({ text: text.slice(i, end), start: offset + i, end: offset + end, before: text.slice(last, i) });
    last = end;
    i = Math.max(next ?? end, i + 1);
  }
  return tokens;
}

/** True for a token that is a run of initials ("V.", "V.P.", "V. P." is two tokens). */
export function isInitials(t: string): boolean {
  return /^(?:(?:Ya|Yu|Ye|Yo|Zh|Ch|Sh|Kh|Ts|\p{Lu})\.[ \u00a0]?){1,6}$/u.test(t);
}

export function isCapitalized(t: string): boolean {
  return /^\p{Lu}/u.test(t);
}

export function isAllCaps(t: string): boolean {
  return /\p{Lu}/u.test(t) && !/\p{Ll}/u.test(t);
}
