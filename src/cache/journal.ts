import { appendFileSync, closeSync, existsSync, fstatSync, openSync, readSync, rmSync } from 'node:fs';
import { readText } from './read-optional.ts';
import { writeAtomic } from '../write-output.ts';
import { currentSession, fileStamp, remembered } from './session.ts';

/**
 * A cache index of records by key, kept as a snapshot (`<path>`, JSON `{ savedAt, memos }`) plus a
 * log of later changes (`<path>.log`, one JSON line per save: `{ savedAt, set, del }`). An
 * incremental build that changed a few records appends one short line instead of rewriting a
 * snapshot of 10,000 records (26 MB for the conversion index of the 10,000-memo benchmark); the
 * snapshot is rewritten when the log grows past a fraction of it.
 *
 * `savedAt` is the wall-clock time a record was written (cache bookkeeping, never output): callers
 * trust a file's size and mtime only if it was modified well before its record was saved.
 */
export interface Journal<V> {
  records: Record<string, V>;
  /** When each record was last saved (0: unknown, e.g. imported from another machine). */
  savedAt: Map<string, number>;
  /** Records changed since the snapshot (log lines' records, counted once per key). */
  logged: number;
  /** The keys counted in `logged`. */
  touched?: Set<string>;
}

interface Snapshot<V> {
  savedAt: number;
  memos: Record<string, V>;
}

interface LogLine<V> {
  savedAt: number;
  set?: Record<string, V>;
  del?: string[];
}

export function logPath(path: string): string {
  return `${path}.log`;
}

/**
 * The journal at `path`. In a build session (session.ts) the journal a build wrote is handed to the
 * next build as it is, while neither file changed: its records must be treated as read-only.
 */
export function readJournal<V>(path: string): Journal<V> {
  return remembered(`journal:${path}`, () => fileStamp([path, logPath(path)]), () => readFromDisk<V>(path));
}

function readFromDisk<V>(path: string): Journal<V> {
  const records: Record<string, V> = {};
  const savedAt = new Map<string, number>();
  let logged = 0;
  const text = readText(path);
  const snap = parse<Snapshot<V>>(text);
  // A damaged snapshot: the log's changes alone would be a partial index, so neither is used.
  if (text && !snap?.memos) return { records, savedAt, logged };
  if (snap?.memos) {
    Object.assign(records, snap.memos);
    for (const k of Object.keys(snap.memos)) savedAt.set(k, snap.savedAt ?? 0);
  }
  const touched = new Set<string>();
  for (const line of readText(logPath(path)).split('\n')) {
    // A torn last line (a build killed while appending) is skipped: the records it held are converted again.
    const l = line ? parse<LogLine<V>>(line) : undefined;
    if (!l) continue;
    for (const [k, v] of Object.entries(l.set ?? {})) {
      records[k] = v;
      savedAt.set(k, l.savedAt ?? 0);
      touched.add(k);
    }
    for (const k of l.del ?? []) {
      delete records[k];
      savedAt.delete(k);
      touched.add(k);
    }
  }
  logged = touched.size;
  return { records, savedAt, logged, touched };
}

/**
 * Saves `next` (every record of this build), given which keys changed since `prev` was read:
 * appends them to the log while it stays under `maxLogShare` of the records, else writes a new
 * snapshot (sorted by key, so the file is stable) and drops the log.
 */
export function writeJournal<V>(path: string, prev: Journal<V>, next: Record<string, V>, changed: Set<string>, now: number, maxLogShare = 0.1): void {
  const del = Object.keys(prev.records).filter((k) => !(k in next));
  if (changed.size === 0 && del.length === 0) return;
  const total = Object.keys(next).length;
  if (prev.logged + changed.size + del.length <= Math.max(64, total * maxLogShare) && existsSync(path)) {
    const set: Record<string, V> = {};
    for (const k of [...changed].sort()) if (k in next) set[k] = next[k]!;
    // After a torn line, a new line: the torn one stays unreadable on its own.
    const sep = endsTorn(logPath(path)) ? '\n' : '';
    appendFileSync(logPath(path), sep + JSON.stringify({ savedAt: now, set, ...(del.length ? { del: del.sort() } : {}) } satisfies LogLine<V>) + '\n');
    const savedAt = new Map(prev.savedAt);
    const touched = new Set(prev.touched);
    for (const k of changed) if (k in next) savedAt.set(k, now), touched.add(k);
    for (const k of del) savedAt.delete(k), touched.add(k);
    remember(path, { records: next, savedAt, logged: touched.size, touched });
    return;
  }
  const memos = Object.fromEntries(Object.entries(next).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  writeAtomic(path, JSON.stringify({ savedAt: now, memos } satisfies Snapshot<V>));
  rmSync(logPath(path), { force: true });
  remember(path, { records: memos, savedAt: new Map(Object.keys(memos).map((k) => [k, now])), logged: 0, touched: new Set() });
}

/** What readJournal would now read from `path`, for the session's next build (none: nothing kept). */
function remember<V>(path: string, journal: Journal<V>): void {
  currentSession()?.set(`journal:${path}`, fileStamp([path, logPath(path)]), journal);
}

function endsTorn(path: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const size = fstatSync(fd).size;
    const last = Buffer.alloc(1);
    return size > 0 && readSync(fd, last, 0, 1, size - 1) === 1 && last[0] !== 0x0a;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function parse<T>(text: string): T | undefined {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}
