/**
 * Deterministic synthetic corpus for benchmarks and scale tests:
 *
 *   tsx scripts/gen-corpus.ts N OUTDIR [--seed S] [--register DIR]
 *
 * writes OUTDIR/memos/<nnnnn>_<hash>.txt (a few .md transcriptions) and OUTDIR/edition.json
 * pointing at them and at the register (absolute path; default corpus/register). Memos have the
 * archive page layout of the seeds (INPUT-FORMAT §1), 10–20 paragraphs, several register names and
 * dates per paragraph, unknown names (proposals), and the variants of test/fixtures/memos: editorial
 * brackets, Roman and numeric dates, cut-off pages, stray preambles, missing headings, front-matter
 * transcriptions. Same N + seed + register → same bytes.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadRegister, type RegisterEntry } from '../src/find-entities/register/index.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_REGISTER_DIR = join(ROOT, 'corpus', 'register');

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** sfc32 seeded from a string: small, fast, and the same on every platform. */
export function rng(seed: string): () => number {
  const h = createHash('sha256').update(seed).digest();
  let a = h.readUInt32LE(0), b = h.readUInt32LE(4), c = h.readUInt32LE(8), d = h.readUInt32LE(12);
  return () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    const t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    const r = (t + d) | 0;
    c = (c + r) | 0;
    return (r >>> 0) / 4294967296;
  };
}

interface Pools { persons: RegisterEntry[]; places: RegisterEntry[]; orgs: RegisterEntry[]; unknown: string[] }

/** Register names a memo can use; places with coordinates first (they are the ones memos name). */
function pools(registerDir: string): Pools {
  const { register } = loadRegister([registerDir]);
  const by = (t: RegisterEntry['type']) => register.entries.filter((e) => e.type === t && e.forms.length > 0).sort((x, y) => x.id.localeCompare(y.id));
  const places = by('place');
  const major = places.filter((p) => p.placeType === 'country' || p.placeType === 'region' || p.placeType === 'historical-state');
  // Zipf-like draws favour the head of each list: put countries first, then the settlements.
  const unknown: string[] = [];
  const r = rng('unknown-names');
  const on = ['Ko', 'Bi', 'Va', 'Ze', 'Dro', 'Mi', 'Lu', 'Tor', 'Pe', 'Sa', 'Gri', 'Ha', 'No', 'Ru', 'Ste'];
  const mid = ['va', 'ro', 'li', 'ne', 'ta', 'go', 'mi', 'sa', 'ka', 'de'];
  const end = ['cz', 'ov', 'ev', 'sky', 'ski', 'enko', 'ić', 'escu', 'a', 'os'];
  for (let i = 0; i < 400; i++) unknown.push(pick(r, on) + pick(r, mid) + pick(r, end));
  return { persons: by('person'), places: [...major, ...places.filter((p) => !major.includes(p))], orgs: by('org'), unknown: [...new Set(unknown)] };
}

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

/** Zipf-ish: the head of the list is mentioned far more often than the tail, as in real corpora. */
function zipf<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.min(xs.length - 1, Math.floor(xs.length * Math.pow(r(), 3)))]!;
}

function formOf(r: () => number, e: RegisterEntry): string {
  return pick(r, e.forms);
}

function personMention(r: () => number, e: RegisterEntry): string {
  const x = r();
  if (e.surname && !e.surnameFirst && x < 0.35) return `c. ${e.surname}`;
  if (e.surname && e.forenames?.length && !e.surnameFirst && x < 0.55) return `${e.forenames.map((f) => f[0]).join('.')}. ${e.surname}`;
  return formOf(r, e);
}

/** A memo's cast: the few persons, places and organisations it keeps coming back to (as real memos do). */
interface Memo { date: Date; cast: Pools }

function castOf(r: () => number, p: Pools): Pools {
  const some = <T>(xs: readonly T[], n: number) => [...new Set(Array.from({ length: n }, () => zipf(r, xs)))];
  return { persons: some(p.persons, 6 + Math.floor(r() * 5)), places: some(p.places, 4 + Math.floor(r() * 4)), orgs: some(p.orgs, 3 + Math.floor(r() * 3)), unknown: some(p.unknown, 2) };
}

const fmtLong = (d: Date) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
const fmtDayFirst = (d: Date) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
const fmtMonthDay = (d: Date) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
const fmtNumeric = (d: Date) => `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`;
const fmtRoman = (d: Date) => `${d.getUTCDate()}.${ROMAN[d.getUTCMonth()]}.${String(d.getUTCFullYear()).slice(2)}`;

function nearDate(r: () => number, d: Date): Date {
  return new Date(d.getTime() - Math.floor(r() * 200) * 86400000);
}

/** One sentence from a seed-like template: 1–3 names and often a date. */
function sentence(r: () => number, p: Pools, memo: Memo): string {
  // Mostly the memo's cast, now and then someone or somewhere else.
  const from = () => (r() < 0.9 ? memo.cast : p);
  const per = () => personMention(r, zipf(r, from().persons));
  const pla = () => formOf(r, zipf(r, from().places));
  const org = () => formOf(r, zipf(r, from().orgs));
  const unk = () => zipf(r, from().unknown);
  const when = () => {
    const d = nearDate(r, memo.date);
    const k = r();
    return k < 0.45 ? fmtMonthDay(d) : k < 0.7 ? fmtLong(d) : k < 0.82 ? fmtDayFirst(d) : k < 0.92 ? fmtRoman(d) : fmtNumeric(d);
  };
  const t = Math.floor(r() * 22);
  switch (t) {
    case 16: return 'He said that the situation had not changed since the last conversation, and that the comrades were waiting for further instructions.';
    case 17: return `The talks lasted about two hours; the atmosphere was friendly, though on several points the two sides could not agree.`;
    case 18: return `Allegedly, the question of deliveries will be discussed again at the end of the year, after the harvest.`;
    case 19: return `He added that he had informed ${per()} about it in advance.`;
    case 20: return `In conclusion, he asked that the matter be treated as confidential.`;
    case 0: return `On ${when()}, ${per()} visited me and informed me in advance about the ${org()} Plenary in ${pla()}.`;
    case 1: return `Further, ${per()} talked about the visits of the ambassador in ${pla()} in conjunction with his departure from ${pla()}.`;
    case 2: return `He said that last year there was a poor harvest, but steps taken by the ${org()} guarantee that everything will be all right this year.`;
    case 3: return `There was also a conversation with ${per()} and another with ${per()} about the situation in ${pla()}.`;
    case 4: return `The Ambassador ${unk()} said that the delegation of the ${org()} would leave ${pla()} on ${when()}.`;
    case 5: return `According to ${per()}, the ${org()} had asked other countries for help with fuel deliveries till ${memo.date.getUTCFullYear() + 3}.`;
    case 6: return `In conclusion of his conversation with ${per()}, comrade ${unk()} again stressed that the talks in ${pla()} had been useful.`;
    case 7: return `Allegedly, he was in ${pla()} where they harvest up to 50 – 60 metric cents from a hectare, and 45 metric cents in ${pla()}.`;
    case 8: return `A completely different situation exists in ${pla()}, where ${per()} met representatives of the ${org()} on ${when()}.`;
    case 9: return `The report of ${when()} was discussed at the meeting of the ${org()} with ${per()} and ${per()}.`;
    case 10: return `Together with ${per()}, we stated that the facts relayed by the Cuban Ambassador ${unk()} only confirm our own conclusions.`;
    case 11: return `[North] Korea was mentioned again, and ${per()} asked what was being said in ${pla()} about the ${org()}.`;
    case 12: return `Ri Song-un [Ri Song Un] started his visit to ${pla()} with a question about the work of the ${org()} [sic].`;
    case 13: return `Chai [Junwu] and ${per()} informed us that the conference in ${pla()} had been postponed [...] until ${when()}.`;
    case 14: return `[Translator's note: the name of the ${org()} is given here as in the original.] The telegram from ${pla()} arrived on ${when()}.`;
    default: return `He also said that the comrades in ${pla()} are not used to this approach, and that ${per()} would report to the ${org()}.`;
  }
}

function paragraph(r: () => number, p: Pools, memo: Memo): string {
  const n = 3 + Math.floor(r() * 3);
  return Array.from({ length: n }, () => sentence(r, p, memo)).join(' ');
}

const RIGHTS = [
  'The History and Public Policy Program welcomes reuse of Digital Archive materials for research and educational purposes. Some documents may be subject to copyright, which is retained by the rights holders in accordance with US and international copyright laws. When possible, rights holders have been contacted for permission to reproduce their materials.',
  "To enquire about this document's rights status or request permission for commercial use, please contact the History and Public Policy Program at [email\u00a0protected].",
];

function sourceLine(r: () => number, p: Pools): string {
  const who = () => `${pick(r, ['Adolf', 'Jan', 'Kalina', 'Sergey', 'Gary', 'Eva'])} ${pick(r, ['Kotlik', 'Cerny', 'Bratanova', 'Radchenko', 'Goldberg', 'Novak'])}`;
  const k = r();
  if (k < 0.4) return `State Central Archive, Prague. Translated by ${who()}.`;
  if (k < 0.6) return `AVPRF, fond 0102, opis ${10 + Math.floor(r() * 20)}, papka ${Math.floor(r() * 99)}, delo ${Math.floor(r() * 9)}, list ${100 + Math.floor(r() * 200)}. Obtained and translated for NKIDP by ${who()}.`;
  if (k < 0.8) return `Archive of the Ministry of Foreign Affairs, ${formOf(r, p.places[0]!)}. Obtained by ${who()} and translated by ${who()}.`;
  return `National Archives of the Czech Republic in Prague. Translated for CWIHP by ${who()}.`;
}

/** One memo as the text of a saved archive page, or (rarely) a Markdown transcription. */
export function memoText(i: number, seed: string, p: Pools): { ext: 'txt' | 'md'; text: string } {
  const r = rng(`${seed}:${i}`);
  const date = new Date(Date.UTC(1945 + Math.floor(r() * 46), Math.floor(r() * 12), 1 + Math.floor(r() * 28)));
  const memo: Memo = { date, cast: castOf(r, p) };
  const title = `${pick(r, ['Memorandum of a Conversation with', 'Record of a Conversation with', 'Report on a Meeting with', 'Telegram on the Visit of'])} ${personMention(r, zipf(r, p.persons)).replace(/^c\. /, '')} in ${formOf(r, zipf(r, p.places))}`;
  const paras = Array.from({ length: 10 + Math.floor(r() * 11) }, () => paragraph(r, p, memo));
  const summary = `${formOf(r, zipf(r, p.persons))} reviews the talks with the ${formOf(r, zipf(r, p.orgs))} about the situation in ${formOf(r, zipf(r, p.places))}.`;
  const variant = r();
  if (variant < 0.05) {
    const fm = ['---', `title: ${JSON.stringify(title)}`, `date: ${fmtLong(date)}`, 'source:', '  repository: Central State Archive', `  settlement: ${formOf(r, p.places[0]!)}`, 'translator:', '  - Kalina Bratanova', 'language: en', `summary: ${JSON.stringify(summary)}`, '---', ''];
    return { ext: 'md', text: [...fm, '# Report', '', ...paras.flatMap((x) => [x, ''])].join('\n') };
  }
  const dateLine = variant < 0.08 ? `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}` : fmtLong(date);
  const out: string[] = [];
  if (variant > 0.12) out.push('Skip to content', '');
  if (variant >= 0.08 && variant < 0.1) out.push(`${formOf(r, zipf(r, p.persons))} reports on another conversation.`, '');
  out.push(dateLine, '', title, '');
  if (r() < 0.3) out.push('This document was made possible with support from the Leon Levy Foundation.', '');
  for (const x of paras) out.push(`             ${x}`, '', '');
  if (variant >= 0.1 && variant < 0.13) {
    // A cut-off page: the text stops mid-word, with no summary or metadata.
    const text = out.join('\n');
    return { ext: 'txt', text: text.slice(0, Math.floor(text.length * (0.6 + r() * 0.3))) };
  }
  out.push(summary, '');
  if (variant < 0.95) out.push('Document Information', '', '');
  out.push(sourceLine(r, p), '', '', ...RIGHTS.flatMap((x) => [x, '']), 'Original Uploaded Date', '', '', '', 'Record ID');
  return { ext: 'txt', text: out.join('\n') + '\n' };
}

export interface GenerateOptions { seed?: string; registerDir?: string }

/** Writes N memos and edition.json into outDir (its memos/ folder is replaced). */
export function generateCorpus(n: number, outDir: string, o: GenerateOptions = {}): { memos: string[]; config: string; bytes: number } {
  const seed = o.seed ?? '1';
  const registerDir = resolve(o.registerDir ?? DEFAULT_REGISTER_DIR);
  const p = pools(registerDir);
  const memoDir = join(outDir, 'memos');
  rmSync(memoDir, { recursive: true, force: true });
  mkdirSync(memoDir, { recursive: true });
  const width = Math.max(3, String(n - 1).length);
  const memos: string[] = [];
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const { ext, text } = memoText(i, seed, p);
    const name = `${String(i).padStart(width, '0')}_${createHash('sha256').update(`${seed}:${i}`).digest('hex').slice(0, 16)}.${ext}`;
    writeFileSync(join(memoDir, name), text);
    memos.push(join(memoDir, name));
    bytes += Buffer.byteLength(text);
  }
  const config = join(outDir, 'edition.json');
  const edition = {
    title: `Synthetic edition of ${n} memoranda`,
    editors: ['tei-edition benchmark'],
    publisher: 'tei-edition',
    baseUrl: 'https://example.org/bench',
    version: '1.0.0',
    date: '2026-01-01',
    language: 'en',
    licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    memos: ['memos'],
    register: [registerDir],
    output: 'output',
    pdf: { paper: 'A4', enabled: false },
  };
  writeFileSync(config, JSON.stringify(edition, null, 2) + '\n');
  return { memos: readdirSync(memoDir).sort().map((f) => join(memoDir, f)), config, bytes };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : undefined;
  };
  const seed = flag('--seed');
  const registerDir = flag('--register');
  const [nText, out] = args;
  const n = Number(nText);
  if (!out || !Number.isInteger(n) || n < 1) {
    process.stderr.write('Usage: tsx scripts/gen-corpus.ts N OUTDIR [--seed S] [--register DIR]\n');
    process.exit(2);
  }
  const r = generateCorpus(n, resolve(out), { seed, registerDir });
  process.stderr.write(`${r.memos.length} memos (${(r.bytes / 1048576).toFixed(1)} MB) and ${r.config}\n`);
}
