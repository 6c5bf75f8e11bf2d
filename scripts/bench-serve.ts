/**
 * Rebuild latency of `tei-edition serve` (issue 7, incremental target): starts the real command on
 * a corpus (bench.ts's), waits for its first build, then edits one memo several times and times
 * each edit until serve prints that it rebuilt (file watcher, 150 ms debounce, build with its
 * session, report: everything a user waits for). Prints JSON `{ first, rebuilds: [s, …] }`.
 *
 *   tsx scripts/bench-serve.ts --dir CORPUS [--edits 5] [--jobs 2]
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { dir: { type: 'string' }, edits: { type: 'string' }, jobs: { type: 'string' } } });
if (!values.dir) throw new Error('--dir CORPUS is required');
const dir = resolve(values.dir);
const edits = Number(values.edits ?? 5);

const names = readdirSync(join(dir, 'memos')).sort();
const memo = join(dir, 'memos', names[Math.floor(names.length / 2)]!);
const original = readFileSync(memo, 'utf8');

const child = spawn(process.execPath, [join(ROOT, 'bin', 'tei-edition.js'), 'serve', '--config', join(dir, 'edition.json'), '--out', join(dir, 'output'), '--port', '0', '--cache-dir', join(dir, 'cache'), '--jobs', values.jobs ?? '2'], {
  // The caller's working folder, as the other rows of the bench: paths shown in diagnostics (and
  // the cache keys made of them) are relative to it.
  env: { ...process.env, CI: '1' },
  stdio: ['ignore', 'ignore', 'pipe'],
});
let err = '';
let waiting: ((line: string) => void) | undefined;
child.stderr.setEncoding('utf8');
child.stderr.on('data', (s: string) => {
  err += s;
  const lines = err.split('\n');
  err = lines.pop()!;
  for (const l of lines) if (/^(Built|Rebuilt):|^Serving /.test(l)) waiting?.(l);
});
const next = (re: RegExp) => new Promise<string>((ok, ko) => {
  const timer = setTimeout(() => ko(new Error(`serve did not print ${re} in 30 min`)), 1_800_000);
  waiting = (l) => {
    if (!re.test(l)) return;
    clearTimeout(timer);
    waiting = undefined;
    ok(l);
  };
});

const t0 = performance.now();
await next(/^Serving /);
const first = (performance.now() - t0) / 1000;
const rebuilds: number[] = [];
try {
  for (let k = 0; k < edits; k++) {
    // Let the watcher settle after the last build's writes.
    await new Promise((ok) => setTimeout(ok, 1500));
    const done = next(/^Rebuilt:/);
    const t = performance.now();
    writeFileSync(memo, original.replace(/(\n {13}[^\n]*?\.)/, `$1 He added, at edit ${k}, that the matter would be discussed again.`));
    await done;
    rebuilds.push((performance.now() - t) / 1000);
  }
} finally {
  writeFileSync(memo, original);
  child.kill('SIGINT');
}
process.stdout.write(JSON.stringify({ first, rebuilds }) + '\n');
