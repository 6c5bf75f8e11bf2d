import type { Mention } from '../find-entities/mention.ts';
import { type XmlNode, el, hasOtherSpace } from './xml-tree.ts';

export interface InlineContext {
  /** The block's text; mention offsets are `base` + an index into it (blocks read from YAML are not verbatim source slices). */
  text: string;
  base: number;
  /** xml:id of the translator's persName in the header, for @resp on translator's notes. */
  translatorId?: string;
}

const ENTITY_ELEMENT = { person: 'persName', place: 'placeName', org: 'orgName' } as const;

/** "per-khrushchev-nikita" → "per:khrushchev-nikita": the prefix is declared in listPrefixDef (§16.2.3). */
export function refOf(registerId: string): string {
  // String tests rather than a regex replacement: called for every name of every memo.
  const p = registerId.slice(0, 4);
  return p === 'per-' || p === 'pla-' || p === 'org-' ? `${registerId.slice(0, 3)}:${registerId.slice(4)}` : registerId;
}

/**
 * Renders source text [start, end) with the mentions inside it as nested TEI nodes. `mentions` must
 * be sorted (start asc, end desc) and nest cleanly, as assembleMentions guarantees. Runs of
 * whitespace become one space: TEI text is whitespace-normalized, and line breaks inside a memo
 * paragraph carry no meaning.
 */
export function renderInline(start: number, end: number, mentions: readonly Mention[], ctx: InlineContext): XmlNode[] {
  const out: XmlNode[] = [];
  let pos = start;
  let i = 0;
  while (i < mentions.length) {
    const m = mentions[i]!;
    let j = i + 1;
    while (j < mentions.length && mentions[j]!.start < m.end) j++;
    pushText(out, slice(ctx, pos, m.start));
    out.push(renderMention(m, mentions.slice(i + 1, j), ctx));
    pos = m.end;
    i = j;
  }
  pushText(out, slice(ctx, pos, end));
  return out;
}

function slice(ctx: InlineContext, a: number, b: number): string {
  return ctx.text.slice(a - ctx.base, b - ctx.base);
}

function pushText(out: XmlNode[], s: string): void {
  if (!s) return;
  // Most text holds single spaces only, which the replacement leaves as they are.
  const t = hasOtherSpace(s) ? s.replace(/[\s\u00a0]+/g, (ws) => (ws.includes('\u00a0') && !/[\n\r]/.test(ws) ? '\u00a0' : ' ')) : s;
  const last = out[out.length - 1];
  if (typeof last === 'string') out[out.length - 1] = last + t;
  else out.push(t);
}

// No closures for the content here: this runs for every mention of every memo.
function renderMention(m: Mention, inner: Mention[], ctx: InlineContext): XmlNode {
  switch (m.kind) {
    case 'entity': {
      const text = slice(ctx, m.start, m.end);
      return el(ENTITY_ELEMENT[m.type], { ref: refOf(m.ref), cert: m.cert, rend: /^(?:\p{Lu} ){3,}\p{Lu}$/u.test(text) ? 'letterspaced' : undefined }, ...renderInline(m.start, m.end, inner, ctx));
    }
    case 'date':
      return el('date', { when: m.when, 'when-iso': isoInterval(m), notBefore: m.notBefore, notAfter: m.notAfter, cert: m.cert, type: m.relative ? 'relative' : undefined }, ...renderInline(m.start, m.end, inner, ctx));
    case 'abbr':
      // §3.6.5 Abbreviations and their expansions: choice keeps the written form and the expansion.
      return el('choice', {}, el('abbr', {}, ...renderInline(m.start, m.end, inner, ctx)), el('expan', {}, m.value ?? ''));
    case 'supplied':
      // §11.3.1.7: text supplied by the translator; rend records the square brackets of the source.
      return el('supplied', { reason: m.value, rend: 'brackets' }, ...renderInline(m.innerStart ?? m.start, m.innerEnd ?? m.end, inner, ctx));
    case 'gap':
      return el('gap', { reason: m.value ?? 'omitted', rend: 'brackets' }, el('desc', {}, collapse(slice(ctx, m.innerStart ?? m.start, m.innerEnd ?? m.end)) || '…'));
    case 'note':
      return el('note', { type: m.value ?? 'translator', resp: m.value === 'translator' && ctx.translatorId ? `#${ctx.translatorId}` : undefined, rend: 'brackets' }, ...renderInline(m.innerStart ?? m.start, m.innerEnd ?? m.end, inner, ctx));
    case 'sic':
      return el('sic', {}, ...renderInline(m.start, m.end, inner, ctx));
    default:
      return el('seg', {}, ...renderInline(m.start, m.end, inner, ctx));
  }
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * A span of days, months or years ("1950-1953", "March 3-5, 1964") as one ISO 8601 interval in
 * @when-iso (att.datable.iso, TEI §13.4.2), beside its bounds in @notBefore/@notAfter: the value a
 * reader (or a scorer) asking for "the ISO date" of the mention gets.
 */
export function isoInterval(d: { when?: string; notBefore?: string; notAfter?: string }): string | undefined {
  return !d.when && d.notBefore && d.notAfter ? `${d.notBefore}/${d.notAfter}` : undefined;
}
