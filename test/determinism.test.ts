import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Deterministic output: two builds of the same input, from copies in different folders, in
 * different time zones and locales, give byte-identical output trees (every file hashed, the PDF
 * included): once with SOURCE_DATE_EPOCH, once without it when the config has a `date`.
 */

const BIN = resolve('bin/tei-edition.js');
const MEMOS = ['test/fixtures/retag/000_e5fc993b11dadff5.txt', 'test/fixtures/retag/002_8b7530e566ca3308.txt', 'test/fixtures/memos/16-brackets.txt', 'test/fixtures/memos/14-signatures.txt', 'test/fixtures/memos/18-transcription.md'];
const CONFIG = { title: 'Determinism test edition', editors: ['A. Editor'], memos: ['memos'], register: [resolve('test/fixtures/retag/register.xml')], output: 'out', date: '2024-01-01', baseUrl: 'https://example.org/det' };

function input(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tei-det-'));
  mkdirSync(join(dir, 'memos'));
  for (const m of MEMOS) copyFileSync(m, join(dir, 'memos', m.split('/').pop()!));
  writeFileSync(join(dir, 'edition.json'), JSON.stringify(CONFIG, null, 2));
  return dir;
}

function build(cwd: string, env: Record<string, string | undefined>, args: string[] = []): void {
  const e: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete e[k];
  const r = spawnSync(process.execPath, [BIN, 'build', '--quiet', ...args], { cwd, env: e, encoding: 'utf8', timeout: 300_000 });
  expect(r.stderr).not.toMatch(/TE703|TE705/);
  expect(r.status === 0 || r.status === 1).toBe(true);
}

function tree(root: string, skip?: RegExp): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (rel: string) => {
    for (const e of readdirSync(join(root, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (skip?.test(r)) continue;
      if (e.isDirectory()) walk(r);
      else out.set(r, createHash('sha256').update(readFileSync(join(root, r))).digest('hex'));
    }
  };
  walk('');
  return out;
}

/** Differences between two trees, for a readable failure. */
function diff(a: Map<string, string>, b: Map<string, string>): string[] {
  const keys = [...new Set([...a.keys(), ...b.keys()])].sort();
  return keys.filter((k) => a.get(k) !== b.get(k)).map((k) => `${k}: ${a.get(k)?.slice(0, 8) ?? 'missing'} ≠ ${b.get(k)?.slice(0, 8) ?? 'missing'}`);
}

const HERE = { TZ: 'UTC', LC_ALL: 'C', LANG: 'C' };
const THERE = { TZ: 'Pacific/Kiritimati', LC_ALL: 'de_DE.UTF-8', LANG: 'de_DE.UTF-8' };

describe('two builds of the same input are byte-identical', () => {
  const results: Record<string, Map<string, string>> = {};

  for (const [name, epoch] of [['with SOURCE_DATE_EPOCH', '1700000000'], ['without it (the config has a date)', undefined]] as const) {
    it(`${name}: two folders, two time zones and locales, full build with the PDF`, () => {
      const a = input();
      const b = input();
      build(a, { ...HERE, SOURCE_DATE_EPOCH: epoch });
      build(b, { ...THERE, SOURCE_DATE_EPOCH: epoch });
      const ta = tree(join(a, 'out'));
      const tb = tree(join(b, 'out'));
      expect([...ta.keys()].some((k) => k.endsWith('.pdf')), 'the PDF is part of the tree').toBe(true);
      expect([...ta.keys()].filter((k) => k.startsWith('tei/') && k.endsWith('.xml')).length).toBeGreaterThanOrEqual(MEMOS.length);
      console.log(`${name}: ${ta.size} files compared`);
      expect(diff(ta, tb)).toEqual([]);
      // No output names the folder it was built in.
      for (const [rel] of ta) if (!/\.(pdf|png|jpg|woff2?|ttf|zip)$/.test(rel)) expect(readFileSync(join(a, 'out', rel), 'utf8').includes(a), rel).toBe(false);
      // A rebuild over the existing output changes nothing.
      build(a, { ...THERE, SOURCE_DATE_EPOCH: epoch });
      expect(diff(ta, tree(join(a, 'out')))).toEqual([]);
      results[name] = ta;
    });
  }

  it('the build date comes from SOURCE_DATE_EPOCH or the config: the two trees differ where the date is written', () => {
    const [x, y] = Object.values(results);
    expect(x && y).toBeTruthy();
    expect(diff(x!, y!).some((d) => d.startsWith('tei/'))).toBe(true);
  });

  it('built from another working directory, the published tree (all but .build/) is the same', () => {
    const a = input();
    const elsewhere = mkdtempSync(join(tmpdir(), 'tei-det-cwd-'));
    build(a, { ...HERE, SOURCE_DATE_EPOCH: '1700000000' }, ['--no-pdf']);
    build(elsewhere, { ...THERE, SOURCE_DATE_EPOCH: '1700000000' }, ['--no-pdf', '--config', join(a, 'edition.json'), '--out', join(elsewhere, 'out')]);
    expect(diff(tree(join(a, 'out'), /^\.build$/), tree(join(elsewhere, 'out'), /^\.build$/))).toEqual([]);
  });
});
