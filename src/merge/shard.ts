import { createHash } from 'node:crypto';
import { basename } from 'node:path';

/** One slice of an edition's memos: shard `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** Parses "i/n" (1 ≤ i ≤ n); undefined when malformed. */
export function parseShard(text: string): Shard | undefined {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) return undefined;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return index >= 1 && index <= count && count <= 10000 ? { index, count } : undefined;
}

/**
 * The shard a memo belongs to, from a hash of its file name: stable across machines, folders and
 * runs, independent of how many other memos there are (adding a memo never moves another one).
 */
export function shardOf(memoPath: string, count: number): number {
  const h = createHash('sha256').update(basename(memoPath)).digest();
  return (h.readUInt32BE(0) % count) + 1;
}

export function inShard(memoPath: string, shard: Shard): boolean {
  return shardOf(memoPath, shard.count) === shard.index;
}
