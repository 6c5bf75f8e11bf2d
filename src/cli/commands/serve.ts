import { join, resolve } from 'node:path';
import { findConfig } from '../find-config.ts';
import type { Command } from '../command.ts';
import { UsageError, reportAndExit } from '../command.ts';
import { buildEdition } from '../../build-edition.ts';
import { loadConfig } from '../../load-config.ts';
import { standardStages } from '../../stages.ts';
import { BuildSession } from '../../cache/session.ts';
import { summarize } from '../../diagnostics/report.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { serveSite, TOOL_WATCH } from '../../render-html/serve.ts';

export const command: Command = {
  name: 'serve',
  summary: 'Preview the HTML edition on localhost, rebuilding and reloading on change',
  help: `Usage: tei-edition serve [options]

Builds the edition as "build --no-pdf --no-export" does (TEI, validation, HTML, with the build
cache), serves output/html/ on http://127.0.0.1:<port>/ and watches the memos, the register, the
edition config and the stylesheets: a change rebuilds what changed and reloads open pages. The
first build prints every problem; a rebuild prints only the new ones, then the counts. Only this
machine can connect. Stop with Ctrl-C.

Options:
  --config <file>      Edition config (default ./edition.json or ./edition.yaml, else the sample edition)
  --out <dir>          Output folder (overrides the config's "output")
  --port <n>           Port (default 8080; 0 picks a free one)
  -j, --jobs <n>       Worker threads (default: one per core; 1: no worker threads)
  --cache-dir <dir>    Build cache folder (default <config folder>/.cache/tei-edition)
  --format human|json  Diagnostics format (default human)
  -h, --help           Show this help
`,
  options: {
    config: { type: 'string' },
    out: { type: 'string' },
    port: { type: 'string' },
    jobs: { type: 'string', short: 'j' },
    'cache-dir': { type: 'string' },
    format: { type: 'string' },
  },
  allowPositionals: false,
  async run({ values }, io) {
    const port = values.port === undefined ? 8080 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be a number from 0 to 65535');
    const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
    if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1 || jobs > 256)) throw new UsageError('--jobs must be a whole number from 1 to 256');
    const cache = typeof values['cache-dir'] === 'string' ? resolve(io.cwd, values['cache-dir']) : undefined;
    const config = findConfig(io.cwd, values.config);
    const out = typeof values.out === 'string' ? resolve(io.cwd, values.out) : undefined;
    const loaded = loadConfig(config);
    if (!loaded.config) return reportAndExit(loaded.diagnostics, io, values.format);
    const c = loaded.config;
    const session = new BuildSession();
    let reported = new Set<string>();
    let first = true;
    const site = await serveSite({
      port,
      watch: [config, ...c.memos, ...c.register, ...(c.introduction ? [c.introduction] : [])].map((p) => resolve(loaded.root, p)).concat(TOOL_WATCH),
      rebuild: async () => {
        // What `build --no-pdf --no-export` does, with the build cache; the session keeps what the
        // last rebuild read (cache indexes, register) while its files are unchanged.
        const r = await buildEdition({ config, out, env: io.env, session, jobs, cache, stages: standardStages({ pdf: false, exports: false }) });
        return { ...r, htmlDir: r.context ? join(r.context.outDir, 'html') : undefined };
      },
      onBuild: (r) => {
        // Every problem after the first build; after a rebuild only those it did not have before
        // (an edition of thousands of memos has thousands of warnings), then the counts.
        const fresh = r.diagnostics.filter((d) => !reported.has(diagnosticKey(d)));
        reportAndExit(first ? r.diagnostics : fresh, io, values.format, true);
        const s = summarize(r.diagnostics);
        io.err(`${first ? 'Built' : 'Rebuilt'}: ${r.written.length} file(s) changed; ${s.errors} error(s), ${s.warnings} warning(s)${first ? '' : `, ${fresh.filter((d) => d.severity !== 'info').length} of them new`}\n`);
        reported = new Set(r.diagnostics.map(diagnosticKey));
        first = false;
      },
    });
    io.err(`Serving ${site.url} (Ctrl-C to stop)\n`);
    // While the reader looks: what the first rebuild after an edit would otherwise load.
    void import('../../parallel/warm-up.ts').then((m) => m.warmUp());
    await new Promise<void>((ok) => {
      process.once('SIGINT', ok);
      process.once('SIGTERM', ok);
    });
    await site.close();
    return 0;
  },
};

function diagnosticKey(d: Diagnostic): string {
  return [d.code, d.file, d.line, d.column, d.message].join('\u0000');
}
