import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Diagnostic } from './diagnostics/diagnostic.ts';
import { diagnostic } from './diagnostics/diagnostic.ts';
import { EditionFile } from './edition-file.ts';
import type { BuildInfo, EditionConfig, StageContext, StageResult, TeiDoc } from './edition.ts';
import { acquireBuildLock } from './build-lock.ts';
import { DEFAULT_CONFIG, loadConfig } from './load-config.ts';
import { buildInfo } from './build-info.ts';
import { listMemos } from './list-memos.ts';
import { serializeRegister, type RegisterEntry } from './find-entities/register/index.ts';
import { readTeiRegister } from './find-entities/register/read-tei.ts';
import { OutputWriter } from './write-output.ts';
import { setDocFacts, setRuntime } from './parallel/runtime.ts';
import { StatIndex } from './cache/stat-index.ts';
import { convertMemos, refIds } from './parallel/convert-memos.ts';
import { defaultJobs } from './parallel/pool.ts';
import type { CacheStats } from './cache/convert-cache.ts';
import { type Shard, inShard } from './merge/shard.ts';
import { writeShardManifest } from './merge/manifest.ts';
import { teiDocOnDisk } from './tei-doc.ts';
import { type BuildSession, inSession } from './cache/session.ts';
import { trace } from './progress/trace.ts';

export { MAX_MEMO_BYTES } from './parallel/convert-task.ts';

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
  /** Worker threads (default: one per core; 1 converts in this thread). The output is the same for any value. */
  jobs?: number;
  /**
   * Folder of the incremental build cache (default `<config folder>/.cache/tei-edition`, or
   * `<out>/.build/cache` for a shard); false: no cache. It never changes the output, only its speed.
   */
  cache?: string | false;
  /** Build only this slice of the memos (`build --shard i/n`); `merge` combines the slices. */
  shard?: Shard;
  /**
   * What a process that builds again and again (serve) keeps between its builds: give every build
   * the same session (src/cache/session.ts). It changes no output, only the speed of a rebuild.
   */
  session?: BuildSession;
}

export interface BuildResult {
  diagnostics: Diagnostic[];
  /** One per memo file: its path and diagnostics (the memo text and annotations are not kept, so memory does not grow with the corpus). */
  files: EditionFile[];
  context?: StageContext;
  written: string[];
  /** Conversion figures: memos taken from the cache, converted, worker threads used. */
  stats?: ConvertStats;
}

export interface ConvertStats extends CacheStats {
  threads: number;
  reconverted: number;
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
    return await inSession(o.session, () => buildLocked(o, configPath, config, root, outDir, diagnostics));
  } finally {
    locked.lock.release();
  }
}

/** Where the incremental cache of an edition lives unless told otherwise. */
export function defaultCacheDir(root: string, outDir: string, shard?: Shard): string {
  return shard ? join(outDir, '.build', 'cache') : join(root, '.cache', 'tei-edition');
}

async function buildLocked(o: BuildOptions, configPath: string, config: EditionConfig, root: string, outDir: string, diagnostics: Diagnostic[]): Promise<BuildResult> {
  const build = buildInfo(config, o.env ?? process.env, o.now ?? (() => new Date()));
  trace('build: config read');
  const listed = listMemos(config.memos, root);
  trace('build: memos listed');
  diagnostics.push(...listed.diagnostics);
  const memoPaths = o.shard ? listed.files.filter((p) => inShard(p, o.shard!)) : listed.files;
  const cacheDir = o.cache === false ? undefined : resolve(o.cache ?? defaultCacheDir(root, outDir, o.shard));
  const prepared = await convertCorpus(
    { memoPaths, registerPaths: config.register.map((p) => resolve(root, p)), publisher: config.publisher, registerTitle: `${config.title}: register of persons, places and organisations` },
    outDir,
    'tei',
    build,
    { ...o, cacheDir, retireLeftovers: true },
  );
  diagnostics.push(...prepared.diagnostics);
  trace('build: memos converted');
  const ctx: StageContext = { config, root, outDir, memos: prepared.memos, register: prepared.register, build };
  setRuntime(ctx, { jobs: o.jobs ?? defaultJobs(), cacheDir, shard: !!o.shard, onProgress: o.onProgress });
  const written = [...prepared.written];
  if (o.shard) written.push(writeShardManifest(outDir, { shard: o.shard, config: configPath, memos: memoPaths.map((p) => relative(root, p)), cache: cacheDir }));
  for (const stage of o.stages ?? []) {
    o.onProgress?.({ stage: stage.name, done: 0, total: ctx.memos.length });
    try {
      const r = await stage.run(ctx);
      diagnostics.push(...r.diagnostics);
      written.push(...r.written);
    } catch (e) {
      diagnostics.push(diagnostic('TE703', { file: configPath, message: `Stage "${stage.name}" failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}` }));
    }
    o.onProgress?.({ stage: stage.name, done: ctx.memos.length, total: ctx.memos.length });
    trace(`build: stage ${stage.name}`);
  }
  return { diagnostics, files: prepared.files, context: ctx, written, stats: prepared.stats };
}

export interface CorpusInput {
  memoPaths: string[];
  registerPaths: string[];
  publisher: string;
  registerTitle: string;
}

export interface ConvertCorpusOptions extends Pick<BuildOptions, 'force' | 'onProgress' | 'jobs'> {
  /** Incremental cache folder (none when absent). */
  cacheDir?: string;
  /**
   * The output folder is the edition's: the TEI and source maps of memos the last build wrote there
   * and this one did not (removed, renamed, no longer built) are taken out (`build`; `convert`
   * adds files to a folder and leaves the others alone).
   */
  retireLeftovers?: boolean;
}

export interface ConvertedEdition {
  diagnostics: Diagnostic[];
  files: EditionFile[];
  /** In edition order (date, then id). */
  memos: TeiDoc[];
  register: { path: string; xml: string };
  written: string[];
  stats?: ConvertStats;
}

/**
 * Converts memos and writes their TEI (`<outDir>/<teiDir>/<stem>.xml`), the register the TEI points
 * to (`register.xml` beside it) and the source maps. Shared by `build` and `convert`.
 */
export async function convertCorpus(input: CorpusInput, outDir: string, teiDir: string, build: Pick<BuildInfo, 'toolVersion'> & { date?: string }, o: ConvertCorpusOptions = {}): Promise<ConvertedEdition> {
  const locked = acquireBuildLock(outDir, { command: teiDir ? 'build' : 'convert' });
  if (!locked.lock) return { diagnostics: locked.diagnostics, files: [], memos: [], register: { path: join(outDir, teiDir, 'register.xml'), xml: '' }, written: [] };
  try {
    const r = await convertLocked(input, outDir, teiDir, build, o);
    r.diagnostics.unshift(...locked.diagnostics);
    return r;
  } finally {
    locked.lock.release();
  }
}

/** Output names the edition itself uses beside the memos' TEI. */
const RESERVED_STEMS = new Set(['register', 'edition']);

async function convertLocked(input: CorpusInput, outDir: string, teiDir: string, build: Pick<BuildInfo, 'toolVersion'> & { date?: string }, o: ConvertCorpusOptions): Promise<ConvertedEdition> {
  const diagnostics: Diagnostic[] = [];
  const writer = new OutputWriter(outDir, join('.build', 'manifest.json'), o.force);
  const outputs = new StatIndex(o.force ? undefined : o.cacheDir, 'outputs', outDir);
  const files: EditionFile[] = [];
  const memos: { doc: TeiDoc; date: string; refs: string[] }[] = [];
  const written: string[] = [];
  const seenIds = new Map<string, string>();
  const stems = new Map<string, string>();
  const reqs = input.memoPaths.map((path) => ({ path, shown: relative(process.cwd(), path) || path }));
  const teiRel = (stem: string) => (teiDir ? `${teiDir}/${stem}.xml` : `${stem}.xml`);
  const mapRelOf = (stem: string) => `.build/sourcemap/${stem}.json`;
  const converted = await convertMemos(
    reqs,
    {
      init: { registerPaths: input.registerPaths, tei: { toolVersion: build.toolVersion, date: build.date, publisher: input.publisher, registerHref: 'register.xml' } },
      jobs: o.jobs ?? defaultJobs(),
      cacheDir: o.cacheDir,
      onProgress: (done, total) => o.onProgress?.({ stage: 'convert', done, total }),
      needsBodies: (out) => !out.memo || !outputs.fresh(teiRel(out.stem), out.memo.hash) || !outputs.fresh(mapRelOf(out.stem), out.memo.mapHash),
    },
    (out, _i, bodies) => {
      // Only the path and the diagnostics stay: memory must not grow with the corpus.
      const file = new EditionFile(out.shown, '');
      file.diagnostics.push(...out.diagnostics);
      files.push(file);
      if (!out.memo) return;
      const other = seenIds.get(out.memo.id);
      if (other) {
        file.report('TE704', undefined, { message: `Memo id "${out.memo.id}" is also the id of ${other}; this memo was not built` });
        return;
      }
      // Output files are named after the memo file: two memos may not share a name (a.txt, a.md;
      // names differing only in case on macOS/Windows), nor take the register's or the corpus's.
      const stemKey = out.stem.toLowerCase();
      const clash = stems.get(stemKey) ?? (RESERVED_STEMS.has(stemKey) || !out.stem ? 'the edition itself' : undefined);
      if (clash) {
        file.report('TE809', undefined, { message: `${out.shown} would be written to ${teiDir ? `${teiDir}/` : ''}${out.stem}.xml, which belongs to ${clash}; this memo was not built` });
        return;
      }
      stems.set(stemKey, out.shown);
      seenIds.set(out.memo.id, out.shown);
      const rel = teiRel(out.stem);
      const mapRel = mapRelOf(out.stem);
      const doc = teiDocOnDisk(join(outDir, rel), out.memo.id, out.stem, out.shown);
      let refs = out.memo.refs;
      // An output this build's cache wrote and nobody touched since needs neither a read nor a write.
      if (outputs.fresh(rel, out.memo.hash)) writer.vouch(rel, out.memo.hash);
      else {
        const tei = bodies.tei();
        if (tei === undefined) {
          file.report('TE703', undefined, { message: 'The cached TEI of this memo is missing; run the build again with --no-cache' });
          return;
        }
        let outcome: ReturnType<OutputWriter['write']>;
        try {
          outcome = writer.write(rel, tei, { protectEdits: true });
        } catch (e) {
          file.report('TE803', undefined, { message: `${String((e as Error).message)}; this memo was not written` });
          return;
        }
        if (outcome === 'kept-edited') {
          file.report('TE302', undefined, { message: `${join(outDir, rel)} was edited by hand since the last build; it was kept, not overwritten` });
          // Stages learn a hand-edited file's facts from the file itself.
          refs = refIds(writer.read(rel));
        } else {
          if (outcome === 'written') written.push(rel);
          outputs.record(rel, out.memo.hash);
        }
      }
      if (refs === out.memo.refs) setDocFacts(doc, { hash: out.memo.hash, refs, mapHash: out.memo.mapHash, navHash: out.memo.navHash });
      if (outputs.fresh(mapRel, out.memo.mapHash)) writer.vouch(mapRel, out.memo.mapHash);
      else {
        const map = bodies.map();
        if (map !== undefined) {
          writer.write(mapRel, map);
          outputs.record(mapRel, out.memo.mapHash);
        }
      }
      memos.push({ doc, date: out.memo.date, refs });
    },
  );
  trace('convert: outcomes consumed');
  diagnostics.push(...converted.converter.registerDiagnostics);
  for (const f of files) diagnostics.push(...f.diagnostics);
  // Edition order: by the memo's date, then id (undated memos first).
  memos.sort((a, b) => a.date.localeCompare(b.date) || a.doc.id.localeCompare(b.doc.id));
  const registerRel = teiDir ? `${teiDir}/register.xml` : 'register.xml';
  const used = usedEntries(memos, converted.converter.register.byId, converted.book.entries(), () => previousEntries(join(outDir, registerRel)));
  const registerXml = serializeRegister(used, { title: input.registerTitle, publisher: input.publisher, date: build.date });
  if (writer.write(registerRel, registerXml) === 'written') written.push(registerRel);
  trace('convert: register written');
  if (o.retireLeftovers) diagnostics.push(...retireLeftovers(writer, outDir, teiDir));
  writer.save();
  outputs.save();
  trace('convert: manifest and stat index saved');
  const stats: ConvertStats = { ...converted.stats, threads: converted.threads, reconverted: converted.reconverted };
  return { diagnostics, files, memos: memos.map((m) => m.doc), register: { path: join(outDir, registerRel), xml: registerXml }, written, stats };
}

/**
 * Takes out the TEI and source maps the manifest holds from the last build that no memo claimed in
 * this one, so `tei/` holds what a build into an empty folder holds (`export`, `pdf` and `deposit`
 * read that folder). A TEI file edited by hand is moved to `.build/orphaned/`, never deleted (TE303).
 */
function retireLeftovers(writer: OutputWriter, outDir: string, teiDir: string): Diagnostic[] {
  const ds: Diagnostic[] = [];
  const memoTei = (rel: string) => {
    const name = teiDir ? (rel.startsWith(`${teiDir}/`) ? rel.slice(teiDir.length + 1) : '') : rel;
    return name.endsWith('.xml') && !name.includes('/') && !RESERVED_STEMS.has(name.slice(0, -4).toLowerCase());
  };
  for (const rel of writer.unclaimed((r) => memoTei(r) || r.startsWith('.build/sourcemap/'))) {
    const aside = `.build/orphaned/${rel}`;
    if (writer.retire(rel, aside) === 'moved' && memoTei(rel)) {
      ds.push(diagnostic('TE303', { file: join(outDir, rel), message: `The memo this TEI was built from is no longer in the edition, and the file was edited by hand; it was moved to ${join(outDir, aside)}` }));
    }
  }
  return ds;
}

function previousEntries(path: string): RegisterEntry[] {
  try {
    return readTeiRegister(readFileSync(path, 'utf8'), path).entries;
  } catch {
    return [];
  }
}

/**
 * The register entries the edition's TEI points to (hand-edited files included), from the register,
 * then the proposals, then — for hand-edited TEI that points to entries only the last register.xml
 * holds (names proposed by `retag`, or by an earlier build from text that has since changed) — the
 * previous register.xml, so no @ref dangles.
 */
function usedEntries(memos: { refs: string[] }[], byId: Map<string, RegisterEntry>, proposed: RegisterEntry[], previous: () => RegisterEntry[]): RegisterEntry[] {
  const ids = new Set<string>();
  for (const m of memos) for (const id of m.refs) ids.add(id);
  const proposals = new Map(proposed.map((e) => [e.id, e]));
  let older: Map<string, RegisterEntry> | undefined;
  const out: RegisterEntry[] = [];
  for (const id of ids) {
    let e = byId.get(id) ?? proposals.get(id);
    if (!e) {
      if (!older) {
        older = new Map();
        for (const p of previous()) if (!older.has(p.id)) older.set(p.id, p);
      }
      e = older.get(id);
    }
    if (e) out.push(e);
  }
  return out;
}
