import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Stage } from './build-edition.ts';
import { runtimeOf } from './parallel/runtime.ts';

export interface StageChoice {
  validate?: boolean;
  html?: boolean;
  pdf?: boolean;
  exports?: boolean;
}

/** Loads a stage module lazily: `build --no-pdf` never loads Chromium code. */
function lazy(modulePath: string, exportName: string): Stage {
  return async (ctx) => {
    const url = new URL(modulePath, import.meta.url);
    if (!existsSync(fileURLToPath(url))) return { diagnostics: [], written: [] };
    const mod = (await import(url.href)) as Record<string, Stage>;
    return mod[exportName]!(ctx);
  };
}

/**
 * A stage whose output spans the edition (pages linking neighbours, indexes, PDF, exports): a
 * shard build (`build --shard`) leaves it to `merge`, which sees every memo.
 */
function wholeEdition(stage: Stage): Stage {
  return (ctx) => (runtimeOf(ctx).shard ? Promise.resolve({ diagnostics: [], written: [] }) : stage(ctx));
}

/**
 * The standard stage list of `build`, in order: validate → HTML → PDF → exports. Validation and
 * memo pages run per memo on worker threads with the build's cache (src/parallel/); the same
 * checks and pages as validate-tei's validateStage and renderSite.
 */
export function standardStages(c: StageChoice = {}): { name: string; run: Stage }[] {
  const stages: { name: string; run: Stage }[] = [];
  if (c.validate !== false) stages.push({ name: 'validate', run: lazy('./parallel/validate-memos.ts', 'validateMemos') });
  if (c.html !== false) stages.push({ name: 'html', run: wholeEdition(lazy('./parallel/html-stage.ts', 'renderHtml')) });
  if (c.pdf !== false) stages.push({ name: 'pdf', run: wholeEdition(lazy('./render-print/index.ts', 'renderPrint')) });
  if (c.exports !== false) stages.push({ name: 'export', run: wholeEdition(lazy('./export/index.ts', 'exportAll')) });
  return stages;
}
