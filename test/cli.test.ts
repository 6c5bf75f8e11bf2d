import { describe, expect, it } from 'vitest';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.ts';
import { Writable } from 'node:stream';
import { type CliIO, readFirstLines } from '../src/cli/command.ts';
import { formatDiagnostics } from '../src/diagnostics/report.ts';

function io(cwd = process.cwd()) {
  const out: string[] = [];
  const err: string[] = [];
  const o: CliIO = { out: (s) => out.push(s), err: (s) => err.push(s), cwd, env: { ...process.env, NO_COLOR: '1' }, isTTY: false };
  return { o, out: () => out.join(''), err: () => err.join('') };
}
const tmp = () => mkdtempSync(join(tmpdir(), 'tei-cli-'));
const seed = join(process.cwd(), 'corpus/memos/002_8b7530e566ca3308.txt');

describe('tei-edition CLI', () => {
  it('prints help for the tool and for every command, exit 0', async () => {
    const h = io();
    expect(await main(['--help'], h.o)).toBe(0);
    const names = [...h.out().matchAll(/^ {2}(\S+) {2,}/gm)].map((m) => m[1]!);
    expect(names).toEqual(expect.arrayContaining(['convert', 'build', 'init']));
    for (const name of names) {
      const c = io();
      expect(await main([name, '--help'], c.o)).toBe(0);
      expect(c.out()).toMatch(new RegExp(`Usage: tei-edition ${name}`));
    }
  });

  it('exits 2 on usage errors: no command, unknown command, unknown flag, missing --out', async () => {
    expect(await main([], io().o)).toBe(2);
    expect(await main(['frobnicate'], io().o)).toBe(2);
    const bad = io();
    expect(await main(['convert', seed, '--out', tmp(), '--bogus'], bad.o)).toBe(2);
    expect(bad.err()).toMatch(/bogus/);
    expect(await main(['convert', seed], io().o)).toBe(2);
  });

  it('convert writes <out>/<base name>.xml and register.xml, exit 0', async () => {
    const out = tmp();
    const c = io();
    expect(await main(['convert', seed, '--out', out, '--quiet'], c.o)).toBe(0);
    const tei = readFileSync(join(out, '002_8b7530e566ca3308.xml'), 'utf8');
    expect(tei).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<TEI xmlns="http:\/\/www.tei-c.org\/ns\/1.0"/);
    expect(tei).toMatch(/<creation>\s*<date when="1964-01-07">January 7, 1964<\/date>\s*<\/creation>/);
    expect(readFileSync(join(out, 'register.xml'), 'utf8')).toMatch(/<listPerson>/);
  });

  it('convert reports a bad file with exit 1 and still converts the good one', async () => {
    const dir = tmp();
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const out = join(dir, 'out');
    const c = io();
    expect(await main(['convert', empty, seed, '--out', out, '--format', 'json'], c.o)).toBe(1);
    const ds = JSON.parse(c.out()) as { code: string; file: string }[];
    expect(ds.find((d) => d.code === 'TE101')?.file).toMatch(/empty\.txt$/);
    expect(existsSync(join(out, '002_8b7530e566ca3308.xml'))).toBe(true);
  });

  it('never overwrites a TEI file edited by hand (TE302) unless --force', async () => {
    const out = tmp();
    await main(['convert', seed, '--out', out], io().o);
    const path = join(out, '002_8b7530e566ca3308.xml');
    const edited = readFileSync(path, 'utf8').replace('Bigoa', 'Bigoa [checked]');
    writeFileSync(path, edited);
    const again = io();
    expect(await main(['convert', seed, '--out', out, '--format', 'json'], again.o)).toBe(0);
    expect(JSON.parse(again.out()).some((d: { code: string }) => d.code === 'TE302')).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(edited);
    await main(['convert', seed, '--out', out, '--force'], io().o);
    expect(readFileSync(path, 'utf8')).not.toBe(edited);
  });

  it('init scaffolds an edition that builds, and refuses to overwrite it', async () => {
    const dir = join(tmp(), 'ed');
    expect(await main(['init', dir], io().o)).toBe(0);
    const config = JSON.parse(readFileSync(join(dir, 'edition.json'), 'utf8'));
    expect(config.memos).toEqual(['memos']);
    expect(await main(['init', dir], io().o)).toBe(1);
    const b = io(dir);
    expect(await main(['build', '--no-validate', '--no-html', '--no-pdf', '--no-export', '--quiet'], b.o)).toBe(0);
    expect(existsSync(join(dir, 'output/tei/000_e5fc993b11dadff5.xml'))).toBe(true);
  });

  it('build rejects an invalid config with the line of the bad key (TE702)', async () => {
    const dir = tmp();
    cpSync(join(process.cwd(), 'corpus'), join(dir, 'corpus'), { recursive: true });
    const cfg = join(dir, 'corpus/edition.json');
    writeFileSync(cfg, readFileSync(cfg, 'utf8').replace('"version": "1.0.0"', '"version": 7'));
    const c = io(dir);
    expect(await main(['build', '--config', cfg, '--format', 'json', '--no-pdf', '--no-html'], c.o)).toBe(1);
    const d = JSON.parse(c.out()).find((x: { code: string }) => x.code === 'TE702');
    expect(d.line).toBe(readFileSync(cfg, 'utf8').split('\n').findIndex((l) => l.includes('"version"')) + 1);
  });
});

describe('docs/cli.md', () => {
  it('is the commands\' current --help output (regenerate with npx tsx scripts/gen-cli-doc.ts)', async () => {
    const { cliReference } = await import('../src/cli/reference.ts');
    expect(readFileSync(join(process.cwd(), 'docs/cli.md'), 'utf8')).toBe(await cliReference());
  });
});

describe('build: memo pages for reference managers', () => {
  it('embed the memo CSL-JSON (type manuscript) and citation_* meta tags', async () => {
    const out = tmp();
    expect(await main(['build', '--out', out, '--no-pdf', '--no-export', '--quiet'], io().o)).toBe(0);
    const { readdirSync } = await import('node:fs');
    const page = readFileSync(join(out, 'html/memo', readdirSync(join(out, 'html/memo')).sort()[0]!), 'utf8');
    const csl = JSON.parse(/<script type="application\/vnd\.citationstyles\.csl\+json"[^>]*>([^<]*)<\/script>/.exec(page)![1]!);
    expect(csl[0]).toMatchObject({ type: 'manuscript', archive_location: expect.any(String) });
    expect(page).toMatch(/<meta name="citation_title" content="Memorandum of a Conversation/);
  });
});

describe('serve', () => {
  it('builds, serves, rebuilds after an edit and prints only the problems the edit brought', async () => {
    const { spawn } = await import('node:child_process');
    const dir = tmp();
    // A warning from the start (an ambiguous numeric date, TE202): printed by the first build only.
    mkdirSync(join(dir, 'memos'));
    writeFileSync(join(dir, 'memos', 'a.txt'), readFileSync(seed, 'utf8').replace('To another comment of c.', 'They spoke on 05/06/61. To another comment of c.'));
    writeFileSync(join(dir, 'edition.json'), JSON.stringify({ title: 'Serve', editors: ['A'], memos: ['memos'], register: [join(process.cwd(), 'corpus/register')], output: 'out', date: '2024-01-01', baseUrl: 'https://example.org/s' }));
    const child = spawn(process.execPath, ['bin/tei-edition.js', 'serve', '--config', join(dir, 'edition.json'), '--port', '0', '--jobs', '1'], { env: { ...process.env, CI: '1', NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.setEncoding('utf8');
    const waitFor = (re: RegExp, from: number) => new Promise<string>((ok, ko) => {
      const timer = setTimeout(() => ko(new Error(`no ${re} in: ${err}`)), 120_000);
      const check = () => {
        const m = re.exec(err.slice(from));
        if (m) {
          clearTimeout(timer);
          child.stderr.off('data', check);
          ok(m[0]);
        }
      };
      child.stderr.on('data', check);
      check();
    });
    child.stderr.on('data', (s: string) => (err += s));
    try {
      const url = (await waitFor(/Serving (http:\S+)/, 0)).split(' ')[1]!;
      expect(err).toMatch(/^Built: \d+ file\(s\) changed; 0 error\(s\), 1 warning\(s\)$/m);
      expect(err.match(/ warning TE202/g)).toHaveLength(1);
      const home = await fetch(url);
      expect(home.status).toBe(200);
      expect(await home.text()).toContain('<html');
      // An ambiguous numeric date (TE202, a warning) in a new sentence.
      const from = err.length;
      const memo = join(dir, 'memos', 'a.txt');
      writeFileSync(memo, readFileSync(memo, 'utf8').replace('He then said that the KWP', 'They met again on 03/04/62. He then said that the KWP'));
      const rebuilt = await waitFor(/Rebuilt: [^\n]*\n/, from);
      expect(rebuilt).toMatch(/, 1 of them new\n$/);
      const printed = err.slice(from);
      expect(printed).toMatch(/warning TE202/);
      // Only the new problem: none of the first build's warnings again.
      expect(printed.match(/ warning TE\d+/g)).toHaveLength(1);
      const html = readFileSync(join(dir, 'out', 'html', 'memo', readdirSync(join(dir, 'out', 'html', 'memo'))[0]!), 'utf8');
      expect(html).toContain('They met again on');
    } finally {
      child.kill('SIGINT');
      await new Promise((ok) => child.once('exit', ok));
    }
  }, 180_000);
});

describe('build --daemon', () => {
  /** The CLI as a user runs it, in `cwd`, with its own folder for build server sockets. */
  async function cli(args: string[], cwd: string, sockets: string) {
    const { spawnSync } = await import('node:child_process');
    const r = spawnSync(process.execPath, [join(process.cwd(), 'bin/tei-edition.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, CI: '1', NO_COLOR: '1', TEI_EDITION_DAEMON_DIR: sockets } });
    return { code: r.status, err: r.stderr };
  }
  const tree = (d: string, base = d): Record<string, string> =>
    Object.fromEntries(
      readdirSync(d, { withFileTypes: true }).flatMap((e) => {
        const p = join(d, e.name);
        return e.isDirectory() ? Object.entries(tree(p, base)) : [[p.slice(base.length), readFileSync(p, 'latin1')]];
      }),
    );

  it('builds on a server that stays, rebuilds an edit there, builds what an in-process build builds, and stops when asked', async () => {
    const dir = tmp();
    const sockets = tmp();
    cpSync(join(process.cwd(), 'corpus/memos'), join(dir, 'memos'), { recursive: true });
    const config = (out: string) => JSON.stringify({ title: 'Daemon', editors: ['A'], memos: ['memos'], register: [join(process.cwd(), 'corpus/register')], output: out, date: '2024-01-01', baseUrl: 'https://example.org/d' });
    writeFileSync(join(dir, 'edition.json'), config('out'));
    const flags = ['--no-pdf', '--no-export', '--jobs', '1', '--quiet'];
    try {
      const first = await cli(['build', '--daemon', ...flags], dir, sockets);
      expect(first.code).toBe(0);
      expect(first.err).toMatch(/^Built 2 of 2 memos/m);
      expect(first.err).not.toMatch(/building in this process/);
      // A server listens for this folder now; the same one (same socket file) serves the next build.
      const socketDir = join(sockets, readdirSync(sockets)[0]!);
      const socketFile = join(socketDir, readdirSync(socketDir).find((f) => f.endsWith('.sock'))!);
      const served = statSync(socketFile).ino;
      const memo = join(dir, 'memos', '002_8b7530e566ca3308.txt');
      expect(readFileSync(memo, 'utf8')).toContain('To another comment of c.');
      writeFileSync(memo, readFileSync(memo, 'utf8').replace('To another comment of c.', 'They met again on 4 May 1961. To another comment of c.'));
      const second = await cli(['build', '--daemon', ...flags], dir, sockets);
      expect(second.code).toBe(0);
      expect(second.err).toMatch(/^Memos: 1 from the cache, 1 converted\.$/m);
      expect(statSync(socketFile).ino).toBe(served);
      // The same edition as a build in its own process, without cache, into another folder.
      writeFileSync(join(dir, 'edition2.json'), config('out2'));
      const plain = await cli(['build', '--config', 'edition2.json', '--no-cache', ...flags], dir, sockets);
      expect(plain.code).toBe(0);
      const a = tree(join(dir, 'out', 'html'));
      const b = tree(join(dir, 'out2', 'html'));
      expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
      for (const k of Object.keys(a)) expect(a[k], k).toBe(b[k]);
      expect(readFileSync(join(dir, 'out', 'tei', '002_8b7530e566ca3308.xml'), 'utf8')).toContain('They met again on');
    } finally {
      const stopped = await cli(['build', '--stop-daemon'], dir, sockets);
      expect(stopped.err).toBe('Build server stopped.\n');
    }
    expect((await cli(['build', '--stop-daemon'], dir, sockets)).err).toBe('No build server runs for this folder.\n');
  }, 180_000);

  it('a server running other code than the client answers "stale" and stops; the client does not build on it', async () => {
    const { buildThroughDaemon, stopDaemon } = await import('../src/cli/daemon/client.mjs');
    const dir = tmp();
    const env = { ...process.env, CI: '1', TEI_EDITION_DAEMON_DIR: tmp() };
    const sink = () => {
      const chunks: string[] = [];
      return Object.assign(new Writable({ write: (c: Buffer, _e: string, cb: () => void) => (chunks.push(String(c)), cb()) }), { text: () => chunks.join('') });
    };
    const err = sink();
    // An unknown flag: the server answers with the usage error, which shows it ran the request.
    expect(await buildThroughDaemon(['build', '--daemon', '--no-such-flag'], { cwd: dir, env, out: sink(), err })).toBe(2);
    expect(err.text()).toMatch(/Unknown option '--no-such-flag'/);
    // Claiming other code: the running server refuses and stops, and so does the one started after it.
    expect(await buildThroughDaemon(['build', '--daemon', '--no-such-flag'], { cwd: dir, env, out: sink(), err: sink(), stamp: 'other code' })).toBeUndefined();
    expect(await stopDaemon({ cwd: dir, env })).toBe(false);
  }, 120_000);

  it('uses no socket in a folder others may enter: the build then runs in its own process', async () => {
    const { buildThroughDaemon, stopDaemon } = await import('../src/cli/daemon/client.mjs');
    const base = tmp();
    const open = join(base, `tei-edition-${process.getuid!()}`);
    mkdirSync(open);
    chmodSync(open, 0o755);
    const env = { ...process.env, CI: '1', TEI_EDITION_DAEMON_DIR: base };
    expect(await buildThroughDaemon(['build', '--daemon'], { cwd: tmp(), env })).toBeUndefined();
    expect(await stopDaemon({ cwd: tmp(), env })).toBe(false);
    expect(readdirSync(open)).toEqual([]);
  });
});

describe('the human report', () => {
  it('quotes a line near the start of a long file from the start of the file, and a line far down from the whole file', () => {
    const dir = tmp();
    const file = join(dir, 'long.xml');
    const lines = Array.from({ length: 20_000 }, (_, i) => `<p n="${i + 1}">Łódź ${'x'.repeat(i % 50)}</p>`);
    writeFileSync(file, lines.join('\n'));
    const start = readFirstLines(file, 3);
    expect(start.split('\n').slice(0, 3)).toEqual(lines.slice(0, 3));
    expect(start.length).toBeLessThan(readFileSync(file, 'utf8').length / 10);
    expect(readFirstLines(file, 30_000)).toBe(readFileSync(file, 'utf8'));
    const asked: (number | undefined)[] = [];
    const read = (f: string, n?: number) => (asked.push(n), n === undefined ? readFileSync(f, 'utf8') : readFirstLines(f, n));
    const d = (line: number) => ({ code: 'TE440' as const, severity: 'warning' as const, file, line, column: 4, message: 'm', hint: 'h' });
    const text = formatDiagnostics([d(2), d(19_999)], { format: 'human', readSource: read });
    expect(text).toContain(`  | ${lines[1]}\n  |    ^`);
    expect(text).toContain(`  | ${lines[19_998]}\n  |    ^`);
    // Line 2 asked for a few lines, not the whole file; line 19,999 for as many as it needs.
    expect(asked[0]).toBeLessThan(100);
    expect(asked[1]).toBeGreaterThanOrEqual(19_999);
  });
});
