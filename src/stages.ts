import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Stage } from './build-edition.ts';

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

/** The standard stage list of `build`, in order: validate → HTML → PDF → exports. */
export function standardStages(c: StageChoice = {}): { name: string; run: Stage }[] {
  const stages: { name: string; run: Stage }[] = [];
  if (c.validate !== false) stages.push({ name: 'validate', run: lazy('./validate-tei/stage.ts', 'validateStage') });
  if (c.html !== false) stages.push({ name: 'html', run: lazy('./render-html/index.ts', 'renderSite') });
  if (c.pdf !== false) stages.push({ name: 'pdf', run: lazy('./render-print/index.ts', 'renderPrint') });
  if (c.exports !== false) stages.push({ name: 'export', run: lazy('./export/index.ts', 'exportAll') });
  return stages;
}
