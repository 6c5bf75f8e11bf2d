import { resolve } from 'node:path';
import { findConfig } from '../find-config.ts';
import type { Command } from '../command.ts';
import { UsageError, reportAndExit } from '../command.ts';
import { mergeShards } from '../../merge/index.ts';
import { standardStages } from '../../stages.ts';
import { createProgress, progressWanted } from '../../progress/bar.ts';
import { buildSummary } from '../../progress/summary.ts';

export const command: Command = {
  name: 'merge',
  summary: 'Combine the output folders of "build --shard i/n" into one edition',
  help: `Usage: tei-edition merge <shard-dir>… --out <dir> [options]

Combines the output folders of "tei-edition build --shard 1/n --out DIR1" … "--shard n/n" into
one edition in --out, identical to a single "tei-edition build --out DIR" (with the same --no-…
options). The shards' conversions and validations are reused; what spans the edition is computed
here: proposed register ids, the register, memo order and pages, indexes, search, corpus, exports
and the PDF. Run it in a checkout of the same edition (config, register, memo files), from the
folder the shards were built from. See docs/scaling.md for CI matrices and job queues.

Options:
  --out <dir>          Output folder of the edition (required)
  --config <file>      Edition config (default: ./edition.json or ./edition.yaml, else the sample)
  --no-validate        Skip validation
  --no-html            Skip the HTML edition
  --no-pdf             Skip the PDF
  --no-export          Skip citations, DTS and other exports
  -j, --jobs <n>       Worker threads (default: one per core)
  --cache-dir <dir>    Cache folder the shards' results are added to (default <config folder>/.cache/tei-edition)
  --format human|json  Diagnostics format (default human)
  --quiet              Print only warnings and errors (no progress bar)
  -h, --help           Show this help

Exit codes: 0 ok, 1 errors reported (missing or mismatched shards: TE707–TE709), 2 usage error.
`,
  options: {
    out: { type: 'string' },
    config: { type: 'string' },
    'no-validate': { type: 'boolean' },
    'no-html': { type: 'boolean' },
    'no-pdf': { type: 'boolean' },
    'no-export': { type: 'boolean' },
    jobs: { type: 'string', short: 'j' },
    'cache-dir': { type: 'string' },
    format: { type: 'string' },
    quiet: { type: 'boolean' },
  },
  allowPositionals: true,
  async run({ values, positionals }, io) {
    if (values.format !== undefined && values.format !== 'human' && values.format !== 'json') throw new UsageError('--format must be human or json');
    if (typeof values.out !== 'string') throw new UsageError('--out is required');
    if (!positionals.length) throw new UsageError('give the output folders of the shards');
    const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
    if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1 || jobs > 256)) throw new UsageError('--jobs must be a whole number from 1 to 256');
    const json = values.format === 'json';
    const progress = createProgress({ enabled: progressWanted({ isTTY: io.isTTY, env: io.env, quiet: !!values.quiet, json }) });
    const started = performance.now();
    let r;
    try {
      r = await mergeShards({
        shards: positionals.map((p) => resolve(io.cwd, p)),
        out: resolve(io.cwd, values.out),
        config: findConfig(io.cwd, values.config),
        env: io.env,
        jobs,
        cache: typeof values['cache-dir'] === 'string' ? resolve(io.cwd, values['cache-dir']) : undefined,
        onProgress: (e) => progress.onProgress(e),
        stages: standardStages({ validate: !values['no-validate'], html: !values['no-html'], pdf: !values['no-pdf'], exports: !values['no-export'] }),
      });
    } finally {
      progress.stop();
    }
    const code = reportAndExit(r.diagnostics, io, values.format, !!values.quiet);
    if (!json && r.context) {
      io.err(buildSummary({ diagnostics: r.diagnostics, files: r.files.length, built: r.context.memos.length, outDir: r.context.outDir, elapsedMs: performance.now() - started, timings: progress.timings(), stats: r.stats }));
    }
    return code;
  },
};

