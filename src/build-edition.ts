import { readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Diagnostic } from './diagnostics/diagnostic.ts';
import { diagnostic } from './diagnostics/diagnostic.ts';
import { EditionFile } from './edition-file.ts';
import type { BuildInfo, EditionConfig, StageContext, StageResult, TeiDoc } from './edition.ts';
import { acquireBuildLock } from './build-lock.ts';
import { DEFAULT_CONFIG, loadConfig } from './load-config.ts';
import { buildInfo } from './build-info.ts';
import { listMemos } from './list-memos.ts';
import { loadMemoFile } from './read-memo/index.ts';
import { ProposalBook, RegisterIndex } from './find-entities/index.ts';
import { loadRegister, serializeRegister, type RegisterEntry } from './find-entities/register/index.ts';
import { readTeiRegister } from './find-entities/register/read-tei.ts';
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
  // One build per output folder at a time (src/build-lock.ts); the lock also covers the stages.
  const locked = acquireBuildLock(outDir, { command: 'build' });
  diagnostics.push(...locked.diagnostics);
  if (!locked.lock) return { diagnostics, files: [], written: [] };
  try {
    return await buildLocked(o, configPath, config, root, outDir, diagnostics);
  } finally {
    locked.lock.release();
  }
}

async function buildLocked(o: BuildOptions, configPath: string, config: EditionConfig, root: string, outDir: string, diagnostics: Diagnostic[]): Promise<BuildResult> {
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
  const locked = acquireBuildLock(outDir, { command: teiDir ? 'build' : 'convert' });
  if (!locked.lock) return { diagnostics: locked.diagnostics, files: [] as EditionFile[], memos: [] as TeiDoc[], register: { path: join(outDir, teiDir, 'register.xml'), xml: '' }, written: [] as string[] };
  try {
    const r = await convertLocked(input, outDir, teiDir, build, o);
    r.diagnostics.unshift(...locked.diagnostics);
    return r;
  } finally {
    locked.lock.release();
  }
}

/** Memos larger than this are refused (TE804): conversion is linear, but the HTML and PDF stages are not built for whole books. */
export const MAX_MEMO_BYTES = 10 * 1024 * 1024;
/** Output names the edition itself uses beside the memos' TEI. */
const RESERVED_STEMS = new Set(['register', 'edition']);

async function convertLocked(input: CorpusInput, outDir: string, teiDir: string, build: Pick<BuildInfo, 'toolVersion'> & { date?: string }, o: Pick<BuildOptions, 'force' | 'onProgress'>) {
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
  const stems = new Map<string, string>();
  for (const [i, path] of listed.files.entries()) {
    const shown = relative(process.cwd(), path) || path;
    const size = fileSize(path);
    if (size > MAX_MEMO_BYTES) {
      const big = new EditionFile(shown, '');
      big.report('TE804', undefined, { message: `Memo file too large: ${(size / 1048576).toFixed(1)} MB (the limit is ${MAX_MEMO_BYTES / 1048576} MB); it was not converted` });
      files.push(big);
      continue;
    }
    const file = await loadMemoFile(shown);
    convertMemo(file, { index, proposals, tei: { toolVersion: build.toolVersion, date: build.date, publisher: input.publisher, registerHref: 'register.xml' } });
    files.push(file);
    o.onProgress?.({ stage: 'convert', done: i + 1, total: listed.files.length });
    if (!file.tei || !file.memo) continue;
    const other = seenIds.get(file.memo.id);
    if (other) {
      file.report('TE704', undefined, { message: `Memo id "${file.memo.id}" is also the id of ${other}; this memo was not built` });
      continue;
    }
    // Output files are named after the memo file: two memos may not share a name (a.txt, a.md;
    // names differing only in case on macOS/Windows), nor take the register's or the corpus's.
    const stemKey = file.stem.toLowerCase();
    const clash = stems.get(stemKey) ?? (RESERVED_STEMS.has(stemKey) || !file.stem ? 'the edition itself' : undefined);
    if (clash) {
      file.report('TE809', undefined, { message: `${file.path} would be written to ${teiDir ? `${teiDir}/` : ''}${file.stem}.xml, which belongs to ${clash}; this memo was not built` });
      continue;
    }
    stems.set(stemKey, file.path);
    seenIds.set(file.memo.id, file.path);
    const rel = teiDir ? `${teiDir}/${file.stem}.xml` : `${file.stem}.xml`;
    let xml = file.tei;
    let outcome: ReturnType<OutputWriter['write']>;
    try {
      outcome = writer.write(rel, file.tei, { protectEdits: true });
    } catch (e) {
      file.report('TE803', undefined, { message: `${String((e as Error).message)}; this memo was not written` });
      continue;
    }
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
  const registerRel = teiDir ? `${teiDir}/register.xml` : 'register.xml';
  // Hand-edited (kept) TEI may point to entries only the last register.xml holds: names proposed by
  // `retag`, or by an earlier build from text that has since changed. They stay, so no @ref dangles.
  const used = usedEntries(ordered, register.byId, [...proposals.entries(), ...previousEntries(join(outDir, registerRel))]);
  const registerXml = serializeRegister(used, { title: input.registerTitle, publisher: input.publisher, date: build.date });
  if (writer.write(registerRel, registerXml) === 'written') written.push(registerRel);
  writer.save();
  return { diagnostics, files, memos: ordered, register: { path: join(outDir, registerRel), xml: registerXml }, written };
}

function previousEntries(path: string): RegisterEntry[] {
  try {
    return readTeiRegister(readFileSync(path, 'utf8'), path).entries;
  } catch {
    return [];
  }
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0; // unreadable: loadMemoFile reports it (TE116)
  }
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

