import { join } from 'node:path';
import { type Diagnostic, diagnostic } from '../diagnostics/diagnostic.ts';
import type { StageContext, StageResult } from '../edition.ts';
import { validateTei } from './validate-tei.ts';

export interface ValidateStageOptions {
  /**
   * Remove memos whose TEI has errors from ctx.memos, so the stages after this one (HTML, PDF,
   * exports) leave them out while the other memos go on (default true).
   */
  dropInvalid?: boolean;
}

/**
 * The build's validation stage: every memo's TEI and the register, against tei-edition.rng and
 * tei-edition.sch, with memo lines from the converter's source maps.
 */
export async function validateStage(ctx: StageContext, opts: ValidateStageOptions = {}): Promise<StageResult> {
  const sourceMaps = join(ctx.outDir, '.build', 'sourcemap');
  const docs = ctx.memos.map((m) => ({ path: m.path, xml: m.xml, sourceMapPath: m.sourcePath ? join(sourceMaps, `${m.stem}.json`) : undefined }));
  const register = ctx.register.xml ? [ctx.register] : [];
  const diagnostics = await validateTei([...docs, ...register], { register });
  if (opts.dropInvalid !== false) dropInvalid(ctx, diagnostics);
  return { diagnostics, written: [] };
}

function dropInvalid(ctx: StageContext, diagnostics: Diagnostic[]): void {
  const bad = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
  const kept = ctx.memos.filter((m) => !bad.has(m.path));
  for (const m of ctx.memos) if (bad.has(m.path)) diagnostics.push(diagnostic('TE416', { file: m.path, message: `${m.id} is left out of the HTML, PDF and exports: its TEI has errors` }));
  ctx.memos.splice(0, ctx.memos.length, ...kept);
}
