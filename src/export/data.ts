import type { StageContext } from '../edition.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { diagnostic } from '../diagnostics/diagnostic.ts';
import { readMemoInfo, type MemoInfo } from './tei/memo-info.ts';
import { readRegister, type RegisterEntry } from './tei/register.ts';

/** What every export kind reads: the memos' TEI and the register, parsed once per context. */
export interface ExportData {
  memos: MemoInfo[];
  register: Map<string, RegisterEntry>;
  /** Diagnostics from reading (each reported once, by exportAll or the single kind run). */
  diagnostics: Diagnostic[];
}

const cache = new WeakMap<StageContext, ExportData>();

export function exportData(ctx: StageContext): ExportData {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const diagnostics: Diagnostic[] = [];
  const memos: MemoInfo[] = [];
  for (const doc of ctx.memos) {
    const r = readMemoInfo(doc);
    diagnostics.push(...r.diagnostics);
    if (r.info) memos.push(r.info);
  }
  if (!ctx.memos.length) diagnostics.push(diagnostic('TE607', { file: ctx.outDir }));
  const reg = readRegister(ctx.register);
  diagnostics.push(...reg.diagnostics);
  for (const m of memos) {
    const seen = new Set<string>();
    for (const e of m.mentions) {
      if (reg.entries.has(e.id) || seen.has(e.id)) continue;
      seen.add(e.id);
      diagnostics.push(diagnostic('TE603', { file: m.doc.path, message: `Entity reference "${e.id}" (${e.surface}) not found in the register` }));
    }
    if (!m.date) diagnostics.push(diagnostic('TE606', { file: m.doc.path }));
  }
  const data = { memos, register: reg.entries, diagnostics };
  cache.set(ctx, data);
  return data;
}

/** Ids usable as file names and DTS path segments (RFC 6570 unreserved, no reserved DTS words). */
export function isSafeId(id: string): boolean {
  return /^[A-Za-z0-9._-]+$/.test(id) && !/^\.+$/.test(id) && id !== 'children' && id !== 'parents';
}
