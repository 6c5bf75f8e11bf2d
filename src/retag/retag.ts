import { XMLValidator } from 'fast-xml-parser';
import { type Diagnostic, diagnostic } from '../diagnostics/diagnostic.ts';
import { EditionFile } from '../edition-file.ts';
import { type ProposalBook, type RegisterIndex, findEntities } from '../find-entities/index.ts';
import type { DateMention, EntityMention } from '../find-entities/mention.ts';
import { el, refOf, serializeInline } from '../build-tei/index.ts';
import type { Block } from '../read-memo/memo-record.ts';
import { emptyRecord } from '../read-memo/record.ts';
import { LineIndex } from '../text-position.ts';
import { type MemoFacts, type Segment, type TextBlock, readBlocks } from './blocks.ts';
import { screenXml } from '../xml-guard.ts';
import { XmlScanError, lineCol, scanXml } from './xml-scan.ts';

export interface RetagContext {
  index: RegisterIndex;
  /** Shared by all files of one run, so a new name gets one proposed id everywhere. */
  proposals: ProposalBook;
  /** Path shown in diagnostics. */
  file: string;
}

export interface AddedMarkup {
  element: string;
  /** The register id (entities) or the normalized date (dates). */
  value: string;
  text: string;
  /** Offset of the new start tag in the output, and its line/column in the input file. */
  line: number;
  column: number;
  proposed: boolean;
}

export interface RetagResult {
  xml: string;
  changed: boolean;
  added: AddedMarkup[];
  /** Where new text went, in input offsets (for checks: removing these restores the input exactly). */
  insertions: { offset: number; text: string }[];
  diagnostics: Diagnostic[];
}

const ELEMENT = { person: 'persName', place: 'placeName', org: 'orgName' } as const;

/**
 * Re-runs recognition on an edited memo TEI and wraps names and dates found in *untagged* text
 * (text not inside persName/placeName/orgName/date/rs/name, notes, gaps… see SKIP) in new elements.
 * The result is the input string with start and end tags inserted, nothing else: every existing
 * element, attribute, comment, PI, entity reference, header edit and line end stays byte for byte.
 * Pure: no I/O. Never throws; a file it cannot read safely comes back unchanged with a diagnostic.
 */
export function retagXml(xml: string, ctx: RetagContext): RetagResult {
  const unchanged = (diagnostics: Diagnostic[]): RetagResult => ({ xml, changed: false, added: [], insertions: [], diagnostics });
  const screened = screenXml(xml, ctx.file);
  if (screened.length) return unchanged(screened);
  const wf = XMLValidator.validate(xml);
  if (wf !== true) return unchanged([diagnostic('TE805', { file: ctx.file, line: wf.err.line, column: wf.err.col, message: `TEI file is not well-formed XML: ${wf.err.msg}` })]);
  let facts: MemoFacts;
  try {
    facts = readBlocks(xml, scanXml(xml));
  } catch (e) {
    const at = e instanceof XmlScanError ? lineCol(xml, e.offset) : {};
    return unchanged([diagnostic('TE805', { file: ctx.file, ...at, message: `TEI file could not be read: ${(e as Error).message}` })]);
  }
  if (facts.root !== 'TEI' || facts.registerOffset !== undefined) {
    const register = facts.registerOffset !== undefined;
    const what = register ? 'a register (listPerson/listPlace/listOrg)' : `<${facts.root ?? '?'}>, not a memo <TEI>`;
    const at = lineCol(xml, (register ? facts.registerOffset : facts.rootOffset) ?? 0);
    return unchanged([diagnostic('TE805', { file: ctx.file, ...at, message: `This file is ${what}; retag works on memo TEI files` })]);
  }

  let found: (EntityMention | DateMention)[];
  const { file, starts } = syntheticMemo(facts, ctx.file);
  try {
    findEntities(file, { index: ctx.index, proposals: ctx.proposals });
    found = (file.mentions ?? []).filter((m): m is EntityMention | DateMention => (m.kind === 'entity' || m.kind === 'date') && m.end > m.start);
  } catch (e) {
    return unchanged([diagnostic('TE805', { file: ctx.file, message: `Recognition failed on this file: ${(e as Error).message}` })]);
  }

  // Keep mentions that lie wholly inside one untagged run, outermost first, none overlapping.
  const placed: { m: EntityMention | DateMention; seg: Segment; block: TextBlock; a: number; b: number }[] = [];
  found.sort((x, y) => x.start - y.start || y.end - x.end);
  let lastEnd = -1;
  for (const m of found) {
    if (m.start < lastEnd) continue;
    const bi = blockAt(starts, m.start);
    const block = facts.blocks[bi]!;
    const a = m.start - starts[bi]!;
    const b = m.end - starts[bi]!;
    const seg = block.segments.find((s) => s.start <= a && b <= s.end);
    if (!seg) continue;
    placed.push({ m, seg, block, a, b });
    lastEnd = m.end;
  }

  const insertions: { offset: number; text: string; order: number }[] = [];
  const added: AddedMarkup[] = [];
  const diagnostics: Diagnostic[] = [];
  const reported = new Set<string>();
  const lines = new LineIndex(xml);
  for (const { m, seg, block, a, b } of placed) {
    const from = seg.token.start + seg.rawAt[a - seg.start]!;
    const to = seg.token.start + seg.rawAt[b - seg.start]!;
    const prefix = block.qname.includes(':') ? block.qname.slice(0, block.qname.indexOf(':') + 1) : '';
    const surface = block.text.slice(a, b);
    const { name, attrs, value } = markupFor(m, surface);
    const open = serializeInline(el(prefix + name, attrs)).replace(/\/>$/, '>');
    insertions.push({ offset: from, text: open, order: 1 }, { offset: to, text: `</${prefix}${name}>`, order: 0 });
    const at = lines.position(from);
    const proposed = m.kind === 'entity' && !ctx.index.byId.has(m.ref);
    added.push({ element: name, value, text: surface, ...at, proposed });
    if (proposed && !reported.has(value)) {
      reported.add(value);
      diagnostics.push(diagnostic('TE201', { file: ctx.file, ...at, message: `Name not in the register: "${surface.replace(/\s+/g, ' ')}" (proposed as ${value})` }));
    }
  }
  if (!insertions.length) return { ...unchanged([]), diagnostics };

  // At one offset an end tag goes before a start tag (two names side by side).
  insertions.sort((x, y) => x.offset - y.offset || x.order - y.order);
  let out = '';
  let pos = 0;
  for (const ins of insertions) {
    out += xml.slice(pos, ins.offset) + ins.text;
    pos = ins.offset;
  }
  out += xml.slice(pos);

  const check = XMLValidator.validate(out);
  if (check !== true || textOnly(out) !== textOnly(xml)) {
    return unchanged([diagnostic('TE807', { file: ctx.file, message: `Retag result failed its own check (${check === true ? 'text changed' : check.err.msg}); the file was left unchanged` })]);
  }
  const first = added[0]!;
  const names = added.filter((x) => x.element !== 'date').length;
  diagnostics.push(diagnostic('TE806', { file: ctx.file, line: first.line, column: first.column, message: `Retag added ${names} name(s) and ${added.length - names} date(s)` }));
  return { xml: out, changed: true, added, insertions: insertions.map(({ offset, text }) => ({ offset, text })), diagnostics };
}

/** The blocks as one memo record over a synthetic text (blocks joined by blank lines), for the recognizer. */
function syntheticMemo(facts: MemoFacts, path: string): { file: EditionFile; starts: number[] } {
  const starts: number[] = [];
  let text = '';
  for (const b of facts.blocks) {
    if (text) text += '\n\n';
    starts.push(text.length);
    text += b.text;
  }
  const file = new EditionFile(path, text);
  const memo = emptyRecord('transcription');
  memo.id = 'retag';
  const asBlock = (i: number): Block => ({ text: facts.blocks[i]!.text, start: starts[i]!, end: starts[i]! + facts.blocks[i]!.text.length });
  const title = facts.blocks.findIndex((b) => b.where === 'body' && b.name === 'head');
  const summary = facts.blocks.findIndex((b) => b.where === 'abstract');
  memo.title = title >= 0 ? asBlock(title) : null;
  memo.summary = summary >= 0 ? asBlock(summary) : null;
  memo.body = facts.blocks.map((_, i) => i).filter((i) => i !== title && i !== summary).map(asBlock);
  // The memo date gives partial dates their year; a zero-length span, so it never becomes markup.
  if (facts.date && (facts.date.when || facts.date.notBefore)) memo.date = { text: '', start: 0, end: 0, ...dropEmpty(facts.date) };
  file.memo = memo;
  return { file, starts };
}

function blockAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The element the converter would write for a mention (same attributes as build-tei/inline.ts). */
function markupFor(m: EntityMention | DateMention, surface: string): { name: string; attrs: Record<string, string | undefined>; value: string } {
  if (m.kind === 'entity') {
    const rend = /^(?:\p{Lu} ){3,}\p{Lu}$/u.test(surface) ? 'letterspaced' : undefined;
    return { name: ELEMENT[m.type], attrs: { ref: refOf(m.ref), cert: m.cert, rend }, value: m.ref };
  }
  const attrs = { when: m.when, notBefore: m.notBefore, notAfter: m.notAfter, cert: m.cert, type: m.relative ? 'relative' : undefined };
  return { name: 'date', attrs, value: m.when ?? `${m.notBefore ?? ''}/${m.notAfter ?? ''}` };
}

/** Everything but tags: the text, comments, PIs and CDATA of a document, which retag must never change. */
function textOnly(xml: string): string {
  return scanXml(xml)
    .filter((t) => t.kind !== 'start' && t.kind !== 'end' && t.kind !== 'empty')
    .map((t) => xml.slice(t.start, t.end))
    .join('');
}

function dropEmpty<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}
