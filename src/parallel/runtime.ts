import type { StageContext, TeiDoc } from '../edition.ts';
import { defaultJobs } from './pool.ts';

/**
 * How the build that made a StageContext runs: worker threads and the cache folder. Kept beside
 * the context (not in it: StageContext is the stages' contract), so a stage run outside a build
 * (`export`, `serve`, tests) gets the defaults: all cores, no cache.
 */
export interface Runtime {
  jobs: number;
  cacheDir?: string;
  /** Set for `build --shard`: stages do only the per-memo work that `merge` can reuse. */
  shard?: boolean;
  onProgress?: (event: { stage: string; done: number; total: number }) => void;
}

const runtimes = new WeakMap<StageContext, Runtime>();

export function setRuntime(ctx: StageContext, r: Runtime): void {
  runtimes.set(ctx, r);
}

export function runtimeOf(ctx: StageContext): Runtime {
  return runtimes.get(ctx) ?? { jobs: defaultJobs() };
}

/** What the build already knows about a memo's TEI: its sha256 and the register ids it points to. */
export interface DocFacts {
  hash: string;
  refs: string[];
  /** sha256 of the source map file the build wrote. */
  mapHash?: string;
  /** What a neighbour's memo page reads of the TEI, as a digest (page-neighbour.ts). */
  navHash?: string;
}

const facts = new WeakMap<TeiDoc, DocFacts>();

export function setDocFacts(doc: TeiDoc, f: DocFacts): void {
  facts.set(doc, f);
}

export function docFacts(doc: TeiDoc): DocFacts | undefined {
  return facts.get(doc);
}
