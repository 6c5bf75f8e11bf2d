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
  out.write('tei/edition.xml', teiCorpus(ctx));
  return out.result();
}

const APP_ID = 'tei-edition';

/** The teiCorpus document: a corpus header from the config and build facts, then every memo. */
export function teiCorpus(ctx: StageContext): string {
  const c = ctx.config;
  const e = escapeText;
  const bodies = dedupeIds(ctx.memos.map((m) => ({ id: m.id, xml: stripProlog(m.xml) })), [APP_ID]);
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
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<teiCorpus xmlns="http://www.tei-c.org/ns/1.0" xml:lang="${escapeAttr(c.language)}">`,
    ...header,
    ...bodies,
    '</teiCorpus>',
    '',
  ].join('\n');
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
  const count = new Map<string, number>(reserved.map((r) => [r, 1]));
  const idsOf = docs.map((d) => [...d.xml.matchAll(/\sxml:id="([^"]+)"/g)].map((m) => m[1]));
  for (const ids of idsOf) for (const id of new Set(ids)) count.set(id, (count.get(id) ?? 0) + 1);
  return docs.map((d, i) => {
    const clash = new Set(idsOf[i].filter((id) => (count.get(id) ?? 0) > 1 && id !== d.id));
    if (!clash.size) return d.xml;
    return d.xml.replace(/(\s[\w:.-]+=")([^"]*)"/g, (all, pre: string, value: string) => {
      if (pre.trim() === 'xml:id="') return clash.has(value) ? `${pre}${d.id}-${value}"` : all;
      const tokens = value.split(/(\s+)/).map((t) => (t.startsWith('#') && clash.has(t.slice(1)) ? `#${d.id}-${t.slice(1)}` : t));
      return `${pre}${tokens.join('')}"`;
    });
  });
}
