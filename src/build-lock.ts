import { linkSync, mkdirSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { type Diagnostic, diagnostic } from './diagnostics/diagnostic.ts';

/**
 * One build at a time per output folder: `output/.build/lock` holds the pid, host and start time of
 * the build that owns the folder. A second build fails fast (TE705) instead of interleaving writes
 * with the first. A lock left by a build that died (SIGKILL, power cut) is stale: its pid is gone,
 * or now belongs to a process that started after the lock was taken; the next build removes it
 * (TE808) together with the temp files the dead build left half-written.
 */

export interface LockInfo {
  pid: number;
  host: string;
  /** ISO 8601 time the lock was taken (for people reading the file; staleness uses the pid). */
  started: string;
  command: string;
}

export interface BuildLock {
  path: string;
  /** Releases the lock (idempotent). Nested acquisitions in one process release the file with the last call. */
  release(): void;
}

export const LOCK_REL = join('.build', 'lock');

/** Locks this process holds, by lock path, with a nesting count (build → convertCorpus). */
const held = new Map<string, { count: number; content: string }>();

export function acquireBuildLock(outDir: string, o: { command?: string } = {}): { lock?: BuildLock; diagnostics: Diagnostic[] } {
  const path = join(outDir, LOCK_REL);
  const diagnostics: Diagnostic[] = [];
  const mine = held.get(path);
  if (mine) {
    mine.count++;
    return { lock: releaser(path), diagnostics };
  }
  // The wall clock here is deliberate: the lock is not output, and its time is compared with the
  // start times of live processes (an injected build date would make live builds look stale).
  const info: LockInfo = { pid: process.pid, host: hostname(), started: new Date().toISOString(), command: o.command ?? 'build' };
  const content = JSON.stringify(info) + '\n';
  try {
    mkdirSync(join(outDir, '.build'), { recursive: true });
  } catch (e) {
    diagnostics.push(diagnostic('TE705', { file: path, message: `The build lock could not be created: ${(e as NodeJS.ErrnoException).code ?? e}` }));
    return { diagnostics };
  }
  for (let attempt = 0; attempt < 3; attempt++) {
    if (tryCreate(path, content)) {
      held.set(path, { count: 1, content });
      removeDeadLockTemps(path);
      return { lock: releaser(path), diagnostics };
    }
    const raw = readOrEmpty(path);
    const other = parse(raw);
    if (other && isAlive(other)) {
      diagnostics.push(diagnostic('TE705', { file: path, message: `Another build of this edition is running (pid ${other.pid} on ${other.host}, "${other.command}", started ${other.started})` }));
      return { diagnostics };
    }
    // Stale or unreadable (a build killed while it wrote the lock): take it over, unless another
    // process replaced it since we read it.
    if (readOrEmpty(path) !== raw) continue;
    try {
      unlinkSync(path);
    } catch {
      /* someone else removed it first */
    }
    const removed = other ? removeTempFiles(outDir, other.pid) : 0;
    diagnostics.push(
      diagnostic('TE808', {
        file: path,
        message: other
          ? `Removed the lock of a build that is no longer running (pid ${other.pid}, started ${other.started})${removed ? ` and ${removed} temporary file(s) it left` : ''}`
          : 'Removed an unreadable build lock',
      }),
    );
  }
  diagnostics.push(diagnostic('TE705', { file: path, message: 'The build lock could not be taken: other builds keep replacing it' }));
  return { diagnostics };
}

/** Reads the lock file of an output folder (for messages and tests); undefined when there is none. */
export function readBuildLock(outDir: string): LockInfo | undefined {
  return parse(readOrEmpty(join(outDir, LOCK_REL)));
}

function releaser(path: string): BuildLock {
  let done = false;
  return {
    path,
    release() {
      if (done) return;
      done = true;
      const h = held.get(path);
      if (!h || --h.count > 0) return;
      held.delete(path);
      // Only our own lock is removed (a stale-lock takeover elsewhere may have replaced it).
      if (readOrEmpty(path) === h.content) rmSync(path, { force: true });
    },
  };
}

/** Creates the lock file with its full content in one step: a temp file hard-linked into place (link fails if the lock exists). */
function tryCreate(path: string, content: string): boolean {
  const tmp = `${path}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  writeFileSync(tmp, content);
  try {
    linkSync(tmp, path);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    return false;
  } finally {
    rmSync(tmp, { force: true });
  }
}

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function parse(raw: string): LockInfo | undefined {
  try {
    const v = JSON.parse(raw) as Partial<LockInfo>;
    if (typeof v.pid === 'number' && Number.isInteger(v.pid) && v.pid > 0) return { pid: v.pid, host: String(v.host ?? ''), started: String(v.started ?? ''), command: String(v.command ?? '') };
  } catch {
    /* unreadable */
  }
  return undefined;
}

/** Whether the process that took a lock may still be running. A lock from another host is assumed live. */
export function isAlive(info: LockInfo): boolean {
  if (info.host && info.host !== hostname()) return true;
  // Our own pid but not held by this process: a container restarted with the same pid numbers.
  if (info.pid === process.pid) return false;
  try {
    process.kill(info.pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  const began = processStart(info.pid);
  const taken = Date.parse(info.started);
  // The pid was reused by a process that started after the lock was taken (Linux /proc only).
  if (began !== undefined && !Number.isNaN(taken) && began > taken + 2000) return false;
  return true;
}

/** Start time (ms since epoch) of a process, from /proc on Linux; undefined elsewhere. */
function processStart(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[19]);
    const btime = Number(/^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1]);
    // USER_HZ is 100 on every Linux architecture Node supports.
    return Number.isFinite(ticks) && Number.isFinite(btime) ? btime * 1000 + (ticks / 100) * 1000 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A build killed between writing its lock's temp file and linking it into place leaves the temp
 * file and no lock: whoever takes the lock next removes the temp files of processes that are gone.
 */
function removeDeadLockTemps(path: string): void {
  const dir = dirname(path);
  const prefix = `${basename(path)}.tmp-`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = name.startsWith(prefix) ? Number(/^(\d+)/.exec(name.slice(prefix.length))?.[1]) : NaN;
    if (Number.isInteger(pid) && pid !== process.pid && !pidRunning(pid)) rmSync(join(dir, name), { force: true });
  }
}

/** Whether a process with this pid runs on this machine (EPERM: it does, under another user). */
function pidRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the temp files (and temp folders) a dead build left: `*.tmp-<pid>…` and `*.<pid>.tmp`. */
function removeTempFiles(dir: string, pid: number): number {
  const re = new RegExp(`\\.tmp-${pid}(?:-[a-z0-9]+)?$|\\.${pid}\\.tmp$`);
  let n = 0;
  const walk = (d: string) => {
    let names: import('node:fs').Dirent[];
    try {
      names = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of names) {
      const p = join(d, e.name);
      if (re.test(e.name)) {
        rmSync(p, { recursive: true, force: true });
        n++;
      } else if (e.isDirectory()) walk(p);
    }
  };
  walk(dir);
  return n;
}

// A build that exits normally (or by an uncaught error) never leaves its lock behind.
process.once('exit', () => {
  for (const [path, h] of held) if (readOrEmpty(path) === h.content) rmSync(path, { force: true });
});
