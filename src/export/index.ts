import type { StageContext, StageResult } from '../edition.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { exportCitations } from './citations/index.ts';
import { exportData } from './data.ts';
import { exportDts, type DtsOptions } from './dts/index.ts';
import { exportEntities, exportJsonLd, exportNetwork } from './entities/index.ts';
import { exportCff } from './meta/index.ts';
import { exportTei } from './tei-corpus.ts';
import { exportText } from './text/index.ts';

export { exportCitations, memoCsl, paragraphCsl, citationMeta, type CslItem, type MetaTag } from './citations/index.ts';
export { exportDts } from './dts/index.ts';
export { exportEntities, exportJsonLd, exportNetwork } from './entities/index.ts';
export { exportCff } from './meta/index.ts';
export { exportTei, teiCorpus } from './tei-corpus.ts';
export { exportText } from './text/index.ts';
export { deposit, verifyBag, type DepositOptions, type VerifyResult } from './deposit/index.ts';

export type ExportAllOptions = DtsOptions;

export const EXPORT_KINDS = ['citations', 'tei', 'dts', 'entities', 'network', 'jsonld', 'text', 'cff'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

const RUN: Record<ExportKind, (ctx: StageContext, opts: ExportAllOptions) => Promise<StageResult>> = {
  citations: exportCitations,
  tei: exportTei,
  dts: exportDts,
  entities: exportEntities,
  network: exportNetwork,
  jsonld: exportJsonLd,
  text: exportText,
  cff: exportCff,
};

/** One export kind, with the diagnostics from reading the TEI. */
export async function exportKind(kind: ExportKind, ctx: StageContext, opts: ExportAllOptions = {}): Promise<StageResult> {
  if (!ctx.memos.length) return { diagnostics: exportData(ctx).diagnostics, written: [] };
  const r = await RUN[kind](ctx, opts);
  return { diagnostics: dedupe([...exportData(ctx).diagnostics, ...r.diagnostics]), written: r.written };
}

/** Every export kind (the lead's build runs this after HTML). */
export async function exportAll(ctx: StageContext, opts: ExportAllOptions = {}): Promise<StageResult> {
  const diagnostics: Diagnostic[] = [...exportData(ctx).diagnostics];
  if (!ctx.memos.length) return { diagnostics, written: [] };
  const written: string[] = [];
  for (const kind of EXPORT_KINDS) {
    const r = await RUN[kind](ctx, opts);
    diagnostics.push(...r.diagnostics);
    written.push(...r.written);
  }
  return { diagnostics: dedupe(diagnostics), written: [...new Set(written)].sort() };
}

function dedupe(ds: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return ds.filter((d) => {
    const k = `${d.code}\u0000${d.file}\u0000${d.line ?? ''}\u0000${d.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
