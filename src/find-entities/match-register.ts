import type { RegisterEntry } from './register/index.ts';
import { type IndexedForm, type RegisterIndex, stripSep } from './register-index.ts';
import { normalizeName } from './normalize.ts';
import { type Token, isAllCaps, isCapitalized, isInitials } from './tokenize.ts';

export interface RegisterMatch {
  /** Token range [first, last] in the block's token list. */
  first: number;
  last: number;
  start: number;
  end: number;
  /** Every entry the matched form belongs to (more than one: ambiguous). */
  entries: RegisterEntry[];
  /** True when the match is a surname alone (resolution may need context). */
  surnameOnly: boolean;
  letterspaced?: boolean;
}

/** Lower-case words allowed inside names and organisation forms. */
const PARTICLES = new Set(['of', 'the', 'for', 'and', 'de', 'del', 'der', 'des', 'du', 'la', 'le', 'von', 'van', 'y', 'al', 'el', 'di', 'da', 'in', 'on', 'to', 'bin', 'ibn']);

/** Whether a text token may stand for a form token: case matters, so "us" is not "US". */
export function capsAgree(formTok: string, textTok: string): boolean {
  if (/^\p{Ll}/u.test(formTok) && PARTICLES.has(formTok.toLowerCase())) return true;
  if (isAllCaps(textTok) && textTok.length > 1) return true; // "KIM IL SUNG", "NAMPO"
  if (isAllCaps(formTok) && formTok.replace(/[^\p{L}]/gu, '').length > 1) return isAllCaps(textTok);
  if (isCapitalized(formTok)) return isCapitalized(textTok);
  return true;
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
    if (j - i >= 3) {
      const run = tokens.slice(i, j + 1);
      out.push({ text: run.map((t) => t.text).join(''), start: run[0]!.start, end: run[run.length - 1]!.end, before: run[0]!.before, letterspaced: true });
      i = j;
    } else out.push(tokens[i]!);
  }
  return out;
}

function isSingleCap(t: string): boolean {
  return /^\p{Lu}$/u.test(t);
}

/** Longest-match scan of one block's tokens against the register index. */
export function matchRegister(tokens: (Token & { letterspaced?: boolean })[], index: RegisterIndex, text: string, base: number): RegisterMatch[] {
  const out: RegisterMatch[] = [];
  const keys = tokens.map((t) => normalizeName(t.text));
  for (let i = 0; i < tokens.length; ) {
    const found = longestAt(tokens, keys, i, index);
    if (!found) {
      i++;
      continue;
    }
    const { len, forms } = found;
    const entries = unique(forms.map((f) => f.entry));
    const m: RegisterMatch = {
      first: i,
      last: i + len - 1,
      start: tokens[i]!.start,
      end: tokens[i + len - 1]!.end,
      entries,
      surnameOnly: len === 1 && entries.every((e) => e.type === 'person'),
    };
    if (tokens[i]!.letterspaced) m.letterspaced = true;
    balanceBrackets(m, text, base);
    if (entries.every((e) => e.type === 'person')) extendWithInitials(m, tokens, index);
    out.push(m);
    i = m.last + 1;
  }
  return out;
}

/** A match that took in part of a bracket ("[North] Korea", "Chai [Junwu]") is widened to the whole bracket. */
function balanceBrackets(m: RegisterMatch, text: string, base: number): void {
  const inside = text.slice(m.start - base, m.end - base);
  const opens = (inside.match(/\[/g) ?? []).length;
  const closes = (inside.match(/\]/g) ?? []).length;
  if (closes > opens && text[m.start - base - 1] === '[') m.start--;
  if (opens > closes && text[m.end - base] === ']') m.end++;
}

function longestAt(tokens: Token[], keys: string[], i: number, index: RegisterIndex): { len: number; forms: IndexedForm[] } | undefined {
  let best: { len: number; forms: IndexedForm[] } | undefined;
  for (const form of index.candidates(keys[i]!)) {
    const n = form.keys.length;
    if (best && n < best.len) break;
    if (i + n > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      const t = tokens[i + k]!;
      // After a hyphen, romanized names go lower case ("Song-un" for "Song Un").
      ok = keys[i + k] === form.keys[k] && (capsAgree(form.raw[k]!, t.text) || (k > 0 && /[-‐]$/.test(t.before))) && (k === 0 || stripSep(t.before) === form.seps[k]);
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
  const ids = m.entries.map((e) => e.id);
  const agrees = (tok: string) =>
    ids.some((id) => {
      const names = index.forenames.get(id) ?? [];
      if (!names.length) return true;
      if (isInitials(tok)) return names[0]!.startsWith(tok[0]!.toLowerCase());
      return names.includes(normalizeName(tok));
    });
  const prev = tokens[m.first - 1];
  if (prev && /^[ \u00a0]?$/.test(tokens[m.first]!.before) && (isInitials(prev.text) || (m.surnameOnly && isCapitalized(prev.text) && index.forenames.get(ids[0]!)?.includes(normalizeName(prev.text)))) && agrees(prev.text)) {
    m.first--;
    m.start = prev.start;
    m.surnameOnly = false;
    return;
  }
  const next = tokens[m.last + 1];
  if (next && /^[ \u00a0]$/.test(next.before) && isInitials(next.text) && agrees(next.text)) {
    m.last++;
    m.end = next.end;
    m.surnameOnly = false;
  }
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
