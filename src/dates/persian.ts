import jalaali from 'jalaali-js';
import { iso } from './calendar.ts';
import type { Built } from './values.ts';

/**
 * The Iranian (Solar Hijri) calendar, in which Iranian documents and the translations of them date
 * events ("22 Bahman 1357" is 11 February 1979). Month names as English transliterations write
 * them; a date needs its year (1300–1420), so "Tir", "Mehr" or "Dey" alone are never read as months.
 */
const MONTHS: [string[], number][] = [
  [['Farvardin'], 1], [['Ordibehesht', 'Ordibehasht'], 2], [['Khordad'], 3], [['Tir'], 4], [['Mordad', 'Amordad', 'Mordād'], 5],
  [['Shahrivar', 'Shahrewar'], 6], [['Mehr', 'Mihr'], 7], [['Aban', 'Ābān'], 8], [['Azar', 'Āzar'], 9], [['Dey', 'Dei'], 10],
  [['Bahman'], 11], [['Esfand', 'Isfand', 'Esfandarmaz'], 12],
];
const BY_NAME = new Map(MONTHS.flatMap(([names, n]) => names.map((x) => [x.toLowerCase(), n] as const)));

export const PERSIAN_MONTH_RE = `(?:${MONTHS.flatMap(([names]) => names).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`;
/** A cheap necessary condition for PERSIAN_MONTH_RE. */
export const PERSIAN_MONTH_HINT = new RegExp(MONTHS.flatMap(([names]) => names.map((x) => x.slice(0, 3))).join('|'));

/** The Gregorian ISO date of a Solar Hijri day, or null when there is no such day. */
function gregorian(jy: number, month: string, jd: number): string | null {
  const jm = BY_NAME.get(month.toLowerCase());
  if (!jm || jy < 1300 || jy > 1420 || !jalaali.isValidJalaaliDate(jy, jm, jd)) return null;
  const g = jalaali.toGregorian(jy, jm, jd);
  return iso(g.gy, g.gm, g.gd);
}

/** A Solar Hijri day, or a range of days of one month ("10-11 Farvardin 1358"), as a Gregorian value. */
export function persianDate(jy: number, month: string, d1: number, d2?: number): Built | null {
  const a = gregorian(jy, month, d1);
  if (!a) return null;
  if (d2 === undefined) return { when: a, cert: 'high' };
  const b = gregorian(jy, month, d2);
  return b && a < b ? { notBefore: a, notAfter: b, cert: 'high' } : null;
}
