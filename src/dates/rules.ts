/**
 * The date rules: one regular expression per surface form, each with a builder that turns the
 * match into a value (or null when the match is not a real date). Overlaps are settled by the
 * scanner (longest span wins), so rules may overlap freely.
 *
 * Ranges (decision): a range is ONE mention with notBefore/notAfter when one end leans on the other
 * for its year or month ("March 3–5, 1964", "February–March 1964", "between 3 and 5 March 1964")
 * or when it is a compact year range ("1950–1953", "1950-53"). When the text names two dates that
 * each stand alone ("from March 3 to March 5, 1964", "from 1950 to 1953") they are two
 * mentions, so each keeps its own @when (TEI Guidelines §13.4.1, att.datable).
 * Decades ("the 1950s") are notBefore/notAfter over the ten years, cert high.
 */
import { CENTRAL_MONTH_RE, centralMonth, DE_MONTH_RE, HU_MONTH_RE, huMonth, ROMANCE_MONTH_HINT, ROMANCE_MONTH_RE, romanceMonth, isSafeMonthToken, monthNumber, MONTH_HINT, MONTH_OR_WEEKDAY_PREFIXES, MONTH_RE, romanMonth, ROMAN_MONTH_RE, RU_MONTH_HINT, RU_MONTH_RE, WEEKDAY_RE } from './calendar.ts';
import { PERSIAN_MONTH_HINT, PERSIAN_MONTH_RE, persianDate } from './persian.ts';
import { hasDefiniteArticle, hasQuantityTail, hasYearLead, isParenthesized } from './context.ts';
import { type Built, type Env, fullYear, high, lowered, num, numeric, point, range } from './values.ts';

export type Groups = Record<string, string | undefined>;

export interface Rule {
  name: string;
  re: RegExp;
  build(g: Groups, env: Env, start: number, end: number): Built | null;
  /** Only for parseDate (a whole string known to be a date), e.g. ISO `1963-10`. */
  parseOnly?: boolean;
  /**
   * Cheap tests every text must pass for the rule to find a date in it (a digit, a month name, a
   * dash…): a title, a summary or a paragraph without them is spared a scan by the rule's much
   * slower regular expression. A necessary condition only, never part of the match.
   */
  needs: RegExp[];
  /**
   * Finds the first place in a text where a match may begin (a digit or bracket for rules that
   * begin with a number, a month or weekday word for those that begin with one, …): the rule's
   * search starts there rather than at the start of the text. No match: the rule finds nothing.
   */
  startsAt: RegExp;
}

// The needs (not global: `test` must not move lastIndex).
const DIGIT = /\d/;
const MONTH = MONTH_HINT;
const DASH_CHAR = /[-–—]/;
const DASH_OR_TO = /[-–—]|\s(?:to|through|till|until)\s/;
const FROM = /[Ff]rom|[Bb]etween|[Nn]ight of/;
// A day, "and", a day: what a list of days has that nearly no paragraph has.
const DAY_AND_DAY = /\d(?:st|nd|rd|th)?\]?\s*,?\s+(?:and|&)\s+\[?\d/;

// The startsAt searches (what the first character of a match can be, after the lookbehinds).
const AT_NUMBER = /[[\d]/;
const AT_WORD = new RegExp(`\\[|${MONTH_OR_WEEKDAY_PREFIXES}`);
const AT_NUMBER_OR_WORD = new RegExp(`[[\\d]|${MONTH_OR_WEEKDAY_PREFIXES}`);
/** A weekday of the Romance originals before a day ("mardi 1er octobre", "domingo 8 de octubre"), kept inside the span as an English one is. */
const ROMANCE_WEEKDAYS = '[Ll]undi|[Mm]ardi|[Mm]ercredi|[Jj]eudi|[Vv]endredi|[Ss]amedi|[Dd]imanche|[Ll]unes|[Mm]artes|[Mm]i[ée]rcoles|[Jj]ueves|[Vv]iernes|[Ss][áa]bado|[Dd]omingo|[Ll]uned[ìi]|[Mm]arted[ìi]|[Gg]ioved[ìi]|[Vv]enerd[ìi]';
const ROMANCE_WEEKDAY = `(?:(?:${ROMANCE_WEEKDAYS})(?![\\p{L}]),?\\s+)?`;
const AT_NUMBER_OR_ROMANCE_WEEKDAY = new RegExp(`[[\\d]|${ROMANCE_WEEKDAYS}`);
const AT_RELATIVE = /[Ll]ast|[Tt]his|[Nn]ext|[Pp]revious|[Ff]ollowing|LAST|THIS|NEXT/;

// Not glued to a word or to another number ("1.13.10.50", "1,500").
const S = '(?<![\\p{L}\\p{N}])(?<![\\p{N}][.,/:\\-–—])';
const E = '(?![\\p{L}\\p{N}])(?![.,/:\\-–—][\\p{N}])';
const M = (n: string) => `\\[?(?<${n}>${MONTH_RE})\\]?`;
const D = (n: string) => `\\[?(?<${n}>[0-3]?\\d)(?:st|nd|rd|th)?(?![\\p{L}\\p{N}])\\]?`;
const Y = (n: string) => `\\[?(?<${n}>\\d{4})(?!\\d)\\]?`;
const SEP = '(?:\\s*,\\s*|\\s+)';
const DASH = '\\s*[-–—]\\s*';
/**
 * A dash, or "to" where the first end is a bare day and a year follows ("January 4 to 10, 1966");
 * "May 3 to May 10, 1966" names two dates (as the gold reads it), "May 3 to 10" is from-to-days'.
 */
const DASH_TO = `(?:${DASH}|\\s+(?<to>to|through|till|until)\\s+)`;
const OF = '(?:,?\\s+|\\s+of\\s+)';
const W = WEEKDAY_RE;
// The rest of a list of days up to its last: ", 4 and ", " and " (the middle days in `mid`).
const AND_DAYS = '(?<mid>(?:\\s*,\\s*[0-3]?\\d(?:st|nd|rd|th)?)*)\\s*,?\\s+(?:and|&)\\s+';

const re = (src: string) => new RegExp(src, 'gu');
const mon = (s: string | undefined) => monthNumber(s ?? '')!;
const yearOk = (y: number) => y >= 1800 && y <= 2100;

// Up to two capitalized words may come between: "the February 8 Vinalon Factory".
const NAMED_DAY_TAIL = /^\s+(?:\p{Lu}\p{L}*\s+){0,2}(?:Movement|Uprising|Incident|Day|Street|Square|Avenue|Plant|Factory|Works|Stadium|Prize|Complex|Mill|Mine)(?![\p{L}])/u;

/**
 * Day and month with no year. Abbreviations need their dot ("Jan" may be a name), and a year
 * right after means the full form did not build (February 30, 1964): no partial reading then.
 */
function yearless(g: Groups, env: Env, end: number): Built | null {
  return yearlessOk(g.m!, env, end) ? point(env, undefined, mon(g.m), num(g.d)) : null;
}

/** Whether days of month `m` written without a year, ending at `end`, read as a date. */
function yearlessOk(m: string, env: Env, end: number): boolean {
  if (!isSafeMonthToken(m) || /^\s*,?\s*\[?\d{4}(?!\d)/.test(env.text.slice(end, end + 12))) return false;
  // "May 5 tractors" is a quantity ("on 13 February units of …" is not: the month ends it); "the
  // March 1 Movement" is a name, like "May Day".
  return !(/\d/.test(env.text[end - 1] ?? '') && hasQuantityTail(env.text, end)) && !NAMED_DAY_TAIL.test(env.text.slice(end, end + 20));
}

/**
 * Days of one month named in a list ("March 3, 4 and 5, 1964", "5 and 6 May"): one mention, the
 * days it spans as notBefore/notAfter (the gold's reading of "March 3, 4 and 5"), the year shared.
 * Days must rise; without a year the checks of a yearless day apply.
 */
function dayList(g: Groups, env: Env, end: number): Built | null {
  const days = [num(g.d1)!, ...[...(g.mid ?? '').matchAll(/\d+/g)].map((m) => Number(m[0])), num(g.d2)!];
  if (days.some((d, i) => i > 0 && d <= days[i - 1]!)) return null;
  if (g.y === undefined && !yearlessOk(g.m!, env, end)) return null;
  return range(env, num(g.y), [mon(g.m), days[0]!], [mon(g.m), days[days.length - 1]!]);
}

/**
 * A year-level relative phrase ("last year", "May last year"), its value written by `when` from the
 * year. "The previous/following year" count from the date just stated; "last year" from the
 * conversation's.
 */
function relativeYear(w: string, env: Env, when: (year: number) => string): Built {
  const delta = w === 'this' ? 0 : w === 'next' || w === 'following' ? 1 : -1;
  const from = w === 'previous' || w === 'following' ? env.ref : (env.conversation ?? env.ref);
  if (!from) return { cert: 'low', reason: 'relative', relative: true };
  return { when: when(from.y + delta), cert: 'medium', reason: 'relative', relative: true };
}

/** A range of days in a year named relative to the memo's ("2–5 November this year"). */
function relativeRange(w: string, env: Env, from: [number, number?], to: [number, number?]): Built | null {
  const y = relativeYear(w, env, (year) => String(year));
  if (!y.when) return y;
  const v = range(env, +y.when, from, to);
  return v && { ...v, cert: 'medium', reason: 'relative', relative: true };
}

/**
 * A year-level relative phrase after a month ("December of last year", "May last year"): the month
 * takes its year from it, and the phrase is a mention of its own, as the golds write them (30 of 53
 * such places in the hand-annotated memos; the gold guide lists the year phrases as mentions of
 * their own). A day before one is read so too, by the day rules and the scanner's
 * relativeYearAfter ("21 August last year", "2–5 November this year").
 */
const RELATIVE_AFTER = `(?=,?\\s+(?:of\\s+)?(?<w>last|this|next)\\s+year(?![\\p{L}]))`;

/**
 * A day or month whose year a relative phrase gave: not itself a relative mention (its reason stays
 * "relative", not "year-inferred", so the scanner does not infer its year a second time).
 */
function inferred(v: Built | null): Built | null {
  return v && { ...v, relative: undefined };
}

/** Russian relative year words (by their first four letters) as relativeYear reads them. */
const RU_RELATIVE: Record<string, string> = { прош: 'last', этом: 'this', этог: 'this', теку: 'this', буду: 'next', след: 'next' };

/** Around a day and Roman month without a year ("2.IX.", "3–4.IV."): not inside a section number ("I.2.IX"), the closing dot the date's. */
const ROMAN_DAY_START = '(?<![\\p{L}\\p{N}]\\.)';
const ROMAN_DAY_END = '(?:\\.(?![\\p{N}])|(?![\\p{L}\\p{N}.]))';

export const RULES: Rule[] = [
  {
    name: 'month-day-year', // February 26, 1964 · Feb. 26th 1964 · November 8 [1950]
    needs: [DIGIT, MONTH],
    startsAt: AT_WORD,
    re: re(`${S}${W}${M('m')}\\s+${D('d')}${SEP}${Y('y')}${E}`),
    build: (g, env) => point(env, num(g.y), mon(g.m), num(g.d)),
  },
  {
    name: 'day-month-year', // 26 February 1964 · 26th of February, 1964
    needs: [DIGIT, MONTH],
    startsAt: AT_NUMBER_OR_WORD,
    re: re(`${S}${W}${D('d')}\\s+(?:of\\s+)?${M('m')}${SEP}${Y('y')}${E}`),
    build: (g, env) => point(env, num(g.y), mon(g.m), num(g.d)),
  },
  {
    name: 'year-month-day', // 1972 July 1
    needs: [DIGIT, MONTH],
    startsAt: AT_NUMBER,
    re: re(`${S}${Y('y')},?\\s+${M('m')}\\s+${D('d')}${E}`),
    build: (g, env) => point(env, num(g.y), mon(g.m), num(g.d)),
  },
  {
    name: 'month-year', // February 1964 · February of 1964 · [November] 1950
    needs: [DIGIT, MONTH],
    startsAt: AT_WORD,
    re: re(`${S}${M('m')}${OF}${Y('y')}${E}`),
    build: (g, env) => point(env, num(g.y), mon(g.m)),
  },
  {
    name: 'month-day', // November 29 (year inferred)
    needs: [DIGIT, MONTH],
    startsAt: AT_WORD,
    re: re(`${S}${W}${M('m')}\\s+${D('d')}${E}`),
    build: (g, env, _s, end) => yearless(g, env, end),
  },
  {
    name: 'day-month', // 29 November · 29th of November · the 15th [of July] (year inferred; the editor's month in brackets)
    needs: [DIGIT, MONTH],
    startsAt: AT_NUMBER_OR_WORD,
    re: re(`${S}${W}${D('d')}\\s+(?:\\[(?=of\\s))?(?:of\\s+)?${M('m')}`),
    build: (g, env, _s, end) => yearless(g, env, end),
  },
  {
    name: 'ru-day-month-year', // 10 мая 1950 · 18 августа 1961 (г.: the year's abbreviation stays outside, as the golds have it)
    needs: [DIGIT, RU_MONTH_HINT],
    startsAt: AT_NUMBER,
    re: re(`${S}${D('d')}\\s+(?<m>${RU_MONTH_RE})${SEP}${Y('y')}${E}`),
    build: (g, env) => point(env, num(g.y), mon(g.m), num(g.d)),
  },
  {
    name: 'persian-day-month-year', // 22 Bahman 1357 · 10-11 Farvardin 1358 (the Iranian calendar; @when in the Gregorian)
    needs: [DIGIT, PERSIAN_MONTH_HINT],
    startsAt: AT_NUMBER,
    re: re(`${S}(?<d1>[0-3]?\\d)(?:\\s*[-–]\\s*(?<d2>[0-3]?\\d))?\\s+(?<m>${PERSIAN_MONTH_RE})${SEP}(?<y>1[34]\\d\\d)${E}`),
    build: (g) => persianDate(num(g.y)!, g.m!, num(g.d1)!, num(g.d2)),
  },
  {
    name: 'ru-day-month-range', // 19–20 августа · 3–5 августа 1961 · (в ночь с) 12 на 13 августа · (с) 3 по 5 мая
    needs: [DIGIT, RU_MONTH_HINT],
    startsAt: AT_NUMBER,
    re: re(`${S}${D('d1')}(?:\\s*[-–—]\\s*|\\s+(?:на|по|до)\\s+)${D('d2')}\\s+(?<m>${RU_MONTH_RE})(?:${SEP}${Y('y')}|\\s+(?<rel>[тм])\\.\\s?г\\.)?${E}`),
    build: (g, env) => {
      // Bulgarian "т.г." (this year) and "м.г." (last year) after the month: a relative year.
      if (g.rel) return relativeRange(g.rel === 'т' ? 'this' : 'last', env, [mon(g.m), num(g.d1)], [mon(g.m), num(g.d2)]);
      return range(env, num(g.y), [mon(g.m), num(g.d1)], [mon(g.m), num(g.d2)]);
    },
  },
  {
    name: 'ru-month-year', // октября 1962 · в мае 1963 (a month)
    needs: [DIGIT, RU_MONTH_HINT],
    startsAt: RU_MONTH_HINT,
    re: re(`(?<![\\p{L}\\p{N}])(?<m>${RU_MONTH_RE})${SEP}${Y('y')}${E}`),
    build: (g, env) => point(env, num(g.y), mon(g.m)),
  },
  {
    name: 'ru-month-relative-year', // (в) ноябре прошлого года · (в) мае этого года (a month of a relative year)
    needs: [/год/, RU_MONTH_HINT],
    startsAt: RU_MONTH_HINT,
    re: re(`(?<![\\p{L}])(?<m>${RU_MONTH_RE})\\s+(?<w>прошлого|этого|текущего|будущего|следующего)\\s+года(?![\\p{L}])`),
    build: (g, env) => relativeYear(RU_RELATIVE[g.w!.slice(0, 4)] ?? 'this', env, (y) => `${y}-${String(mon(g.m)).padStart(2, '0')}`),
  },
  {
    name: 'ru-relative-year', // (в) прошлом году · (в) этом году · (в) будущем году · прошлого года
    needs: [/год/],
    startsAt: /[ПпЭэБбСсТт]/,
    re: re(`(?<![\\p{L}])(?<w>прошлом|прошлого|этом|этого|текущем|текущего|будущем|будущего|следующем|следующего)\\s+(?:году|года)(?![\\p{L}])`),
    build: (g, env) => relativeYear(RU_RELATIVE[g.w!.slice(0, 4)] ?? 'this', env, (y) => String(y)),
  },
  {
    name: 'ru-day-month', // 10 мая (year inferred)
    needs: [DIGIT, RU_MONTH_HINT],
    startsAt: AT_NUMBER,
    re: re(`${S}${D('d')}\\s+(?<m>${RU_MONTH_RE})`),
    build: (g, env, _s, end) => yearless(g, env, end),
  },
  {
    name: 'month-day-range', // March 3–5, 1964 · March 30–April 2, 1964 · January 4 to 10, 1966
    needs: [DIGIT, MONTH, DASH_OR_TO],
    startsAt: AT_WORD,
    re: re(`${S}${M('m1')}\\s+${D('d1')}${DASH_TO}(?:${M('m2')}\\s+)?${D('d2')}(?:${SEP}${Y('y')})?${E}`),
    build: (g, env) => (g.to && (!g.y || g.m2) ? null : range(env, num(g.y), [mon(g.m1), num(g.d1)], [mon(g.m2 ?? g.m1), num(g.d2)])),
  },
  {
    name: 'day-month-range', // 3–5 March 1964 · 30 March – 2 April 1964 · 10 to 11 January [1966]
    needs: [DIGIT, MONTH, DASH_OR_TO],
    startsAt: AT_NUMBER,
    re: re(`${S}${D('d1')}(?:\\s+(?:of\\s+)?${M('m1')})?${DASH_TO}${D('d2')}\\s+(?:of\\s+)?${M('m2')}(?:${SEP}${Y('y')})?${E}`),
    build: (g, env) => (g.to && (!g.y || g.m1) ? null : range(env, num(g.y), [mon(g.m1 ?? g.m2), num(g.d1)], [mon(g.m2), num(g.d2)])),
  },
  {
    name: 'month-day-list', // March 3, 4 and 5, 1964 · May 5 and 6
    needs: [DAY_AND_DAY, MONTH],
    startsAt: AT_WORD,
    re: re(`${S}${M('m')}\\s+${D('d1')}${AND_DAYS}${D('d2')}(?:${SEP}${Y('y')})?${E}`),
    build: (g, env, _s, end) => dayList(g, env, end),
  },
  {
    name: 'day-month-list', // 3, 4 and 5 March 1964 · 5 and 6 May
    needs: [DAY_AND_DAY, MONTH],
    startsAt: AT_NUMBER,
    re: re(`${S}${D('d1')}${AND_DAYS}${D('d2')}\\s+(?:of\\s+)?${M('m')}(?:${SEP}${Y('y')})?${E}`),
    build: (g, env, _s, end) => dayList(g, env, end),
  },
  {
    name: 'day-to-day-month', // 17 to 25 July · 16 to 17 July 1973 (a bare day, "to", a day and its month: one range; "from" may stand before, outside)
    needs: [DIGIT, MONTH, /\sto\s/],
    startsAt: AT_NUMBER,
    re: re(`${S}${D('d1')}\\s+to\\s+${D('d2')}\\s+(?:of\\s+)?${M('m')}(?:${SEP}${Y('y')})?${E}`),
    build: (g, env) => (isSafeMonthToken(g.m!) && num(g.d1)! < num(g.d2)! ? range(env, num(g.y), [mon(g.m), num(g.d1)], [mon(g.m), num(g.d2)]) : null),
  },
  {
    name: 'month-range', // February–March 1964 · June and July 1966 (two months in a row: one span)
    needs: [DIGIT, MONTH, /[-–—]|\sand\s/],
    startsAt: AT_WORD,
    re: re(`${S}${M('m1')}(?:${DASH}|\\s+(?<and>and)\\s+)${M('m2')}${OF}${Y('y')}${E}`),
    build: (g, env) => (g.and && mon(g.m2) !== mon(g.m1) + 1 ? null : range(env, num(g.y), [mon(g.m1)], [mon(g.m2)])),
  },
  {
    name: 'from-to-days', // between 3 and 5 March 1964 · from 3 to 5 March 1964 · from 3 to 8 September · the night of 1 to 2 November ("from" stays outside)
    needs: [DIGIT, MONTH, FROM],
    startsAt: FROM,
    re: re(
      // The first end is a bare day ("between 3 and 5 March 1964"); "from March 3 to March 5" names two
      // dates, each a mention of its own (as the hand-made gold of the test memos reads it).
      `(?<pre>(?<![\\p{L}])(?:[Ff]rom|[Bb]etween|[Nn]ight\\s+of)\\s+)(?:${D('e1')}(?:\\s+(?:of\\s+)?${M('n1')})?)` +
        `\\s+(?:to|till|until|through|and)\\s+(?:${M('m2')}\\s+${D('d2')}|${D('e2')}\\s+(?:of\\s+)?${M('n2')}|${D('f2')})(?:${SEP}${Y('y')})?${E}`,
    ),
    build: (g, env, _s, end) => {
      // Without a year only "from 3 to 8 September", read as a day without a year is.
      if (g.y === undefined && (g.n2 === undefined || !yearlessOk(g.n2, env, end))) return null;
      // "the night of 30 September to 1 October" names two days, each a date (held-out memo 43); "of 1 to 2 November" one span.
      if (/^[Nn]ight/.test(g.pre!) && g.n1 !== undefined) return null;
      const m2 = g.m2 ?? g.n2 ?? g.m1 ?? g.n1;
      const m1 = g.m1 ?? g.n1 ?? m2;
      if (!m1 || !m2) return null;
      return range(env, num(g.y), [mon(m1), num(g.d1 ?? g.e1)], [mon(m2), num(g.d2 ?? g.e2 ?? g.f2)]);
    },
  },
  {
    name: 'from-to-months', // from February to March 1964
    needs: [DIGIT, MONTH, FROM],
    startsAt: FROM,
    re: re(`(?<pre>(?<![\\p{L}])(?:[Ff]rom|[Bb]etween)\\s+)${M('m1')}\\s+(?:to|till|until|through|and)\\s+${M('m2')}${OF}${Y('y')}${E}`),
    build: (g, env) => range(env, num(g.y), [mon(g.m1)], [mon(g.m2)]),
  },
  {
    name: 'year-range', // 1950–1953 · 1950-53 · 1960/61
    needs: [DIGIT, /[-–—]|\d\/\d/],
    startsAt: AT_NUMBER,
    re: re(`${S}${Y('y1')}(?:${DASH}|/)(?<y2>\\d{4}|\\d{2})${E}`),
    build: (g, env, _s, end) => {
      const a = num(g.y1)!;
      const b = g.y2!.length === 2 ? Math.floor(a / 100) * 100 + num(g.y2)! : num(g.y2)!;
      if (!yearOk(a) || !yearOk(b) || b <= a || hasQuantityTail(env.text, end)) return null;
      return { notBefore: String(a), notAfter: String(b), cert: 'high' };
    },
  },
  {
    name: 'numeric-slash', // 10/28/1963 (month first by convention)
    needs: [DIGIT, /\//],
    startsAt: AT_NUMBER,
    re: re(`${S}(?<a>\\d{1,2})/(?<b>\\d{1,2})/(?<y>\\d{4}|\\d{2})${E}`),
    build: (g, env) => numeric(env, num(g.a)!, num(g.b)!, g.y!, '/', 'md'),
  },
  {
    name: 'numeric-dot', // 13.10.50 · 13.10.1950 (day first by convention)
    needs: [DIGIT, /\./],
    startsAt: AT_NUMBER,
    re: re(`${S}(?<a>\\d{1,2})\\.(?<b>\\d{1,2})\\.(?<y>\\d{4}|\\d{2})${E}`),
    build: (g, env) => numeric(env, num(g.a)!, num(g.b)!, g.y!, '.', 'dm'),
  },
  {
    name: 'numeric-dash', // 17-4-1975 (day first, as numeric-dot; a four-digit year only: "1-2-3" is no date)
    needs: [DIGIT, /\d-\d{1,2}-\d{4}/],
    startsAt: AT_NUMBER,
    re: re(`${S}(?<a>\\d{1,2})-(?<b>\\d{1,2})-(?<y>\\d{4})${E}`),
    build: (g, env) => numeric(env, num(g.a)!, num(g.b)!, g.y!, '-', 'dm'),
  },
  {
    name: 'vi-day-month-year', // ngày 12 tháng 1 năm 1979 (a Vietnamese original before the translation)
    needs: [DIGIT, /tháng/],
    startsAt: /[Nn]gày|\d/,
    re: re(`(?<![\\p{L}])(?:[Nn]gày\\s+)?(?<d>[0-3]?\\d)\\s+tháng\\s+(?<m>[01]?\\d)(?:,?\\s+năm\\s+(?<y>\\d{4}))?(?![\\p{L}\\p{N}])`),
    build: (g, env) => point(env, num(g.y), num(g.m)!, num(g.d)),
  },
  {
    name: 'roman-month', // 24.III.50 · 24-III-1950 (day, Roman month, year)
    needs: [DIGIT],
    startsAt: AT_NUMBER,
    re: re(`${S}(?<d>\\d{1,2})(?<s>[.\\-/])(?<r>${ROMAN_MONTH_RE})\\k<s>(?<y>\\d{4}|\\d{2})${E}`),
    build: (g, env) => {
      const { year, twoDigit } = fullYear(env, g.y!);
      const v = point(env, year, romanMonth(g.r!)!, num(g.d));
      return v && twoDigit ? lowered(v, 'medium', 'two-digit-year') : v;
    },
  },
  {
    name: 'roman-day-range', // 3–4.IV. · 29.–30.X. · 1–5.III.65 · 10.XI.–1.XII.60 · 10 to 12.XI.1978 · 10 до 12.XI.1978 (days of Roman months, one span)
    needs: [DIGIT, /\.[IVX]/, /[-–—]|\s(?:to|до|do|bis)\s/],
    startsAt: AT_NUMBER,
    re: re(
      `${S}${ROMAN_DAY_START}(?<d1>[0-3]?\\d)(?:\\.(?<r1>${ROMAN_MONTH_RE})\\.?|\\.(?=\\s*[-–—]))?(?:\\s*[-–—]\\s*|\\s+(?:to|до|do|bis)\\s+)(?<d2>[0-3]?\\d)\\.(?<r2>${ROMAN_MONTH_RE})(?:\\.(?<y>\\d{4}|\\d{2})(?![\\p{L}\\p{N}])|${ROMAN_DAY_END})`,
    ),
    build: (g, env) => {
      const m2 = romanMonth(g.r2!)!;
      const m1 = g.r1 ? romanMonth(g.r1)! : m2;
      const v = range(env, g.y ? fullYear(env, g.y).year : undefined, [m1, num(g.d1)], [m2, num(g.d2)]);
      return v && g.y && g.y.length === 2 ? lowered(v, 'medium', 'two-digit-year') : v;
    },
  },
  {
    name: 'de-day-month-year', // 19. März 1970 (German, the day an ordinal with its dot)
    needs: [DIGIT, /\d\.\s/],
    startsAt: AT_NUMBER,
    re: re(`${S}(?<d>[0-3]?\\d)\\.\\s+(?<m>${DE_MONTH_RE})\\s+(?<y>\\d{4})${E}`),
    build: (g, env) => point(env, num(g.y), mon(g.m), num(g.d)),
  },
  {
    name: 'de-day-range', // 7. bis 9. November 1989 · 7.–9. November 1989 (German: two ordinal days, one month)
    needs: [DIGIT, /\d\.\s*(?:bis\s|[-–—])/],
    startsAt: AT_NUMBER,
    re: re(`${S}(?<d1>[0-3]?\\d)\\.\\s*(?:bis\\s+|[-–—]\\s*)(?<d2>[0-3]?\\d)\\.\\s+(?<m>${DE_MONTH_RE})(?:\\s+(?<y>\\d{4}))?${E}`),
    build: (g, env) => range(env, num(g.y), [mon(g.m), num(g.d1)], [mon(g.m), num(g.d2)]),
  },
  {
    name: 'central-day-month-year', // 10. listopadu 1956 · 26. i 27. maja 1961 · 3 iunie 1971 (Czech, Slovak, Polish, Serbo-Croatian, Romanian originals)
    // Czech, Slovak and Serbo-Croatian write the day with its dot; Romanian and Polish without one ("31 sierpnia 1980").
    needs: [DIGIT, /\d\.\s|\d\s+(?:ianuarie|februarie|martie|aprilie|mai|iunie|iulie|august|septembrie|octombrie|noiembrie|decembrie|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia)(?![\p{L}])/u],
    startsAt: AT_NUMBER,
    re: re(`${S}(?<d>[0-3]?\\d)\\.?\\s+(?:(?:i|a|and|și|si)\\s+(?<d2>[0-3]?\\d)\\.?\\s+)?(?<m>${CENTRAL_MONTH_RE})\\s+(?<y>\\d{4})${E}`),
    build: (g, env) => {
      const m = centralMonth(g.m!)!;
      return g.d2 ? range(env, num(g.y), [m, num(g.d)], [m, num(g.d2)]) : point(env, num(g.y), m, num(g.d));
    },
  },
  {
    name: 'romance-day-month', // le 21 juillet 1960 · 12 de marzo de 1976 · 1er août · mardi 1er octobre 1985 (French, Spanish, Portuguese, Italian originals; "le" stays outside, a weekday inside, as in English)
    needs: [DIGIT, ROMANCE_MONTH_HINT],
    startsAt: AT_NUMBER_OR_ROMANCE_WEEKDAY,
    re: re(`${S}${ROMANCE_WEEKDAY}(?<d>[0-3]?\\d)(?:er|º|°)?\\s+(?:de\\s+)?(?<m>${ROMANCE_MONTH_RE})(?:,?\\s+(?:de\\s+|del\\s+)?(?<y>\\d{4}))?${E}`),
    build: (g, env) => point(env, num(g.y), romanceMonth(g.m!)!, num(g.d)),
  },
  {
    name: 'central-cross-month-range', // 14 listopada - 6 grudnia 1966 (Polish, Czech… : two days of two months, one year)
    needs: [DIGIT, DASH_CHAR],
    startsAt: AT_NUMBER,
    re: re(`${S}(?<d1>[0-3]?\\d)\\.?\\s+(?<m1>${CENTRAL_MONTH_RE})\\s*[-–]\\s*(?<d2>[0-3]?\\d)\\.?\\s+(?<m2>${CENTRAL_MONTH_RE})\\s+(?<y>\\d{4})${E}`),
    build: (g, env) => range(env, num(g.y), [centralMonth(g.m1!)!, num(g.d1)], [centralMonth(g.m2!)!, num(g.d2)]),
  },
  {
    name: 'romance-day-range', // 14 al 17 de mayo · del 3 al 5 de junio de 1980 · 3-5 juillet (one span; "del" outside)
    needs: [DIGIT, ROMANCE_MONTH_HINT],
    startsAt: AT_NUMBER,
    re: re(`${S}(?<d1>[0-3]?\\d)(?:\\s*[-–]\\s*|\\s+(?:al|a|au|y|e|et)\\s+)(?<d2>[0-3]?\\d)\\s+(?:de\\s+)?(?<m>${ROMANCE_MONTH_RE})(?:,?\\s+(?:de\\s+|del\\s+)?(?<y>\\d{4}))?${E}`),
    build: (g, env) => range(env, num(g.y), [romanceMonth(g.m!)!, num(g.d1)], [romanceMonth(g.m!)!, num(g.d2)]),
  },
  {
    name: 'romance-relative-year', // el año pasado · este año · el próximo año · no ano passado · l'année dernière · cette année
    needs: [/año|ano\s|année|l['’]an\s/],
    startsAt: /[EeNnLlCc]/,
    re: re(`(?<![\\p{L}'’])(?:(?<p>el\\s+año\\s+pasado|el\\s+año\\s+anterior|o\\s+ano\\s+passado|ano\\s+passado|l['’]année\\s+dernière|l['’]an\\s+dernier)|(?<t>este\\s+año|este\\s+ano|cette\\s+année)|(?<n>el\\s+próximo\\s+año|el\\s+año\\s+próximo|el\\s+año\\s+que\\s+viene|o\\s+próximo\\s+ano|l['’]année\\s+prochaine|l['’]an\\s+prochain))(?![\\p{L}])`),
    build: (g, env) => relativeYear(g.p ? 'last' : g.t ? 'this' : 'next', env, (y) => String(y)),
  },
  {
    name: 'romance-month-year', // juillet 1960 · marzo de 1976 (a month name of these languages only with its year)
    needs: [DIGIT, ROMANCE_MONTH_HINT],
    startsAt: ROMANCE_MONTH_HINT,
    re: re(`${S}(?<m>${ROMANCE_MONTH_RE})\\s+(?:de\\s+|del\\s+)?(?<y>\\d{4})${E}`),
    build: (g, env) => point(env, num(g.y), romanceMonth(g.m!)!),
  },
  {
    name: 'day-roman-year-spaced', // 12. VI 1965 · 8-10. IX 1970 (Yugoslav: the day with its dot, a space, the Roman month without one)
    needs: [DIGIT, /\d\.\s[IVX]/],
    startsAt: AT_NUMBER,
    re: re(`${S}(?:(?<d1>[0-3]?\\d)\\s*[-–]\\s*)?(?<d>[0-3]?\\d)\\.\\s(?<r>${ROMAN_MONTH_RE})\\.?\\s+(?<y>\\d{4})${E}`),
    build: (g, env) => (g.d1 ? range(env, num(g.y), [romanMonth(g.r!)!, num(g.d1)], [romanMonth(g.r!)!, num(g.d)]) : point(env, num(g.y), romanMonth(g.r!)!, num(g.d))),
  },
  {
    name: 'hu-year-month-day', // 1975. április 28. (Hungarian: the year with its dot, the month's name, the day with its dot)
    needs: [DIGIT, /\d{4}\.\s+\p{Ll}/u],
    startsAt: AT_NUMBER,
    re: re(`${S}(?<y>\\d{4})\\.\\s+(?<m>${HU_MONTH_RE})\\s+(?<d>[0-3]?\\d)\\.?(?![\\p{L}\\p{N}])`),
    build: (g, env) => point(env, num(g.y), huMonth(g.m!)!, num(g.d)),
  },
  {
    name: 'year-roman-day', // 1963. IV. 26. (Hungarian: year, Roman month, day, each with its dot)
    needs: [DIGIT, /\d{4}\.\s*[IVX]/],
    startsAt: AT_NUMBER,
    re: re(`${S}(?<y>\\d{4})\\.\\s*(?<r>${ROMAN_MONTH_RE})\\.\\s*(?<d>[0-3]?\\d)\\.(?![\\p{N}])`),
    build: (g, env) => (yearOk(num(g.y)!) ? point(env, num(g.y), romanMonth(g.r!)!, num(g.d)) : null),
  },
  {
    name: 'roman-month-day', // on 2.IX. · 26.X. (day and Roman month, year inferred; the closing dot belongs to the date)
    needs: [DIGIT, /\.[IVX]/],
    startsAt: AT_NUMBER,
    re: re(`${S}${ROMAN_DAY_START}(?<d>[0-3]?\\d)\\.(?<r>${ROMAN_MONTH_RE})${ROMAN_DAY_END}`),
    build: (g, env) => point(env, undefined, romanMonth(g.r!)!, num(g.d)),
  },
  {
    name: 'cjk-day', // 1965年10月9日 (an original-language header quoted before the translation)
    needs: [DIGIT, /年/],
    startsAt: AT_NUMBER,
    re: re(`(?<![\\p{N}])(?<y>\\d{4})年(?<m>[01]?\\d)月(?:(?<d>[0-3]?\\d)日)?`),
    build: (g, env) => point(env, num(g.y), num(g.m)!, num(g.d)),
  },
  {
    name: 'year-month-day-dot', // 1962.12.26 (year first, as East Asian records write it)
    needs: [DIGIT, /\d{4}\.\d/],
    startsAt: AT_NUMBER,
    re: re(`${S}(?<y>\\d{4})\\.(?<m>[01]?\\d)\\.(?<d>[0-3]?\\d)${E}`),
    build: (g, env) => (yearOk(num(g.y)!) ? point(env, num(g.y), num(g.m)!, num(g.d)) : null),
  },
  {
    name: 'roman-month-spaced', // 19 X 1956 · 19–20 X 1956 (Polish and Czech records: day, Roman month, year, spaced)
    needs: [DIGIT, /\d\s+[IVX]+\s+\d{4}/],
    startsAt: AT_NUMBER,
    re: re(`${S}(?<d1>[0-3]?\\d)(?:\\s*[-–—]\\s*(?<d2>[0-3]?\\d))?\\s+(?<r>${ROMAN_MONTH_RE})\\s+(?<y>\\d{4})${E}`),
    build: (g, env) => {
      const m = romanMonth(g.r!)!;
      return g.d2 ? range(env, num(g.y), [m, num(g.d1)], [m, num(g.d2)]) : point(env, num(g.y), m, num(g.d1));
    },
  },
  {
    // The day in quotation marks, as Soviet registry forms print it: '"17" August 1971', '«17» августа 1961 г.', '"21" VII 1978'.
    // The marks belong to the date (the golds' spans hold them).
    name: 'quoted-day-month-year',
    needs: [DIGIT, /["«“„][0-3]?\d["»”]/],
    startsAt: /["«“„]/,
    re: re(`${S}["«“„](?<d>[0-3]?\\d)["»”]\\s+(?:(?<m>${MONTH_RE})|(?<ru>${RU_MONTH_RE})|(?<r>${ROMAN_MONTH_RE}))${SEP}(?<y>\\d{4})${E}`),
    build: (g, env) => point(env, num(g.y), g.r ? romanMonth(g.r)! : mon((g.m ?? g.ru)!), num(g.d)),
  },
  {
    name: 'numeric-day-range', // 14–15.07.1968 (days of one month, day first as numeric-dot)
    needs: [DIGIT, DASH_CHAR, /\d\.\d/],
    startsAt: AT_NUMBER,
    re: re(`${S}(?<d1>[0-3]?\\d)\\s*[-–—]\\s*(?<d2>[0-3]?\\d)\\.(?<m>[01]?\\d)\\.(?<y>\\d{4}|\\d{2})${E}`),
    build: (g, env) => {
      const { year, twoDigit } = fullYear(env, g.y!);
      const v = range(env, year, [num(g.m)!, num(g.d1)], [num(g.m)!, num(g.d2)]);
      return v && twoDigit ? lowered(v, 'medium', 'two-digit-year') : v;
    },
  },
  {
    name: 'numeric-day-month', // on 21.11. · until 3.12. · on 20.11. [1972] · on 11-14.12. (day(s) and month, after a preposition of time, the closing dot the date's; a bracketed year the editor's)
    needs: [DIGIT, /\d\.\d{1,2}\./],
    startsAt: AT_NUMBER,
    re: re(`(?<=\\b(?:[Oo]n|[Ff]rom|[Uu]ntil|[Tt]ill|[Bb]y|[Ss]ince|[Oo]f)\\s)(?:(?<d1>[0-3]?\\d)\\s*[-–]\\s*)?(?<d>[0-3]?\\d)\\.(?<m>[01]?\\d)\\.(?:\\s*\\[(?<y>\\d{4})\\])?(?![\\p{L}\\p{N}]|[.,/:\\-–—]\\p{N})`),
    build: (g, env) =>
      g.d1 ? (num(g.d1)! < num(g.d)! ? range(env, num(g.y), [num(g.m)!, num(g.d1)], [num(g.m)!, num(g.d)]) : null) : point(env, num(g.y), num(g.m)!, num(g.d)),
  },
  {
    name: 'numeric-range-parenthesized', // (3.–7.2.) · (28.7–5.8): days and months in parentheses after an event, the year the memo's
    needs: [DIGIT, /\(\d/, DASH_CHAR],
    startsAt: AT_NUMBER,
    re: re(`(?<=\\()(?<d1>[0-3]?\\d)\\.(?:(?<m1>[01]?\\d)\\.?)?\\s*[-–]\\s*(?<d2>[0-3]?\\d)\\.(?<m2>[01]?\\d)\\.?(?=\\))`),
    build: (g, env) => range(env, undefined, [num(g.m1 ?? g.m2)!, num(g.d1)], [num(g.m2)!, num(g.d2)]),
  },
  {
    name: 'night-day-month', // 18/19 November (a night between two days: both, one span)
    needs: [DIGIT, /\d\/\d/, MONTH],
    startsAt: AT_NUMBER,
    re: re(`${S}(?<d1>[0-3]?\\d)/(?<d2>[0-3]?\\d)\\s+${M('m')}(?:${SEP}${Y('y')})?${E}`),
    build: (g, env, _s, end) => {
      if (num(g.d2) !== num(g.d1)! + 1 || (g.y === undefined && !yearlessOk(g.m!, env, end))) return null;
      return range(env, num(g.y), [mon(g.m), num(g.d1)], [mon(g.m), num(g.d2)]);
    },
  },
  {
    name: 'month-relative-year', // December (of last year) · May (last year) · in March (this year): the month, its year from the phrase after it
    needs: [MONTH, /year|YEAR/],
    startsAt: AT_WORD,
    re: re(`${S}(?<!\\d\\S{0,3}\\s+)${M('m')}${RELATIVE_AFTER}`),
    build: (g, env) => (isSafeMonthToken(g.m!) ? inferred(relativeYear(g.w!, env, (y) => `${y}-${String(mon(g.m)).padStart(2, '0')}`)) : null),
  },
  {
    name: 'iso-day', // 1964-02-26
    needs: [DIGIT, /-/],
    startsAt: AT_NUMBER,
    re: re(`${S}(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})${E}`),
    build: (g, env) => point(env, num(g.y), num(g.m)!, num(g.d)),
  },
  {
    name: 'iso-month', // 1963-10, only where the whole string is a date (in prose it reads as a range)
    needs: [DIGIT, /-/],
    startsAt: AT_NUMBER,
    re: re(`${S}(?<y>\\d{4})-(?<m>\\d{2})${E}`),
    build: (g, env) => point(env, num(g.y), num(g.m)!),
    parseOnly: true,
  },
  {
    name: 'decade', // the 1950s · 1950's
    needs: [DIGIT],
    startsAt: AT_NUMBER,
    re: re(`${S}(?<y>\\d{3}0)['’]?s(?![\\p{L}\\p{N}])`),
    build: (g) => {
      const y = num(g.y)!;
      return yearOk(y) ? { notBefore: String(y), notAfter: String(y + 9), cert: 'high' } : null;
    },
  },
  {
    name: 'relative-year', // last year · this year('s) · next year · the previous/following year
    needs: [/year|YEAR/],
    startsAt: AT_RELATIVE,
    re: re(`${S}(?<w>[Ll]ast|[Tt]his|[Nn]ext|[Pp]revious|[Ff]ollowing|LAST|THIS|NEXT)\\s+(?:year|YEAR)(?![\\p{L}])`),
    build: (g, env, start) => {
      const w = g.w!.toLowerCase();
      if (w === 'last' && hasDefiniteArticle(env.text, start)) return null;
      return relativeYear(w, env, (y) => String(y));
    },
  },
  {
    name: 'bracketed-year', // [1950]: a year supplied by the editor
    needs: [DIGIT, /\[/],
    startsAt: AT_NUMBER,
    re: re(`${S}\\[(?<y>\\d{4})\\]`),
    build: (g) => (yearOk(num(g.y)!) ? high(g.y!) : null),
  },
  {
    name: 'year', // till 1970 · the 1950 agreement · (1964); never 1964 tons
    needs: [DIGIT],
    startsAt: AT_NUMBER,
    re: re(`${S}(?<y>\\d{4})${E}`),
    build: (g, env, start, end) => {
      const y = num(g.y)!;
      if (!yearOk(y) || hasQuantityTail(env.text, end)) return null;
      const strong = env.standalone || hasYearLead(env.text, start) || isParenthesized(env.text, start, end);
      return strong ? high(g.y!) : { ...high(g.y!), weak: true };
    },
  },
];
