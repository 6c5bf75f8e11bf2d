import * as crypto from 'node:crypto';
import { createHash } from 'node:crypto';
import type { EditionFile } from '../edition-file.ts';
import type { Mention } from '../find-entities/mention.ts';
import type { Block } from '../read-memo/memo-record.ts';
import { type HeaderOptions, buildHeader, collapse } from './header.ts';
import { renderInline } from './inline.ts';
import { type LineMarks, type XmlElement, el, serializeBlock } from './xml-tree.ts';

export type BuildTeiOptions = HeaderOptions;
export { refOf } from './inline.ts';
export { el, serializeBlock, serializeInline, escapeText, escapeAttr, type XmlElement, type XmlNode } from './xml-tree.ts';

/**
 * Builds the TEI document of one memo from its record and mentions: fills file.tei and
 * file.sourceMap (TEI line → memo offset of the block on that line). Deterministic.
 */
export function buildTei(file: EditionFile, o: BuildTeiOptions): void {
  const memo = file.memo;
  if (!memo) return;
  const mentions = file.mentions ?? [];
  const marks: LineMarks = { offsets: new Map(), found: [] };
  const ids = { tool: `${memo.id}-tool`, translator: memo.source?.translator?.length ? `${memo.id}-translator` : undefined };
  const inline = (b: Block) => renderInline(b.start, b.end, within(mentions, b), { text: b.text, base: b.start, translatorId: ids.translator });
  const mark = (e: XmlElement, offset: number) => {
    marks.offsets.set(e, offset);
    return e;
  };

  const div = el('div', { type: 'memo' });
  if (memo.date) {
    const d = memo.date;
    const dateMention = mentions.find((m) => m.kind === 'date' && m.start === d.start);
    const dateline = el('dateline', {}, ...renderInline(d.start, d.end, dateMention ? [dateMention] : [], { text: d.text, base: d.start }));
    div.children.push(el('opener', {}, mark(dateline, d.start)));
  }
  if (memo.title) div.children.push(mark(el('head', {}, ...inline(memo.title)), memo.title.start));
  const pids = new Set<string>();
  memo.body.forEach((p, i) => {
    const id = paragraphId(memo.id, p.text, pids);
    div.children.push(mark(el('p', { 'xml:id': id, n: i + 1, rend: p.heading ? 'heading' : undefined }, ...inline(p)), p.start));
  });
  if (!memo.complete) div.children.push(el('gap', { reason: 'truncated' }));

  const root = el(
    'TEI',
    { xmlns: 'http://www.tei-c.org/ns/1.0', 'xml:id': memo.id, 'xml:lang': memo.language || 'en' },
    buildHeader(memo, mentions, ids, o),
    el('text', {}, el('body', {}, div)),
  );
  const abstractP = find(root, 'abstract')?.children[0];
  if (memo.summary && abstractP && typeof abstractP !== 'string') marks.offsets.set(abstractP, memo.summary.start);
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  serializeBlock(root, 0, lines, marks);
  file.tei = lines.join('\n') + '\n';
  // found[i][0] is a 0-based index into `lines`, which is also the 1-based TEI line minus one of
  // the declaration line: index k holds TEI line k + 1.
  file.sourceMap = marks.found.filter(([, off]) => off >= 0).map(([k, offset]) => ({ teiLine: k + 1, offset }));
}

function find(e: XmlElement, name: string): XmlElement | undefined {
  if (e.name === name) return e;
  for (const c of e.children) if (typeof c !== 'string') {
    const f = find(c, name);
    if (f) return f;
  }
  return undefined;
}

/** The mentions inside a block; `mentions` is sorted by start, so a binary search finds the first (long memos stay linear). */
function within(mentions: readonly Mention[], b: Block): Mention[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < b.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let i = lo; i < mentions.length && mentions[i]!.start <= b.end; i++) if (mentions[i]!.end <= b.end) out.push(mentions[i]!);
  return out;
}

/**
 * Paragraph ids are derived from the paragraph's own words (not its position), so adding or
 * removing another paragraph never changes them: a cited anchor keeps working.
 */
export function paragraphId(memoId: string, text: string, taken: Set<string>): string {
  const h = sha1Hex(collapse(text)).slice(0, 6);
  const base = `${memoId}-p-${h}`;
  let id = base;
  // Repeated paragraphs take -2, -3…; the next free number is remembered per base, so a memo of
  // many identical paragraphs (signature blocks, a pasted page) stays linear.
  const next = nextSuffix.get(taken) ?? new Map<string, number>();
  nextSuffix.set(taken, next);
  for (let n = next.get(base) ?? 2; taken.has(id); n++) {
    id = `${base}-${n}`;
    next.set(base, n + 1);
  }
  taken.add(id);
  return id;
}

const nextSuffix = new WeakMap<Set<string>, Map<string, number>>();

/** One-shot crypto.hash where Node has it (20.12+): no Hash object per paragraph. */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;
function sha1Hex(s: string): string {
  return oneShot ? oneShot('sha1', s, 'hex') : createHash('sha1').update(s).digest('hex');
}
