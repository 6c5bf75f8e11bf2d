import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
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
