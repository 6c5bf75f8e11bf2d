import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sha256, writeAtomic } from '../write-output.ts';

/**
 * Output files the build wrote, with their size, mtime and the digest of what was written: an
 * unchanged output of an incremental build is recognized from one stat, without reading it (100
 * KB pages, 10,000 of them). Any change to a file (a hand edit) changes its stat, and the build
 * then takes the slow, careful path (OutputWriter's hand-edit protection).
 */
export class StatIndex {
  private readonly old: Record<string, [number, number, string]>;
  private readonly next: Record<string, [number, number, string]> = {};
  private readonly path?: string;

  /** One index per cache folder and output folder (several outputs may share a cache). */
  constructor(
    cacheDir: string | undefined,
    name: string,
    private readonly root: string,
  ) {
    this.path = cacheDir ? join(cacheDir, `${name}-${sha256(root).slice(0, 12)}.json`) : undefined;
    let old: Record<string, [number, number, string]> = {};
    try {
      if (this.path) old = JSON.parse(readFileSync(this.path, 'utf8')) as typeof old;
    } catch {
      /* first build */
    }
    this.old = old;
  }

  /** True when `rel` is the file this index recorded with digest `digest` and it has not been touched since. */
  fresh(rel: string, digest: string): boolean {
    const o = this.old[rel];
    if (!o || o[2] !== digest) return false;
    try {
      const st = statSync(join(this.root, rel));
      if (st.size !== o[0] || st.mtimeMs !== o[1]) return false;
    } catch {
      return false;
    }
    this.next[rel] = o;
    return true;
  }

  /** Records `rel` as now holding content with digest `digest`. */
  record(rel: string, digest: string): void {
    try {
      const st = statSync(join(this.root, rel));
      this.next[rel] = [st.size, st.mtimeMs, digest];
    } catch {
      /* not written */
    }
  }

  /** Keeps the files of this build only. */
  save(): void {
    if (!this.path) return;
    try {
      writeAtomic(this.path, JSON.stringify(this.next));
    } catch {
      /* only the next build's speed suffers */
    }
  }
}
