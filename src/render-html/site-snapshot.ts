import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
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
 * back as views of the file's buffer, not copied).
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

/** The snapshot at `path`, or undefined when there is none or it cannot be read. */
export function readSnapshot(path: string): SiteSnapshot | undefined {
  try {
    const buf = readFileSync(path);
    const len = buf.readUInt32LE(0);
    const h = deserialize(buf.subarray(4, 4 + len)) as Header;
    let at = 4 + len;
    const slabs = h.slabs.map((n) => buf.subarray(at, (at += n)));
    if (at !== buf.length) return undefined;
    const { state, slabs: _s, ...rest } = h;
    return { ...rest, edition: EditionFacts.restore(state, slabs) };
  } catch {
    return undefined;
  }
}
