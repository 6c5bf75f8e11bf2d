/**
 * Validation throughput: RELAX NG + Schematron on N generated memos (variants of the contract
 * sample memo, each with its own ids), one register, after the one-off compile.
 *
 *   npx tsx scripts/bench-validate.ts [N=1000]
 *
 * Prints compile times, memos per second (wall clock and per CPU-second, i.e. per core) and
 * memory. Figures are printed, not asserted. scripts/bench.ts can call benchValidate(N).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadGrammar, loadSchematron, validateTei } from '../src/validate-tei/index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const sample = readFileSync(`${root}test/fixtures/contract/sample-memo.xml`, 'utf8');
const register = { path: 'register.xml', xml: readFileSync(`${root}test/fixtures/validate/register.xml`, 'utf8') };
const OLD_ID = 'memo-1964-02-26-memorandum-of-a-conversation';

/** Memo i: its own ids, a date that moves through 1950–1969, and one paragraph more every 3rd memo. */
export function generatedMemo(i: number): { path: string; xml: string } {
  const year = 1950 + (i % 20);
  const id = `memo-${year}-02-26-generated-${i}`;
  // The sample's application id ("tei-edition") would repeat in every memo: give each its own.
  let xml = sample.replaceAll(OLD_ID, id).replaceAll('"tei-edition"', `"${id}-tool"`).replaceAll('"#tei-edition"', `"#${id}-tool"`).replaceAll('1964-02-26', `${year}-02-26`).replaceAll('February 26, 1964', `February 26, ${year}`);
  if (i % 3 === 0) {
    xml = xml.replace(
      '<gap reason="truncated"/>',
      `<p xml:id="${id}-p-extra" n="3">On <date when="${year}-03-01">March 1</date> <persName ref="per:khrushchev-nikita">Khrushchev</persName> met the <orgName ref="org:cpsu-cc">CPSU CC</orgName> in <placeName ref="pla:moscow">Moscow</placeName>.</p>\n<gap reason="truncated"/>`,
    );
  }
  return { path: `generated/${id}.xml`, xml };
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

export interface ValidateBench {
  memos: number;
  rngCompileMs: number;
  schematronLoadMs: number;
  schematronFromCache: boolean;
  memosPerSecondWall: number;
  memosPerCpuSecond: number;
  cpuMsPerMemo: number;
  rssMB: number;
  heapUsedMB: number;
  diagnostics: number;
}

/** Runs the benchmark and prints the figures (also returned, for scripts/bench.ts). */
export async function benchValidate(N = 1000, log: (s: string) => void = console.log): Promise<ValidateBench> {
  const t0 = performance.now();
  const grammar = loadGrammar();
  const t1 = performance.now();
  const sch = await loadSchematron();
  const t2 = performance.now();
  log(`RELAX NG compile (libxml2-wasm): ${grammar.compileMs.toFixed(0)} ms (load ${(t1 - t0).toFixed(0)} ms)`);
  log(`Schematron load: ${(t2 - t1).toFixed(0)} ms (${sch.stylesheet.cacheHit ? 'SEF from .cache' : 'compiled .sch → XSLT → SEF'})`);

  const memos = Array.from({ length: N }, (_, i) => generatedMemo(i));
  const bytes = memos.reduce((n, m) => n + m.xml.length, 0);
  // Warm-up (JIT), then the measured run.
  await validateTei(memos.slice(0, 20), { register });
  const cpu0 = process.cpuUsage();
  const w0 = performance.now();
  const ds = await validateTei(memos, { register });
  const wall = (performance.now() - w0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSec = (cpu.user + cpu.system) / 1e6;
  const errors = ds.filter((d) => d.severity === 'error').length;
  const byCode = new Map<string, number>();
  for (const d of ds) byCode.set(d.code, (byCode.get(d.code) ?? 0) + 1);
  const codes = [...byCode].map(([c, n]) => `${c}×${n}`).join(', ');
  log(`Validated ${N} memos (${(bytes / 1024 / 1024).toFixed(1)} MB of TEI): ${errors} errors, ${ds.length - errors} other diagnostics${codes ? ` (${codes})` : ''}`);
  log(`Throughput: ${(N / wall).toFixed(0)} memos/s wall clock, ${(N / cpuSec).toFixed(0)} memos per CPU-second (per core); ${((cpuSec / N) * 1000).toFixed(2)} ms CPU per memo`);
  const mem = process.memoryUsage();
  log(`Memory: rss ${mb(mem.rss)}, heap used ${mb(mem.heapUsed)}, external/wasm ${mb(mem.external + mem.arrayBuffers)}`);
  log(`Target: ≥ 200 memos/s per core for RELAX NG + Schematron — ${Math.min(N / wall, N / cpuSec) >= 200 ? 'met' : 'not met on this run'}`);
  return {
    memos: N,
    rngCompileMs: grammar.compileMs,
    schematronLoadMs: t2 - t1,
    schematronFromCache: sch.stylesheet.cacheHit,
    memosPerSecondWall: N / wall,
    memosPerCpuSecond: N / cpuSec,
    cpuMsPerMemo: (cpuSec / N) * 1000,
    rssMB: mem.rss / 1024 / 1024,
    heapUsedMB: mem.heapUsed / 1024 / 1024,
    diagnostics: ds.length,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchValidate(Number(process.argv[2] ?? 1000));
