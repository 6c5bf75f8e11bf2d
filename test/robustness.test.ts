import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/diagnostics/diagnostic.ts';
import { EditionFile } from '../src/edition-file.ts';
import { fileFromBytes } from '../src/read-memo/index.ts';
import { convertMemo } from '../src/convert-memo.ts';
import { ProposalBook, RegisterIndex } from '../src/find-entities/index.ts';
import { loadRegister } from '../src/find-entities/register/index.ts';
import { convertFiles } from '../src/convert-files.ts';
import { MAX_MEMO_BYTES, buildEdition } from '../src/build-edition.ts';
import { loadConfig } from '../src/load-config.ts';
import { OutputWriter, insideRoot } from '../src/write-output.ts';
import { readBlocks, retagXml, scanXml, screenXml } from '../src/retag/index.ts';
import { main } from '../src/cli/main.ts';
import type { CliIO } from '../src/cli/command.ts';
import { runFuzz, words } from '../scripts/fuzz.ts';

/**
 * Bad and hostile input on every path: memo text, front matter, config, register (TEI and CSV),
 * imported TEI (retag, validate), CLI arguments, output paths. Each problem is a coded diagnostic
 * with its file (and line where the input has one); nothing crashes; the rest of the build goes on.
 */

const FIX = 'test/fixtures/robustness';
const REG = 'test/fixtures/retag/register.xml';
const SEED_A = readFileSync('test/fixtures/retag/000_e5fc993b11dadff5.txt', 'utf8');
const SEED_B = readFileSync('test/fixtures/retag/002_8b7530e566ca3308.txt', 'utf8');
const tmp = () => mkdtempSync(join(tmpdir(), 'tei-robust-'));
const { register } = loadRegister([REG]);
const index = new RegisterIndex(register);
const TEI = { toolVersion: '0.0.0', publisher: 'test', registerHref: 'register.xml', date: '2024-01-01' };

/** Decodes and converts one memo in memory, as `build` does. */
function convert(content: string | Uint8Array, name = 'memo.txt'): EditionFile {
  const file = fileFromBytes(name, typeof content === 'string' ? Buffer.from(content) : content);
  convertMemo(file, { index, proposals: new ProposalBook((id) => register.byId.has(id)), tei: TEI });
  return file;
}

const codes = (ds: readonly Diagnostic[]) => ds.map((d) => d.code);

/** Every diagnostic names its file and a sane line; no internal error (TE703) slipped out. */
function wellReported(ds: readonly Diagnostic[]): void {
  for (const d of ds) {
    expect(d.file, `${d.code} has a file`).toBeTruthy();
    if (d.line !== undefined) expect(d.line, `${d.code} line`).toBeGreaterThanOrEqual(1);
  }
  expect(codes(ds)).not.toContain('TE703');
}

/** The words of the TEI body paragraphs (brackets restored, abbreviations only). */
function teiBodyWords(tei: string): string {
  return readBlocks(tei, scanXml(tei))
    .blocks.filter((b) => b.where === 'body' && b.name === 'p')
    .map((b) => words(b.text).join(' '))
    .join(' ');
}

function io(cwd = process.cwd()) {
  const out: string[] = [];
  const err: string[] = [];
  const o: CliIO = { out: (s) => out.push(s), err: (s) => err.push(s), cwd, env: { ...process.env, NO_COLOR: '1' }, isTTY: false };
  return { o, out: () => out.join(''), err: () => err.join('') };
}

describe('memo text: encodings, line ends, control characters', () => {
  const reference = convert(SEED_B);
  const refWords = teiBodyWords(reference.tei!);

  it('the plain UTF-8 seed converts cleanly (the reference for the variants below)', () => {
    wellReported(reference.diagnostics);
    expect(refWords.split(' ').length).toBeGreaterThan(500);
  });

  const variants: [string, Uint8Array, string[]][] = [
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SEED_B)]), []],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SEED_B, 'utf16le')]), []],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(SEED_B, 'utf16le').swap16()]), []],
    ['UTF-16 LE without BOM', Buffer.from(SEED_B, 'utf16le'), []],
    ['CRLF line ends', Buffer.from(SEED_B.replace(/\n/g, '\r\n')), []],
    ['lone CR line ends (classic Mac)', Buffer.from(SEED_B.replace(/\n/g, '\r')), []],
    ['Windows-1252 (curly quotes, dashes)', Buffer.from(SEED_B.replace(/[’“”–]/g, (c) => ({ '’': '\x92', '“': '\x93', '”': '\x94', '–': '\x96' })[c]!), 'latin1'), ['TE117']],
  ];
  for (const [name, bytes, expected] of variants) {
    it(`${name}: same body text as the UTF-8 file${expected.length ? `, reported as ${expected.join(', ')}` : ''}`, () => {
      const f = convert(bytes);
      wellReported(f.diagnostics);
      for (const c of expected) expect(codes(f.diagnostics)).toContain(c);
      expect(f.diagnostics.filter((d) => d.code === 'TE117').every((d) => d.line !== undefined)).toBe(true);
      expect(teiBodyWords(f.tei!)).toBe(refWords);
    });
  }

  it('the TEI of a CRLF or BOM file is byte-identical to the plain one apart from line numbers in nothing', () => {
    // TEI text is whitespace-normalized, so line ends of the memo never reach it.
    expect(convert(SEED_B.replace(/\n/g, '\r\n')).tei).toBe(reference.tei);
    expect(convert('\uFEFF' + SEED_B).tei).toBe(reference.tei);
  });

  const bad: [string, string | Uint8Array, string][] = [
    ['empty file', '', 'TE101'],
    ['only whitespace and no-break spaces', ' \n\n\u00a0 \r\n\t', 'TE101'],
    ['binary (PNG header)', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), 'TE118'],
    ['NUL bytes inside text', SEED_B.replace('Kennedy', 'Ken\u0000nedy'), 'TE118'],
    ['mostly control characters', '\u0001\u0002\u0003\u0004'.repeat(200), 'TE118'],
    ['no date line', SEED_B.replace('January 7, 1964\n', ''), 'TE102'],
    ['a date line that is not a date', SEED_B.replace('January 7, 1964', 'Januar 7th of the year 1964 or so'), 'TE102'],
    ['no body', 'January 7, 1964\n\nMemorandum of a Conversation\n', 'TE104'],
    ['cut off mid-word', SEED_B.slice(0, 900), 'TE106'],
  ];
  for (const [name, content, code] of bad) {
    it(`${name} → ${code}, with file and line; TEI still well-formed`, () => {
      const f = convert(content, 'bad.txt');
      wellReported(f.diagnostics);
      const d = f.diagnostics.find((x) => x.code === code);
      expect(d, `${code} in ${codes(f.diagnostics).join(' ')}`).toBeDefined();
      expect(d!.file).toBe('bad.txt');
      expect(d!.line).toBeGreaterThanOrEqual(1);
      if (f.tei) expect(XMLValidator.validate(f.tei)).toBe(true);
    });
  }

  it('characters XML forbids (controls, lone surrogates, U+FFFE) never break the TEI; the words around them stay', () => {
    const nasty = SEED_B.replace('Kennedy did not', 'Ken\u000bne\u000cdy\u001b did\ud800 not\ufffe\uffff');
    const f = convert(nasty);
    wellReported(f.diagnostics);
    expect(XMLValidator.validate(f.tei!)).toBe(true);
    expect(teiBodyWords(f.tei!)).toContain('Ken ne dy did not');
  });

  it('markup-like text, "&", "]]>" and quotes stay text', () => {
    const f = convert(SEED_B.replace('Kennedy did not', 'Kennedy <b onclick="x()">did</b> & ]]> "not"'));
    expect(XMLValidator.validate(f.tei!)).toBe(true);
    expect(f.tei).toContain('&lt;b onclick="x()"&gt;did&lt;/b&gt; &amp; ]]&gt; "not"');
  });

  it("the archive page's catalogue headings with values are kept in the TEI header (author, keywords)", () => {
    const f = convert(readFileSync('test/fixtures/memos/19-hungarian-metadata.txt'), '19-hungarian-metadata.txt');
    expect(f.tei).toContain('<author>Embassy of Hungary in the DPRK</author>');
    expect(f.tei).toMatch(/<keywords n="Associated People &amp; Organizations">\s*<term>Kosygin, Aleksey Nikolayevich, 1904-1980<\/term>\s*<term>Kim, Il-sŏng, 1912-1994<\/term>\s*<\/keywords>/);
    expect(f.tei).toMatch(/<keywords n="Associated Places">\s*<term>Korea \(North\)<\/term>\s*<term>Soviet Union<\/term>\s*<\/keywords>/);
  });

  it('pathological brackets (10,000 deep, 3,000 unclosed) finish quickly and lose no word', () => {
    for (const body of ['['.repeat(10_000) + 'Khrushchev' + ']'.repeat(10_000), '[a '.repeat(3000), ']'.repeat(3000) + ' Moscow']) {
      const f = convert(`January 7, 1964\n\nTitle\n\n${body}\n\nSummary.\n`);
      wellReported(f.diagnostics);
      expect(teiBodyWords(f.tei!)).toContain(words(body).join(' '));
    }
  });
});

describe('memo size: very long lines and huge files', () => {
  const para = SEED_B.slice(SEED_B.indexOf('On November 29'), SEED_B.indexOf('Soviet Ambassador Moskovsky talks')).replace(/\s+/g, ' ');
  const head = SEED_B.slice(0, SEED_B.indexOf('On November 29'));
  const tail = SEED_B.slice(SEED_B.indexOf('Soviet Ambassador Moskovsky talks'));

  it('a 1 MB single-line paragraph converts in linear time with every word kept', () => {
    const line = para.repeat(Math.ceil(1e6 / para.length));
    const t0 = performance.now();
    const f = convert(`${head}${line}\n\n${tail}`);
    const ms = performance.now() - t0;
    console.log(`1 MB one-line memo: ${ms.toFixed(0)} ms`);
    wellReported(f.diagnostics);
    expect(XMLValidator.validate(f.tei!)).toBe(true);
    expect(teiBodyWords(f.tei!)).toBe(words(line).join(' '));
  });

  it('a 2 MB memo of 300+ paragraphs converts with every paragraph kept', () => {
    const body = (para + '\n\n').repeat(Math.ceil(2e6 / para.length));
    const t0 = performance.now();
    const f = convert(`${head}${body}${tail}`);
    const ms = performance.now() - t0;
    console.log(`2 MB memo: ${ms.toFixed(0)} ms`);
    wellReported(f.diagnostics);
    expect(f.memo!.body.length).toBeGreaterThan(300);
    expect(teiBodyWords(f.tei!)).toBe(words(body).join(' '));
  });

  it(`a 50 MB memo is refused at once (TE804, limit ${MAX_MEMO_BYTES / 1048576} MB) and the other memos are built`, async () => {
    const dir = tmp();
    const big = join(dir, 'huge.txt');
    const chunk = Buffer.from((para + '\n\n').repeat(100));
    const fd = (await import('node:fs')).openSync(big, 'w');
    for (let n = 0; n < 50 * 1048576; n += chunk.length) (await import('node:fs')).writeSync(fd, chunk);
    (await import('node:fs')).closeSync(fd);
    writeFileSync(join(dir, 'good.txt'), SEED_B);
    const t0 = performance.now();
    const r = await convertFiles({ files: [big, join(dir, 'good.txt')], out: join(dir, 'out'), register: [REG] });
    const ms = performance.now() - t0;
    console.log(`50 MB memo refused in ${ms.toFixed(0)} ms`);
    const d = r.diagnostics.find((x) => x.code === 'TE804');
    expect(d?.file).toMatch(/huge\.txt$/);
    expect(existsSync(join(dir, 'out', 'huge.xml'))).toBe(false);
    expect(existsSync(join(dir, 'out', 'good.xml'))).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('front matter', () => {
  const fm = (yaml: string, body = 'Comrade Khrushchev met Kim Il Sung in Moscow.') => convert(`---\n${yaml}\n---\n\n${body}\n`, 'fm.md');
  const cases: [string, string, string, number][] = [
    ['not valid YAML', 'title: [unclosed\ndate: 1964', 'TE110', 3],
    ['duplicate key', 'title: a\ntitle: b', 'TE110', 3],
    ['unknown key', 'title: T\ndate: "1964-02-26"\ncolour: blue', 'TE112', 4],
    ['wrong types', 'title: [1, 2]\ndate: {a: 1}\ntranslator: 5', 'TE111', 2],
    ['not a mapping', '- a\n- b', 'TE111', 2],
    ['an alias bomb (YAML billion laughs)', 'a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]', 'TE110', 2],
    ['an id that climbs out of the folder', 'id: ../../etc/passwd\ntitle: T', 'TE111', 2],
    ['an id with a slash', 'id: memo/x\ntitle: T', 'TE111', 2],
  ];
  for (const [name, yaml, code, line] of cases) {
    it(`${name} → ${code} at line ${line}; the body is still converted`, () => {
      const f = fm(yaml);
      wellReported(f.diagnostics);
      const d = f.diagnostics.find((x) => x.code === code);
      expect(d, codes(f.diagnostics).join(' ')).toBeDefined();
      expect(d!.line).toBe(line);
      expect(XMLValidator.validate(f.tei!)).toBe(true);
      expect(f.memo!.id).toMatch(/^memo-[a-z0-9-]+$/);
      expect(teiBodyWords(f.tei!)).toContain('Comrade Khrushchev met Kim Il Sung in Moscow');
    });
  }

  it('an unknown key is kept in the TEI header (xenoData), not dropped', () => {
    const f = fm('title: T\ndate: "1964-02-26"\ncolour: blue\nboxes: [3, 4]');
    expect(f.tei).toContain('<xenoData n="front-matter">{"colour":"blue","boxes":[3,4]}</xenoData>');
  });

  it('front matter that is never closed → TE110 at line 1', () => {
    const f = convert('---\ntitle: x\n\nComrade Khrushchev met Kim Il Sung.\n', 'open.md');
    wellReported(f.diagnostics);
    expect(f.diagnostics.find((d) => d.code === 'TE110')?.line).toBe(1);
    expect(XMLValidator.validate(f.tei!)).toBe(true);
  });

  it('YAML tags and aliases are data, never code; an alias is read as its anchored value', () => {
    const f = fm('title: !!js/function "function(){ process.exit(1) }"\noriginalArchive: &a State Archive, Prague\nsource: *a');
    wellReported(f.diagnostics);
    expect(f.memo!.source?.text).toBe('State Archive, Prague');
  });

  it('a 1 MB title does not break anything', () => {
    const f = fm(`title: "${'Memorandum '.repeat(100_000)}"`);
    wellReported(f.diagnostics);
    expect(XMLValidator.validate(f.tei!)).toBe(true);
    expect(f.memo!.id.length).toBeLessThanOrEqual(60);
  });
});

describe('edition config', () => {
  const cfg = (content: string | Buffer, name = 'edition.json') => {
    const dir = tmp();
    writeFileSync(join(dir, name), content);
    return loadConfig(join(dir, name));
  };
  const cases: [string, string | Buffer, string, number | undefined][] = [
    ['missing', '', 'TE701', undefined],
    ['empty', '', 'TE702', 1],
    ['binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0xff, 0x00, 0x7b]), 'TE702', 1],
    ['not JSON or YAML', '{"title": "x",, }', 'TE702', 1],
    ['UTF-16', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"title":"x","memos":["m"]}', 'utf16le')]), 'TE702', 1],
    ['wrong types', '{\n  "title": 5,\n  "memos": "memos"\n}', 'TE702', 2],
    ['unknown key', '{\n  "title": "x",\n  "memos": ["m"],\n  "colour": "blue"\n}', 'TE702', 1],
    ['missing title', '{"memos": ["m"]}', 'TE702', 1],
  ];
  for (const [name, content, code, line] of cases) {
    it(`${name} → ${code}`, () => {
      const r = name === 'missing' ? loadConfig(join(tmp(), 'nope.json')) : cfg(content);
      expect(r.config).toBeUndefined();
      wellReported(r.diagnostics);
      expect(codes(r.diagnostics)).toContain(code);
      if (line !== undefined) expect(r.diagnostics.find((d) => d.code === code)!.line).toBe(line);
    });
  }

  it('a BOM before JSON is fine', () => {
    const r = cfg('\uFEFF{"title":"x","memos":["m"]}');
    expect(r.diagnostics).toEqual([]);
    expect(r.config?.title).toBe('x');
  });

  it('a YAML config with an alias bomb is refused, not expanded', () => {
    const r = cfg('a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: [*f,*f,*f,*f,*f,*f,*f,*f,*f,*f]\ntitle: x\nmemos: [m]\n', 'edition.yaml');
    expect(r.config).toBeUndefined();
    expect(codes(r.diagnostics)).toContain('TE702');
  });
});

describe('register files (TEI and CSV)', () => {
  const reg = (content: string | Buffer, name = 'register.xml') => {
    const dir = tmp();
    writeFileSync(join(dir, name), content);
    return loadRegister([join(dir, name)]);
  };
  const entry = (id: string, name: string) => `<person xml:id="${id}"><persName type="main">${name}</persName></person>`;
  const doc = (inner: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>R</title></titleStmt><publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc></teiHeader>\n<text><body><listPerson>\n${inner}\n</listPerson></body></text></TEI>\n`;
  const cases: [string, string | Buffer, string, string][] = [
    ['empty file', '', 'TE205', 'register.xml'],
    ['binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0xff]), 'TE205', 'register.xml'],
    ['not well-formed', doc(entry('per-a', 'A')).replace('</listPerson>', ''), 'TE205', 'register.xml'],
    ['UTF-16', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(doc(entry('per-a', 'A')), 'utf16le')]), 'TE205', 'register.xml'],
    ['duplicate ids', doc(`${entry('per-a', 'A')}\n${entry('per-a', 'B')}`), 'TE206', 'register.xml'],
    ['CSV with a row of too many cells', 'id,name\nper-x,X\nper-y,Y,extra\n', 'TE207', 'register.csv'],
    ['CSV with an unknown column', 'id,name,colour\nper-x,X,blue\n', 'TE207', 'register.csv'],
    ['CSV with an unclosed quote', 'id,name\nper-x,"X\n', 'TE207', 'register.csv'],
    ['CSV with a bad id', 'id,name\n../../etc,X\n', 'TE207', 'register.csv'],
  ];
  for (const [name, content, code, file] of cases) {
    it(`${name} → ${code}; nothing crashes`, () => {
      const r = reg(content, file);
      wellReported(r.diagnostics);
      expect(codes(r.diagnostics), JSON.stringify(r.diagnostics.map((d) => d.message))).toContain(code);
      const d = r.diagnostics.find((x) => x.code === code)!;
      if (!/empty|binary|UTF-16/.test(name)) expect(d.line).toBeGreaterThanOrEqual(1);
    });
  }

  it('duplicate ids across files: the later one extends the earlier, and a good file beside a bad one still loads', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.xml'), doc(entry('per-a', 'A')));
    writeFileSync(join(dir, 'b.xml'), '<not xml');
    const r = loadRegister([dir]);
    expect(codes(r.diagnostics)).toContain('TE205');
    expect(r.register.byId.has('per-a')).toBe(true);
  });

  it('deeply nested XML (100,000 levels) is reported, not a stack overflow', () => {
    const deep = doc(entry('per-a', 'A')).replace('<listPerson>', `<listPerson>${'<note>'.repeat(100_000)}${'</note>'.repeat(100_000)}`);
    const r = reg(deep);
    wellReported(r.diagnostics);
  });
});

describe('XML attacks on imported TEI and registers: nothing read, no request, memory bounded, a coded diagnostic', () => {
  let server: Server;
  let base = '';
  const requests: string[] = [];
  const dir = tmp();
  const sentinel = join(dir, 'secret.txt');
  const SECRET = 'SENTINEL-SECRET-7f3a9c';

  beforeAll(async () => {
    writeFileSync(sentinel, SECRET);
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      res.end(`<!ENTITY leak "${SECRET}">`);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const a = server.address();
    base = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const attacks = readdirSync(join(FIX, 'xml-attacks')).filter((f) => f.endsWith('.xml')).sort();
  const fill = (f: string) => readFileSync(join(FIX, 'xml-attacks', f), 'utf8').replaceAll('@SENTINEL@', sentinel).replaceAll('@HTTP@', base);
  const EXPECT: Record<string, { retag: string | null; register: string | null; validate: string | null }> = {
    'xxe-file.xml': { retag: 'TE801', register: 'TE208', validate: 'TE801' },
    'xxe-http.xml': { retag: 'TE801', register: 'TE208', validate: 'TE801' },
    'xxe-parameter-entity.xml': { retag: 'TE801', register: 'TE208', validate: 'TE801' },
    'external-dtd.xml': { retag: 'TE801', register: 'TE208', validate: 'TE801' },
    'billion-laughs.xml': { retag: 'TE801', register: 'TE208', validate: 'TE801' },
    'internal-subset.xml': { retag: 'TE801', register: 'TE208', validate: 'TE801' },
    'xinclude-file.xml': { retag: 'TE802', register: 'TE802', validate: 'TE802' },
    'xinclude-http.xml': { retag: 'TE802', register: 'TE802', validate: 'TE802' },
    'remote-references.xml': { retag: null, register: null, validate: null },
    'doctype-in-comment.xml': { retag: null, register: null, validate: null },
  };

  it('covers every fixture', () => expect(Object.keys(EXPECT).sort()).toEqual(attacks));

  async function settle(): Promise<void> {
    await new Promise((r) => setTimeout(r, 100));
  }

  for (const f of attacks) {
    it(`${f}: retag, the register loader and validate`, async () => {
      const xml = fill(f);
      const want = EXPECT[f]!;
      const heap0 = process.memoryUsage().heapUsed;

      // retag (hand-edited TEI)
      const r = retagXml(xml, { index, proposals: new ProposalBook(() => false), file: f });
      if (want.retag) {
        expect(codes(r.diagnostics)).toContain(want.retag);
        expect(r.changed).toBe(false);
        expect(r.diagnostics[0]!.line).toBeGreaterThanOrEqual(1);
      } else expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(r.xml).not.toContain(SECRET);

      // the register loader (a register-shaped variant of the same document)
      const regFile = join(dir, `reg-${f}`);
      // (what precedes the memo's paragraph, such as an xi:include, stays)
      writeFileSync(regFile, xml.replace(/<div type="memo">([\s\S]*?)<p [\s\S]*<\/div>/, '$1<listPerson><person xml:id="per-x"><persName type="main">Khrushchev</persName></person></listPerson>'));
      const loaded = loadRegister([regFile]);
      if (want.register) expect(codes(loaded.diagnostics)).toContain(want.register);
      expect(JSON.stringify([...loaded.register.byId.values()])).not.toContain(SECRET);
      expect(JSON.stringify(loaded.diagnostics)).not.toContain(SECRET);

      // validate (imported TEI)
      const { validatePaths } = await import('../src/validate-tei/index.ts');
      const memoFile = join(dir, f);
      writeFileSync(memoFile, xml);
      const v = await validatePaths([memoFile]);
      if (want.validate) expect(codes(v)).toContain(want.validate);
      else expect(codes(v)).not.toContain('TE801');
      expect(JSON.stringify(v)).not.toContain(SECRET);

      expect(process.memoryUsage().heapUsed - heap0).toBeLessThan(200 * 1024 * 1024);
      await settle();
      expect(requests, 'no request reached the server').toEqual([]);
    });
  }

  it('quadratic blow-up (a 50 kB entity referenced 50,000 times) is refused before expansion', async () => {
    const big = 'x'.repeat(50_000);
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY a "${big}">]>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>${'&a;'.repeat(50_000)}</p></body></text></TEI>`;
    expect(codes(screenXml(xml, 'q.xml'))).toEqual(['TE801']);
    expect(codes(retagXml(xml, { index, proposals: new ProposalBook(() => false), file: 'q.xml' }).diagnostics)).toEqual(['TE801']);
    const regFile = join(dir, 'q.xml');
    writeFileSync(regFile, xml);
    expect(codes(loadRegister([regFile]).diagnostics)).toContain('TE208');
    const { validatePaths } = await import('../src/validate-tei/index.ts');
    expect(codes(await validatePaths([regFile]))).toContain('TE801');
  });
});

describe('paths: output never leaves the output folder', () => {
  it('insideRoot refuses every way out', () => {
    const root = tmp();
    for (const rel of ['../x.xml', '../../etc/passwd', '/etc/passwd', 'tei/../../x.xml', 'a/../..', '', '.', 'x\u0000.xml', '..']) {
      expect(() => insideRoot(root, rel), JSON.stringify(rel)).toThrow(/outside the output folder/);
    }
    expect(insideRoot(root, 'tei/a..b.xml')).toBe(join(root, 'tei/a..b.xml'));
    expect(insideRoot(root, '...xml')).toBe(join(root, '...xml'));
  });

  it('OutputWriter writes nothing outside its root', () => {
    const parent = tmp();
    const root = join(parent, 'out');
    const w = new OutputWriter(root);
    expect(() => w.write('../escaped.xml', 'x')).toThrow();
    expect(existsSync(join(parent, 'escaped.xml'))).toBe(false);
  });

  it('odd memo file names ("..", dots, spaces, unicode) stay inside the output folder', async () => {
    const dir = tmp();
    const names = ['...txt', '..memo.txt', 'a..b.txt', 'with space.txt', 'ünïcödé.txt', '-dash.txt'];
    names.forEach((n, i) => writeFileSync(join(dir, n), SEED_B.replace('January 7, 1964', `January ${i + 1}, 1964`)));
    const out = join(dir, 'out');
    const r = await convertFiles({ files: names.map((n) => join(dir, n)), out, register: [REG] });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const inside = (p: string): boolean => resolve(p).startsWith(resolve(out) + '/');
    const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
    expect(walk(out).every(inside)).toBe(true);
    expect(walk(out).filter((p) => p.endsWith('.xml') && !p.endsWith('register.xml'))).toHaveLength(names.length);
    expect(readdirSync(dir).sort()).toEqual([...names, 'out'].sort());
  });

  it('a front-matter id with "../" is refused (TE111) and the file lands inside the folder', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'm.md'), '---\nid: ../../../tmp/evil\ntitle: Evil\ndate: "1964-01-01"\nsource: Archive\n---\n\nText.\n');
    const r = await convertFiles({ files: [join(dir, 'm.md')], out: join(dir, 'out'), register: [REG] });
    expect(codes(r.diagnostics)).toContain('TE111');
    expect(readdirSync(join(dir, 'out')).filter((n) => n.endsWith('.xml')).sort()).toEqual(['m.xml', 'register.xml']);
  });

  it('a symlink planted where a TEI file goes is replaced, never written through', async () => {
    const dir = tmp();
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'precious');
    writeFileSync(join(dir, 'm.txt'), SEED_B);
    const out = join(dir, 'out');
    mkdirSync(out);
    symlinkSync(victim, join(out, 'm.xml'));
    const r = await convertFiles({ files: [join(dir, 'm.txt')], out, register: [REG], force: true });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(readFileSync(join(out, 'm.xml'), 'utf8')).toMatch(/^<\?xml/);
  });

  it('memo names that would overwrite each other or the register are refused (TE809)', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), SEED_A);
    writeFileSync(join(dir, 'a.md'), SEED_B);
    writeFileSync(join(dir, 'register.txt'), SEED_B.replace('January 7, 1964', 'January 9, 1964'));
    const out = join(dir, 'out');
    const r = await convertFiles({ files: ['a.txt', 'a.md', 'register.txt'].map((n) => join(dir, n)), out, register: [REG] });
    expect(r.diagnostics.filter((d) => d.code === 'TE809').map((d) => d.file).sort()).toEqual([expect.stringMatching(/a\.md$/), expect.stringMatching(/register\.txt$/)]);
    expect(readFileSync(join(out, 'a.xml'), 'utf8')).toContain('February 26, 1964');
    expect(readFileSync(join(out, 'register.xml'), 'utf8')).toContain('<listPerson>');
  });
});

describe('a corpus of good and bad memos: the bad are reported, the good built as if alone', () => {
  it('builds the good memos byte-identically to a build of the good ones only', async () => {
    const make = (memos: Record<string, string | Buffer>) => {
      const dir = tmp();
      mkdirSync(join(dir, 'memos'));
      for (const [n, c] of Object.entries(memos)) writeFileSync(join(dir, 'memos', n), c);
      writeFileSync(join(dir, 'edition.json'), JSON.stringify({ title: 'Mixed', memos: ['memos'], register: [resolve(REG)], output: 'out', date: '2024-01-01' }));
      return dir;
    };
    const good = { 'good-a.txt': SEED_A, 'good-b.txt': SEED_B };
    const bad = {
      'empty.txt': '',
      'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]),
      'no-date.txt': 'Memorandum without a date\n\nSome text.\n',
      'bad-yaml.md': '---\ntitle: [x\n---\n\nBody\n',
      'zz-dup-of-b.txt': SEED_B,
      'utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SEED_A.replace('February 26, 1964', 'February 27, 1964'), 'utf16le')]),
    };
    const mixed = make({ ...good, ...bad });
    const alone = make(good);
    const r = await buildEdition({ config: join(mixed, 'edition.json') });
    const a = await buildEdition({ config: join(alone, 'edition.json') });
    wellReported(r.diagnostics);
    for (const [file, code] of [['empty.txt', 'TE101'], ['binary.txt', 'TE118'], ['no-date.txt', 'TE102'], ['bad-yaml.md', 'TE110'], ['zz-dup-of-b.txt', 'TE704']]) {
      expect(r.diagnostics.some((d) => d.code === code && d.file.endsWith(file!)), `${code} for ${file}`).toBe(true);
    }
    expect(existsSync(join(mixed, 'out/tei/utf16.xml'))).toBe(true);
    for (const n of ['good-a.xml', 'good-b.xml']) expect(readFileSync(join(mixed, 'out/tei', n), 'utf8')).toBe(readFileSync(join(alone, 'out/tei', n), 'utf8'));
    expect(a.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('HTML injection payloads stay text in the TEI', () => {
  const payloads = (JSON.parse(readFileSync(join(FIX, 'xss/payloads.json'), 'utf8')) as { payloads: string[] }).payloads;
  const ALLOWED = new Set(['TEI', 'teiHeader', 'fileDesc', 'titleStmt', 'title', 'respStmt', 'resp', 'persName', 'name', 'orgName', 'placeName', 'funder', 'publicationStmt', 'publisher', 'idno', 'availability', 'licence', 'p', 'date', 'notesStmt', 'note', 'sourceDesc', 'msDesc', 'msIdentifier', 'settlement', 'repository', 'collection', 'msContents', 'textLang', 'bibl', 'encodingDesc', 'appInfo', 'application', 'label', 'editorialDecl', 'listPrefixDef', 'prefixDef', 'profileDesc', 'creation', 'langUsage', 'language', 'abstract', 'revisionDesc', 'change', 'text', 'body', 'div', 'opener', 'dateline', 'head', 'choice', 'abbr', 'expan', 'supplied', 'gap', 'desc', 'sic', 'author', 'textClass', 'keywords', 'term', 'xenoData']);

  /** All text of a TEI document, entities decoded, whitespace collapsed. */
  const textOf = (xml: string) =>
    scanXml(xml)
      .filter((t) => t.kind === 'text')
      .map((t) => xml.slice(t.start, t.end))
      .join('')
      .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ');

  it(`${payloads.length} payloads in memo text, names, brackets and metadata: well-formed TEI, no foreign element or URL attribute, every payload kept as text`, async () => {
    const dir = tmp();
    const out = join(dir, 'out');
    const files = ['archive-page-payloads.txt', 'transcription-payloads.md'].map((n) => join(FIX, 'xss', n));
    const r = await convertFiles({ files, out, register: [REG] });
    wellReported(r.diagnostics);
    let kept = 0;
    for (const name of ['archive-page-payloads.xml', 'transcription-payloads.xml', 'register.xml']) {
      const xml = readFileSync(join(out, name), 'utf8');
      expect(XMLValidator.validate(xml)).toBe(true);
      for (const t of scanXml(xml)) {
        if (t.kind === 'start' || t.kind === 'empty') {
          if (name !== 'register.xml') expect(ALLOWED.has(t.name!), `<${t.name}> in ${name}`).toBe(true);
          for (const [k, v] of Object.entries(t.attrs ?? {})) {
            expect(v, `@${k}`).not.toMatch(/^\s*(javascript|data|vbscript):/i);
            expect(k).not.toMatch(/^on/i);
          }
        }
        expect(['comment', 'pi', 'cdata', 'doctype'].includes(t.kind) && t.start > 40, `no ${t.kind} smuggled in`).toBe(false);
      }
      if (name === 'register.xml') continue;
      const text = textOf(xml);
      for (const p of payloads) if (text.includes(p.replace(/\s+/g, ' '))) kept++;
    }
    // Each payload appears in both memos (body and brackets at least).
    expect(kept).toBe(payloads.length * 2);
  });
});

describe('CLI arguments', () => {
  const cases: [string, string[], number, RegExp][] = [
    ['unknown flag', ['build', '--frobnicate'], 2, /frobnicate/],
    ['flag without its value', ['convert', 'x.txt', '--out'], 2, /--out/],
    ['bad --format', ['build', '--format', 'xml'], 2, /--format/],
    ['positional where none is allowed', ['build', 'extra'], 2, /extra|positional/i],
    ['convert without --out', ['convert', 'x.txt'], 2, /--out/],
    ['retag without files', ['retag'], 2, /no TEI files/],
    ['unknown command', ['frobnicate'], 2, /unknown command/],
  ];
  for (const [name, argv, exit, msg] of cases) {
    it(`${name} → exit ${exit} with a message`, async () => {
      const c = io(tmp());
      expect(await main(argv, c.o)).toBe(exit);
      expect(c.err()).toMatch(msg);
    });
  }

  it('convert of a missing file, a folder and an empty file: exit 1, coded diagnostics, the good file converted', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'good.txt'), SEED_B);
    writeFileSync(join(dir, 'empty.txt'), '');
    mkdirSync(join(dir, 'folder.txt'));
    const c = io(dir);
    expect(await main(['convert', 'missing.txt', 'folder.txt', 'empty.txt', 'good.txt', '--out', 'out', '--register', resolve(REG), '--format', 'json'], c.o)).toBe(1);
    const ds = JSON.parse(c.out()) as Diagnostic[];
    wellReported(ds);
    expect(ds.filter((d) => d.code === 'TE116').map((d) => d.file).sort()).toEqual([expect.stringMatching(/folder\.txt$/), expect.stringMatching(/missing\.txt$/)]);
    expect(codes(ds)).toContain('TE101');
    expect(existsSync(join(dir, 'out/good.xml'))).toBe(true);
  });

  it('build with a binary config: exit 1, TE702, nothing written', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'edition.json'), Buffer.from([0xff, 0xfe, 0, 0, 0x89]));
    const c = io(dir);
    expect(await main(['build', '--no-pdf', '--no-html', '--no-export'], c.o)).toBe(1);
    expect(c.err()).toMatch(/TE702/);
    expect(readdirSync(dir)).toEqual(['edition.json']);
  });
});

describe('property-based fuzzing (fast-check; scripts/fuzz.ts runs 10,000+ inputs per property)', () => {
  it('~400 inputs (100 per property): no crash, well-formed and structurally valid TEI, every body word kept in order, real dates', async () => {
    const s = await runFuzz({ runs: 100, seed: 20240101, grammar: true });
    console.log(`fuzz: ${s.inputs} inputs, ${s.crashes} crashes, ${s.broken} broken, ${(s.ms / 1000).toFixed(1)} s`);
    expect(s.inputs).toBe(400);
    expect(s.failures).toEqual([]);
    expect(s.crashes).toBe(0);
  });

  it('a fresh random seed each run (printed on failure)', async () => {
    const seed = Date.now() % 2 ** 31;
    const s = await runFuzz({ runs: 30, seed });
    expect(s.failures, `seed ${seed}`).toEqual([]);
  });
});

void dirname;
