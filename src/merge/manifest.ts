import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { writeAtomic } from '../write-output.ts';
import type { Shard } from './shard.ts';

/** `<out>/.build/shard.json`: what a shard build holds, for `merge`. */
export const SHARD_MANIFEST = '.build/shard.json';

export interface ShardManifest {
  /** "i/n". */
  shard: string;
  /** Memo files of this slice, relative to the config's folder, sorted. */
  memos: string[];
  /** The cache folder (relative to the shard folder when inside it). */
  cache?: string;
}

export function writeShardManifest(outDir: string, m: { shard: Shard; config: string; memos: string[]; cache?: string }): string {
  const cache = m.cache ? relativeIfInside(outDir, m.cache) : undefined;
  const data: ShardManifest = { shard: `${m.shard.index}/${m.shard.count}`, memos: [...m.memos].map((p) => p.split('\\').join('/')).sort(), ...(cache ? { cache } : {}) };
  writeAtomic(join(outDir, SHARD_MANIFEST), JSON.stringify(data, null, 1) + '\n');
  return SHARD_MANIFEST;
}

export function readShardManifest(dir: string): ShardManifest | undefined {
  try {
    const m = JSON.parse(readFileSync(join(dir, SHARD_MANIFEST), 'utf8')) as ShardManifest;
    return typeof m.shard === 'string' && Array.isArray(m.memos) ? m : undefined;
  } catch {
    return undefined;
  }
}

function relativeIfInside(dir: string, p: string): string {
  const r = relative(dir, p);
  return r.startsWith('..') ? p : r.split('\\').join('/');
}
