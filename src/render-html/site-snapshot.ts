import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { EntityFacts } from './facts.ts';
import { type EditionState, EditionFacts } from './site-data.ts';
import { sha256 } from '../write-output.ts';

/**
 * What a large edition's site stage leaves for the next build: the merged facts of every memo, so
 * that after an edit to a few memos the next build reads those memos' facts only (not all 10,000,
 * about 6 s), puts them in place (EditionFacts.replace) and renders the pages that show what
 * changed. Kept in the cache folder; a build that cannot use it (another register, other memos,
 * other code or parameters, an edit that moves a count) takes the full path and writes a new one.
 *
 * One file: a length, the v8-serialized state, then the packed strings' slabs as they are (read
 * back when a string of one is first needed).
 */
export interface SiteSnapshot {
  /** Digest of what every page depends on besides the memos (code, parameters, introduction, register, limits). */
  base: string;
  /** Per memo in edition order. */
  memos: SnapshotMemo[];
  edition: EditionFacts;
  /** What the register says of the edition's entities (facts.xsl, template "entities"). */
  entities: Omit<EntityFacts, 'memos'>[];
  /** The index pages' sort keys and letters (site-split.ts), in entityList order. */
  indexKeys: [string, string][];
  /** The search shards' files. */
  shardFiles: string[];
  /** Notes of the full build (entityNotes), given again by a build that starts from here. */
  notes: Diagnostic[];
}

/** A memo as the snapshot knows it: id and file name, site-facts cache key, factsStructure digest. */
export interface SnapshotMemo {
  id: string;
  stem: string;
  key: string;
  structure: string;
}

interface Header extends Omit<SiteSnapshot, 'edition'> {
  state: EditionState;
  slabs: number[];
}

export function snapshotPath(cacheDir: string, outDir: string): string {
  return join(cacheDir, `site-snapshot-${sha256(outDir).slice(0, 12)}.bin`);
}

export function writeSnapshot(path: string, s: SiteSnapshot): void {
  const { state, slabs } = s.edition.state();
  const { edition: _e, ...rest } = s;
  const header = serialize({ ...rest, state, slabs: slabs.map((b) => b.length) } satisfies Header);
  const len = Buffer.alloc(4);
  len.writeUInt32LE(header.length);
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    const fd = openSync(tmp, 'w');
    try {
      for (const b of [len, header, ...slabs]) writeSync(fd, b);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch {
    rmSync(tmp, { force: true }); // only the next build's speed suffers
  }
}

/**
 * The snapshot at `path`, or undefined when there is none or it cannot be read. Its strings are
 * read when first needed, a slab (1 MB) at a time.
 */
export function readSnapshot(path: string): SiteSnapshot | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const size = fstatSync(fd).size;
    const head = Buffer.alloc(4);
    readSync(fd, head, 0, 4, 0);
    const len = head.readUInt32LE(0);
    if (4 + len > size) return undefined;
    const header = Buffer.alloc(len);
    readSync(fd, header, 0, len, 4);
    const h = deserialize(header) as Header;
    const offsets: number[] = [];
    let at = 4 + len;
    for (const n of h.slabs) offsets.push(at), (at += n);
    if (at !== size) return undefined;
    const load = (n: number) => {
      const slab = Buffer.alloc(h.slabs[n]!);
      const f = openSync(path, 'r');
      try {
        if (readSync(f, slab, 0, slab.length, offsets[n]!) !== slab.length) throw new Error(`${path}: slab ${n} cut short`);
      } finally {
        closeSync(f);
      }
      return slab;
    };
    const { state, slabs, ...rest } = h;
    return { ...rest, edition: EditionFacts.restore(state, { slabs: slabs.length, load }) };
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
