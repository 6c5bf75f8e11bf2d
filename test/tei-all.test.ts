import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildEdition } from '../src/build-edition.ts';
import { teiCorpus } from '../src/export/index.ts';
import { digestSchema, validateTei } from '../src/validate-tei/index.ts';

/**
 * The project schema is a strict subset of TEI P5: whatever passes tei-edition.rng and
 * tei-edition.sch must pass the official tei_all schema too. Checked with jing (the reference
 * RELAX NG validator) on every valid fixture, on every file the converter writes for the fixture
 * memos, and on every value of every closed list. The official schema is not part of the
 * project: its path comes from TEI_ALL_RNG (.ci/run sets it).
 */
const TEI_ALL = process.env.TEI_ALL_RNG;
const OURS = resolve('schema/tei-edition.rng');
const FIXTURES = ['test/fixtures/validate/valid/kitchen-sink.xml', 'test/fixtures/validate/register.xml', 'test/fixtures/contract/sample-memo.xml', 'test/fixtures/contract/register.xml'];

/** jing's error lines for the files (one JVM for all of them). */
function jing(rng: string, files: string[]): string[] {
  const r = spawnSync('jing', [rng, ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw new Error(`jing could not run (Debian package "jing"): ${r.error.message}`);
  const errors = `${r.stdout}\n${r.stderr}`.split('\n').filter((l) => /: (error|fatal):/.test(l));
  if (r.status !== 0 && !errors.length) throw new Error(`jing failed: ${r.stderr || r.stdout}`);
  return errors;
}

describe('tei_all conformance (jing)', () => {
  if (!TEI_ALL) {
    it('did not run: TEI_ALL_RNG is not set', () => {
      console.warn('test/tei-all.test.ts did not run: set TEI_ALL_RNG to the official tei_all.rng (.ci/run sets it to tei/tei_all.rng in the shared inputs folder beside the checkout).');
      expect(TEI_ALL).toBeUndefined();
    });
    return;
  }

  let tmp: string;
  let generated: string[];
  beforeAll(async () => {
    expect(existsSync(TEI_ALL), `TEI_ALL_RNG=${TEI_ALL} does not exist`).toBe(true);
    tmp = mkdtempSync(join(tmpdir(), 'tei-all-'));
    // The default corpus plus the 20 variant memos of the fixtures, converted by the real converter.
    const root = resolve('.');
    const config = join(tmp, 'edition.json');
    writeFileSync(config, JSON.stringify({
      title: 'tei_all conformance', editors: ['Test'], publisher: 'tei-edition', baseUrl: 'https://example.org/t', version: '1.0.0', date: '2026-11-22', language: 'en',
      licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
      memos: [join(root, 'corpus/memos'), join(root, 'test/fixtures/memos')], register: [join(root, 'corpus/register')], output: 'out',
    }));
    const built = await buildEdition({ config, stages: [], env: { SOURCE_DATE_EPOCH: '1795651200' } });
    if (!built.context) throw new Error(built.diagnostics.map((d) => d.message).join('\n'));
    writeFileSync(join(tmp, 'out', 'tei', 'edition.xml'), teiCorpus(built.context));
    const teiDir = join(tmp, 'out', 'tei');
    generated = readdirSync(teiDir).filter((f) => f.endsWith('.xml')).sort().map((f) => join(teiDir, f));
  });
  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('every valid fixture is valid against tei_all (and, cross-checking libxml2, against tei-edition.rng with jing)', () => {
    expect(jing(TEI_ALL, FIXTURES)).toEqual([]);
    expect(jing(OURS, FIXTURES)).toEqual([]);
  });

  it('every file the converter writes for the fixture memos (memos, register, teiCorpus) passes tei-edition.rng + .sch and tei_all', async () => {
    expect(generated.length).toBeGreaterThanOrEqual(23);
    const memos = generated.filter((f) => !/(register|edition)\.xml$/.test(f));
    const ds = await validateTei(memos.map((path) => ({ path, xml: readFileSync(path, 'utf8') })), { register: { path: 'register.xml', xml: readFileSync(join(tmp, 'out', 'tei', 'register.xml'), 'utf8') } });
    const corpus = await validateTei(generated.filter((f) => /(register|edition)\.xml$/.test(f)).map((path) => ({ path, xml: readFileSync(path, 'utf8') })));
    expect([...ds, ...corpus].filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line} ${d.code} ${d.message}`)).toEqual([]);
    expect(jing(TEI_ALL, generated)).toEqual([]);
    expect(jing(OURS, generated)).toEqual([]);
  });

  it('every value of every closed list is accepted by tei_all (one variant of the kitchen sink per value)', async () => {
    const sink = readFileSync(FIXTURES[0]!, 'utf8');
    const digest = digestSchema(readFileSync(OURS, 'utf8'));
    const dir = join(tmp, 'values');
    rmSync(dir, { recursive: true, force: true });
    spawnSync('mkdir', ['-p', dir]);
    const files: string[] = [];
    for (const spec of digest.values()) {
      const tag = new RegExp(`<${spec.name}(?=[\\s>/])[^>]*?(/?)>`);
      const m = tag.exec(sink);
      if (!m) continue;
      const variants: [string, string][] = [];
      for (const a of spec.attributes.values()) {
        for (const v of a.values ?? []) {
          const attr = new RegExp(`\\s${a.name}="[^"]*"`);
          const start = attr.test(m[0]) ? m[0].replace(attr, ` ${a.name}="${v}"`) : m[0].replace(/(\/?)>$/, ` ${a.name}="${v}"$1>`);
          variants.push([`${spec.name}-${a.name.replace(':', '_')}-${v}`, sink.slice(0, m.index) + start + sink.slice(m.index + m[0].length)]);
        }
      }
      for (const v of spec.values ?? []) {
        const el = new RegExp(`(<${spec.name}(?=[\\s>])[^>]*>)[^<]*(</${spec.name}>)`);
        variants.push([`${spec.name}-text-${v.replace(/\W+/g, '_')}`, sink.replace(el, `$1${v}$2`)]);
      }
      for (const [name, text] of variants) {
        const f = join(dir, `${name.replace(/[^\w.-]/g, '_')}.xml`);
        writeFileSync(f, text);
        files.push(f);
      }
    }
    expect(files.length).toBeGreaterThan(150);
    // Each variant is valid against our grammar (so it is a real instance of the closed list) …
    const ours = await validateTei(files.map((path) => ({ path, xml: readFileSync(path, 'utf8') })), { schematron: false });
    expect(ours.map((d) => `${d.file}: ${d.message}`)).toEqual([]);
    // … and against tei_all.
    expect(jing(TEI_ALL, files)).toEqual([]);
  });
});
