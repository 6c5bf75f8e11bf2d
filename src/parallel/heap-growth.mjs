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
// at start-up holds for every thread started later.

import { setFlagsFromString } from 'node:v8';

/** Growth factor − 1, in percent, of every heap of the process (see above). */
export const HEAP_GROWING_PERCENT = 30;

export function limitHeapGrowth(percent = HEAP_GROWING_PERCENT) {
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}
