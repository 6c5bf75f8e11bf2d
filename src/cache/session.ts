import { AsyncLocalStorage } from 'node:async_hooks';
import { statSync } from 'node:fs';

/**
 * What a long-lived process keeps between its builds (`serve` rebuilds on every change): values
 * read from files — the parsed cache indexes (tens of MB of JSON at 10,000 memos), the loaded
 * register — each kept under a stamp of what it was read from (the files' size and mtime, or a
 * digest), so a build reads again only what changed since the last one. A one-off build has no
 * session and reads everything, as before; a session never changes a build's output, only its
 * speed.
 *
 * The session is carried by the build's async context (AsyncLocalStorage), not passed down:
 * the readers that use it (journal.ts, convert-memos.ts) sit several calls below the stages, and
 * a library caller that runs two builds at once gives each its own session or none.
 *
 * A value handed out from the session is shared with the next build: callers must treat it as
 * read-only (the journals' records, the register).
 */
export class BuildSession {
  private readonly values = new Map<string, { stamp: string; value: unknown }>();

  get<T>(key: string, stamp: string): T | undefined {
    const e = this.values.get(key);
    return e && e.stamp === stamp ? (e.value as T) : undefined;
  }

  set(key: string, stamp: string, value: unknown): void {
    this.values.set(key, { stamp, value });
  }

  /** What the session keeps, by key (for tests and tracing). */
  keys(): string[] {
    return [...this.values.keys()];
  }
}

const current = new AsyncLocalStorage<BuildSession>();

/** Runs `fn` with `session` as the current build session (none: `fn` as it is). */
export function inSession<T>(session: BuildSession | undefined, fn: () => Promise<T>): Promise<T> {
  return session ? current.run(session, fn) : fn();
}

export function currentSession(): BuildSession | undefined {
  return current.getStore();
}

/** Size, mtime and inode of each file ('-' when missing): what changes whenever a file is written. */
export function fileStamp(paths: string[]): string {
  return paths
    .map((p) => {
      const st = statSync(p, { throwIfNoEntry: false });
      return st ? `${st.size}:${st.mtimeMs}:${st.ino}` : '-';
    })
    .join('|');
}

/** `load()`, or the value the current session kept under `key` while `stamp()` is unchanged. */
export function remembered<T>(key: string, stamp: () => string, load: () => T): T {
  const s = current.getStore();
  if (!s) return load();
  const now = stamp();
  const kept = s.get<T>(key, now);
  if (kept !== undefined) return kept;
  const value = load();
  s.set(key, now, value);
  return value;
}
