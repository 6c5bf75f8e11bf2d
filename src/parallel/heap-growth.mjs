// How far V8 lets a heap grow past its live size before a full collection. Plain JavaScript, so
// the CLI launcher can call it before TypeScript is loadable (bin/tei-edition.js).
//
// V8 grows a heap to up to 4× what the last full collection left alive when the heap limit is
// large (MemoryController::MaxGrowingFactor; the default limit is a share of the machine's memory),
// and a thread that allocates fast gets the largest factor. The build's own thread keeps 100–250 MB
// alive at 10,000 memos but allocates hundreds of megabytes of garbage per stage (reading TEI,
// messages to and from the workers, site facts), so its heap reached 1 GB, mostly garbage: a
// 10,000-memo build peaked at 1.5 GB resident. A fixed factor of 1.3 keeps every heap within 1.3×
// its live size plus V8's minimum step. Worker threads already get 1.3 (their 192 MB heap cap,
// src/parallel/pool.ts, is below the size from which V8 grows faster), so the flag changes the
// build's own thread. It is a process-wide V8 flag read at every full collection, so setting it
// while the process runs holds from the next collection on, for every thread.
//
// It costs collections: a build that does little (an incremental build reading its indexes) would
// pay about 0.5 s at 10,000 memos for memory it never uses. So the CLI only allows the limit
// (allowHeapLimit, at start-up: a library must not change its host's V8 flags), and the build sets
// it when it starts edition-sized work (worker threads, a whole site: limitHeapGrowth).

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Growth factor − 1, in percent, of every heap of the process (see above). */
export const HEAP_GROWING_PERCENT = 30;

const ALLOWED = Symbol.for('tei-edition.heap-growth-limit.allowed');
const SET = Symbol.for('tei-edition.heap-growth-limit.set');

/** The process is the CLI's (or the bench's): the build may limit heap growth. */
export function allowHeapLimit() {
  globalThis[ALLOWED] = true;
}

/** Limits heap growth if the process allows it (allowHeapLimit); once set, it stays. */
export function limitHeapGrowth(percent = HEAP_GROWING_PERCENT) {
  if (globalThis[ALLOWED] !== true || globalThis[SET]) return;
  globalThis[SET] = true;
  setFlagsFromString(`--heap-growing-percent=${percent}`);
  // V8 reads the factor when a full collection sets the next limit, so the limit set by the last
  // one (at up to 4× a live heap that may already be 150 MB: a rebuild reads its indexes first)
  // would stand until the heap reached it: a rebuild in place peaked at 1.03 GB that way. One full
  // collection now sets a limit with the new factor (tens of milliseconds, once per process).
  collectNow();
}

function collectNow() {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc');
  setFlagsFromString('--no-expose-gc');
  if (typeof gc === 'function') gc();
}
