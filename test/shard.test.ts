import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';
import type { CliIO } from '../src/cli/command.ts';
import { inShard, parseShard, shardOf } from '../src/merge/index.ts';
import { generateCorpus } from '../scripts/gen-corpus.ts';
import { MEMO_FIXTURES, SAMPLE_MEMOS } from './memo-sample.ts';

/**
 * Sharded builds: `build --shard i/n --out DIR` for every i, then `merge DIR… --out DIR`, give the
 * tree of a single `build --out DIR` byte for byte (the shard and merge commands as a CI matrix
 * would run them), and merge refuses incomplete or foreign shard sets.
 */

const REGISTER = resolve('corpus/register');

function edition(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tei-shard-'));
  generateCorpus(10, dir, { seed: 'shard-test', registerDir: REGISTER });
  // A fixed sample of the fixture memos (every shape the reader knows): the test builds the edition twice.
  for (const f of SAMPLE_MEMOS) copyFileSync(join(MEMO_FIXTURES, f), join(dir, 'memos', f));
  for (const f of readdirSync('corpus/memos')) copyFileSync(join('corpus/memos', f), join(dir, 'memos', f));
  copyFileSync('corpus/introduction.md', join(dir, 'introduction.md'));
  const cfg = JSON.parse(readFileSync(join(dir, 'edition.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(dir, 'edition.json'), JSON.stringify({ ...cfg, introduction: 'introduction.md' }, null, 2));
  return dir;
}

async function cli(cwd: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { out: (s) => void (out += s), err: (s) => void (err += s), cwd, env: { TZ: 'UTC' }, isTTY: false };
  const code = await main(argv, io);
  return { code, out, err };
}

function tree(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (rel: string) => {
    for (const e of readdirSync(join(root, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else out.set(r, createHash('sha256').update(readFileSync(join(root, r))).digest('hex'));
    }
  };
  walk('');
  return out;
}

describe('shard slices', () => {
  it('parses i/n and puts every memo in exactly one shard, by its file name only', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/4', '5/4', '2', 'a/b', '2/0']) expect(parseShard(bad), bad).toBeUndefined();
    const names = Array.from({ length: 200 }, (_, i) => `memos/${String(i).padStart(3, '0')}.txt`);
    const counts = [0, 0, 0, 0];
    for (const n of names) {
      const hits = [1, 2, 3, 4].filter((i) => inShard(n, { index: i, count: 4 }));
      expect(hits).toHaveLength(1);
      counts[hits[0]! - 1]!++;
      expect(shardOf(`/elsewhere/${n}`, 4)).toBe(hits[0]);
    }
    for (const c of counts) expect(c).toBeGreaterThan(25);
  });
});

describe('4 shards + merge = one build', () => {
  const dir = edition();

  it('byte for byte, the whole output tree (TEI, register, HTML, search, corpus, exports, manifests)', async () => {
    const single = await cli(dir, 'build', '--no-pdf', '--no-cache', '--out', 'single');
    expect(single.code).toBe(0);
    for (const i of [1, 2, 3, 4]) {
      const r = await cli(dir, 'build', '--no-pdf', '--shard', `${i}/4`, '--out', `shard-${i}`);
      expect(r.code, r.err).toBe(0);
      expect(r.err).toContain(`(shard ${i}/4)`);
    }
    const merged = await cli(dir, 'merge', 'shard-1', 'shard-2', 'shard-3', 'shard-4', '--out', 'merged', '--no-pdf', '--cache-dir', join(dir, 'merge-cache'));
    expect(merged.code, merged.err).toBe(0);
    // Every memo came from a shard: nothing was converted at merge time.
    const memoCount = readdirSync(join(dir, 'memos')).length; // 10 generated, the fixture memos, the seeds
    expect(merged.err).toMatch(new RegExp(`Memos: ${memoCount} from the cache, 0 converted`));
    const a = tree(join(dir, 'single'));
    const b = tree(join(dir, 'merged'));
    expect([...a.keys()].filter((k) => k.startsWith('html/memo/')).length).toBe(memoCount);
    expect(a.has('html/search.html') && a.has('tei/edition.xml') && a.has('tei/register.xml')).toBe(true);
    const differ = [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k));
    expect(differ).toEqual([]);
    // The shards' own register holds their slice only; the edition's is computed at merge time.
    const sliceReg = readFileSync(join(dir, 'shard-1', 'tei', 'register.xml'), 'utf8');
    expect(sliceReg.length).toBeLessThan(readFileSync(join(dir, 'merged', 'tei', 'register.xml'), 'utf8').length);
  });

  it('refuses a missing shard (TE708), a folder that is no shard (TE707) and shards of other memos (TE709)', async () => {
    const three = await cli(dir, 'merge', 'shard-1', 'shard-2', 'shard-4', '--out', 'bad', '--no-pdf', '--format', 'json');
    expect(three.code).toBe(1);
    expect(three.out).toContain('TE708');
    expect(three.out).toContain('3/4 missing');
    const twice = await cli(dir, 'merge', 'shard-1', 'shard-1', 'shard-2', 'shard-3', 'shard-4', '--out', 'bad', '--no-pdf', '--format', 'json');
    expect(twice.out).toContain('given twice');
    const foreign = await cli(dir, 'merge', 'shard-1', 'single', '--out', 'bad', '--no-pdf', '--format', 'json');
    expect(foreign.out).toContain('TE707');
    writeFileSync(join(dir, 'memos', 'zz-new.txt'), readFileSync(join(dir, 'memos', '16-brackets.txt'), 'utf8').replace('Report', 'Another report'));
    const stale = await cli(dir, 'merge', 'shard-1', 'shard-2', 'shard-3', 'shard-4', '--out', 'bad', '--no-pdf', '--format', 'json');
    expect(stale.code).toBe(1);
    expect(stale.out).toContain('TE709');
    expect(stale.out).toContain('memos/zz-new.txt');
  });

  it('usage errors: --shard needs --out and a valid i/n', async () => {
    expect((await cli(dir, 'build', '--shard', '5/4', '--out', 'x')).code).toBe(2);
    expect((await cli(dir, 'build', '--shard', '1/4')).code).toBe(2);
    expect((await cli(dir, 'merge', 'shard-1')).code).toBe(2);
  });
});
