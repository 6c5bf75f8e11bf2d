/**
 * Sharded builds (issue 7): `build --shard i/n --out DIR` converts and validates one slice of the
 * memos; `merge DIR… --out DIR` computes everything edition-wide from the shards' results.
 */
export { mergeShards, type MergeOptions } from './merge.ts';
export { parseShard, shardOf, inShard, type Shard } from './shard.ts';
export { readShardManifest, SHARD_MANIFEST, type ShardManifest } from './manifest.ts';
export { importCache } from './import-cache.ts';
