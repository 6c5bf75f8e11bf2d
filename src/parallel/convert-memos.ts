import { fileURLToPath } from 'node:url';
import { diagnostic } from '../diagnostics/diagnostic.ts';
import { ProposalBook } from '../find-entities/index.ts';
import { type CacheStats, ConvertCache } from '../cache/convert-cache.ts';
import { registerFilesDigest, registerState } from '../cache/register-delta.ts';
import { type ConvertInit, type ConvertRequest, type Converter, type MemoOutcome, createConverter, loadRegisterIndex } from './convert-task.ts';
import { currentSession, remembered } from '../cache/session.ts';

export { refIds } from './convert-task.ts';
import { type Executor, createExecutor, orderedMap, runOrLocal } from './pool.ts';
import { trace } from '../progress/trace.ts';

/**
 * Converts memos (cache, worker threads, or this thread) and hands each outcome to `consume` in
 * memo order, so what the build writes never depends on which thread finished first. Memory holds
 * a window of outcomes, not the corpus.
 *
 * Proposed register ids are shared by the whole edition: the first memo (in memo order) that
 * proposes a name decides its entry, and an id taken by an earlier, different name gets a suffix.
 * Workers and cached results cannot know the other memos, so every outcome's propose() calls are
 * replayed here, in memo order, into the edition's one book; the rare memo whose ids differ from
 * the replay is converted again here with that book. The result is the sequential build's, byte
 * for byte (test/performance.test.ts).
 */

export interface ConvertMemosOptions {
  init: ConvertInit;
  /** Worker threads (≤ 1: this thread). Few memos to convert use this thread anyway. */
  jobs: number;
  /** Incremental cache folder (src/cache/); none: convert every memo. */
  cacheDir?: string;
  onProgress?: (done: number, total: number) => void;
  /**
   * Whether a cached outcome's TEI and source map will be read (its output files are not up to
   * date); default: always. A cache hit whose bodies are needed but lost is converted again.
   */
  needsBodies?: (out: MemoOutcome) => boolean;
}

export interface ConvertedCorpus {
  /** This thread's converter: the loaded register and its index. */
  converter: Converter;
  /** Every proposal of the edition, as a sequential build makes them. */
  book: ProposalBook;
  /** Memos converted on worker threads (0: none). */
  threads: number;
  /** Memos whose proposal ids differed from the replay and were converted again. */
  reconverted: number;
  stats: CacheStats;
}

/** Below this many memos to convert, starting workers (each loads the register) costs more than it saves. */
export const MIN_PARALLEL = 24;

const TASK = fileURLToPath(new URL('./convert-task.ts', import.meta.url));

/** A memo's TEI and source map text: in the outcome when just converted, else read from the cache. */
export interface Bodies {
  tei(): string | undefined;
  map(): string | undefined;
}

export async function convertMemos(reqs: readonly ConvertRequest[], o: ConvertMemosOptions, consume: (out: MemoOutcome, i: number, bodies: Bodies) => void | Promise<void>): Promise<ConvertedCorpus> {
  let files: string | undefined;
  const filesDigest = () => (files ??= registerFilesDigest(o.init.registerPaths));
  // A build session (serve) keeps the loaded register while its files are unchanged.
  const converter = createConverter(o.init, remembered(`register:${JSON.stringify(o.init.registerPaths)}`, filesDigest, () => loadRegisterIndex(o.init.registerPaths)));
  const book = new ProposalBook((id) => converter.register.byId.has(id));
  // The register enters through its state (per entry), not its paths: caches from other checkouts (shards) stay valid.
  const cache = o.cacheDir ? new ConvertCache(o.cacheDir, o.init.tei, { files: filesDigest(), state: () => registerState(converter.register) }) : undefined;
  trace('convert: register and cache index read');
  const cached = reqs.map((r) => cache?.probe(r.path, r.shown) ?? false);
  trace('convert: memos probed');
  const toConvert = cached.filter((c) => !c).length;
  const exec: Executor<ConvertRequest, string> | undefined = o.jobs > 1 && toConvert >= MIN_PARALLEL ? createExecutor({ module: TASK, init: o.init, jobs: Math.min(o.jobs, Math.ceil(toConvert / 8)) }) : undefined;
  const run = async (req: ConvertRequest): Promise<MemoOutcome> => {
    try {
      return await runOrLocal(exec, req, (r) => converter.convert(r), (json) => JSON.parse(json) as MemoOutcome);
    } catch (e) {
      // A worker that died on this memo (crash, out of memory): the memo is reported, the rest go on.
      return { shown: req.shown, stem: '', proposals: [], failed: true, diagnostics: [diagnostic('TE703', { file: req.shown, message: `Converting the memo failed: ${(e as Error).message}` })] };
    }
  };
  let reconverted = 0;
  let done = 0;
  o.onProgress?.(0, reqs.length);
  try {
    await orderedMap(
      reqs,
      // Cache hits answer at once (no promise): an incremental build goes through 10,000 of them.
      (req, i) => {
        const hit = cached[i] ? cache!.load(req.shown, o.needsBodies) : undefined;
        if (hit) return { out: hit, fresh: false };
        cache?.missed();
        return run(req).then((out) => ({ out, fresh: true }));
      },
      ({ out, fresh }, i) => {
        const finish = (result: MemoOutcome, isNew: boolean) => {
          if (isNew && cache && !result.failed) cache.put(reqs[i]!.path, result);
          o.onProgress?.(++done, reqs.length);
          const m = result.memo;
          return consume(result, i, { tei: () => m?.tei ?? (m && cache?.body('tei', m.hash)), map: () => m?.mapText ?? (m && cache?.body('map', m.mapHash)) });
        };
        if (replay(book, out)) return finish(out, fresh);
        reconverted++;
        return converter.convert(reqs[i]!, book).then((again) => finish(again, true));
      },
      exec ? exec.threads * 4 : 1,
    );
  } finally {
    await exec?.close();
  }
  trace('convert: memos converted or loaded');
  // A session's builds will convert edited memos: its register's name index is built now, once,
  // rather than in the first rebuild after an edit (where it would be most of the wait).
  if (currentSession()) void converter.index;
  trace('convert: register index ready');
  cache?.save();
  trace('convert: cache index saved');
  return { converter, book, threads: exec?.threads ?? 0, reconverted, stats: cache?.stats ?? { hits: 0, misses: reqs.length, registerMisses: 0 } };
}

/** Replays one memo's propose() calls into the edition's book; false when an id came out different. */
export function replay(book: ProposalBook, out: MemoOutcome): boolean {
  let same = true;
  for (const c of out.proposals) if (book.propose(c.surface, c.type, { file: out.shown, line: c.line }).id !== c.id) same = false;
  return same;
}

