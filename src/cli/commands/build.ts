import { resolve } from 'node:path';
import { findConfig } from '../find-config.ts';
import type { Command } from '../command.ts';
import { UsageError, reportAndExit } from '../command.ts';
import { buildEdition } from '../../build-edition.ts';
import { standardStages } from '../../stages.ts';
import { parseShard } from '../../merge/shard.ts';
import { createProgress, progressWanted } from '../../progress/bar.ts';
import { buildSummary } from '../../progress/summary.ts';
import { trace } from '../../progress/trace.ts';

export const command: Command = {
  name: 'build',
  summary: 'Build the edition: TEI, validation, HTML site, PDF and exports into output/',
  help: `Usage: tei-edition build [options]

Builds the edition described by an edition config (default: ./edition.json or ./edition.yaml if
present, else the sample edition shipped with tei-edition): converts every memo to TEI
(output/tei/), validates it, renders the HTML edition (output/html/) and the PDF
(output/print/edition.pdf), and writes the exports (output/export/, output/dts/).
A memo with errors is reported and left out of the rendered outputs; the others go on.

Builds are incremental: results are cached by content (default <config folder>/.cache/tei-edition),
so a rebuild re-does only the memos that changed (and, after a register change, the memos that
mention the changed entries). Memos are converted, validated and rendered on worker threads.
Neither the cache nor the number of threads changes the output.

Options:
  --config <file>      Edition config (JSON or YAML)
  --out <dir>          Output folder (overrides the config's "output")
  --no-validate        Skip RELAX NG + Schematron validation
  --no-html            Skip the HTML edition
  --no-pdf             Skip the PDF
  --no-export          Skip citations, DTS and other exports
  --force              Overwrite TEI files that were edited by hand since the last build
  -j, --jobs <n>       Worker threads (default: one per core; 1: no worker threads)
  --no-cache           Do not read or write the build cache
  --cache-dir <dir>    Cache folder (default <config folder>/.cache/tei-edition)
  --shard <i/n>        Build only slice i of n (by a hash of each memo's file name) into --out,
                       for "tei-edition merge"; see docs/scaling.md
  --format human|json  Diagnostics format (default human)
  --quiet              Print only warnings and errors (no progress bar)
  --daemon             Hand the build to a build server that stays running between builds and
                       keeps what they read in memory (started if none runs; stops after 15 idle
                       minutes, or TEI_EDITION_DAEMON_IDLE seconds): a rebuild after an edit then
                       takes what a "serve" rebuild takes. Same output; no progress bar
  --stop-daemon        Stop the build server of this folder, if one runs, and build nothing
  -h, --help           Show this help

A progress bar is shown on a terminal (not in CI, i.e. when CI is set, nor with --quiet); a short
summary (memos built, time per stage, cache, errors and warnings) always ends the build.

Exit codes: 0 ok, 1 errors reported, 2 usage error.
`,
  options: {
    config: { type: 'string' },
    out: { type: 'string' },
    'no-validate': { type: 'boolean' },
    'no-html': { type: 'boolean' },
    'no-pdf': { type: 'boolean' },
    'no-export': { type: 'boolean' },
    force: { type: 'boolean' },
    jobs: { type: 'string', short: 'j' },
    'no-cache': { type: 'boolean' },
    'cache-dir': { type: 'string' },
    shard: { type: 'string' },
    format: { type: 'string' },
    quiet: { type: 'boolean' },
    // Handled by the launcher (bin/tei-edition.js → src/cli/daemon/client.mjs) before this command loads.
    daemon: { type: 'boolean' },
    'stop-daemon': { type: 'boolean' },
  },
  allowPositionals: false,
  async run({ values }, io) {
    if (values.format !== undefined && values.format !== 'human' && values.format !== 'json') throw new UsageError('--format must be human or json');
    const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
    if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1 || jobs > 256)) throw new UsageError('--jobs must be a whole number from 1 to 256');
    const shard = values.shard === undefined ? undefined : parseShard(String(values.shard));
    if (values.shard !== undefined && !shard) throw new UsageError('--shard must be i/n with 1 ≤ i ≤ n, e.g. --shard 2/4');
    if (shard && typeof values.out !== 'string') throw new UsageError('--shard needs --out: each shard builds into its own folder');
    if (values['no-cache'] && values['cache-dir'] !== undefined) throw new UsageError('--no-cache and --cache-dir exclude each other');
    if (values['stop-daemon']) {
      const { stopDaemon } = await import('../daemon/client.mjs');
      io.err((await stopDaemon({ cwd: io.cwd, env: io.env })) ? 'Build server stopped.\n' : 'No build server runs for this folder.\n');
      return 0;
    }
    trace(`cli: started ${process.uptime().toFixed(2)} s ago`);
    const json = values.format === 'json';
    const progress = createProgress({ enabled: progressWanted({ isTTY: io.isTTY, env: io.env, quiet: !!values.quiet, json }) });
    const started = performance.now();
    let r;
    try {
      r = await buildEdition({
        config: findConfig(io.cwd, values.config),
        out: typeof values.out === 'string' ? resolve(io.cwd, values.out) : undefined,
        force: !!values.force,
        env: io.env,
        jobs,
        cache: values['no-cache'] ? false : typeof values['cache-dir'] === 'string' ? resolve(io.cwd, values['cache-dir']) : undefined,
        shard,
        session: io.session,
        onProgress: (e) => progress.onProgress(e),
        stages: standardStages({
          validate: !values['no-validate'],
          html: !values['no-html'],
          pdf: !values['no-pdf'],
          exports: !values['no-export'],
        }),
      });
    } finally {
      progress.stop();
    }
    trace('cli: built');
    const code = reportAndExit(r.diagnostics, io, values.format, !!values.quiet);
    trace('cli: report printed');
    if (!json && r.context) {
      io.err(
        buildSummary({
          diagnostics: r.diagnostics,
          files: r.files.length,
          built: r.context.memos.length,
          outDir: r.context.outDir,
          elapsedMs: performance.now() - started,
          timings: progress.timings(),
          stats: r.stats,
          shard: shard ? `${shard.index}/${shard.count}` : undefined,
        }),
      );
    }
    return code;
  },
};

