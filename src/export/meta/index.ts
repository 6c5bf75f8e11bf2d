import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StageContext, StageResult } from '../../edition.ts';
import type { ExportOptions } from '../citations/index.ts';
import { exportData } from '../data.ts';
import { OutputWriter } from '../write.ts';
import { citationCff, codemeta } from './cff.ts';
import { changelogMarkdown, nextManifest, type Manifest } from './changelog.ts';

export { citationCff, codemeta } from './cff.ts';
export { contentHash, nextManifest, changelogMarkdown, type Manifest, type Release } from './changelog.ts';

export const MANIFEST = '.build/memos.json';

export function readManifest(outDir: string): Manifest | undefined {
  try {
    const m = JSON.parse(readFileSync(join(outDir, MANIFEST), 'utf8')) as Manifest;
    return m && m.edition && m.memos && m.baseline && Array.isArray(m.history) ? m : undefined;
  } catch {
    return undefined;
  }
}

/**
 * export/CITATION.cff, export/codemeta.json, export/CHANGELOG.md and export/changes.json (what
 * changed since the previous version, from the previous build's .build/memos.json, rewritten here).
 */
export async function exportCff(ctx: StageContext, opts: ExportOptions = {}): Promise<StageResult> {
  const out = new OutputWriter(opts.outDir ?? ctx.outDir);
  const { memos } = exportData(ctx);
  out.write('export/CITATION.cff', citationCff(ctx));
  out.json('export/codemeta.json', codemeta(ctx, memos.length));
  const manifest = nextManifest(readManifest(out.outDir), memos, ctx.config.version, ctx.build.date);
  out.write('export/CHANGELOG.md', changelogMarkdown(manifest, ctx.config.title));
  out.json('export/changes.json', { edition: manifest.edition, releases: manifest.history });
  out.json(MANIFEST, manifest);
  return out.result();
}
