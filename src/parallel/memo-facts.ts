import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StageContext, TeiDoc } from '../edition.ts';
import { codeDigest, sha256hex } from '../cache/digest.ts';
import { BlobStore } from '../cache/store.ts';
import type { MemoSiteFacts } from '../render-html/site-data.ts';
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

export async function collectSiteFacts(
  ctx: StageContext,
  o: { sefCacheDir?: string },
  consume: (doc: TeiDoc, r: FactsResult) => void,
): Promise<void> {
  const rt = runtimeOf(ctx);
  const store = rt.cacheDir ? new BlobStore(rt.cacheDir) : undefined;
  const base = sha256hex(codeDigest('html'), 'site-facts');
  const items = ctx.memos.map((doc) => {
    const key = sha256hex(base, docFacts(doc)?.hash ?? sha256(doc.xml));
    return { doc, key, cached: !!store && existsSync(store.path('site-facts', key)) };
  });
  const toCompute = items.filter((it) => !it.cached).length;
  let exec: Executor<FactsRequest, FactsResult> | undefined;
  let sheet: Stylesheet | undefined;
  if (rt.jobs > 1 && toCompute >= MIN_PARALLEL) exec = createExecutor<undefined, FactsRequest, FactsResult>({ module: TASK, init: undefined, jobs: Math.min(rt.jobs, Math.ceil(toCompute / 4)) });
  const local = async (req: FactsRequest) => memoFactsTask((sheet ??= await loadFactsSheet(o.sefCacheDir)), req);
  const compute = (req: FactsRequest): Promise<FactsResult> => runOrLocal(exec, req, local, (r) => r);
  let done = 0;
  try {
    await orderedMap(
      items,
      (it): FactsResult | Promise<FactsResult> => {
        const hit = it.cached ? store!.readJson<MemoSiteFacts>('site-facts', it.key) : undefined;
        if (hit) return { facts: hit, cached: true };
        return compute({ xml: it.doc.xml });
      },
      (r, i) => {
        const it = items[i]!;
        if (r.facts && !r.cached) store?.write('site-facts', it.key, JSON.stringify(r.facts));
        rt.onProgress?.({ stage: 'site', done: ++done, total: items.length });
        consume(it.doc, r);
      },
      exec ? exec.threads * 3 : 1,
    );
  } finally {
    await exec?.close();
  }
}
