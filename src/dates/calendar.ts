/** Calendar arithmetic and the month/weekday vocabularies shared by the date rules. */

export interface Ymd {
  y: number;
  m?: number;
  d?: number;
}

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
}

/** True for a real proleptic Gregorian date (no February 30). Year-only and month-only allowed. */
export function isValid(y: number, m?: number, d?: number): boolean {
  if (!Number.isInteger(y) || y < 1000 || y > 2999) return false;
  if (m === undefined) return d === undefined;
  if (!Number.isInteger(m) || m < 1 || m > 12) return false;
  if (d === undefined) return true;
  return Number.isInteger(d) && d >= 1 && d <= daysInMonth(y, m);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO 8601 at the precision given: `1970`, `1963-10`, `1963-11-29`. */
export function iso(y: number, m?: number, d?: number): string {
  return m === undefined ? String(y) : d === undefined ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`;
}

/** Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (anything longer, e.g. a time, is ignored). */
export function parseIso(s: string | undefined): Ymd | undefined {
  const m = s ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(s.trim()) : null;
  if (!m) return undefined;
  const v: Ymd = { y: +m[1]!, m: m[2] ? +m[2] : undefined, d: m[3] ? +m[3] : undefined };
  return isValid(v.y, v.m, v.d) ? v : undefined;
}

/** Compares two points at the precision they share. */
export function compareYmd(a: Ymd, b: Ymd): number {
  // A memo dated "March 1953" or "1956" bounds a whole month or year: "March 9" is not after it.
  if (a.y !== b.y || a.m === undefined || b.m === undefined) return a.y - b.y;
  if (a.m !== b.m || a.d === undefined || b.d === undefined) return a.m - b.m;
  return a.d - b.d;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];
const MONTH_ABBREVS: [string, number][] = [['Jan', 1], ['Feb', 2], ['Mar', 3], ['Apr', 4], ['Jun', 6],
  ['Jul', 7], ['Aug', 8], ['Sept', 9], ['Sep', 9], ['Oct', 10], ['Nov', 11], ['Dec', 12]];

/**
 * Russian month names, in the genitive of "10 мая 1950", the nominative and the prepositional, for the original-language
 * text some pages give before the translation. Lower case is how Russian writes them, and no
 * Russian month is an English word, so every case form is a month.
 */
const RUSSIAN_MONTHS: [string, number][] = [
  ...'января февраля марта апреля мая июня июля августа сентября октября ноября декабря'.split(' ').map((n, i): [string, number] => [n, i + 1]),
  ...'январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь'.split(' ').map((n, i): [string, number] => [n, i + 1]),
  // Bulgarian ("2–5 ноември т.г."), for the original of Bulgarian records.
  ...'януари февруари март април май юни юли август септември октомври ноември декември'.split(' ').map((n, i): [string, number] => [n, i + 1]),
  // The prepositional of "в ноябре прошлого года" (in November of last year).
  ...'январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре'.split(' ').map((n, i): [string, number] => [n, i + 1]),
];

/** German month names, for the German original of GDR documents ("19. März 1970"). */
const GERMAN_MONTHS: [string, number][] = [
  ...'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(' ').map((n, i): [string, number] => [n, i + 1]),
  ['Jänner', 1], ['Maerz', 3],
];

/**
 * Czech, Slovak, Polish and Serbo-Croatian month names in the genitive of a date ("10. listopadu
 * 1956", "26. maja 1961") and Romanian ones ("3 iunie 1971"), for the original-language text of
 * Central and East European records. Kept out of
 * MONTH_INDEX (monthNumber): only their own rule, with a day and its dot before, reads them.
 */
const CENTRAL_MONTHS = new Map<string, number>([
  'ledna února března dubna května června července srpna září října listopadu prosince',
  'januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra',
  'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia',
  'januara februara marta aprila maja juna jula avgusta septembra oktobra novembra decembra',
  // Romanian ("3 iunie 1971"), written without the day's dot.
  'ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie',
].flatMap((line) => line.split(' ').map((n, i): [string, number] => [n, i + 1])));
export const CENTRAL_MONTH_RE = `(?:${[...CENTRAL_MONTHS.keys()].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`;
export const centralMonth = (name: string): number | undefined => CENTRAL_MONTHS.get(name);

/**
 * French, Spanish, Portuguese and Italian month names, for originals in those languages quoted
 * before the translation ("le 21 juillet 1960", "12 de marzo de 1976", "5 de Abril de 1975").
 * Romance languages write them in lower case; a capital is tolerated. Their own rules read them,
 * always next to a day or a year: "mars", "mai" and "julio" alone are other words or names.
 */
const ROMANCE_MONTHS = new Map<string, number>([
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  'janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre',
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
  'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
  'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
].flatMap((line) => line.split(' ').map((n, i): [string, number] => [n, i + 1])).concat([['marco', 3], ['setiembre', 9]]));
// Capitalized only where no other word has that form ("3 Mars" is the planet's or a name's).
const romanceForms = [...ROMANCE_MONTHS.keys()]
  .flatMap((n) => (n === 'mars' || n === 'mai' ? [n] : [n, n[0]!.toUpperCase() + n.slice(1)]))
  .sort((a, b) => b.length - a.length);
export const ROMANCE_MONTH_RE = `(?:${romanceForms.join('|')})(?![\\p{L}])`;
/**
 * A necessary condition for ROMANCE_MONTH_RE: one of its forms as a word. Not their first three
 * letters, as for the other month names: "Nov", "Oct", "Mar" and "Jul" begin English months too,
 * and the rules' scans would run over nearly every paragraph.
 */
export const ROMANCE_MONTH_HINT = new RegExp(ROMANCE_MONTH_RE, 'u');
export const romanceMonth = (name: string): number | undefined => ROMANCE_MONTHS.get(name.toLowerCase());

/** Hungarian month names, for the Hungarian date of an original's header ("1975. április 28."). */
const HU_MONTHS = ['január', 'február', 'március', 'április', 'május', 'június', 'július', 'augusztus', 'szeptember', 'október', 'november', 'december'];
export const HU_MONTH_RE = `(?:${HU_MONTHS.join('|')})(?![\\p{L}])`;
export const huMonth = (name: string): number | undefined => (HU_MONTHS.indexOf(name) + 1 || undefined);

const MONTH_INDEX = new Map<string, number>([
  ...GERMAN_MONTHS.map(([n, i]): [string, number] => [n.toLowerCase(), i]),
  ...MONTH_NAMES.map((n, i): [string, number] => [n.toLowerCase(), i + 1]),
  ...MONTH_ABBREVS.map(([a, n]): [string, number] => [a.toLowerCase(), n]),
  ...RUSSIAN_MONTHS,
]);


/**
 * Month names must be capitalized (or all capitals): lower-case "may"/"march" are verbs. The
 * trailing letter guard keeps "Marchenko" and "Mayor" out; the dot belongs to abbreviations.
 */
const forms = (names: string[]) => names.flatMap((n) => [n, n.toUpperCase()]).sort((a, b) => b.length - a.length);
export const MONTH_RE =
  `(?:(?:${forms(MONTH_NAMES).join('|')})(?![\\p{L}])|(?:${forms(MONTH_ABBREVS.map(([a]) => a)).join('|')})(?![\\p{L}])\\.?)`;

/** German month names as German writes dates: "19. März 1970", the day an ordinal with its dot. */
export const DE_MONTH_RE = `(?:${forms(GERMAN_MONTHS.map(([n]) => n)).join('|')})(?![\\p{L}])`;

/**
 * Russian month names in every case Russian writes them (lower, capitalized, capitals), for rules
 * of their own: in MONTH_RE they would triple the cost of every English date rule.
 */
const russianForms = RUSSIAN_MONTHS.flatMap(([n]) => [n, n[0]!.toUpperCase() + n.slice(1), n.toUpperCase()]).sort((a, b) => b.length - a.length);
export const RU_MONTH_RE = `(?:${russianForms.join('|')})(?![\\p{L}])`;
/** A cheap necessary condition for RU_MONTH_RE: the first three letters of a Russian month form. */
export const RU_MONTH_HINT = new RegExp([...new Set(russianForms.map((f) => f.slice(0, 3)))].join('|'));

/**
 * A cheap necessary condition for MONTH_RE: every month form begins with its first three letters
 * ("Sept" with "Sep", "MAY" with "MAY"). A text without any of them holds no month name.
 */
export const MONTH_HINT = new RegExp(
  [...new Set([...MONTH_NAMES, ...MONTH_ABBREVS.map(([a]) => a)].flatMap((n) => [n.slice(0, 3), n.slice(0, 3).toUpperCase()]))].join('|'),
);

/**
 * The first three letters of every month and weekday form (as MONTH_RE and WEEKDAY_RE write
 * them), as regex alternatives: every date written with such a word begins with one of them.
 */
export const MONTH_OR_WEEKDAY_PREFIXES = [...new Set(
  [...MONTH_NAMES, ...MONTH_ABBREVS.map(([a]) => a), 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].flatMap((n) => [n.slice(0, 3), n.slice(0, 3).toUpperCase()]),
)].join('|');

/** Month number of a matched month token (brackets and dot tolerated). */
export function monthNumber(token: string): number | undefined {
  return MONTH_INDEX.get(token.replace(/[[\].\s]/g, '').toLowerCase());
}

/** Abbreviations that are no name or word, so safe without their dot ("Sept 3", "Oct 5"); not "Jan", "Mar", "Jun". */
const SAFE_ABBREVIATIONS = new Set(['Feb', 'Apr', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec']);

/** A full month name, a safe abbreviation, or an abbreviation with its dot: safe to read as a month without a year. */
export function isSafeMonthToken(token: string): boolean {
  const t = token.replace(/[[\]\s]/g, '');
  return t.endsWith('.') || MONTH_NAMES.some((n) => n === t || n.toUpperCase() === t) || SAFE_ABBREVIATIONS.has(t) || RUSSIAN_MONTHS.some(([n]) => n === t.toLowerCase());
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const weekdayForms = [...WEEKDAYS, ...WEEKDAYS.map((w) => w.toUpperCase()),
  'Mon', 'Tues', 'Tue', 'Wed', 'Thurs', 'Thur', 'Thu', 'Fri', 'Sat', 'Sun']
  .sort((a, b) => b.length - a.length);
/** A weekday's name, any case ("Monday", "MONDAY"). */
export function isWeekday(token: string): boolean {
  return WEEKDAYS.some((w) => w.toLowerCase() === token.toLowerCase());
}

/** Optional weekday prefix ("Monday, "), kept inside the date span. */
export const WEEKDAY_RE = `(?:(?:${weekdayForms.join('|')})(?![\\p{L}])\\.?,?\\s+)?`;

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
export const ROMAN_MONTH_RE = `(?:${[...ROMAN].sort((a, b) => b.length - a.length).join('|')})`;
export function romanMonth(s: string): number | undefined {
  const i = ROMAN.indexOf(s.toUpperCase());
  return i < 0 ? undefined : i + 1;
}

/**
 * Year for a day/month written without one: of the reference year and its neighbours, the one that
 * puts the date nearest the reference (the conversation or memo date), counting days after it
 * double, since memos mostly report what happened: a memo of 1964-01-07 saying "November 29" means
 * 1963, one of 1956-04-07 announcing a congress "on April 23" means 1956. Days after an earlier
 * reference but not after the memo date (`bound`) are history too and count single: a memo of
 * October 1980 that last named 1 April means 1980 by "17 September". A reference of month or year
 * precision ("March 1953", "1956") contains every day of its period.
 */
export function inferYear(m: number, d: number | undefined, ref: Ymd, bound: Ymd = ref): number {
  const day = (y: number, mm: number, dd: number) => Date.UTC(y, mm - 1, dd) / 86_400_000;
  const refStart = day(ref.y, ref.m ?? 1, ref.d ?? 1);
  const refEnd = day(ref.y, ref.m ?? 12, ref.d ?? (ref.m ? daysInMonth(ref.y, ref.m) : 31));
  const boundEnd = day(bound.y, bound.m ?? 12, bound.d ?? (bound.m ? daysInMonth(bound.y, bound.m) : 31));
  let best = ref.y;
  let bestCost = Infinity;
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
    if (d !== undefined && !isValid(y, m, d)) continue;
    const t = day(y, m, d ?? 15);
    const cost = t < refStart ? refStart - t : t <= refEnd ? 0 : t <= boundEnd ? t - refEnd : 2 * (t - refEnd);
    if (cost < bestCost) {
      best = y;
      bestCost = cost;
    }
  }
  // February 29 only exists in leap years: step back to the nearest one.
  for (let i = 0; i < 4 && d !== undefined && !isValid(best, m, d); i++) best -= 1;
  return best;
}

/**
 * Century for a two-digit year: the reading nearest the anchor (the memo date), never more than
 * five years after it; 19xx when nothing anchors it (the corpus is twentieth-century).
 */
export function expandTwoDigitYear(yy: number, anchor?: number): number {
  if (anchor === undefined) return 1900 + yy;
  const options = [1800, 1900, 2000].map((c) => c + yy).filter((y) => y <= anchor + 5);
  if (options.length === 0) return 1900 + yy;
  return options.reduce((best, y) => (Math.abs(y - anchor) < Math.abs(best - anchor) ? y : best));
}
