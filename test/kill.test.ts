import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { OutputWriter } from '../src/write-output.ts';
import { acquireBuildLock, readBuildLock } from '../src/build-lock.ts';

/**
 * Nothing lost: a real `tei-edition build --no-pdf` child process is killed with SIGKILL at many
 * moments; after each kill every output file is either the previous build's or the new build's
 * (never half of one, TEI always parses), and the next build completes with exactly the expected
 * tree and no false "edited by hand" (TE302). Concurrent builds are refused by the lock (TE705).
 */

const BIN = resolve('bin/tei-edition.js');
const REG = resolve('test/fixtures/retag/register.xml');
const SEEDS = ['test/fixtures/retag/000_e5fc993b11dadff5.txt', 'test/fixtures/retag/002_8b7530e566ca3308.txt'].map((p) => readFileSync(p, 'utf8'));
const DATE_LINES = ['February 26, 1964', 'January 7, 1964'];
/** "Old" build: dated by the config; "new" build: dated by SOURCE_DATE_EPOCH, so every TEI differs. */
const OLD_ENV = { SOURCE_DATE_EPOCH: '' };
const NEW_ENV = { SOURCE_DATE_EPOCH: '1700000000' };

/** A corpus of `n` distinct memos (the seeds with other dates, so the ids differ). */
function corpus(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'tei-kill-'));
  mkdirSync(join(dir, 'memos'));
  for (let i = 0; i < n; i++) {
    const s = i % 2;
    writeFileSync(join(dir, 'memos', `memo-${String(i).padStart(2, '0')}-${s ? 'b' : 'a'}.txt`), SEEDS[s]!.replace(DATE_LINES[s]!, `${['March', 'April', 'May'][i % 3]} ${Math.floor(i / 2) + 1}, 1964`));
  }
  writeFileSync(join(dir, 'edition.json'), JSON.stringify({ title: 'Kill test', memos: ['memos'], register: [REG], output: 'out', date: '2024-01-01' }));
  return dir;
}

function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...extra };
  for (const [k, v] of Object.entries(extra)) if (v === '') delete e[k];
  return e;
}

function build(dir: string, extra: Record<string, string>, args: string[] = ['--no-pdf']) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [BIN, 'build', ...args], { cwd: dir, env: env(extra), encoding: 'utf8', timeout: 300_000 });
  return { status: r.status, stderr: r.stderr, ms: performance.now() - t0 };
}

function walk(root: string, rel = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(root, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...walk(root, r));
    else out.push(r);
  }
  return out.sort();
}

function snapshot(root: string): Map<string, string> {
  return new Map(walk(root).map((r) => [r, createHash('sha256').update(readFileSync(join(root, r))).digest('hex')]));
}

/** What a killed build may leave besides finished files: its lock, the write journal, temp files. */
const LEFTOVER = /(^|\/)\.build\/lock$|\.pending$|\.tmp-\d+(-[a-z0-9]+)?$|\.\d+\.tmp$|\.tmp-\d+\//;

async function killAfter(dir: string, ms: number): Promise<{ exited: 'killed' | 'finished'; pid: number }> {
  const child: ChildProcess = spawn(process.execPath, [BIN, 'build', '--no-pdf', '--quiet'], { cwd: dir, env: env(NEW_ENV), stdio: 'ignore', detached: true });
  let finished = false;
  const done = new Promise<void>((r) => child.once('exit', () => r()));
  child.once('exit', (code, signal) => (finished = signal === null));
  await new Promise((r) => setTimeout(r, ms));
  try {
    process.kill(-child.pid!, 'SIGKILL');
  } catch {
    /* already finished */
  }
  await done;
  return { exited: finished ? 'finished' : 'killed', pid: child.pid! };
}

describe('SIGKILL at any moment loses nothing', () => {
  let dir: string;
  let OLD: Map<string, string>;
  let NEW: Map<string, string>;
  let oldStatus: number | null;
  let newMs = 0;

  beforeAll(() => {
    dir = corpus(40);
    const n = build(dir, NEW_ENV);
    NEW = snapshot(join(dir, 'out'));
    newMs = n.ms;
    const o = build(dir, OLD_ENV);
    OLD = snapshot(join(dir, 'out'));
    oldStatus = o.status;
    expect(n.stderr).not.toMatch(/TE703|TE302/);
    expect(o.stderr).not.toMatch(/TE703|TE302/);
  });

  it('the corpus has 40 memos, and old and new builds differ in every TEI file', () => {
    const teiFiles = [...OLD.keys()].filter((r) => /^tei\/memo-.*\.xml$/.test(r));
    expect(teiFiles).toHaveLength(40);
    for (const r of teiFiles) expect(NEW.get(r), r).not.toBe(OLD.get(r));
  });

  it('kills at 9 moments across the build: every file is old or new, TEI parses, then the next build completes exactly', async () => {
    const fractions = [0.01, 0.04, 0.07, 0.1, 0.13, 0.2, 0.35, 0.6, 0.85];
    const log: string[] = [];
    for (const f of fractions) {
      const ms = Math.round(newMs * f);
      const k = await killAfter(dir, ms);
      const out = join(dir, 'out');
      let teiNew = 0;
      const bad: string[] = [];
      for (const rel of walk(out)) {
        if (LEFTOVER.test(rel)) continue;
        const h = createHash('sha256').update(readFileSync(join(out, rel))).digest('hex');
        if (h !== OLD.get(rel) && h !== NEW.get(rel)) bad.push(rel);
        if (/^tei\/.*\.xml$/.test(rel)) {
          expect(XMLValidator.validate(readFileSync(join(out, rel), 'utf8')), rel).toBe(true);
          if (/^tei\/memo-/.test(rel) && h === NEW.get(rel) && h !== OLD.get(rel)) teiNew++;
        }
      }
      // Nothing the old build wrote is missing (a killed build never deletes output).
      for (const rel of OLD.keys()) expect(existsSync(join(out, rel)), `${rel} after a kill at ${ms} ms`).toBe(true);
      expect(bad, `files neither old nor new after a kill at ${ms} ms`).toEqual([]);
      log.push(`${ms} ms: ${k.exited}, ${teiNew}/40 TEI new`);
    }
    console.log(`kill test (full build ${Math.round(newMs)} ms): ${log.join('; ')}`);

    // The next build (old inputs again) completes: exactly the old tree, and no file that a killed
    // build wrote is mistaken for a hand edit.
    const next = build(dir, OLD_ENV);
    expect(next.status).toBe(oldStatus);
    expect(next.stderr).not.toMatch(/TE302|TE703|TE705/);
    expect(snapshot(join(dir, 'out'))).toEqual(OLD);
  });
});

describe('the write journal: files a killed build wrote are not taken for hand edits', () => {
  it('a writer that never saved its manifest (killed) leaves files the next writer may replace', () => {
    const root = mkdtempSync(join(tmpdir(), 'tei-journal-'));
    const first = new OutputWriter(root);
    first.write('tei/a.xml', 'old', { protectEdits: true });
    first.save();
    const killed = new OutputWriter(root);
    expect(killed.write('tei/a.xml', 'new', { protectEdits: true })).toBe('written');
    // …killed here: no save(), the manifest still says "old".
    const next = new OutputWriter(root);
    expect(next.isHandEdited('tei/a.xml')).toBe(false);
    expect(next.write('tei/a.xml', 'old again', { protectEdits: true })).toBe('written');
    next.save();
    expect(existsSync(join(root, '.build/manifest.json.pending'))).toBe(false);
    // A real hand edit is still protected.
    writeFileSync(join(root, 'tei/a.xml'), 'edited by hand');
    expect(new OutputWriter(root).write('tei/a.xml', 'generated', { protectEdits: true })).toBe('kept-edited');
  });
});

describe('one build at a time: the lock', () => {
  it('a second concurrent build fails fast with TE705; the first completes', async () => {
    const dir = corpus(40);
    const first = spawn(process.execPath, [BIN, 'build', '--no-pdf', '--quiet'], { cwd: dir, env: env(NEW_ENV), stdio: ['ignore', 'ignore', 'pipe'] });
    let firstErr = '';
    first.stderr!.on('data', (b) => (firstErr += b));
    const firstDone = new Promise<number | null>((r) => first.once('exit', (c) => r(c)));
    // Wait until the first build holds the lock.
    for (let i = 0; i < 200 && !readBuildLock(join(dir, 'out')); i++) await new Promise((r) => setTimeout(r, 50));
    expect(readBuildLock(join(dir, 'out'))?.pid).toBe(first.pid);
    const second = build(dir, NEW_ENV);
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/TE705 Another build of this edition is running \(pid \d+/);
    // Fails fast: it gave up while the first build still held the lock (no wall-clock threshold).
    expect(first.exitCode).toBeNull();
    expect(await firstDone).toBe(0);
    expect(firstErr).not.toMatch(/TE705/);
    expect(existsSync(join(dir, 'out/.build/lock'))).toBe(false);
    expect(walk(join(dir, 'out')).filter((r) => /^tei\/memo-.*\.xml$/.test(r))).toHaveLength(40);
  });

  it('a stale lock (dead pid, garbage, empty) is taken over with TE808; a live one is not', () => {
    const dir = corpus(2);
    const out = join(dir, 'out');
    mkdirSync(join(out, '.build'), { recursive: true });
    const dead = spawnSync(process.execPath, ['-e', ''], {}).pid!;
    const stale = [JSON.stringify({ pid: dead, host: '', started: '2024-01-01T00:00:00Z', command: 'build' }), 'garbage{', ''];
    for (const content of stale) {
      writeFileSync(join(out, '.build/lock'), content);
      writeFileSync(join(out, `leftover.xml.tmp-${dead}-abc123`), 'half');
      const r = build(dir, OLD_ENV, ['--no-pdf', '--no-html', '--no-export']);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toMatch(/TE808/);
      expect(existsSync(join(out, '.build/lock'))).toBe(false);
      if (content.startsWith('{')) expect(existsSync(join(out, `leftover.xml.tmp-${dead}-abc123`))).toBe(false);
    }
    // A live process (this test runner) holding the lock: refused.
    writeFileSync(join(out, '.build/lock'), JSON.stringify({ pid: process.pid, host: '', started: new Date().toISOString(), command: 'build' }));
    const r = build(dir, OLD_ENV, ['--no-pdf', '--no-html', '--no-export']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/TE705/);
    expect(readFileSync(join(out, '.build/lock'), 'utf8')).toContain(String(process.pid));
  });

  it('removes the lock temp file of a build killed before its lock was in place, and no live process\'s', () => {
    const out = mkdtempSync(join(tmpdir(), 'tei-lock-'));
    mkdirSync(join(out, '.build'));
    // A pid no process has (above the kernel's pid_max), and this test's own parent (alive).
    writeFileSync(join(out, '.build/lock.tmp-99999999-abc123'), '{}');
    writeFileSync(join(out, `.build/lock.tmp-${process.ppid}-def456`), '{}');
    const a = acquireBuildLock(out);
    expect(a.lock).toBeTruthy();
    a.lock!.release();
    expect(readdirSync(join(out, '.build')).sort()).toEqual([`lock.tmp-${process.ppid}-def456`]);
  });

  it('in one process the lock nests (build → convert) and is released by the last holder', () => {
    const out = mkdtempSync(join(tmpdir(), 'tei-lock-'));
    const a = acquireBuildLock(out);
    const b = acquireBuildLock(out);
    expect(a.lock && b.lock).toBeTruthy();
    b.lock!.release();
    expect(readBuildLock(out)?.pid).toBe(process.pid);
    a.lock!.release();
    expect(readBuildLock(out)).toBeUndefined();
    expect(statSync(join(out, '.build')).isDirectory()).toBe(true);
  });
});
