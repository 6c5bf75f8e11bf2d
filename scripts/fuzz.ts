/**
 * Property-based fuzzing (fast-check) of the memo reader, the date rules and the converter end to
 * end. `npx tsx scripts/fuzz.ts [--runs N] [--seed S]` runs N inputs per property (default 10,000
 * for the converter, N for the others) and prints inputs fuzzed, crashes found and time; exit 1 on a
 * crash or a broken property. test/robustness.test.ts runs the same properties with fewer inputs.
 *
 * Properties: no exception escapes; every TEI is well-formed and its structure valid against
 * schema/tei-edition.rng; the words of every body paragraph are exactly the words of its TEI <p>
 * (brackets of supplied/note/gap restored, only the abbreviated side of choice), in order; block
 * offsets slice back to their text; date values are real ISO dates; retag on stripped converter
 * output only inserts tags.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { EditionFile } from '../src/edition-file.ts';
import { convertMemo } from '../src/convert-memo.ts';
import { fileFromBytes, readMemo } from '../src/read-memo/index.ts';
import { ProposalBook, RegisterIndex } from '../src/find-entities/index.ts';
import { loadRegister } from '../src/find-entities/register/index.ts';
import { createDateScanner, findDates, parseDate } from '../src/dates/index.ts';
import { readBlocks, retagXml, scanXml } from '../src/retag/index.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// ── generators ─────────────────────────────────────────────────────────────────────────────────

/** Sentences of the seed memos: realistic prose with the names, brackets and dates of the corpus. */
const SEED_SENTENCES = ['../test/fixtures/retag/000_e5fc993b11dadff5.txt', '../test/fixtures/retag/002_8b7530e566ca3308.txt']
  .flatMap((p) => readFileSync(here(p), 'utf8').split(/\n\s*\n/))
  .flatMap((para) => para.split(/(?<=[.!?”])\s+/))
  .map((s) => s.trim())
  .filter((s) => s.length > 20 && s.length < 400);

const NAMES = ['Kim Il Sung', 'KIM IL SUNG', 'V.P. Moskowskyi', 'c. Moskovskyi', 'Cde. Kim', 'comrade Khrushchev', 'Ri Song-un [Ri Song Un]', 'Filippov [Stalin]', 'Chai [Junwu]', 'S H T Y K O V', 'Ivanov V.I.', 'Mao Tse-tung', 'Kennedy', 'Zhou Enlai', 'Hao Deqing', 'Deng Xiaoping', 'Khrushchev N.S.', 'Moskovsky', "O'Neill", 'Jean-Luc Ébert', 'Łukasz Żółć', 'Ким Ир Сен', '金日成', 'the USSR', '[North] Korea', 'Pyongyang', 'Moscow', 'Rodon (Rodong) Sinmun', 'CPSU CC', 'KWP', 'Prague'];
const BRACKETS = ['[sic]', '[...]', '[…]', '[signature]', '[illegible]', "[Translator's note: the original reads “tovarishch”.]", '[I]', '[1950]', '[', ']', '[[nested [brackets]]]', '[]', '[ ]'];
const DATES = ['February 26, 1964', '26 February 1964', 'November 29', '10/28/1963', '13.10.50', '24.III.50', '1972 July 1', 'last year', 'this year', 'next year', 'till 1970', '1950-1953', 'September 11 to September 18, 1961', 'February 30, 1964', '31.02.64', '00/00/0000', '29 February 1900', '29 February 2000', 'March 1964', '1964', 'the 1960s', '12.13.14', 'June 1950 – July 1953'];
const NOISE = ['<b>bold</b>', 'a & b', '&amp;', '&#x41;', ']]>', '<!-- x -->', '<?pi?>', '"quotes"', '‘single’', '\u00a0', '\t', '\u200b', '\u202e', 'é', 'e\u0301', '😀', '\ud800', '\udfff', '\ufffe', '\u0001', '\u000b', '\u000c', '\u001b', '\u0085', '\u2028', '*emph*', '# heading', '---', '...', '…', '–', '—'];

const word = fc.stringMatching(/^[A-Za-z][a-z]{0,11}$/);
const fragment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...SEED_SENTENCES) },
  { weight: 3, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 2, arbitrary: fc.constantFrom(...BRACKETS) },
  { weight: 2, arbitrary: fc.constantFrom(...DATES) },
  { weight: 2, arbitrary: fc.constantFrom(...NOISE) },
  { weight: 3, arbitrary: word },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);
const sentence = fc.array(fragment, { minLength: 1, maxLength: 10 }).map((xs) => xs.join(' '));
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((xs) => xs.join(' '));

const SOURCES = ['State Central Archive, Prague. Translated by Adolf Kotlik.', 'AVPRF, fond 0102, opis 19, papka 97, delo 4, list 169. Obtained by James Person and translated by Gary Goldberg.', 'Obtained and translated for NKIDP by Eun Young Jo.', 'Source', 'Fond 5, Opis 28, Delo 410, List 210', ''];
const LABELS = ['Original Uploaded Date', 'Type', 'Language', 'Record ID', 'Original Classification', 'Original Archive', 'Rights', 'Author(s):', 'Associated Places'];

/** Archive-page memo text: furniture, date line, title, credit, body, summary, Document Information… in the order the pages have, each part optional or mangled. */
export const archivePage = fc
  .record({
    skip: fc.boolean(),
    preamble: fc.option(paragraph, { nil: undefined }),
    date: fc.option(fc.constantFrom(...DATES), { nil: undefined }),
    title: fc.option(sentence, { nil: undefined }),
    credit: fc.option(fc.constant('This document was made possible with support from the Leon Levy Foundation.'), { nil: undefined }),
    body: fc.array(paragraph, { minLength: 0, maxLength: 6 }),
    summary: fc.option(paragraph, { nil: undefined }),
    info: fc.boolean(),
    source: fc.constantFrom(...SOURCES),
    labels: fc.array(fc.tuple(fc.constantFrom(...LABELS), fc.option(fc.oneof(word, fc.constantFrom('Top Secret', '116789', 'Russian', '2011-11-11')), { nil: '' })), { maxLength: 5 }),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
    gap: fc.constantFrom('\n\n', '\n\n\n', '\n \u00a0\n', '\n'),
    bom: fc.boolean(),
    cut: fc.option(fc.nat(4000), { nil: undefined }),
  })
  .map((m) => {
    const parts = [m.skip && 'Skip to content', m.preamble, m.date, m.title, m.credit, ...m.body, m.summary, m.info && 'Document Information', m.source, ...m.labels.flatMap(([l, v]) => [l, v])].filter((x): x is string => typeof x === 'string');
    let text = parts.join(m.gap).replace(/\n/g, m.eol);
    if (m.cut !== undefined) text = text.slice(0, m.cut);
    return { text: (m.bom ? '\uFEFF' : '') + text, body: m.body };
  });

const yamlScalar = fc.oneof(sentence.map((s) => JSON.stringify(s)), word, fc.constantFrom('[a, b]', '{x: 1}', '123', 'true', 'null', '~', '|', '&a x', '*a', '!!binary aGk=', '"unterminated', "'q'", '- item'));
const FM_KEYS = ['title', 'date', 'source', 'translator', 'obtainedBy', 'project', 'language', 'originalLanguage', 'rights', 'licence', 'recordId', 'classification', 'documentType', 'summary', 'credit', 'originalArchive', 'id', 'unknownKey', 'title'];

/** Transcription: YAML front matter (valid and invalid keys, values, YAML) then Markdown-ish body paragraphs. */
export const transcription = fc
  .record({
    pairs: fc.array(fc.tuple(fc.constantFrom(...FM_KEYS), yamlScalar), { maxLength: 8 }),
    date: fc.option(fc.constantFrom(...DATES), { nil: undefined }),
    close: fc.constantFrom('---', '...', ''),
    heading: fc.option(sentence, { nil: undefined }),
    body: fc.array(paragraph, { minLength: 0, maxLength: 5 }),
    eol: fc.constantFrom('\n', '\r\n'),
  })
  .map((m) => {
    const fm = [...m.pairs.map(([k, v]) => `${k}: ${v}`), m.date && `date: ${JSON.stringify(m.date)}`].filter(Boolean).join('\n');
    const text = `---\n${fm}\n${m.close}\n\n${m.heading ? `# ${m.heading}\n\n` : ''}${m.body.join('\n\n')}\n`;
    return { text: text.replace(/\n/g, m.eol), body: m.body };
  });

/** Any memo input: realistic archive pages and transcriptions, plus raw strings. */
export const memoText = fc.oneof(
  { weight: 5, arbitrary: archivePage.map((m) => m.text) },
  { weight: 3, arbitrary: transcription.map((m) => m.text) },
  { weight: 1, arbitrary: fc.string({ maxLength: 300 }) },
  { weight: 1, arbitrary: fc.tuple(fc.array(fragment, { maxLength: 30 }), fc.constantFrom('\n', '\n\n', ' ')).map(([xs, sep]) => xs.join(sep)) },
);

/** Raw bytes a memo file may hold (random, and text in other encodings). */
export const memoBytes = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  memoText.map((t) => Buffer.from(t, 'utf8')),
  memoText.map((t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')])),
  memoText.map((t) => Buffer.from(t, 'utf16le')),
  memoText.map((t) => Buffer.from(t, 'latin1')),
);

export const dateExpression = fc.oneof(
  fc.constantFrom(...DATES),
  fc.tuple(fc.integer({ min: -5, max: 40 }), fc.integer({ min: -1, max: 14 }), fc.integer({ min: 0, max: 10000 }), fc.nat(4)).map(([d, m, y, f]) => [`${d}.${m}.${y}`, `${m}/${d}/${y}`, `${y}-${m}-${d}`, `${d} ${['January', 'Feb', 'MARCH', 'Sept.'][Math.abs(m) % 4]} ${y}`, `${d}.${['I', 'IV', 'XII', 'XIII'][Math.abs(m) % 4]}.${y % 100}`][f]!),
  sentence,
  fc.string({ maxLength: 40 }),
);

// ── properties ─────────────────────────────────────────────────────────────────────────────────

const { register } = loadRegister([here('../test/fixtures/retag/register.xml')]);
const index = new RegisterIndex(register);
const TEI_OPTIONS = { toolVersion: '0.0.0', publisher: 'fuzz', registerHref: 'register.xml', date: '2024-01-01' };

/** Words as the property compares them: letters and digits. */
export function words(s: string): string[] {
  return s.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Grammar problems that are about structure (not the closed value lists): these must never occur. */
const STRUCTURAL = new Set(['TE401', 'TE402', 'TE405', 'TE406', 'TE407', 'TE409', 'TE410']);

export interface Verdict {
  /** An exception escaped, or an internal error (TE703) was reported. */
  crash?: string;
  /** A property failed (message). */
  broken?: string;
  /** Grammar problems with closed value lists (reported, not failures). */
  valueLists: string[];
}

type Grammar = (xml: string) => Promise<{ code: string; message: string }[]>;

/** Converts one memo text end to end and checks every property; never throws. */
export async function checkConvert(text: string, grammar?: Grammar): Promise<Verdict> {
  const v: Verdict = { valueLists: [] };
  const file = new EditionFile('fuzz.txt', text);
  try {
    convertMemo(file, { index, proposals: new ProposalBook((id) => register.byId.has(id)), tei: TEI_OPTIONS });
  } catch (e) {
    return { ...v, crash: `convertMemo threw: ${(e as Error).stack ?? e}` };
  }
  const internal = file.diagnostics.find((d) => d.code === 'TE703');
  if (internal) return { ...v, crash: internal.message };
  const memo = file.memo;
  if (!memo || !file.tei) return { ...v, broken: 'no memo record or no TEI' };
  const wf = XMLValidator.validate(file.tei);
  if (wf !== true) return { ...v, broken: `TEI not well-formed: ${wf.err.msg} at ${wf.err.line}:${wf.err.col}` };
  if (!file.diagnostics.every((d) => d.file && (d.line === undefined || d.line >= 1))) return { ...v, broken: 'a diagnostic without file or with a bad line' };
  // Body paragraphs: the same words, in order, in the TEI <p> elements (brackets restored).
  const ps = readBlocks(file.tei, scanXml(file.tei)).blocks.filter((b) => b.where === 'body' && b.name === 'p');
  if (ps.length !== memo.body.length) return { ...v, broken: `${memo.body.length} body paragraphs but ${ps.length} TEI <p>` };
  for (const [i, b] of memo.body.entries()) {
    const want = words(b.text).join(' ');
    const got = words(ps[i]!.text).join(' ');
    if (want !== got) return { ...v, broken: `paragraph ${i + 1} words differ:\n  memo: ${want.slice(0, 300)}\n  TEI:  ${got.slice(0, 300)}` };
  }
  // xml:ids unique; paragraph @n numbered 1…n.
  const ids = [...file.tei.matchAll(/\sxml:id="([^"]*)"/g)].map((m) => m[1]!);
  if (new Set(ids).size !== ids.length) return { ...v, broken: 'duplicate xml:id' };
  if (!ids.every((id) => /^[A-Za-z_][\w.-]*$/.test(id))) return { ...v, broken: `xml:id not an NCName: ${ids.find((id) => !/^[A-Za-z_][\w.-]*$/.test(id))}` };
  const ns = [...file.tei.matchAll(/<p xml:id="[^"]*" n="(\d+)"/g)].map((m) => Number(m[1]));
  if (ns.some((n, i) => n !== i + 1)) return { ...v, broken: 'paragraph numbers not 1…n' };
  if (grammar) {
    const ds = await grammar(file.tei);
    const bad = ds.find((d) => STRUCTURAL.has(d.code));
    if (bad) return { ...v, broken: `schema: ${bad.code} ${bad.message}` };
    v.valueLists = ds.map((d) => `${d.code} ${d.message.replace(/"[^"]*" is not allowed/, (m) => m)}`);
  }
  return v;
}

/** Reads raw bytes; offsets of every verbatim block slice back to its text. */
export function checkRead(bytes: Uint8Array): Verdict {
  const v: Verdict = { valueLists: [] };
  let file: EditionFile;
  try {
    file = fileFromBytes('fuzz.txt', bytes);
    readMemo(file);
  } catch (e) {
    return { ...v, crash: `reader threw: ${(e as Error).stack ?? e}` };
  }
  const internal = file.diagnostics.find((d) => d.code === 'TE703' || d.code === 'TE113');
  if (internal) return { ...v, crash: `${internal.code} ${internal.message}` };
  const m = file.memo!;
  // A transcription's date may be a transformed YAML value (a tag such as !!binary) and MemoDate has
  // no `normalized` flag to say so: only archive-page dates must slice back.
  const date = m.format === 'archive-page' ? m.date : null;
  const blocks = [m.title, m.credit, m.summary, m.preamble, date, ...m.body, ...m.rights].filter((b) => !!b);
  for (const b of blocks) {
    if ('normalized' in b && b.normalized) continue;
    if (file.text.slice(b.start, b.end) !== b.text) return { ...v, broken: `block [${b.start}, ${b.end}) does not slice back to its text` };
  }
  return v;
}

const ISO = /^-?\d{4}(-\d\d(-\d\d)?)?$/;
function realDate(s: string | undefined): boolean {
  if (s === undefined) return true;
  if (!ISO.test(s)) return false;
  const [y, m, d] = s.replace(/^-/, '').split('-').map(Number);
  if (m !== undefined && (m < 1 || m > 12)) return false;
  if (d !== undefined && (d < 1 || d > new Date(Date.UTC(y!, m!, 0)).getUTCDate())) return false;
  return true;
}

/** Date rules: never throw; values are real ISO dates; found spans slice back and do not overlap. */
export function checkDates(text: string): Verdict {
  const v: Verdict = { valueLists: [] };
  try {
    const p = parseDate(text);
    if (p && !(realDate(p.when) && realDate(p.notBefore) && realDate(p.notAfter))) return { ...v, broken: `parseDate(${JSON.stringify(text)}) gave ${JSON.stringify(p)}` };
    if (p?.notBefore && p.notAfter && p.notBefore > p.notAfter) return { ...v, broken: `parseDate(${JSON.stringify(text)}) range ends before it starts` };
    for (const found of [findDates(text, { docDate: '1964-02-26' }), createDateScanner('1950').scan(text), findDates(text)]) {
      let last = 0;
      for (const f of found) {
        if (text.slice(f.start, f.end) !== f.text) return { ...v, broken: `found date ${JSON.stringify(f.text)} does not slice back` };
        if (f.start < last) return { ...v, broken: 'found dates overlap or are out of order' };
        last = f.end;
        if (!(realDate(f.when) && realDate(f.notBefore) && realDate(f.notAfter))) return { ...v, broken: `found ${JSON.stringify(f)} in ${JSON.stringify(text)}` };
      }
    }
  } catch (e) {
    return { ...v, crash: `date rules threw on ${JSON.stringify(text)}: ${(e as Error).stack ?? e}` };
  }
  return v;
}

/**
 * retag on converter output with its name and date markup stripped: never throws, never fails its
 * own check (TE807), output well-formed, and removing the insertions it reports gives back the input.
 */
export function checkRetag(text: string): Verdict {
  const v: Verdict = { valueLists: [] };
  const file = new EditionFile('fuzz.txt', text);
  convertMemo(file, { index, proposals: new ProposalBook((id) => register.byId.has(id)), tei: TEI_OPTIONS });
  if (!file.tei) return v;
  const stripped = file.tei.replace(/<(persName|placeName|orgName|date)\b[^>]*>|<\/(persName|placeName|orgName|date)>/g, '');
  for (const input of [file.tei, stripped]) {
    let r;
    try {
      r = retagXml(input, { index, proposals: new ProposalBook((id) => register.byId.has(id)), file: 'fuzz.xml' });
    } catch (e) {
      return { ...v, crash: `retag threw: ${(e as Error).stack ?? e}` };
    }
    const bad = r.diagnostics.find((d) => d.severity === 'error');
    if (bad) return { ...v, crash: `retag: ${bad.code} ${bad.message}` };
    if (XMLValidator.validate(r.xml) !== true) return { ...v, broken: 'retag output not well-formed' };
    let back = r.xml;
    for (const ins of r.insertions) {
      if (back.slice(ins.offset, ins.offset + ins.text.length) !== ins.text) return { ...v, broken: 'retag insertion not where it says' };
      back = back.slice(0, ins.offset) + back.slice(ins.offset + ins.text.length);
    }
    if (back !== input) return { ...v, broken: 'retag changed more than its insertions' };
  }
  return v;
}

/** The RelaxNG grammar of schema/tei-edition.rng (validate-tei), as a checker for checkConvert. */
export async function loadGrammarCheck(): Promise<Grammar> {
  const { validateTei } = await import('../src/validate-tei/index.ts');
  return async (xml) => (await validateTei([{ path: 'fuzz.xml', xml }], { schematron: false })).map((d) => ({ code: d.code, message: d.message }));
}

export interface FuzzSummary {
  inputs: number;
  crashes: number;
  broken: number;
  failures: string[];
  valueLists: Map<string, number>;
  ms: number;
}

/** Runs every property; counts instead of stopping at the first failure (fast-check shrinks the first one of each property). */
export async function runFuzz(o: { runs: number; seed?: number; grammar?: boolean }): Promise<FuzzSummary> {
  const t0 = performance.now();
  const s: FuzzSummary = { inputs: 0, crashes: 0, broken: 0, failures: [], valueLists: new Map(), ms: 0 };
  const grammar = o.grammar ? await loadGrammarCheck() : undefined;
  // Every input is tallied and the property always holds for fast-check, so one run counts all
  // failures (each with its input) instead of stopping and shrinking at the first.
  const tally = (v: Verdict, input: unknown) => {
    s.inputs++;
    for (const m of v.valueLists) s.valueLists.set(m, (s.valueLists.get(m) ?? 0) + 1);
    if (v.crash) s.crashes++;
    if (v.broken) s.broken++;
    if ((v.crash || v.broken) && s.failures.length < 20) s.failures.push(`${v.crash ?? v.broken}\n  input: ${JSON.stringify(input).slice(0, 2000)}`);
    return true;
  };
  const params = { numRuns: o.runs, seed: o.seed };
  const props: [string, fc.IAsyncProperty<[never]> | fc.IProperty<[never]>][] = [
    ['convert', fc.asyncProperty(memoText, async (t) => tally(await checkConvert(t, grammar), t)) as never],
    ['read', fc.property(memoBytes, (b) => tally(checkRead(b), Buffer.from(b).toString('base64'))) as never],
    ['dates', fc.property(dateExpression, (t) => tally(checkDates(t), t)) as never],
    ['retag', fc.property(memoText, (t) => tally(checkRetag(t), t)) as never],
  ];
  for (const [name, p] of props) {
    const r = await fc.check(p as fc.IAsyncProperty<[never]>, params);
    if (r.failed) s.failures.push(`${name}: fast-check failed: ${String(r.errorInstance ?? '').slice(0, 2000)}`);
  }
  s.ms = performance.now() - t0;
  return s;
}

async function main(): Promise<void> {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const runs = Number(arg('--runs') ?? 10_000);
  const seed = arg('--seed') !== undefined ? Number(arg('--seed')) : Date.now() % 2 ** 31;
  console.log(`fuzzing with seed ${seed}, ${runs} runs per property (convert, read, dates, retag)…`);
  const s = await runFuzz({ runs, seed, grammar: true });
  console.log(`inputs fuzzed: ${s.inputs}\ncrashes found: ${s.crashes}\nproperty failures: ${s.broken}\ntime: ${(s.ms / 1000).toFixed(1)} s`);
  if (s.valueLists.size) {
    console.log('schema value-list mismatches (converter vs schema/tei-edition.rng; not counted as failures):');
    for (const [m, n] of [...s.valueLists].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(6)}  ${m}`);
  }
  for (const f of s.failures) console.log(`\n${f}`);
  process.exitCode = s.crashes || s.broken ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
