import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CODES } from '../src/diagnostics/codes.ts';
import type { Diagnostic } from '../src/diagnostics/diagnostic.ts';
import { main } from '../src/cli/main.ts';
import type { CliIO } from '../src/cli/command.ts';
import { buildEdition } from '../src/build-edition.ts';
import type { StageContext } from '../src/edition.ts';
import { digestSchema, loadGrammar, loadSchematron, validateConfig, validatePaths, validateStage, validateTei } from '../src/validate-tei/index.ts';
import { startTags } from '../src/validate-tei/locate.ts';
import { runSchematron, runSchematronBatch, saxonParse, xdmMap } from '../src/validate-tei/schematron.ts';
import { DIAGNOSTICS_DOC, REFERENCE_DOC, renderDiagnosticsDoc, renderReferenceDoc } from '../scripts/gen-docs.ts';

const FIX = 'test/fixtures/validate';
const INVALID = `${FIX}/invalid`;
const REGISTER = `${FIX}/register.xml`;
const SAMPLE = 'test/fixtures/contract/sample-memo.xml';
const read = (path: string) => ({ path, xml: readFileSync(path, 'utf8') });
const brief = (ds: readonly Diagnostic[]) => ds.map((d) => `${d.code} line ${d.line ?? '-'}`).sort();
/** "expect: TE405 line 12; TE406 line 3" in a trailing comment of each case file. */
const expected = (text: string) => [...(text.split('expect:')[1] ?? '').matchAll(/(TE\d{3}) line (\d+|-)/g)].map((m) => `${m[1]} line ${m[2]}`).sort();

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const o: CliIO = { out: (s) => out.push(s), err: (s) => err.push(s), cwd: process.cwd(), env: { ...process.env, NO_COLOR: '1' }, isTTY: false };
  return { o, out: () => out.join(''), err: () => err.join('') };
}

// The real converter on the default corpus (two memos), written to a temporary output folder.
let built: { out: string; ctx: StageContext };
beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), 'validate-'));
  const r = await buildEdition({ config: 'corpus/edition.json', out, stages: [], env: { SOURCE_DATE_EPOCH: '1795651200' } });
  if (!r.context) throw new Error(r.diagnostics.map((d) => d.message).join('\n'));
  built = { out, ctx: r.context };
});
afterAll(() => {
  if (built) rmSync(built.out, { recursive: true, force: true });
});

describe('invalid cases: each produces exactly its expected codes at its expected lines', () => {
  const cases = readdirSync(INVALID).filter((n) => n !== 'config').sort();
  it('there are at least 40 of them, covering grammar, Schematron, register and config problems', () => {
    const configs = Object.keys(JSON.parse(readFileSync(`${INVALID}/config/cases.json`, 'utf8'))).filter((k) => k !== 'comment');
    expect(cases.length + configs.length).toBeGreaterThanOrEqual(40);
    for (const prefix of ['wf-', 'xml-', 'rng-', 'sch-', 'reg-']) expect(cases.some((c) => c.startsWith(prefix))).toBe(true);
  });

  it.each(cases)('%s', async (name) => {
    const path = join(INVALID, name);
    const files = statSync(path).isDirectory() ? readdirSync(path).sort().map((f) => join(path, f)) : [path];
    // Register cases are checked on their own; memo cases against the fixture register.
    const ds = await validatePaths(files, name.startsWith('reg-') ? {} : { register: REGISTER });
    for (const f of files) {
      const want = expected(readFileSync(f, 'utf8'));
      expect(want.length, `${f} states its expectation`).toBeGreaterThan(0);
      expect(brief(ds.filter((d) => d.file === f)), f).toEqual(want);
    }
    for (const d of ds) {
      expect(d.message.length).toBeGreaterThan(10);
      expect(d.hint).toBe(CODES[d.code].hint);
    }
  });

  const configCases = Object.entries(JSON.parse(readFileSync(`${INVALID}/config/cases.json`, 'utf8')) as Record<string, string[]>).filter(([k]) => k !== 'comment');
  it.each(configCases)('config/%s', (file, want) => {
    expect(brief(validateConfig(join(INVALID, 'config', file)).diagnostics)).toEqual([...want].sort());
  });
});

describe('messages say what is wrong and what is allowed', () => {
  it('names the attribute value and the allowed values', async () => {
    const ds = await validatePaths([`${INVALID}/rng-gap-reason.xml`], { register: REGISTER });
    expect(ds[0]!.message).toBe('@reason="lost" is not allowed on <gap>: use "omitted", "truncated", "signature", "illegible", "damage", "redacted", "missing", "stamp", "sampling" or "irrelevant"');
    expect(ds[0]!.column).toBe(6);
  });
  it('names a misplaced element, a missing one, a missing attribute and a bad pointer', async () => {
    const msg = async (name: string) => (await validatePaths([`${INVALID}/${name}.xml`], { register: REGISTER }))[0]!.message;
    expect(await msg('rng-unknown-element')).toMatch(/^<mistake> is not allowed here inside <p> \(allowed: /);
    expect(await msg('rng-missing-title')).toBe('<titleStmt> lacks <title>: found <respStmt> where it was expected');
    expect(await msg('rng-div-without-type')).toBe('<div> needs @type: use "memo", "original", "translation", "enclosure", "attachment" or "section"');
    expect(await msg('sch-ref-wrong-kind')).toBe('<placeName> must point to a place, but "per:khrushchev-nikita" is a person');
    expect(await msg('sch-ref-missing')).toBe('@ref="per:chai-junwei" points to "register.xml#per-chai-junwei", but the register has no entry with xml:id "per-chai-junwei"');
  });
  it('says once that pointers into the register were not checked when no register is given', async () => {
    const ds = await validateTei([read(SAMPLE)]);
    expect(brief(ds)).toEqual(['TE413 line -']);
    expect(ds[0]!.severity).toBe('info');
  });
});

describe('valid documents produce no diagnostics', () => {
  it('the contract sample memo (with a register that has its entries) and the contract register', async () => {
    expect(await validateTei([read(SAMPLE), read('test/fixtures/contract/register.xml')], { register: read(REGISTER) })).toEqual([]);
  });
  it('the kitchen sink: a teiCorpus with every element of the customization, and the fixture register', async () => {
    expect(await validatePaths([`${FIX}/valid/kitchen-sink.xml`, REGISTER])).toEqual([]);
  });
  it('the real converter output for the default corpus: memos, register, and the build validation stage', async () => {
    const teiDir = join(built.out, 'tei');
    const files = readdirSync(teiDir).filter((f) => f.endsWith('.xml')).map((f) => join(teiDir, f));
    expect(files.length).toBeGreaterThanOrEqual(3);
    expect(await validatePaths(files)).toEqual([]);
    const ctx = { ...built.ctx, memos: [...built.ctx.memos] };
    const r = await validateStage(ctx);
    expect(r.diagnostics).toEqual([]);
    expect(ctx.memos.length).toBe(built.ctx.memos.length);
  });
  it('the default edition config', () => {
    expect(validateConfig('corpus/edition.json').diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('source mapping: problems in generated TEI name the memo line they came from', () => {
  it('a pointer the register lacks is reported at the TEI line and at the memo text line', async () => {
    const memo = built.ctx.memos[0]!;
    // A register without the first person this memo names in its body.
    const id = memo.xml.match(/<p xml:id[^\n]*?<persName ref="per:([a-z0-9-]+)"/)![1]!;
    const register = { path: 'register.xml', xml: built.ctx.register.xml.replace(`xml:id="per-${id}"`, 'xml:id="per-removed-for-test"') };
    const ds = (await validateTei([{ path: memo.path, xml: memo.xml }], { register })).filter((d) => d.code === 'TE422');
    expect(ds.length).toBeGreaterThan(0);
    const d = ds[0]!;
    expect(memo.xml.split('\n')[d.line! - 1]).toContain(`per:${id}`);
    expect(d.source?.file).toBe(memo.sourcePath);
    const memoLine = readFileSync(memo.sourcePath!, 'utf8').split(/\r?\n/)[d.source!.line! - 1]!;
    // The memo line holds the paragraph the name stands in.
    const name = memo.xml.split('\n')[d.line! - 1]!.match(new RegExp(`ref="per:${id}"[^>]*>([^<]+)<`))![1]!;
    expect(memoLine).toContain(name);
  });
  it('a hand-edited file (its hash no longer the build manifest\'s) gets no stale memo lines, and says why', async () => {
    const memo = built.ctx.memos[0]!;
    const xml = `${memo.xml.trimEnd()}\n<!-- edited by hand -->\n`;
    const ds = await validateTei([{ path: memo.path, xml }], { register: built.ctx.register });
    expect(ds.map((d) => d.code)).toEqual(['TE412']);
    expect(ds.every((d) => !d.source)).toBe(true);
  });
});

describe('the CLI', () => {
  it('human output: file:line:col, the offending line with a caret under the column, the hint; exit 1', async () => {
    const c = io();
    expect(await main(['validate', `${INVALID}/rng-gap-reason.xml`, '--register', REGISTER], c.o)).toBe(1);
    const lines = c.err().split('\n');
    const head = lines.findIndex((l) => l.startsWith(`${INVALID}/rng-gap-reason.xml:55:6: error TE408 `));
    expect(head).toBeGreaterThanOrEqual(0);
    expect(lines[head + 1]).toBe('  | <gap reason="lost"/>');
    expect(lines[head + 2]).toBe('  |      ^');
    expect(lines[head + 3]).toMatch(/^ {2}hint: /);
    expect(c.err()).toMatch(/1 error\(s\), 0 warning\(s\)/);
  });
  it('--format json prints parseable diagnostics with code, severity, file, line, column, message, hint', async () => {
    const c = io();
    expect(await main(['validate', `${INVALID}/sch-date-far.xml`, '--register', REGISTER, '--format', 'json'], c.o)).toBe(0);
    const ds = JSON.parse(c.out()) as Diagnostic[];
    expect(ds.map((d) => [d.code, d.severity, d.line])).toEqual([['TE427', 'warning', 54]]);
    for (const k of ['file', 'line', 'column', 'message', 'hint']) expect(ds[0]).toHaveProperty(k);
    const e = io();
    expect(await main(['validate', `${INVALID}/sch-no-licence.xml`, '--register', REGISTER, '--format', 'json'], e.o)).toBe(1);
    expect((JSON.parse(e.out()) as Diagnostic[]).map((d) => [d.code, d.severity])).toEqual([['TE430', 'error']]);
  });
  it('a folder means every TEI file and config in it; warnings alone exit 0', async () => {
    const c = io();
    expect(await main(['validate', `${FIX}/valid`, REGISTER, `${INVALID}/sch-date-far.xml`], c.o)).toBe(0);
    expect(c.err()).toMatch(/0 error\(s\), 1 warning\(s\)/);
    const bad = io();
    expect(await main(['validate', '--format', 'yaml'], bad.o)).toBe(2);
  });
});

describe('XML attacks', () => {
  it('a DOCTYPE is refused before parsing; a comment that mentions one is harmless', async () => {
    const doctype = await validateTei([{ path: 'd.xml', xml: '<?xml version="1.0"?>\n<!-- x -->\n<!DOCTYPE TEI [<!ENTITY a "b">]>\n<TEI/>' }]);
    expect(brief(doctype)).toEqual(['TE801 line 3']);
    const comment = await validateTei([{ path: 'c.xml', xml: '<?xml version="1.0"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><!-- <!DOCTYPE --></TEI>' }], { schematron: false });
    expect(comment.map((d) => d.code)).not.toContain('TE801');
  });
  it('no entity is expanded and no file is read: the report is TE801 only, quickly', async () => {
    const ds = await validatePaths([`${INVALID}/xml-doctype-entities.xml`, `${INVALID}/xml-doctype-external-entity.xml`]);
    expect(ds.map((d) => d.code)).toEqual(['TE801', 'TE801']);
    expect(JSON.stringify(ds)).not.toMatch(/root:|aaaaaaaaaa/);
  });
});

describe('compiled once', () => {
  it('the RELAX NG validator and the Schematron stylesheet are loaded once per process', async () => {
    expect(loadGrammar()).toBe(loadGrammar());
    const [a, b] = await Promise.all([loadSchematron(), loadSchematron()]);
    expect(a.stylesheet).toBe(b.stylesheet);
  });
  it('start tags are found past comments, CDATA and processing instructions', () => {
    const t = '<?xml version="1.0"?><!-- <x> --><a><![CDATA[<y>]]><b/><?pi <z>?></a>';
    expect(startTags(t).map((i) => t.slice(i, i + 2))).toEqual(['<a', '<b']);
  });
});

describe('Schematron over several documents in one transform', () => {
  it('gives each document the failures it gets alone, in order, register, edition and file included', async () => {
    const { stylesheet } = await loadSchematron();
    const register = xdmMap([...readFileSync(REGISTER, 'utf8').matchAll(/<(person|place|org)\b[^>]*?\bxml:id="([^"]+)"/g)].map((m) => [m[2]!, [m[1]!]] as [string, string[]]));
    const files = readdirSync(INVALID).filter((f) => f.startsWith('sch-')).sort().map((f) => join(INVALID, f));
    const docs = [...files, SAMPLE].map((file, i) => ({
      file,
      sourceNode: saxonParse(readFileSync(file, 'utf8')),
      // Every third document shares its xml:ids with another file (TE425-edition).
      edition: i % 3 ? undefined : xdmMap([...readFileSync(file, 'utf8').matchAll(/xml:id="([^"]+)"/g)].slice(0, 2).map((m) => [m[1]!, [file, 'other.xml']] as [string, string[]])),
    }));
    const alone = docs.map((d) => runSchematron(stylesheet, d.sourceNode, { register, ...(d.edition ? { edition: d.edition } : {}), file: d.file }));
    expect(alone.flat().length).toBeGreaterThan(files.length);
    expect(alone.flat().some((f) => f.id === 'TE425-edition')).toBe(true);
    expect(runSchematronBatch(stylesheet, docs, register)).toEqual(alone);
  });
});

describe('schema, rules, codes and documentation agree', () => {
  const sch = readFileSync('schema/tei-edition.sch', 'utf8');
  it('every Schematron assertion id is a TE4xx code whose severity is the assertion role', () => {
    const asserts = [...sch.matchAll(/<(?:assert|report) id="([^"]+)" role="([^"]+)"/g)];
    expect(asserts.length).toBeGreaterThanOrEqual(20);
    for (const [, id, role] of asserts) {
      const code = id!.replace(/-.*$/, '') as keyof typeof CODES;
      expect(CODES[code], id).toBeDefined();
      expect(CODES[code].severity, id).toBe(role);
    }
  });
  it('docs/diagnostics.md and docs/encoding/reference.md are up to date (npx tsx scripts/gen-docs.ts)', () => {
    expect(readFileSync(DIAGNOSTICS_DOC, 'utf8')).toBe(renderDiagnosticsDoc());
    expect(readFileSync(REFERENCE_DOC, 'utf8')).toBe(renderReferenceDoc());
  });
  it('every element of the schema is documented on a family page, and every example uses only schema elements', () => {
    const digest = digestSchema(readFileSync('schema/tei-edition.rng', 'utf8'));
    const pages = readdirSync('docs/encoding').filter((f) => f.endsWith('.md') && f !== 'reference.md').map((f) => readFileSync(`docs/encoding/${f}`, 'utf8'));
    const text = pages.join('\n');
    for (const name of digest.keys()) expect(text, name).toMatch(new RegExp(`[<\`]${name}[\\s>\`/]`));
    const examples = pages.flatMap((p) => [...p.matchAll(/```xml\n([\s\S]*?)```/g)].map((m) => m[1]!));
    expect(examples.length).toBeGreaterThanOrEqual(15);
    for (const ex of examples) for (const [, el] of ex.matchAll(/<([A-Za-z][\w.-]*)[\s>/]/g)) expect(digest.has(el!), `<${el}> in docs/encoding`).toBe(true);
  });
});
