import { availableParallelism } from 'node:os';
import { limitHeapGrowth } from './heap-growth.mjs';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Runs one task module on worker threads (or in this thread): the module exports
 * `setup(init) → handler`, so each worker loads what every task needs (register index, compiled
 * stylesheets, schemas) once, then handles requests one at a time. Results never depend on which
 * worker ran a task: callers consume them in input order (see orderedMap).
 */
export interface Executor<Q, R> {
  /** Worker threads in use (0: tasks run in this thread). */
  readonly threads: number;
  run(req: Q): Promise<R>;
  close(): Promise<void>;
}

export interface ExecutorOptions<I> {
  /** Path (or file URL) of the task module: `export async function setup(init: I): Promise<(req) => res>`. */
  module: string;
  init: I;
  /** Worker threads; ≤ 1 runs tasks in this thread. */
  jobs: number;
}

/** A worker died (crash, out of memory) while running this task; other tasks go on. */
export class WorkerCrashError extends Error {}

/**
 * Runs a task on the threads, or in this thread when there are none. A thread that dies on the task
 * (its heap is capped) is not the task's fault: this thread runs it, as a --jobs 1 build would.
 */
export async function runOrLocal<Q, W, R>(exec: Executor<Q, W> | undefined, req: Q, local: (req: Q) => R | Promise<R>, fromThread: (w: W) => R): Promise<R> {
  if (!exec) return local(req);
  try {
    return fromThread(await exec.run(req));
  } catch (e) {
    if (e instanceof WorkerCrashError) return local(req);
    throw e;
  }
}

/** Worker threads to use by default: every core the process may use. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

export function createExecutor<I, Q, R>(o: ExecutorOptions<I>): Executor<Q, R> {
  // Threads mean edition-sized work: garbage by the hundred megabytes (heap-growth.mjs).
  limitHeapGrowth();
  return o.jobs > 1 ? new WorkerPool<I, Q, R>(o) : new LocalExecutor<I, Q, R>(o);
}

type Handler<Q, R> = (req: Q) => R | Promise<R>;

class LocalExecutor<I, Q, R> implements Executor<Q, R> {
  readonly threads = 0;
  private handler?: Promise<Handler<Q, R>>;
  constructor(private readonly o: ExecutorOptions<I>) {}
  async run(req: Q): Promise<R> {
    this.handler ??= import(moduleUrl(this.o.module)).then((m: { setup: (i: I) => Promise<Handler<Q, R>> }) => m.setup(this.o.init));
    return (await this.handler)(req);
  }
  async close(): Promise<void> {}
}

interface Pending<R> { resolve: (r: R) => void; reject: (e: Error) => void }
interface Slot { worker: Worker; ready: Promise<void>; busy?: number }

class WorkerPool<I, Q, R> implements Executor<Q, R> {
  readonly threads: number;
  private readonly slots: Slot[] = [];
  private readonly queue: { id: number; req: Q }[] = [];
  private readonly pending = new Map<number, Pending<R>>();
  private nextId = 0;
  private closing = false;
  /** Set when a worker could not even start (its module failed to load): every task fails with it. */
  private broken?: Error;

  constructor(private readonly o: ExecutorOptions<I>) {
    this.threads = o.jobs;
    for (let i = 0; i < o.jobs; i++) this.slots.push(this.spawn());
  }

  run(req: Q): Promise<R> {
    if (this.broken) return Promise.reject(this.broken);
    const id = this.nextId++;
    const p = new Promise<R>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    this.queue.push({ id, req });
    this.dispatch();
    return p;
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(new URL('./boot.mjs', import.meta.url), { workerData: { module: moduleUrl(this.o.module), init: this.o.init }, resourceLimits: { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 16 } });
    // An idle worker must not keep the process alive (a build that forgets close() still exits);
    // a busy one must, or the process could exit while awaiting its answer.
    worker.unref();
    const slot: Slot = { worker, ready: Promise.resolve() };
    slot.ready = new Promise<void>((ok) => {
      worker.on('message', (m: { ready?: boolean; error?: string; id?: number; ok?: boolean; res?: R }) => {
        if (m.ready === true) return ok();
        if (m.ready === false) return this.fail(new Error(`Worker could not start: ${m.error}`));
        const p = this.pending.get(m.id!);
        this.pending.delete(m.id!);
        slot.busy = undefined;
        worker.unref();
        if (m.ok) p?.resolve(m.res as R);
        else p?.reject(new Error(m.error));
        this.dispatch();
      });
    });
    const died = (why: string) => {
      if (this.closing) return;
      const i = this.slots.indexOf(slot);
      if (i < 0) return;
      const id = slot.busy;
      if (id !== undefined) {
        this.pending.get(id)?.reject(new WorkerCrashError(`A worker thread died while running this task (${why})`));
        this.pending.delete(id);
      }
      this.slots[i] = this.spawn();
      this.dispatch();
    };
    worker.on('error', (e) => died(e.message));
    worker.on('exit', (code) => died(`exit code ${code}`));
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.busy !== undefined || !this.queue.length) continue;
      const task = this.queue.shift()!;
      slot.busy = task.id;
      slot.worker.ref();
      void slot.ready.then(() => slot.worker.postMessage({ id: task.id, req: task.req }));
    }
  }

  private fail(e: Error): void {
    this.broken = e;
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
    this.queue.length = 0;
  }
}

function moduleUrl(m: string): string {
  return /^file:/.test(m) ? m : pathToFileURL(m).href;
}

/**
 * Runs `task` over items with at most `window` in flight and hands results to `consume` strictly in
 * input order, whatever order they finish in: output never depends on scheduling, and memory holds
 * at most `window` results. A task may answer at once (a cache hit): such results are handed over
 * without a trip through the promise queue, which counts at 10,000 memos per stage.
 */
export async function orderedMap<T, R>(items: readonly T[], task: (item: T, i: number) => R | Promise<R>, consume: (r: R, i: number) => void | Promise<void>, window: number): Promise<void> {
  const inFlight = new Map<number, R | Promise<R>>();
  let next = 0;
  const fill = () => {
    while (next < items.length && inFlight.size < window) {
      const i = next++;
      let v: R | Promise<R>;
      try {
        v = task(items[i]!, i);
      } catch (e) {
        v = Promise.reject(e);
      }
      if (v instanceof Promise) v.catch(() => undefined); // consumed (and rethrown) in order below
      inFlight.set(i, v);
    }
  };
  fill();
  for (let i = 0; i < items.length; i++) {
    const v = inFlight.get(i)!;
    const r = v instanceof Promise ? await v : v;
    inFlight.delete(i);
    fill();
    const c = consume(r, i);
    if (c instanceof Promise) await c;
  }
}
