import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { type Diagnostic, diagnostic } from '../diagnostics/diagnostic.ts';
import { type BuildOptions, type BuildResult, buildEdition, defaultCacheDir } from '../build-edition.ts';
import { DEFAULT_CONFIG, loadConfig } from '../load-config.ts';
import { listMemos } from '../list-memos.ts';
import { importCache } from './import-cache.ts';
import { type ShardManifest, readShardManifest } from './manifest.ts';

export interface MergeOptions extends Omit<BuildOptions, 'shard' | 'out'> {
  /** Output folders of `build --shard i/n`, one per shard. */
  shards: string[];
  /** Where the edition goes. */
  out: string;
}

/**
 * `tei-edition merge`: the shards' per-memo results (conversion, validation), imported into this
 * machine's cache, plus everything that spans the edition computed here: proposal ids in memo order,
 * the register, edition order, memo pages (their links need the neighbours), site indexes, search,
 * corpus, exports. It is a build whose per-memo work comes from the shards, so its output is the
 * single-machine build's, byte for byte (test/shard.test.ts).
 */
export async function mergeShards(o: MergeOptions): Promise<BuildResult> {
  const configPath = o.config ?? DEFAULT_CONFIG;
  const { config, root, diagnostics } = loadConfig(configPath);
  if (!config) return { diagnostics, files: [], written: [] };
  const manifests = readAll(o.shards, diagnostics);
  if (!manifests) return { diagnostics, files: [], written: [] };
  const listed = listMemos(config.memos, root);
  const expected = listed.files.map((p) => relative(root, p).split('\\').join('/'));
  const problem = coverage(manifests, expected);
  if (problem) return { diagnostics: [...diagnostics, diagnostic('TE709', { file: configPath, message: problem })], files: [], written: [] };
  const out = resolve(o.out);
  // The shards' results reach the build through a cache: without one of its own, merge uses a temporary one.
  const cache = o.cache === false ? mkdtempSync(join(tmpdir(), 'tei-edition-merge-')) : resolve(o.cache ?? defaultCacheDir(root, out));
  try {
    for (const m of manifests) if (m.cacheDir && existsSync(m.cacheDir)) importCache(m.cacheDir, cache);
    const r = await buildEdition({ ...o, config: configPath, out, cache });
    return { ...r, diagnostics: [...diagnostics, ...r.diagnostics] };
  } finally {
    if (o.cache === false) rmSync(cache, { recursive: true, force: true });
  }
}

type Found = ShardManifest & { dir: string; index: number; count: number; cacheDir?: string };

function readAll(dirs: string[], diagnostics: Diagnostic[]): Found[] | undefined {
  const found: Found[] = [];
  for (const dir of dirs) {
    const m = readShardManifest(dir);
    if (!m) {
      diagnostics.push(diagnostic('TE707', { file: dir, message: `${dir} is not the output of "build --shard" (no .build/shard.json)` }));
      continue;
    }
    const [index, count] = m.shard.split('/').map(Number) as [number, number];
    const cacheDir = m.cache ? (isAbsolute(m.cache) ? m.cache : join(dir, m.cache)) : undefined;
    found.push({ ...m, dir, index, count, ...(cacheDir ? { cacheDir } : {}) });
  }
  if (found.length < dirs.length) return undefined;
  const counts = new Set(found.map((f) => f.count));
  const seen = new Map<number, string>();
  const problems: string[] = [];
  if (counts.size > 1) problems.push(`the folders come from different splits (${[...counts].map((n) => `/${n}`).join(', ')})`);
  for (const f of found) {
    const other = seen.get(f.index);
    if (other) problems.push(`shard ${f.shard} is given twice (${other} and ${f.dir})`);
    seen.set(f.index, f.dir);
  }
  const n = Math.max(...found.map((f) => f.count));
  const missing = Array.from({ length: n }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length) problems.push(`shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${n}`).join(', ')} missing`);
  if (problems.length) {
    diagnostics.push(diagnostic('TE708', { file: dirs[0] ?? '.', message: `Cannot merge: ${problems.join('; ')}` }));
    return undefined;
  }
  return found.sort((a, b) => a.index - b.index);
}

/** undefined when the shards hold exactly the edition's memos; else what differs. */
function coverage(manifests: Found[], expected: string[]): string | undefined {
  const held = new Set(manifests.flatMap((m) => m.memos));
  const want = new Set(expected);
  const absent = expected.filter((p) => !held.has(p));
  const extra = [...held].filter((p) => !want.has(p));
  if (!absent.length && !extra.length) return undefined;
  const list = (xs: string[]) => xs.slice(0, 3).join(', ') + (xs.length > 3 ? ` and ${xs.length - 3} more` : '');
  return [absent.length ? `${absent.length} memo(s) of the edition are in no shard (${list(absent)})` : '', extra.length ? `${extra.length} memo(s) in the shards are not in the edition (${list(extra)})` : ''].filter(Boolean).join('; ');
}
