import type { StageContext, StageResult } from '../../edition.ts';
import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.ts';
import { exportData, isSafeId } from '../data.ts';
import { paragraphUri } from '../uris.ts';
import { OutputWriter } from '../write.ts';
import { memoCslFromInfo, paragraphCslFromInfo, type CslItem } from './csl.ts';
import { chicagoCitations, formatBibtex, formatRis } from './format.ts';

export { memoCsl, paragraphCsl, type CslItem, type CslName } from './csl.ts';
export { citationMeta, type MetaTag } from './meta.ts';
export { chicagoCitations, chicagoNote, chicagoNotes, chicagoBibliography, chicagoBibliographies, formatBibtex, formatRis } from './format.ts';

export interface ExportOptions {
  /** Write under this folder instead of ctx.outDir. */
  outDir?: string;
}

/** One paragraph's citations, as written to export/citations/<memoId>.paragraphs.json. */
export interface ParagraphCitation {
  id: string;
  n: string;
  uri: string;
  csl: CslItem;
  chicagoNote: string;
  chicagoBibliography: string;
  bibtex: string;
  ris: string;
}

/**
 * export/citations/: per memo <id>.json (CSL-JSON), .bib (BibLaTeX), .ris, .txt (Chicago note and
 * bibliography) and <id>.paragraphs.json (every paragraph in all formats); edition.{json,bib,ris}
 * gather the memo items.
 */
export async function exportCitations(ctx: StageContext, opts: ExportOptions = {}): Promise<StageResult> {
  const out = new OutputWriter(opts.outDir ?? ctx.outDir);
  const { memos, register } = exportData(ctx);
  const ds: Diagnostic[] = [];
  const all: CslItem[] = [];
  for (const m of memos) {
    if (!isSafeId(m.id)) {
      ds.push(diagnostic('TE602', { file: m.doc.path, message: `Memo id "${m.id}" is not usable as a file name; no citation files written` }));
      continue;
    }
    const item = memoCslFromInfo(m, ctx.config, register);
    all.push(item);
    const dir = `export/citations/${m.id}`;
    out.json(`${dir}.json`, [item]);
    out.write(`${dir}.bib`, formatBibtex([item]));
    out.write(`${dir}.ris`, formatRis([item]));
    const items = m.paragraphs.map((p) => paragraphCslFromInfo(m, p.id, ctx.config, register)!);
    // The memo and its paragraphs in one citeproc run (item ids are distinct: "<memo>" and "<memo>-<p>" style).
    const { notes: [note, ...notes], bibliography: [bib, ...bibs] } = chicagoCitations([item, ...items], [undefined, ...m.paragraphs.map((p) => p.n)]);
    out.write(`${dir}.txt`, `Note:\n${note}\n\nBibliography:\n${bib}\n`);
    const paragraphs: ParagraphCitation[] = m.paragraphs.map((p, i) => ({
      id: p.id,
      n: p.n,
      uri: paragraphUri(ctx.config, m.id, p.id),
      csl: items[i],
      chicagoNote: notes[i],
      chicagoBibliography: bibs[i],
      bibtex: formatBibtex([items[i]]),
      ris: formatRis([items[i]]),
    }));
    out.json(`${dir}.paragraphs.json`, { memo: m.id, paragraphs });
  }
  if (all.length) {
    out.json('export/citations/edition.json', all);
    out.write('export/citations/edition.bib', formatBibtex(all));
    out.write('export/citations/edition.ris', formatRis(all));
  }
  out.removeUnclaimed('export/citations');
  return out.result(ds);
}
