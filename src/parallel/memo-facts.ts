import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StageContext, TeiDoc } from '../edition.ts';
import { codeDigest, sha256hex } from '../cache/digest.ts';
import { BlobStore } from '../cache/store.ts';
import type { MemoSiteFacts } from '../render-html/memo-site-facts.ts';
import type { Stylesheet } from '../run-xslt/index.ts';
import { sha256 } from '../write-output.ts';
import { type Executor, createExecutor, orderedMap, runOrLocal } from './pool.ts';
import { type FactsRequest, type FactsResult, loadFactsSheet, memoFactsTask } from './facts-task.ts';
import { docFacts, runtimeOf } from './runtime.ts';

/**
 * Every memo's site facts (xslt/html/facts.xsl), handed to `consume` in edition order: computed on
 * worker threads when there are many, cached by content like the memo pages. A memo's facts depend
 * on its TEI alone (and the code: stylesheets, this module), which is the cache key: not on the
 * other memos, the register or the edition parameters, so editing one memo (or the register)
 * computes one memo's facts again (or none).
 */

const TASK = fileURLToPath(new URL('./facts-task.ts', import.meta.url));

/** Memos to compute below which the build's own thread does them (threads start in about a second). */
const MIN_PARALLEL = 12;

/**
 * Memos per task at most: facts.xsl reads several memos per transform (saxon-js spends about as
 * long setting a transform up as reading a memo), in batches small enough to keep every thread busy.
 */
const MAX_BATCH = 8;

/** Each memo's cache key of its site facts (store kind "site-facts"), in ctx.memos order. */
export function siteFactsKeys(ctx: StageContext): string[] {
  const base = sha256hex(codeDigest('facts'), 'site-facts');
  return ctx.memos.map((doc) => sha256hex(base, docFacts(doc)?.hash ?? sha256(doc.xml)));
}

/** `only`: the memos (indexes into ctx.memos) to give, all when absent; `keys`: siteFactsKeys(ctx) if known. */
export async function collectSiteFacts(
  ctx: StageContext,
  o: { sefCacheDir?: string; only?: ReadonlySet<number>; keys?: string[] },
  consume: (doc: TeiDoc, r: FactsResult, key: string) => void,
): Promise<void> {
  const rt = runtimeOf(ctx);
  const store = rt.cacheDir ? new BlobStore(rt.cacheDir) : undefined;
  const keys = o.keys ?? siteFactsKeys(ctx);
  const items = ctx.memos.flatMap((doc, i) => {
    if (o.only && !o.only.has(i)) return [];
    const key = keys[i]!;
    return [{ doc, key, cached: !!store && existsSync(store.path('site-facts', key)) }];
  });
  const toCompute = items.filter((it) => !it.cached).length;
  let exec: Executor<FactsRequest, FactsResult[]> | undefined;
  let sheet: Stylesheet | undefined;
  const jobs = rt.jobs > 1 && toCompute >= MIN_PARALLEL ? Math.min(rt.jobs, Math.ceil(toCompute / 4)) : 1;
  if (jobs > 1) exec = createExecutor<undefined, FactsRequest, FactsResult[]>({ module: TASK, init: undefined, jobs });
  const local = async (req: FactsRequest) => memoFactsTask((sheet ??= await loadFactsSheet(o.sefCacheDir)), req);
  const compute = (req: FactsRequest): Promise<FactsResult[]> => runOrLocal(exec, req, local, (r) => r);
  // Consecutive memos to compute go together, a few per thread and window; a cached memo alone.
  const size = Math.max(1, Math.min(MAX_BATCH, Math.ceil(toCompute / (jobs * 4))));
  const units: number[][] = [];
  items.forEach((it, i) => {
    const last = units[units.length - 1];
    if (!it.cached && last && !items[last[0]!]!.cached && last.length < size) last.push(i);
    else units.push([i]);
  });
  let done = 0;
  try {
    await orderedMap(
      units,
      (unit): FactsResult[] | Promise<FactsResult[]> => {
        const first = items[unit[0]!]!;
        const hit = first.cached ? store!.readJson<MemoSiteFacts>('site-facts', first.key) : undefined;
        if (hit) return [{ facts: hit, cached: true }];
        return compute({ xmls: unit.map((i) => items[i]!.doc.xml) });
      },
      (rs, u) => {
        units[u]!.forEach((i, k) => {
          const it = items[i]!;
          const r = rs[k]!;
          if (r.facts && !r.cached) store?.write('site-facts', it.key, JSON.stringify(r.facts));
          rt.onProgress?.({ stage: 'site', done: ++done, total: items.length });
          consume(it.doc, r, it.key);
        });
      },
      exec ? exec.threads * 3 : 1,
    );
  } finally {
    await exec?.close();
  }
}
