import { parseDate } from '../dates/index.ts';
import type { MemoDate } from './memo-record.ts';
import type { Block } from './memo-record.ts';

/**
 * Recognizing and normalizing the memo's date line. Recognition is deliberately loose (any short
 * line made only of date words, numbers and range punctuation, with a year in it) so that a date
 * the rules cannot normalize is still taken as the date line (TE109) rather than as the title.
 */

const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?';
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const QUALIFIER = '(?:and|to|or|till|until|through|between|from|circa|ca|c|early|mid|middle|late|end|beginning|start|of|the|spring|summer|autumn|fall|winter|before|after|about|approximately|first|second|half|quarter|week|year|decade|[ivx]{1,4}|s|st|nd|rd|th)';
const TOKEN = new RegExp(`^(?:${MONTH}|${WEEKDAY}|${QUALIFIER}|\\d{1,4}(?:st|nd|rd|th|s)?)$`, 'i');
const UNDATED = /^(undated|n\.\s?d\.?|no date|date unknown)$/i;

export function isUndated(line: string): boolean {
  return UNDATED.test(line.trim());
}

export function looksLikeDateLine(line: string): boolean {
  const s = line.trim();
  if (isUndated(s)) return true;
  if (s.length === 0 || s.length > 60 || /[\r\n]/.test(s)) return false;
  // A year, or a numeric day-month-year form (13.10.50, 24.III.50, 10/28/63).
  if (!/(^|\D)(1[5-9]\d\d|20\d\d)(s|\D|$)/.test(s) && !/\d{1,2}[./-]([ivx]{1,4}|\d{1,2})[./-]\d{2,4}/i.test(s)) return false;
  const tokens = s
    .replace(/[[\]()]/g, ' ')
    .split(/[\s,./\-–—:;?]+/)
    .filter((t) => t.length > 0);
  return tokens.length > 0 && tokens.every((t) => TOKEN.test(t));
}

/** The date line as a MemoDate, normalized by the shared date rules; `ok` false → TE109. */
export function memoDate(b: Block): { date: MemoDate; ok: boolean } {
  const date: MemoDate = { text: b.text, start: b.start, end: b.end };
  if (isUndated(b.text)) return { date, ok: true };
  const v = normalizeDate(b.text);
  if (!v) return { date, ok: false };
  Object.assign(date, v);
  return { date, ok: true };
}

export interface NormalDate {
  when?: string;
  notBefore?: string;
  notAfter?: string;
  cert?: 'high' | 'medium' | 'low';
}

/** parseDate on the whole text; a range the rules do not know is tried as "A – B"; then a qualified date ("c. 1955", "Late 1950", "March 1961 [?]"). */
export function normalizeDate(text: string): NormalDate | null {
  const clean = text.replace(/\s+/g, ' ').trim();
  return exactDate(clean) ?? qualifiedDate(clean);
}

/** A date line the rules read as it is, or as a range "A – B". */
function exactDate(clean: string): NormalDate | null {
  const whole = pick(safeParse(clean));
  if (whole) return whole;
  const parts = clean.split(/\s*(?:[-–—]|\bto\b|\buntil\b|\btill\b)\s*/);
  if (parts.length === 2) {
    const year = /(1[5-9]\d\d|20\d\d)\s*$/.exec(parts[1]!)?.[1];
    // "March 3-5, 1964": the left side borrows the month and the year.
    const month = /^\s*([A-Za-z]+\.?)\s+\d/.exec(parts[0]!)?.[1];
    const right = (/^\d/.test(parts[1]!) && month ? pick(safeParse(`${month} ${parts[1]}`)) : null) ?? pick(safeParse(parts[1]!));
    const left = pick(safeParse(parts[0]!)) ?? (year ? pick(safeParse(`${parts[0]}, ${year}`)) ?? pick(safeParse(`${parts[0]} ${year}`)) : null);
    const from = left?.when ?? left?.notBefore;
    const to = right?.when ?? right?.notAfter;
    if (from && to && from.slice(0, 4) <= to.slice(0, 4)) return { notBefore: from, notAfter: to, cert: 'high' };
  }
  return null;
}

const APPROXIMATE = /^(?:c\.|ca\.|circa|about|approx\.|approximately)\s*/i;
const DOUBTED = /\s*(?:\[\?\]|\(\?\)|\?)$/;
const PART_OF = /^(?:early|mid-|mid|middle of|middle|late|end of|beginning of|start of|spring of|spring|summer of|summer|autumn of|autumn|fall of|fall|winter of|winter|first half of|second half of)\s*/i;

/**
 * A date line with a qualifier the rules leave alone: "c. 1955" and "ca. June 1961" (cert medium),
 * "March 1961 [?]" (cert low), and a part of a year or month ("Late 1950", "Summer 1959",
 * "early June 1961"), given as the year or month it lies in: the line's own words stay in the TEI.
 */
function qualifiedDate(clean: string): NormalDate | null {
  let rest = clean.replace(/^[[(](.*)[\])]$/, '$1');
  const doubted = DOUBTED.test(rest);
  rest = rest.replace(DOUBTED, '');
  const approximate = APPROXIMATE.test(rest);
  rest = rest.replace(APPROXIMATE, '');
  const part = PART_OF.test(rest);
  rest = rest.replace(PART_OF, '').trim();
  if (!(doubted || approximate || part) || !rest) return null;
  const v = exactDate(rest);
  if (!v?.when) return null;
  const cert = doubted || v.cert === 'low' ? 'low' : approximate || v.cert === 'medium' ? 'medium' : 'high';
  return { when: part && v.when.length === 10 ? v.when.slice(0, 7) : v.when, cert };
}

function safeParse(text: string): ReturnType<typeof parseDate> {
  try {
    return parseDate(text, {});
  } catch {
    return null;
  }
}

function pick(v: ReturnType<typeof parseDate>): NormalDate | null {
  if (!v || (!v.when && !v.notBefore && !v.notAfter)) return null;
  const out: NormalDate = {};
  if (v.when) out.when = v.when;
  if (v.notBefore) out.notBefore = v.notBefore;
  if (v.notAfter) out.notAfter = v.notAfter;
  out.cert = v.cert;
  return out;
}
