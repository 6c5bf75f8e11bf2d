import { statSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../write-output.ts';
import { type Journal, readJournal, writeJournal } from './journal.ts';

type Entry = [size: number, mtimeMs: number, digest: string];

/**
 * Output files the build wrote, with their size, mtime and the digest of what was written: an
 * unchanged output of an incremental build is recognized from one stat, without reading it (100
 * KB pages, 10,000 of them). Any change to a file (a hand edit) changes its stat, and the build
 * then takes the slow, careful path (OutputWriter's hand-edit protection). Saved as a journal
 * (journal.ts): a build that rewrote a few files appends their entries.
 */
export class StatIndex {
  private readonly journal?: Journal<Entry>;
  private readonly old: Record<string, Entry>;
  private readonly next: Record<string, Entry> = {};
  private readonly changed = new Set<string>();
  private readonly path?: string;

  /** One index per cache folder and output folder (several outputs may share a cache). */
  constructor(
    cacheDir: string | undefined,
    name: string,
    private readonly root: string,
  ) {
    this.path = cacheDir ? join(cacheDir, `${name}-${sha256(root).slice(0, 12)}.json`) : undefined;
    this.journal = this.path ? readJournal<Entry>(this.path) : undefined;
    this.old = this.journal?.records ?? {};
  }

  /** True when `rel` is the file this index recorded with digest `digest` and it has not been touched since. */
  fresh(rel: string, digest: string): boolean {
    const o = this.old[rel];
    if (!o || o[2] !== digest) return false;
    // Found fresh earlier in this build (a caller may ask twice): one stat per file and build.
    if (this.next[rel] === o) return true;
    try {
      const st = statSync(join(this.root, rel));
      if (st.size !== o[0] || st.mtimeMs !== o[1]) return false;
    } catch {
      return false;
    }
    this.next[rel] = o;
    return true;
  }

  /** The digest the last build recorded for `rel`. */
  recorded(rel: string): string | undefined {
    return this.old[rel]?.[2];
  }

  /** True when this build found `rel` fresh or recorded it. */
  has(rel: string): boolean {
    return rel in this.next;
  }

  /** Records `rel` as now holding content with digest `digest`. */
  record(rel: string, digest: string): void {
    try {
      const st = statSync(join(this.root, rel));
      const e: Entry = [st.size, st.mtimeMs, digest];
      const o = this.old[rel];
      if (!o || o[0] !== e[0] || o[1] !== e[1] || o[2] !== e[2]) this.changed.add(rel);
      this.next[rel] = e;
    } catch {
      /* not written */
    }
  }

  /** Keeps the files of this build only. */
  save(): void {
    if (!this.path || !this.journal) return;
    try {
      writeJournal(this.path, this.journal, this.next, this.changed, Date.now());
    } catch {
      /* only the next build's speed suffers */
    }
  }
}
