import { join, relative, resolve } from 'node:path';
import type { Diagnostic } from './diagnostics/diagnostic.ts';
import { diagnostic } from './diagnostics/diagnostic.ts';
import type { EditionFile } from './edition-file.ts';
import type { BuildInfo, StageContext, StageResult, TeiDoc } from './edition.ts';
import { DEFAULT_CONFIG, loadConfig } from './load-config.ts';
import { buildInfo } from './build-info.ts';
import { listMemos } from './list-memos.ts';
import { loadMemoFile } from './read-memo/index.ts';
import { ProposalBook, RegisterIndex } from './find-entities/index.ts';
import { loadRegister, serializeRegister, type RegisterEntry } from './find-entities/register/index.ts';
import { convertMemo } from './convert-memo.ts';
import { OutputWriter } from './write-output.ts';

/** A stage after TEI building (validation, HTML, PDF, exports). */
export type Stage = (ctx: StageContext) => Promise<StageResult>;

export interface BuildOptions {
  /** Edition config file; default: the sample corpus shipped with the tool. */
  config?: string;
  /** Output folder (overrides the config's `output`). */
  out?: string;
  /** Overwrite TEI files edited by hand since the last build. */
  force?: boolean;
  /** Stages to run after the TEI is written, in order (see src/stages.ts for the standard list). */
  stages?: { name: string; run: Stage }[];
  /** Injected clock and environment (SOURCE_DATE_EPOCH), for deterministic builds and tests. */
  now?: () => Date;
  env?: NodeJS.ProcessEnv;
  onProgress?: (event: { stage: string; done: number; total: number }) => void;
}

export interface BuildResult {
  diagnostics: Diagnostic[];
  files: EditionFile[];
  context?: StageContext;
  written: string[];
}

/**
 * Builds a whole edition: memos → TEI (written to output/tei/) → the given stages. One bad memo
 * never stops the rest: its problems are diagnostics and the other memos go on.
 */
export async function buildEdition(o: BuildOptions = {}): Promise<BuildResult> {
  const configPath = o.config ?? DEFAULT_CONFIG;
  const { config, root, diagnostics } = loadConfig(configPath);
  if (!config) return { diagnostics, files: [], written: [] };
  const outDir = resolve(o.out ?? resolve(root, config.output));
  const build = buildInfo(config, o.env ?? process.env, o.now ?? (() => new Date()));
  const listed = listMemos(config.memos, root);
  diagnostics.push(...listed.diagnostics);
  const prepared = await convertCorpus(
    { memoPaths: listed.files, registerPaths: config.register.map((p) => resolve(root, p)), publisher: config.publisher, registerTitle: `${config.title}: register of persons, places and organisations` },
    outDir,
    'tei',
    build,
    o,
  );
  diagnostics.push(...prepared.diagnostics);
  const ctx: StageContext = { config, root, outDir, memos: prepared.memos, register: prepared.register, build };
  const written = [...prepared.written];
  for (const stage of o.stages ?? []) {
    o.onProgress?.({ stage: stage.name, done: 0, total: ctx.memos.length });
    try {
      const r = await stage.run(ctx);
      diagnostics.push(...r.diagnostics);
      written.push(...r.written);
    } catch (e) {
      diagnostics.push(diagnostic('TE703', { file: configPath, message: `Stage "${stage.name}" failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}` }));
    }
  }
  return { diagnostics, files: prepared.files, context: ctx, written };
}

export interface CorpusInput {
  memoPaths: string[];
  registerPaths: string[];
  publisher: string;
  registerTitle: string;
}

/**
 * Converts memos and writes their TEI (`<outDir>/<teiDir>/<stem>.xml`), the register the TEI points
 * to (`register.xml` beside it) and the source maps. Shared by `build` and `convert`.
 */
export async function convertCorpus(input: CorpusInput, outDir: string, teiDir: string, build: Pick<BuildInfo, 'toolVersion'> & { date?: string }, o: Pick<BuildOptions, 'force' | 'onProgress'>) {
  const diagnostics: Diagnostic[] = [];
  const { register, diagnostics: regDiags } = loadRegister(input.registerPaths);
  diagnostics.push(...regDiags);
  const index = new RegisterIndex(register);
  const proposals = new ProposalBook((id) => register.byId.has(id));
  const listed = { files: input.memoPaths };
  const writer = new OutputWriter(outDir, join('.build', 'manifest.json'), o.force);
  const files: EditionFile[] = [];
  const memos: { doc: TeiDoc; date: string }[] = [];
  const written: string[] = [];
  const seenIds = new Map<string, string>();
  for (const [i, path] of listed.files.entries()) {
    const file = await loadMemoFile(relative(process.cwd(), path) || path);
    convertMemo(file, { index, proposals, tei: { toolVersion: build.toolVersion, date: build.date, publisher: input.publisher, registerHref: 'register.xml' } });
    files.push(file);
    o.onProgress?.({ stage: 'convert', done: i + 1, total: listed.files.length });
    if (!file.tei || !file.memo) continue;
    const other = seenIds.get(file.memo.id);
    if (other) {
      file.report('TE704', undefined, { message: `Memo id "${file.memo.id}" is also the id of ${other}; this memo was not built` });
      continue;
    }
    seenIds.set(file.memo.id, file.path);
    const rel = teiDir ? `${teiDir}/${file.stem}.xml` : `${file.stem}.xml`;
    let xml = file.tei;
    const outcome = writer.write(rel, file.tei, { protectEdits: true });
    if (outcome === 'kept-edited') {
      file.report('TE302', undefined, { message: `${join(outDir, rel)} was edited by hand since the last build; it was kept, not overwritten` });
      xml = writer.read(rel);
    } else if (outcome === 'written') written.push(rel);
    writer.write(`.build/sourcemap/${file.stem}.json`, JSON.stringify({ source: file.path, lines: (file.sourceMap ?? []).map((m) => [m.teiLine, file.position(m.offset).line, file.position(m.offset).column]) }) + '\n');
    memos.push({ doc: { id: file.memo.id, path: join(outDir, rel), stem: file.stem, xml, sourcePath: file.path }, date: file.memo.date?.when ?? file.memo.date?.notBefore ?? '' });
  }
  for (const f of files) diagnostics.push(...f.diagnostics);
  // Edition order: by the memo's date, then id (undated memos first).
  const ordered = memos.sort((a, b) => a.date.localeCompare(b.date) || a.doc.id.localeCompare(b.doc.id)).map((m) => m.doc);
  const used = usedEntries(ordered, register.byId, proposals.entries());
  const registerXml = serializeRegister(used, { title: input.registerTitle, publisher: input.publisher, date: build.date });
  const registerRel = teiDir ? `${teiDir}/register.xml` : 'register.xml';
  if (writer.write(registerRel, registerXml) === 'written') written.push(registerRel);
  writer.save();
  return { diagnostics, files, memos: ordered, register: { path: join(outDir, registerRel), xml: registerXml }, written };
}

/** The register entries the edition's TEI points to (hand-edited files included), plus proposals. */
function usedEntries(memos: TeiDoc[], byId: Map<string, RegisterEntry>, proposed: RegisterEntry[]): RegisterEntry[] {
  const ids = new Set<string>();
  for (const m of memos) for (const r of m.xml.matchAll(/\bref="(per|pla|org):([^"\s]+)"/g)) ids.add(`${r[1]}-${r[2]}`);
  const out: RegisterEntry[] = [];
  for (const id of ids) {
    const e = byId.get(id) ?? proposed.find((p) => p.id === id);
    if (e) out.push(e);
  }
  return out;
}

