import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.ts';
import type { CliIO } from '../src/cli/command.ts';

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
