/** parseDate: normalizes ONE date expression (a date line, a front-matter value, a found span). */
import * as chrono from 'chrono-node/en';
import { iso, isValid, parseIso } from './calendar.ts';
import { collect } from './scan.ts';
import type { DateValue } from './types.ts';

// Fixed reference for chrono: only fully stated components are used, so it never matters, and the
// clock is never read.
const CHRONO_REF = new Date(Date.UTC(2000, 0, 1));
const LEAD = /^(?:(?:the|on|from|between|dated|date:?)\s+)?$/i;

function strip(v: DateValue & { relative?: boolean; weak?: boolean; evidence?: unknown }): DateValue {
  const out: DateValue = { cert: v.cert };
  if (v.when !== undefined) out.when = v.when;
  if (v.notBefore !== undefined) out.notBefore = v.notBefore;
  if (v.notAfter !== undefined) out.notAfter = v.notAfter;
  if (v.reason !== undefined) out.reason = v.reason;
  return out;
}

/** chrono-node catches spellings the rules do not list ("26-Feb-1964", "1964/02/26"). */
function viaChrono(s: string): DateValue | null {
  let results: chrono.ParsedResult[];
  try {
    results = chrono.strict.parse(s, CHRONO_REF);
  } catch {
    return null;
  }
  const r = results.length === 1 ? results[0]! : undefined;
  if (!r || r.end || !LEAD.test(s.slice(0, r.index)) || s.slice(r.index + r.text.length).trim()) return null;
  const k = r.start;
  if (!k.isCertain('year') || !k.isCertain('month')) return null;
  const y = k.get('year')!;
  const m = k.get('month')!;
  const d = k.isCertain('day') ? k.get('day')! : undefined;
  return isValid(y, m, d) ? { when: iso(y, m, d), cert: 'high' } : null;
}

/** Normalizes one date expression; null if it is not a date. */
export function parseDate(text: string, ctx: { refDate?: string } = {}): DateValue | null {
  if (typeof text !== 'string') return null;
  const s = text.replace(/^[\s\u00a0]+|[\s\u00a0.,;:]+$/g, '');
  if (!s) return null;
  const ref = parseIso(ctx.refDate);
  const env = { text: s, ref, bound: ref, standalone: true, order: new Map() };
  const whole = collect(env, true)
    .filter((c) => c.end === s.length && LEAD.test(s.slice(0, c.start).replace(/\s+$/, ' ').trimStart()))
    .sort((a, b) => a.start - b.start);
  if (whole[0]) return strip(whole[0].value);
  return viaChrono(s);
}
