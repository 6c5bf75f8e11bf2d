/** Builders of DateValues from parsed parts, shared by the rules. */
import type { CertReason, DateValue } from './types.ts';
import { expandTwoDigitYear, inferYear, iso, isValid, type Ymd } from './calendar.ts';

/** What a rule may use besides its match. */
export interface Env {
  text: string;
  /** Conversation date in force: missing years and relative phrases resolve against it. */
  ref?: Ymd;
  /** The memo date: an inferred year never puts a date after it. */
  bound?: Ymd;
  /**
   * The conversation's date: the first day the memo states ("On November 29 I was invited…" in a
   * memo of January 7), else the memo date. "Last year" counts from it, not from a later date of
   * history the talk mentions.
   */
  conversation?: Ymd;
  /** Whether `ref` was stated in the same sentence, not in an earlier one or an earlier paragraph. */
  refHere?: boolean;
  /** parseDate: the whole text is one expression, so a bare year needs no context. */
  standalone: boolean;
  /** Numeric-date order established by unambiguous dates of the same memo, per separator. */
  order: Map<string, 'md' | 'dm' | 'conflict'>;
}

export interface Built extends DateValue {
  relative?: boolean;
  /** A bare year with no date-like context: kept only when it continues a list of dates. */
  weak?: boolean;
  /** Order an unambiguous numeric date proves for its separator. */
  evidence?: { sep: string; order: 'md' | 'dm' };
}

export const high = (when: string): Built => ({ when, cert: 'high' });

export function lowered(v: Built, cert: 'medium' | 'low', reason: CertReason): Built {
  const rank = { high: 0, medium: 1, low: 2 };
  return rank[cert] > rank[v.cert] ? { ...v, cert, reason } : v.reason ? v : { ...v, cert, reason };
}

/** Strips editorial brackets and ordinal suffixes: "[1950]" → 1950, "26th" → 26. */
export function num(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  const n = Number.parseInt(s.replace(/[^\d]/g, ''), 10);
  return Number.isNaN(n) ? undefined : n;
}

const dayOf = (v: Ymd): number => Date.UTC(v.y, (v.m ?? 7) - 1, v.d ?? (v.m ? 15 : 2)) / 86_400_000;

/** The year to use for a day/month with no year, or undefined when nothing anchors it. */
export function yearFor(env: Env, m: number, d?: number): number | undefined {
  if (!env.ref) return undefined;
  const y = inferYear(m, d, env.ref, env.bound ?? env.ref);
  const conv = env.conversation;
  if (!conv || conv === env.ref) return y;
  // A day within a month of the last stated date follows it ("On 20 December 1962 … on 25
  // December"); further from it ("the positions held before August 5, 1965", "came to power on 27
  // April 1978"; "at Midway on 8 June … by 1 November" in August 1969), it is the conversation's
  // (held-out memos 32, 35, 36, 58). A date of history stated in an earlier sentence ("the line of
  // 7 November 1959") does not carry over to the next ("resigned on 7th November", in 1962: 56).
  const followsRef = Math.abs(dayOf({ y, m, d }) - dayOf(env.ref)) <= 31;
  const refIsHistory = Math.abs(dayOf(env.ref) - dayOf(conv)) > 60;
  return followsRef && (env.refHere !== false || !refIsHistory) ? y : inferYear(m, d, conv, env.bound ?? conv);
}

/** A day or month point; `y` undefined means the year must be inferred. */
export function point(env: Env, y: number | undefined, m: number, d?: number): Built | null {
  if (y !== undefined) return isValid(y, m, d) ? high(iso(y, m, d)) : null;
  // Without a year, 2000 (a leap year) admits every day a month can have.
  if (!isValid(2000, m, d)) return null;
  const inferred = yearFor(env, m, d);
  if (inferred === undefined) return { cert: 'low', reason: 'year-inferred' };
  if (!isValid(inferred, m, d)) return null;
  return { when: iso(inferred, m, d), cert: 'medium', reason: 'year-inferred' };
}

/** A range (TEI att.datable notBefore/notAfter); both ends at the same precision, start ≤ end. */
export function range(env: Env, y: number | undefined, from: [number, number?], to: [number, number?]): Built | null {
  const year = y ?? yearFor(env, from[0], from[1]);
  if (year === undefined) return { cert: 'low', reason: 'year-inferred' };
  if (!isValid(year, ...from) || !isValid(year, ...to)) return null;
  const a = iso(year, ...from);
  const b = iso(year, ...to);
  if (a >= b) return null;
  const v: Built = { notBefore: a, notAfter: b, cert: 'high' };
  return y === undefined ? lowered(v, 'medium', 'year-inferred') : v;
}

/** Two-digit years take the century nearest the memo date. */
export function fullYear(env: Env, y: string): { year: number; twoDigit: boolean } {
  const n = num(y)!;
  if (y.replace(/\D/g, '').length > 2) return { year: n, twoDigit: false };
  return { year: expandTwoDigitYear(n, env.bound?.y ?? env.ref?.y), twoDigit: true };
}

/**
 * A numeric date a/b/y whose separator's convention reads it `convention`-first. When both orders
 * give real, different dates the reading is never a silent high-certainty guess: low, or medium
 * when unambiguous dates of the same memo established the order.
 */
export function numeric(env: Env, a: number, b: number, y: string, sep: string, convention: 'md' | 'dm'): Built | null {
  const { year, twoDigit } = fullYear(env, y);
  const md = isValid(year, a, b);
  const dm = isValid(year, b, a);
  let v: Built;
  if (md && dm && a !== b) {
    const learned = env.order.get(sep);
    const order = learned === 'md' || learned === 'dm' ? learned : convention;
    v = order === 'md' ? high(iso(year, a, b)) : high(iso(year, b, a));
    v = lowered(v, order === learned ? 'medium' : 'low', 'ambiguous-order');
  } else if (md || dm) {
    v = md ? high(iso(year, a, b)) : high(iso(year, b, a));
    if (a !== b) v.evidence = { sep, order: md ? 'md' : 'dm' };
  } else return null;
  return twoDigit ? lowered(v, 'medium', 'two-digit-year') : v;
}
