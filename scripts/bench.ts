/**
 * Performance benchmark (issue 7): synthetic corpora of 100 and 1,000 memos (10,000 with --10k),
 * built text → TEI → validation → HTML, then exports, an incremental rebuild after editing one memo
 * and one after a register change. Prints per stage memos/s, MB/s, wall and CPU time and peak RSS,
 * as a table (and as JSON with --json). Figures are measured, never asserted.
 *
 *   npm run bench -- [--10k] [--sizes 100,1000] [--jobs N] [--site-max N] [--exports-max 1000] [--json] [--print] [--validate]
 *
 * Each build runs in a child process (fresh memory, so peak RSS is the build's own). Read,
 * recognize and build TEI are timed apart on one thread (they run fused on worker threads in the
 * build). The site pages (indexes, chronology, map, network, search) are rendered at every size
 * (from per-memo facts, linear in the edition; --site-max N skips them above N memos);
 * exports up to --exports-max memos (1,000 by default: they run on one thread, and the
 * citations alone cost ~50 ms per memo).
 * --print adds scripts/bench-print.ts (PDF, 100 memos); --validate adds scripts/bench-validate.ts.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_REGISTER_DIR, generateCorpus } from './gen-corpus.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const ME = fileURLToPath(import.meta.url);

interface Row { stage: string; memos: number; mb: number; wallS: number; cpuS: number; rssMB: number; note?: string }
interface SizeResult { memos: number; inputMB: number; rows: Row[]; cache?: Record<string, number>; error?: string }

const args = parseArgs({
  options: {
    '10k': { type: 'boolean' },
    sizes: { type: 'string' },
    jobs: { type: 'string' },
    'site-max': { type: 'string' },
    'exports-max': { type: 'string' },
    json: { type: 'boolean' },
    print: { type: 'boolean' },
    validate: { type: 'boolean' },
    child: { type: 'string' },
    dir: { type: 'string' },
  },
}).values;

if (args.child) await child(args.child, args.dir!, Number(args.jobs ?? availableParallelism()), Number(args['site-max'] ?? Infinity), Number(args['exports-max'] ?? 1000));
else await main();

async function main(): Promise<void> {
  const sizes = args.sizes ? args.sizes.split(',').map(Number) : [100, 1000, ...(args['10k'] ? [10000] : [])];
  const jobs = Number(args.jobs ?? availableParallelism());
  const siteMax = Number(args['site-max'] ?? Infinity);
  const results: SizeResult[] = [];
  const log = (s: string) => process.stderr.write(s);
  log(`tei-edition bench: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}, ${jobs} worker threads\n`);
  for (const n of sizes) {
    const dir = join(ROOT, '.cache', 'bench', String(n));
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    cpSync(DEFAULT_REGISTER_DIR, join(dir, 'register'), { recursive: true });
    const gen = timed(() => generateCorpus(n, dir, { seed: 'bench', registerDir: join(dir, 'register') }));
    log(`\n${n} memos: generated ${(gen.value.bytes / 2 ** 20).toFixed(1)} MB in ${gen.wallS.toFixed(1)} s; building…\n`);
    const r = spawnSync(process.execPath, ['--import', join(ROOT, 'scripts', 'with-ts.mjs'), ME, '--child', String(n), '--dir', dir, '--jobs', String(jobs), '--site-max', String(siteMax), '--exports-max', args['exports-max'] ?? '1000'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 2 ** 20, timeout: 4 * 3600_000 });
    const line = r.stdout.split('\n').reverse().find((l) => l.startsWith('{'));
    results.push(line ? (JSON.parse(line) as SizeResult) : { memos: n, inputMB: gen.value.bytes / 2 ** 20, rows: [], error: `child failed (status ${r.status}, signal ${r.signal})` });
  }
  const extra: Record<string, string> = {};
  if (args.validate) extra['bench-validate (500)'] = runScript('bench-validate.ts', ['500']);
  if (args.print) extra['bench-print (100 memos)'] = runScript('bench-print.ts', ['--memos', '100']);
  if (args.json) process.stdout.write(JSON.stringify({ machine: { cores: cpus().length, jobs, node: process.version }, results, extra }, null, 1) + '\n');
  else process.stdout.write(table(results, extra));
}

function runScript(name: string, a: string[]): string {
  const r = spawnSync(TSX, [join(ROOT, 'scripts', name), ...a], { encoding: 'utf8', timeout: 1800_000 });
  return (r.stdout + r.stderr).split('\n').filter((l) => l.trim() && !/npm warn/.test(l)).join(' | ');
}

function table(results: SizeResult[], extra: Record<string, string>): string {
  const out: string[] = [];
  for (const r of results) {
    out.push('', `${r.memos.toLocaleString('en-US')} memos (${r.inputMB.toFixed(1)} MB of memo text)${r.error ? `: ${r.error}` : ''}`);
    out.push(`  ${'stage'.padEnd(30)}${'memos/s'.padStart(9)}${'MB/s'.padStart(8)}${'wall s'.padStart(9)}${'CPU s'.padStart(9)}${'peak RSS'.padStart(10)}  note`);
    for (const row of r.rows) {
      const rate = row.wallS > 0 ? row.memos / row.wallS : 0;
      const cpu = Number.isFinite(row.cpuS) ? row.cpuS.toFixed(2) : '–';
      const rss = Number.isFinite(row.rssMB) ? `${row.rssMB.toFixed(0)} MB` : '–';
      out.push(`  ${row.stage.padEnd(30)}${fmt(rate, 9)}${fmt(row.wallS > 0 ? row.mb / row.wallS : 0, 8)}${row.wallS.toFixed(2).padStart(9)}${cpu.padStart(9)}${rss.padStart(10)}  ${row.note ?? ''}`);
    }
  }
  out.push('');
  for (const [k, v] of Object.entries(extra)) out.push(`${k}: ${v}`);
  return out.join('\n') + '\n';
}

function fmt(n: number, w: number): string {
  return (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2)).padStart(w);
}

function timed<T>(f: () => T): { value: T; wallS: number } {
  const t = performance.now();
  const value = f();
  return { value, wallS: (performance.now() - t) / 1000 };
}

// ─── child: one corpus size, in its own process ──────────────────────────────────────────────

async function child(nText: string, dir: string, jobs: number, siteMax: number, exportsMax: number): Promise<void> {
  const { buildEdition } = await import('../src/build-edition.ts');
  const { validateMemos } = await import('../src/parallel/validate-memos.ts');
  const { renderMemoPages } = await import('../src/parallel/html-pages.ts');
  const { renderSite } = await import('../src/render-html/index.ts');
  const { exportAll } = await import('../src/export/index.ts');
  type StageCtx = Parameters<typeof renderSite>[0];
  const n = Number(nText);
  const config = join(dir, 'edition.json');
  const out = join(dir, 'output');
  const cache = join(dir, 'cache');
  const memoDir = join(dir, 'memos');
  const inputMB = readdirSync(memoDir).reduce((s, f) => s + statSync(join(memoDir, f)).size, 0) / 2 ** 20;
  const rows: Row[] = [];
  const rss = () => process.resourceUsage().maxRSS / 1024;
  const say = (s: string) => process.stderr.write(`  ${s}\n`);

  rows.push(...(await splitConvert(memoDir, Math.min(n, 1000))));
  const site = n <= siteMax;
  const stages = [
    { name: 'validate', run: (ctx: StageCtx) => validateMemos(ctx) },
    { name: 'html', run: (ctx: StageCtx) => renderMemoPages(ctx) },
    ...(site ? [{ name: 'site', run: (ctx: StageCtx) => renderSite(ctx, { memoPages: false }) }] : []),
  ];
  let teiMB = 0;
  const run = async (label: string, withStages: typeof stages, detail: boolean) => {
    const marks = new Map<string, { t: number; cpu: number }>();
    let current = '';
    const mark = (stage: string) => {
      const cpu = process.cpuUsage();
      marks.set(stage, { t: performance.now(), cpu: (cpu.user + cpu.system) / 1e6 });
    };
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const ends: Row[] = [];
    const finish = (stage: string) => {
      const m = marks.get(stage);
      if (!m) return;
      const cpu = process.cpuUsage();
      const mb = stage === 'convert' ? inputMB : teiMB;
      ends.push({ stage: `${label}${stage}`, memos: n, mb, wallS: (performance.now() - m.t) / 1000, cpuS: (cpu.user + cpu.system) / 1e6 - m.cpu, rssMB: rss() });
    };
    const r = await buildEdition({
      config, out, cache, jobs, env: {}, stages: withStages,
      onProgress: (e) => {
        if (e.stage !== current) {
          if (current) finish(current);
          current = e.stage;
          mark(e.stage);
        }
      },
    });
    if (current) finish(current);
    const c = process.cpuUsage(c0);
    const total: Row = { stage: `${label}total`, memos: n, mb: inputMB, wallS: (performance.now() - t0) / 1000, cpuS: (c.user + c.system) / 1e6, rssMB: rss() };
    return { r, rows: detail ? [...ends, total] : [total] };
  };

  say(`full build (${jobs} threads${site ? '' : `, site pages skipped above ${siteMax} memos`})…`);
  const full = await run('', stages, true);
  teiMB = readdirSync(join(out, 'tei')).reduce((s, f) => s + statSync(join(out, 'tei', f)).size, 0) / 2 ** 20;
  for (const row of full.rows) if (row.stage !== 'convert' && row.stage !== 'total') row.mb = teiMB;
  full.rows.find((x) => x.stage === 'total')!.note = `end to end${site ? '' : ' without site pages'}; ${full.r.diagnostics.filter((d) => d.severity === 'error').length} errors`;
  rows.push(...full.rows);
  if (n <= exportsMax) {
    say(`exports…`);
    const ex = await run('exports: ', [{ name: 'export', run: (ctx: StageCtx) => exportAll(ctx) }], true);
    rows.push(...ex.rows.filter((x) => x.stage === 'exports: export'));
  }

  say('incremental: one memo edited…');
  const memo = join(memoDir, readdirSync(memoDir).sort()[Math.floor(n / 2)]!);
  const text = readFileSync(memo, 'utf8');
  writeFileSync(memo, text.replace(/(\n {13}[^\n]*?\.)/, '$1 He added that the matter would be discussed again.'));
  const inc = await run('incremental (1 memo): ', stages, false);
  inc.rows[0]!.note = `${inc.r.stats?.misses ?? '?'} memo(s) converted, ${inc.r.stats?.hits ?? '?'} from the cache; target ≤ 2 s at 10,000`;
  rows.push(...inc.rows);

  // The same, as a user runs it: a fresh `tei-edition build` process (start-up, imports and the
  // printed report included), without the HTML stage, then with it (memo pages, site pages from
  // cached facts) as `npm run build` does. Each run follows an edit of the same memo.
  const cliRun = (stage: string, edit: [string, string], flags: string[]) => {
    writeFileSync(memo, readFileSync(memo, 'utf8').replace(...edit));
    const start = performance.now();
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'tei-edition.js'), 'build', '--config', config, '--out', out, '--cache-dir', cache, '--jobs', String(jobs), ...flags, '--quiet'], { encoding: 'utf8', maxBuffer: 256 * 2 ** 20, env: { ...process.env, CI: '1' } });
    rows.push({ stage, memos: n, mb: inputMB, wallS: (performance.now() - start) / 1000, cpuS: NaN, rssMB: NaN, note: `tei-edition build ${flags.join(' ')} (new process, report printed; exit ${r.status})` });
  };
  cliRun('incremental CLI (1 memo)', ['He added that the matter', 'He added again that the matter'], ['--no-html', '--no-pdf', '--no-export']);
  cliRun('incremental CLI (1 memo, HTML)', ['He added again that the matter', 'He added once more that the matter'], [...(site ? [] : ['--no-html']), '--no-pdf', '--no-export']);

  if (site) {
    // The same edit in `tei-edition serve`, which keeps a build session between rebuilds: from the
    // edit to serve printing that it rebuilt (scripts/bench-serve.ts).
    say('incremental: serve…');
    const r = spawnSync(process.execPath, ['--import', join(ROOT, 'scripts', 'with-ts.mjs'), join(ROOT, 'scripts', 'bench-serve.ts'), '--dir', dir, '--edits', '3', '--jobs', String(jobs)], { encoding: 'utf8', timeout: 3600_000 });
    const got = r.status === 0 ? (JSON.parse(r.stdout.trim().split('\n').pop()!) as { first: number; rebuilds: number[] }) : undefined;
    const sorted = [...(got?.rebuilds ?? [])].sort((a, b) => a - b);
    rows.push({
      stage: 'incremental serve (1 memo, HTML)',
      memos: n,
      mb: inputMB,
      wallS: sorted.length ? sorted[Math.floor(sorted.length / 2)]! : NaN,
      cpuS: NaN,
      rssMB: NaN,
      note: got ? `tei-edition serve, edit → rebuilt (median of ${got.rebuilds.map((x) => x.toFixed(2)).join(', ')} s; first build ${got.first.toFixed(1)} s)` : `serve failed: ${r.stderr.slice(-300)}`,
    });
  }

  say('incremental: register entry edited…');
  const regFile = join(dir, 'register', 'persons.xml');
  const reg = readFileSync(regFile, 'utf8');
  const at = reg.indexOf('</persName>', Math.floor(reg.length / 2));
  writeFileSync(regFile, reg.slice(0, at + 11) + '\n<persName type="variant">Benchmarkovsky</persName>' + reg.slice(at + 11));
  const regRun = await run('incremental (register): ', stages, false);
  regRun.rows[0]!.note = `${regRun.r.stats?.misses ?? '?'} memo(s) converted again (${regRun.r.stats?.registerMisses ?? '?'} touched by the change)`;
  rows.push(...regRun.rows);
  // Last: one index of every paragraph in this process (2.3 GB at 10,000 memos) would otherwise be
  // the peak RSS (a high-water mark) of every row after it.
  rows.push(await searchIndexRow(join(out, 'tei'), n, teiMB));
  process.stdout.write(JSON.stringify({ memos: n, inputMB, rows } satisfies SizeResult) + '\n');
}

/** Read, recognize and build TEI apart, on this thread, over the first `k` memos. */
async function splitConvert(memoDir: string, k: number): Promise<Row[]> {
  const { loadMemoFile, readMemo, findEntities, buildTei, RegisterIndex, ProposalBook, loadRegister } = await import('../src/index.ts');
  const regDir = join(memoDir, '..', 'register');
  const t0 = performance.now();
  const { register } = loadRegister([existsSync(regDir) ? regDir : DEFAULT_REGISTER_DIR]);
  const index = new RegisterIndex(register);
  const regS = (performance.now() - t0) / 1000;
  const proposals = new ProposalBook((id) => register.byId.has(id));
  const files = readdirSync(memoDir).sort().slice(0, k).map((f) => join(memoDir, f));
  const mb = files.reduce((s, f) => s + statSync(f).size, 0) / 2 ** 20;
  const t = { read: 0, recognize: 0, tei: 0 };
  const clock = () => {
    const c = process.cpuUsage();
    return (c.user + c.system) / 1e6;
  };
  for (const f of files) {
    let c = clock();
    const file = await loadMemoFile(f);
    readMemo(file);
    t.read += clock() - c;
    if (!file.memo) continue;
    c = clock();
    findEntities(file, { index, proposals });
    t.recognize += clock() - c;
    c = clock();
    buildTei(file, { toolVersion: 'bench', publisher: 'bench', registerHref: 'register.xml', sourceName: f.split('/').pop()! });
    t.tei += clock() - c;
  }
  const rss = process.resourceUsage().maxRSS / 1024;
  const note = `1 thread, ${files.length} memos`;
  return [
    { stage: 'register load', memos: 0, mb: 0, wallS: regS, cpuS: regS, rssMB: rss, note: `${register.entries.length} entries read and indexed (once per thread)` },
    { stage: 'read', memos: files.length, mb, wallS: t.read, cpuS: t.read, rssMB: rss, note },
    { stage: 'recognize', memos: files.length, mb, wallS: t.recognize, cpuS: t.recognize, rssMB: rss, note },
    { stage: 'build TEI', memos: files.length, mb, wallS: t.tei, cpuS: t.tei, rssMB: rss, note },
  ];
}

/**
 * The search index on its own: minisearch (the site's library and options) over every paragraph of
 * the edition. The site computes the paragraphs with facts.xsl; here they are read from the TEI
 * with a regular expression, so the row is the index's own cost, which renderSite adds to the site.
 */
async function searchIndexRow(teiDir: string, n: number, teiMB: number): Promise<Row> {
  const MiniSearch = (await import('minisearch')).default;
  const { SEARCH_OPTIONS } = await import('../src/render-html/index.ts');
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const ms = new MiniSearch<Record<string, unknown>>(SEARCH_OPTIONS);
  for (const f of readdirSync(teiDir).sort()) {
    if (!f.endsWith('.xml') || f === 'register.xml' || f === 'edition.xml') continue;
    const xml = readFileSync(join(teiDir, f), 'utf8');
    const memo = /<TEI[^>]*xml:id="([^"]+)"/.exec(xml)?.[1] ?? f;
    const title = /<title[^>]*>([^<]*)</.exec(xml)?.[1] ?? '';
    ms.addAll([...xml.matchAll(/<p xml:id="([^"]+)" n="(\d+)">([\s\S]*?)<\/p>/g)].map((m) => ({ id: `${memo}#${m[1]}`, memo, pid: m[1], n: m[2], title, date: '', dateLabel: '', text: m[3]!.replace(/<[^>]+>/g, ''), persons: [], places: [] })));
  }
  const json = JSON.stringify(ms.toJSON());
  const c = process.cpuUsage(c0);
  return { stage: 'search index', memos: n, mb: teiMB, wallS: (performance.now() - t0) / 1000, cpuS: (c.user + c.system) / 1e6, rssMB: process.resourceUsage().maxRSS / 1024, note: `minisearch over all paragraphs, ${(json.length / 2 ** 20).toFixed(0)} MB of index JSON` };
}
