import { resolve } from 'node:path';
import type { StageContext, StageResult } from '../edition.ts';
import { escapeAttr, escapeText } from './xml/tree.ts';
import { baseUrl } from './uris.ts';
import { OutputWriter } from './write.ts';
import type { ExportOptions } from './citations/index.ts';

/**
 * output/tei/: every memo, the register and edition.xml, a teiCorpus of the whole edition
 * (Guidelines §15.1 "Varieties of Composite Text": one corpus header, then each memo's TEI).
 */
export async function exportTei(ctx: StageContext, opts: ExportOptions = {}): Promise<StageResult> {
  const out = new OutputWriter(opts.outDir ?? ctx.outDir);
  for (const doc of ctx.memos) {
    const target = resolve(out.outDir, 'tei', `${doc.stem}.xml`);
    if (resolve(doc.path) !== target) out.write(`tei/${doc.stem}.xml`, doc.xml);
  }
  if (ctx.register.xml && resolve(ctx.register.path) !== resolve(out.outDir, 'tei/register.xml')) {
    out.write('tei/register.xml', ctx.register.xml);
  }
  out.stream('tei/edition.xml', (write) => writeTeiCorpus(ctx, write));
  return out.result();
}

const APP_ID = 'tei-edition';

/** The teiCorpus document: a corpus header from the config and build facts, then every memo. */
export function teiCorpus(ctx: StageContext): string {
  const parts: string[] = [];
  writeTeiCorpus(ctx, (s) => parts.push(s));
  return parts.join('');
}

/**
 * teiCorpus(), piece by piece: the memos are read one at a time (twice: their ids first, for
 * dedupeIds), so the corpus of a large edition never is one string.
 */
export function writeTeiCorpus(ctx: StageContext, write: (s: string) => void): void {
  const c = ctx.config;
  const e = escapeText;
  const count = countIds((function* () { for (const m of ctx.memos) yield stripProlog(m.xml); })(), [APP_ID]);
  const header = [
    '<teiHeader>',
    '<fileDesc>',
    '<titleStmt>',
    `<title type="main">${e(c.title)}</title>`,
    c.subtitle ? `<title type="sub">${e(c.subtitle)}</title>` : '',
    ...c.editors.map((ed) => `<editor>${e(ed)}</editor>`),
    `<respStmt><resp>encoded in TEI by</resp><name type="software" ref="#${APP_ID}">tei-edition</name></respStmt>`,
    '</titleStmt>',
    `<editionStmt><edition n="${escapeAttr(c.version)}">Version ${e(c.version)}, <date when="${escapeAttr(ctx.build.date)}">${e(ctx.build.date)}</date></edition></editionStmt>`,
    '<publicationStmt>',
    `<publisher>${e(c.publisher)}</publisher>`,
    `<date when="${escapeAttr(ctx.build.date)}">${e(ctx.build.date)}</date>`,
    `<idno type="URI">${e(baseUrl(c))}/</idno>`,
    `<availability><licence${c.licence.url ? ` target="${escapeAttr(c.licence.url)}"` : ''}>${e(c.licence.name)}</licence></availability>`,
    '</publicationStmt>',
    `<sourceDesc><p>A digital edition of ${ctx.memos.length} memoranda; the header of each memo describes its source.</p></sourceDesc>`,
    '</fileDesc>',
    '<encodingDesc>',
    `<appInfo><application xml:id="${APP_ID}" ident="tei-edition" version="${escapeAttr(ctx.build.toolVersion)}"><label>tei-edition</label></application></appInfo>`,
    '</encodingDesc>',
    `<profileDesc><langUsage><language ident="${escapeAttr(c.language)}"/></langUsage></profileDesc>`,
    '</teiHeader>',
  ].filter(Boolean);
  write(['<?xml version="1.0" encoding="UTF-8"?>', `<teiCorpus xmlns="http://www.tei-c.org/ns/1.0" xml:lang="${escapeAttr(c.language)}">`, ...header].join('\n'));
  for (const m of ctx.memos) write('\n' + dedupeDoc({ id: m.id, xml: stripProlog(m.xml) }, count));
  write('\n</teiCorpus>\n');
}

/** Drops the XML declaration, processing instructions, comments and doctype before the root. */
function stripProlog(xml: string): string {
  return xml.replace(/^\uFEFF?(\s*(<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>))*\s*/, '').trimEnd();
}

/**
 * xml:id must be unique in the corpus document: an id found in more than one memo (or in the
 * corpus header) is prefixed with its memo id, and that memo's local pointers ("#id") follow.
 */
export function dedupeIds(docs: { id: string; xml: string }[], reserved: string[]): string[] {
  const count = countIds(docs.map((d) => d.xml), reserved);
  return docs.map((d) => dedupeDoc(d, count));
}

const idsIn = (xml: string) => [...xml.matchAll(/\sxml:id="([^"]+)"/g)].map((m) => m[1]);

/** In how many documents (or the reserved ids) each xml:id occurs. */
function countIds(xmls: Iterable<string>, reserved: string[]): Map<string, number> {
  const count = new Map<string, number>(reserved.map((r) => [r, 1]));
  for (const xml of xmls) for (const id of new Set(idsIn(xml))) count.set(id, (count.get(id) ?? 0) + 1);
  return count;
}

function dedupeDoc(d: { id: string; xml: string }, count: Map<string, number>): string {
  const clash = new Set(idsIn(d.xml).filter((id) => (count.get(id) ?? 0) > 1 && id !== d.id));
  if (!clash.size) return d.xml;
  return d.xml.replace(/(\s[\w:.-]+=")([^"]*)"/g, (all, pre: string, value: string) => {
    if (pre.trim() === 'xml:id="') return clash.has(value) ? `${pre}${d.id}-${value}"` : all;
    const tokens = value.split(/(\s+)/).map((t) => (t.startsWith('#') && clash.has(t.slice(1)) ? `#${d.id}-${t.slice(1)}` : t));
    return `${pre}${tokens.join('')}"`;
  });
}
