import type { StageContext, StageResult } from '../../edition.ts';
import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.ts';
import { exportData, isSafeId } from '../data.ts';
import type { MemoInfo } from '../tei/memo-info.ts';
import { dtsBase } from '../uris.ts';
import { OutputWriter } from '../write.ts';
import { child, escapeAttr, serialize } from '../xml/tree.ts';
import { citableUnit, editionCollection, entryPoint, resourceObject, top, type Json } from './objects.ts';

export interface DtsOptions {
  outDir?: string;
  /** Absolute URL where output/dts is served (default `${baseUrl}/dts`). */
  dtsBase?: string;
}

/**
 * output/dts/: DTS 1.0 Level 0 as static files (entry, collection, navigation, document), one
 * file per request a client can make through the path-style URI templates (see docs/exports.md).
 * Requests the spec answers with 400 (navigation without ref and down, down=0 without ref) have
 * no file, so a static server answers 404.
 */
export async function exportDts(ctx: StageContext, opts: DtsOptions = {}): Promise<StageResult> {
  const out = new OutputWriter(opts.outDir ?? ctx.outDir);
  const base = dtsBase(ctx.config, opts.dtsBase);
  const ds: Diagnostic[] = [];
  const memos = exportData(ctx).memos.filter((m) => {
    if (isSafeId(m.id)) return true;
    ds.push(diagnostic('TE602', { file: m.doc.path, message: `Memo id "${m.id}" cannot be a DTS path segment; the memo is not in the DTS API` }));
    return false;
  });
  const w = (rel: string, o: Json) => out.json(`dts/${rel}`, o);
  w('index.json', entryPoint(base));

  const edition = editionCollection(base, ctx.config, ctx.build.date, memos.length);
  const resources = memos.map((m) => resourceObject(base, ctx.config, m));
  const rootBody = top({ ...edition, member: resources });
  for (const rel of ['collection.json', 'collection/children.json', 'collection/edition.json', 'collection/edition/children.json']) w(rel, rootBody);
  for (const rel of ['collection/parents.json', 'collection/edition/parents.json']) w(rel, top({ ...edition, member: [] }));

  memos.forEach((m, i) => {
    const res = resources[i];
    w(`collection/${m.id}.json`, top(res));
    w(`collection/${m.id}/children.json`, top({ ...res, member: [] }));
    w(`collection/${m.id}/parents.json`, top({ ...res, member: [edition] }));
    writeNavigation(m, res, base, w, ds);
    out.write(`dts/document/${m.id}.xml`, m.doc.xml);
    for (const p of m.paragraphs.filter((x) => isSafeId(x.id))) out.write(`dts/document/${m.id}/${p.id}.xml`, paragraphDocument(m, p.id));
  });
  out.removeUnclaimed('dts');
  return out.result(ds);
}

function writeNavigation(m: MemoInfo, res: Json, base: string, w: (rel: string, o: Json) => void, ds: Diagnostic[]): void {
  const { dublinCore: _dc, description: _d, download: _dl, mediaTypes: _mt, title: _t, totalParents: _tp, totalChildren: _tc, ...resource } = res;
  const paragraphs = m.paragraphs.filter((p) => {
    if (isSafeId(p.id)) return true;
    ds.push(diagnostic('TE602', { file: m.doc.path, message: `Paragraph id "${p.id}" cannot be a DTS path segment; it is not in the DTS navigation` }));
    return false;
  });
  const units = paragraphs.map((p) => citableUnit(p, m.language));
  const nav = (rel: string, extra: Json) =>
    w(`navigation/${rel}.json`, top({ '@type': 'Navigation', '@id': `${base}/navigation/${rel}.json`, resource, ...extra }));
  // The tree is one level deep: every down >= 1 and down = -1 return all paragraphs.
  nav(`${m.id};down=1`, { member: units });
  nav(`${m.id};down=-1`, { member: units });
  paragraphs.forEach((p, i) => {
    const ref = units[i];
    nav(`${m.id}/${p.id}`, { ref });
    nav(`${m.id}/${p.id};down=0`, { ref, member: units });
    nav(`${m.id}/${p.id};down=1`, { ref, member: [ref] });
    nav(`${m.id}/${p.id};down=-1`, { ref, member: [ref] });
  });
}

/**
 * The Document endpoint for one paragraph: the memo's header for context, and the paragraph inside
 * <dts:wrapper> (DTS 1.0 Document endpoint; the wrapper is outside the TEI schema by design).
 */
export function paragraphDocument(m: MemoInfo, pid: string): string {
  const p = m.paragraphs.find((x) => x.id === pid)!;
  const header = child(m.root, 'teiHeader');
  // The root's language and namespace declarations, so prefixed names in the copied header stay bound.
  const lang = Object.entries(m.root.attrs)
    .filter(([k]) => k === 'xml:lang' || k.startsWith('xmlns:'))
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join('');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<TEI xmlns="http://www.tei-c.org/ns/1.0"${lang}>`,
    header ? serialize(header) : '<teiHeader/>',
    '<text><body>',
    `<dts:wrapper xmlns:dts="https://w3id.org/api/dts#" ref="//*[@xml:id='${pid}']">`,
    serialize(p.el),
    '</dts:wrapper>',
    '</body></text>',
    '</TEI>',
    '',
  ].join('\n');
}
