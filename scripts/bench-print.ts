/**
 * Benchmark of the print edition (issue 5): lays out a generated 100-memo edition and prints the
 * seconds it took and the page count. Target: ≤ 60 s on the 2-core reference machine.
 *
 *   npx tsx scripts/bench-print.ts [--memos 100] [--paper A4|Letter] [--keep]
 *
 * The memos are variations of real TEI: the converter's output of the seeds in output/tei/ when it
 * is there (run "tei-edition build" first), else the contract sample memo with its paragraphs
 * repeated to the seeds' length. Each copy gets its own id, date and paragraph ids.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { EditionConfig, StageContext, TeiDoc } from '../src/edition.ts';
import { renderPrint } from '../src/render-print/index.ts';

const ROOT = new URL('..', import.meta.url).pathname;

function templates(): string[] {
  const dir = join(ROOT, 'output', 'tei');
  const real = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.xml') && !['register.xml', 'edition.xml'].includes(f))
        .sort()
        .map((f) => readFileSync(join(dir, f), 'utf8'))
    : [];
  if (real.length) return real;
  const sample = readFileSync(join(ROOT, 'test', 'fixtures', 'contract', 'sample-memo.xml'), 'utf8');
  // The sample has 2 paragraphs; the seeds have about 12. Repeat them (new ids and numbers below).
  const paras = sample.match(/<p xml:id="[^"]+" n="\d+">[\s\S]*?<\/p>\n/g) ?? [];
  const more = Array.from({ length: 6 }, () => paras.join('')).join('');
  return [sample.replace(paras.join(''), more)];
}

/** Copy `n` of a template: new memo id, a date `n` weeks later, unique paragraph ids and numbers. */
export function variant(xml: string, n: number): string {
  const id = /<TEI[^>]*xml:id="([^"]+)"/.exec(xml)?.[1] ?? 'memo';
  const day = new Date(Date.UTC(1955, 0, 3 + 7 * n));
  const iso = day.toISOString().slice(0, 10);
  const text = day.toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
  const newId = `${id}-v${String(n).padStart(3, '0')}`;
  let par = 0;
  return xml
    .replaceAll(id, newId)
    .replace(/(<creation>\s*<date when=")[^"]*(">)[^<]*/, (_m, a: string, b: string) => `${a}${iso}${b}${text}`)
    .replace(/(<dateline>\s*<date when=")[^"]*(">)[^<]*/, (_m, a: string, b: string) => `${a}${iso}${b}${text}`)
    .replace(/<p xml:id="([^"]+)" n="\d+">/g, (_m, pid: string) => `<p xml:id="${pid}-${++par}" n="${par}">`);
}

async function main() {
  const { values } = parseArgs({
    options: { memos: { type: 'string', default: '100' }, paper: { type: 'string', default: 'A4' }, keep: { type: 'boolean', default: false } },
  });
  const count = Number(values.memos);
  const config = JSON.parse(readFileSync(join(ROOT, 'corpus', 'edition.json'), 'utf8')) as EditionConfig;
  const tpl = templates();
  const memos: TeiDoc[] = Array.from({ length: count }, (_, i) => {
    const xml = variant(tpl[i % tpl.length]!, i);
    const id = /<TEI[^>]*xml:id="([^"]+)"/.exec(xml)![1]!;
    return { id, path: `${id}.xml`, stem: id, xml };
  });
  const regPath = [join(ROOT, 'output', 'tei', 'register.xml'), join(ROOT, 'test', 'fixtures', 'contract', 'register.xml')].find(existsSync)!;
  const outDir = mkdtempSync(join(tmpdir(), 'bench-print-'));
  const ctx: StageContext = {
    config,
    root: join(ROOT, 'corpus'),
    outDir,
    memos,
    register: { path: regPath, xml: readFileSync(regPath, 'utf8') },
    build: { toolVersion: 'bench', date: '2026-01-01', timestamp: '2026-01-01T00:00:00Z' },
  };
  const t0 = performance.now();
  let pages = 0;
  let layoutMs = 0;
  const r = await renderPrint(ctx, {
    paper: values.paper === 'Letter' ? 'Letter' : 'A4',
    onPrinted: (_f, p) => {
      pages = p.pages;
      layoutMs = p.layoutMs;
    },
  });
  const seconds = (performance.now() - t0) / 1000;
  for (const d of r.diagnostics) console.error(`${d.severity} ${d.code} ${d.message}`);
  console.log(`print: ${count} memos (${tpl.length} template${tpl.length === 1 ? '' : 's'}), ${pages} pages, ` +
    `${seconds.toFixed(1)} s total (Paged.js layout ${(layoutMs / 1000).toFixed(1)} s), target ≤ 60 s`);
  if (values.keep) console.log(`output: ${outDir}`);
  else rmSync(outDir, { recursive: true, force: true });
  if (!r.written.length) process.exitCode = 1;
}

await main();
