/**
 * Surroundings that decide whether a number is a date: a four-digit number is a year only in a
 * date-like context ("till 1970", "the 1950 agreement"), never as a quantity ("1964 tons"), a
 * reference number ("No. 1964") or an archival citation ("fond 0102").
 */

/** Words right before a year that make it a year. */
const YEAR_LEAD = new RegExp(
  '(?:^|[^\\p{L}])(?:in|till|until|til|since|by|of|from|to|after|before|during|for|through|throughout|' +
    'the|early|late|spring|summer|autumn|fall|winter|year|around|circa|ca\\.|c\\.|about|between|' +
    'end|beginning|start|middle|dated|as\\s+of|mid-?|' +
    // The same in the originals quoted before a translation ("desde 1974", "depuis 1974", "seit 1974").
    'en|desde|hasta|para|durante|em|até|dans|depuis|pendant|im|seit|bis)\\s*$',
  'iu',
);

/** Labels of numbers that are not dates: references, archival citations, pages. */
const REFERENCE_LEAD = new RegExp(
  '(?:(?:^|[^\\p{L}])(?:no|nos|nr|number|p|pp|page|pages|fond|f|opis|op|delo|d|list|l|ll|papka|' +
    'file|folder|record|id|doc|document|art|article|section|sec|vol|volume|box|reel|item|tel|' +
    'phone|room|house|apartment|flat|code)\\.?|[#§№])\\s*$',
  'iu',
);

/** Words right after a number that make it a quantity or a time. */
const QUANTITY_TAIL = new RegExp(
  '^\\s*(?:tons?|tonnes?|tones?|t|kg|kilo(?:gram)?s?|km|kilomet(?:er|re)s?|met(?:er|re)s?|m|metric|' +
    'cents?|dollars?|rubles?|roubles?|won|yuan|pounds?|marks?|crowns?|korun[ay]?|francs?|people|' +
    'persons?|men|soldiers?|troops|workers?|units?|pieces?|copies|head|hours?|hrs?|h|minutes?|mins?|' +
    'seconds?|percent|per|million|millions|thousand|billion|hectares?|ha|acres?|cars?|tractors?|' +
    'tanks?|items?|pages?|pp|documents?|rounds?|shells?|guns?|rifles?|planes?|aircraft|ships?|' +
    'vessels?|trucks?|wagons?|barrels?|liters?|litres?|o[\'’]clock|a\\.?m\\.?|p\\.?m\\.?|%)(?![\\p{L}])',
  'iu',
);

const WINDOW = 40;

export function hasYearLead(text: string, start: number): boolean {
  return YEAR_LEAD.test(text.slice(Math.max(0, start - WINDOW), start));
}

export function hasReferenceLead(text: string, start: number): boolean {
  return REFERENCE_LEAD.test(text.slice(Math.max(0, start - WINDOW), start));
}

export function hasQuantityTail(text: string, end: number): boolean {
  return QUANTITY_TAIL.test(text.slice(end, end + WINDOW));
}

/** "(1964)": a year standing alone in parentheses is a date. */
export function isParenthesized(text: string, start: number, end: number): boolean {
  return text[start - 1] === '(' && text[end] === ')';
}

/** "the last year" means the final or the past twelve months, not the calendar year before. */
export function hasDefiniteArticle(text: string, start: number): boolean {
  return /(?:^|[^\p{L}])the\s+$/iu.test(text.slice(Math.max(0, start - 10), start));
}

/** Text between two mentions that lists them ("1950, 1951 and 1952"): a year there is a year too. */
export function isListJoint(between: string): boolean {
  return /^(?:\s*,\s*|\s*,?\s*(?:and|or)\s+|\s*;\s*)$/u.test(between);
}
