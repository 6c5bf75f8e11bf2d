/**
 * The scanning engine: runs every rule over a text, keeps the longest non-overlapping spans, then
 * resolves them in reading order so each explicit full date becomes the reference for the partial
 * and relative dates after it.
 */
import { parseIso, type Ymd } from './calendar.ts';
import { hasReferenceLead, isListJoint } from './context.ts';
import { type Rule, RULES } from './rules.ts';
import type { DateContext, FoundDate } from './types.ts';
import type { Built, Env } from './values.ts';

export interface Candidate {
  rule: Rule;
  groups: Record<string, string | undefined>;
  /** Start of the whole match, including a leading word kept outside the span ("from"). */
  matchStart: number;
  start: number;
  end: number;
  value: Built;
}

/** Drops an unpaired bracket at either end of a span; null when brackets inside do not pair. */
function trimBrackets(text: string, start: number, end: number): [number, number] | null {
  // Char codes rather than slices: this runs for every match of every rule. '[' is 91, ']' 93.
  const has = (c: number, s: number, e: number) => {
    for (let i = s; i < e; i++) if (text.charCodeAt(i) === c) return true;
    return false;
  };
  if (text.charCodeAt(start) === 91 && !has(93, start, end)) start += 1;
  if (text.charCodeAt(end - 1) === 93 && !has(91, start, end)) end -= 1;
  let depth = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    depth += c === 91 ? 1 : c === 93 ? -1 : 0;
    if (depth < 0) return null;
  }
  return depth === 0 ? [start, end] : null;
}

/** The span starts with a digit, or a bracket and a digit ("[1950]"). */
function startsWithDigit(text: string, start: number, end: number): boolean {
  const k = text.charCodeAt(start) === 91 ? start + 1 : start;
  const c = text.charCodeAt(k);
  return k < end && c >= 48 && c <= 57;
}

/** Every rule match that builds to a value (overlapping). */
export function collect(env: Env, parseOnly = false): Candidate[] {
  const out: Candidate[] = [];
  const tested = new Map<RegExp, boolean>();
  const passes = (r: RegExp) => {
    let v = tested.get(r);
    if (v === undefined) tested.set(r, (v = r.test(env.text)));
    return v;
  };
  const firsts = new Map<RegExp, number>();
  const firstAt = (r: RegExp) => {
    let at = firsts.get(r);
    if (at === undefined) firsts.set(r, (at = env.text.search(r)));
    return at;
  };
  for (const rule of RULES) {
    if (rule.parseOnly && !parseOnly) continue;
    if (!rule.needs.every(passes)) continue;
    // No match begins before the first place one may begin: the search skips what comes before.
    const from = firstAt(rule.startsAt);
    if (from < 0) continue;
    rule.re.lastIndex = from;
    for (let m = rule.re.exec(env.text); m; m = rule.re.exec(env.text)) {
      const groups: Record<string, string | undefined> = m.groups ?? {};
      const span = trimBrackets(env.text, m.index + (groups.pre?.length ?? 0), m.index + m[0].length);
      if (!span) continue;
      const [start, end] = span;
      // Numbers labelled as references ("No. 1964", "fond 1950", "p. 12.3.50") are not dates.
      if (startsWithDigit(env.text, start, end) && hasReferenceLead(env.text, start)) continue;
      const value = rule.build(groups, env, start, end);
      if (value) out.push({ rule, groups, matchStart: m.index, start, end, value });
    }
  }
  return out;
}

const YEAR_LEVEL = new Set(['year', 'bracketed-year', 'year-range', 'decade']);
const overlaps = (a: Candidate, b: Candidate) => a.start < b.end && b.start < a.end;

/** Longest spans first; a bare year without context survives only as part of a list of dates. */
export function select(text: string, cands: Candidate[]): Candidate[] {
  const chosen: Candidate[] = [];
  const strong = cands.filter((c) => !c.value.weak);
  strong.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const c of strong) if (!chosen.some((k) => overlaps(k, c))) chosen.push(c);
  chosen.sort((a, b) => a.start - b.start);
  for (const w of cands.filter((c) => c.value.weak).sort((a, b) => a.start - b.start)) {
    if (chosen.some((k) => overlaps(k, w))) continue;
    // Only lists of years ("1950, 1951 and 1952"): after a full date, ", 1800 delegates" is a count.
    const prev = chosen.filter((k) => k.end <= w.start).at(-1);
    if (prev && YEAR_LEVEL.has(prev.rule.name) && isListJoint(text.slice(prev.end, w.start))) {
      chosen.push(w);
      chosen.sort((a, b) => a.start - b.start);
    }
  }
  return chosen;
}

export interface ScanState {
  ref?: Ymd;
  /** Whether `ref` is a date stated in an earlier text (not the memo date or a date the caller gave). */
  refStatedBefore?: boolean;
  /** The first day the memo states (Env.conversation); undefined until one is. */
  conversation?: Ymd;
  order: Map<string, 'md' | 'dm' | 'conflict'>;
}

/** Day-precision dates that are stated (not relative, not a low-certainty reading) move the reference. */
function asReference(v: Built): Ymd | undefined {
  if (v.relative || v.cert === 'low' || !v.when || v.when.length !== 10) return undefined;
  return parseIso(v.when);
}

function toFound(text: string, c: Candidate, v: Built): FoundDate {
  const f: FoundDate = { start: c.start, end: c.end, text: text.slice(c.start, c.end), cert: v.cert };
  if (v.when !== undefined) f.when = v.when;
  if (v.notBefore !== undefined) f.notBefore = v.notBefore;
  if (v.notAfter !== undefined) f.notAfter = v.notAfter;
  if (v.reason !== undefined) f.reason = v.reason;
  if (v.relative) f.relative = true;
  return f;
}

/** Scans one text, updating `state` (reference date, numeric order) for the texts that follow. */
export function scanText(text: string, bound: Ymd | undefined, state: ScanState): FoundDate[] {
  const env: Env = { text, ref: state.ref, bound, standalone: false, order: state.order };
  const chosen = select(text, collect(env));
  for (const c of chosen) {
    const e = c.value.evidence;
    if (!e) continue;
    const seen = state.order.get(e.sep);
    state.order.set(e.sep, seen && seen !== e.order ? 'conflict' : e.order);
  }
  const found: FoundDate[] = [];
  // Where in this text the reference was stated (-1: before this text: in an earlier one, or given).
  let refAt = -1;
  for (const [i, c] of chosen.entries()) {
    const refHere = refAt >= 0 ? !/[.!?]\s/.test(text.slice(refAt, c.start)) : !state.refStatedBefore;
    const now = { ...env, ref: state.ref, refHere, conversation: state.conversation ?? bound };
    let v = c.rule.build(c.groups, now, c.start, c.end);
    // "from October 5 to October 12 last year": the relative phrase right after gives the year, and
    // such a date moves neither the reference nor the conversation.
    const y = v?.reason === 'year-inferred' ? (relativeYearAfter(text, chosen, i, now) ?? yearJustBefore(text, chosen, i, found)) : undefined;
    if (y !== undefined) v = c.rule.build(c.groups, { ...env, ref: { y } }, c.start, c.end);
    if (!v) continue;
    found.push(toFound(text, c, v));
    if (y === undefined) {
      const r = asReference(v);
      if (r) [state.ref, refAt] = [r, c.end];
      // "From 1 to 4 December 1977 Comrade Lamberz was in Addis Ababa": a stated span of days is the conversation's too.
      if (!state.conversation) state.conversation = asReference(v) ?? asReference({ ...v, when: v.notBefore });
    }
  }
  if (refAt >= 0) state.refStatedBefore = true;
  return joinDashRanges(text, found);
}

/**
 * Two dates each whole in itself, joined by a dash ("December 1960 – May 1961", "31.XII.60 –
 * 1.I.61"), are one span from the first to the second, as a compact year range is ("1950–1953");
 * "from March 3 to March 5" stays two dates (see rules.ts).
 */
function joinDashRanges(text: string, found: FoundDate[]): FoundDate[] {
  const out: FoundDate[] = [];
  for (const f of found) {
    const prev = out[out.length - 1];
    const a = prev?.when;
    const b = f.when;
    if (prev && a && b && !prev.relative && !f.relative && a.length === b.length && a.length >= 7 && a < b && /^ ?[-–—] ?$/.test(text.slice(prev.end, f.start))) {
      const joined: FoundDate = { start: prev.start, end: f.end, text: text.slice(prev.start, f.end), notBefore: a, notAfter: b, cert: prev.cert === 'high' ? f.cert : prev.cert };
      const reason = prev.reason ?? f.reason;
      if (reason !== undefined) joined.reason = reason;
      out[out.length - 1] = joined;
    } else out.push(f);
  }
  return out;
}

/**
 * The year of the date just before chosen[i] in the same clause ("as in June 1964, when martial
 * law was proclaimed on June 3"), or of a year-level relative phrase just before ("Last year, on
 * 21 August"): a day without a year there is that year's. Undefined when the date before has no
 * year, or a sentence or 40 characters (after a relative phrase, 12) lie between.
 */
function yearJustBefore(text: string, chosen: Candidate[], i: number, found: FoundDate[]): number | undefined {
  const prev = chosen[i - 1];
  const f = found.at(-1);
  if (!prev || !f || f.start !== prev.start) return undefined;
  const between = text.slice(prev.end, chosen[i]!.start);
  // A year-level relative phrase gives its year only right before ("Last year, on 21 August").
  if (f.relative && (f.when?.length !== 4 || between.length > 12)) return undefined;
  // A year the date before only inferred carries on only forward in that year ("(3.–7.2.) and … (28.7–5.8)"):
  // "on 29 December and on 7 January" in a memo of February 1985 cross into the next, 1984 and 1985.
  const md = (v: { when?: string; notBefore?: string; notAfter?: string }, end: boolean) => ((end ? v.notAfter : v.notBefore) ?? v.when)?.slice(5);
  const here = chosen[i]!.value;
  if (f.reason === 'year-inferred' && (md(here, false) ?? '') < (md(f, true) ?? '')) return undefined;
  if (between.length > 40 || /[.;:!?\n]/.test(between)) return undefined;
  const y = (f.when ?? f.notAfter)?.slice(0, 4);
  return y && /^\d{4}$/.test(y) ? +y : undefined;
}

/**
 * The year of a year-level relative phrase ("last year") that follows chosen[i] with only short
 * joints between ("to October 12", "of"), within one sentence; undefined otherwise.
 */
function relativeYearAfter(text: string, chosen: Candidate[], i: number, env: Env): number | undefined {
  for (let k = i + 1; k < chosen.length; k++) {
    const between = text.slice(chosen[k - 1]!.end, chosen[k]!.start);
    if (between.length > 12 || /[.;:!?\n]/.test(between)) return undefined;
    const r = chosen[k]!;
    // The relative phrase itself follows its date directly ("October 12 last year", "5 May, of next year"): "December 2 and next year" are two.
    if (r.value.relative && !/^\s*,?\s*(?:of\s+)?$/.test(between)) return undefined;
    if (r.value.relative) {
      const when = r.rule.build(r.groups, env, r.start, r.end)?.when;
      return when && /^\d{4}$/.test(when) ? +when : undefined;
    }
  }
  return undefined;
}

/** Finds every date mention in prose; offsets are UTF-16 offsets into `text`. */
export function findDates(text: string, ctx: DateContext = {}): FoundDate[] {
  const bound = parseIso(ctx.docDate);
  return scanText(text, bound ?? parseIso(ctx.refDate), { ref: parseIso(ctx.refDate) ?? bound, order: new Map() });
}

/** A memo-wide scanner: each block's explicit full dates become the reference for later blocks. */
export function createDateScanner(docDate?: string): { scan(blockText: string): FoundDate[] } {
  const bound = parseIso(docDate);
  const state: ScanState = { ref: bound, order: new Map() };
  return { scan: (blockText: string) => scanText(blockText, bound, state) };
}
