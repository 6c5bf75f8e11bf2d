import { join, resolve } from 'node:path';
import { findConfig } from '../find-config.ts';
import type { Command } from '../command.ts';
import { UsageError, reportAndExit } from '../command.ts';
import { buildEdition } from '../../build-edition.ts';
import { loadConfig } from '../../load-config.ts';
import { renderSite } from '../../render-html/index.ts';
import { serveSite, TOOL_WATCH } from '../../render-html/serve.ts';

export const command: Command = {
  name: 'serve',
  summary: 'Preview the HTML edition on localhost, rebuilding and reloading on change',
  help: `Usage: tei-edition serve [options]

Builds the TEI and the HTML edition, serves output/html/ on http://127.0.0.1:<port>/ and watches
the memos, the register, the edition config and the stylesheets: a change rebuilds what changed
and reloads open pages. Only this machine can connect. Stop with Ctrl-C.

Options:
  --config <file>      Edition config (default ./edition.json or ./edition.yaml, else the sample edition)
  --out <dir>          Output folder (overrides the config's "output")
  --port <n>           Port (default 8080; 0 picks a free one)
  --format human|json  Diagnostics format (default human)
  -h, --help           Show this help
`,
  options: {
    config: { type: 'string' },
    out: { type: 'string' },
    port: { type: 'string' },
    format: { type: 'string' },
  },
  allowPositionals: false,
  async run({ values }, io) {
    const port = values.port === undefined ? 8080 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be a number from 0 to 65535');
    const config = findConfig(io.cwd, values.config);
    const out = typeof values.out === 'string' ? resolve(io.cwd, values.out) : undefined;
    const loaded = loadConfig(config);
    if (!loaded.config) return reportAndExit(loaded.diagnostics, io, values.format);
    const c = loaded.config;
    const site = await serveSite({
      port,
      watch: [config, ...c.memos, ...c.register, ...(c.introduction ? [c.introduction] : [])].map((p) => resolve(loaded.root, p)).concat(TOOL_WATCH),
      rebuild: async () => {
        const r = await buildEdition({ config, out, env: io.env, stages: [{ name: 'html', run: (ctx) => renderSite(ctx) }] });
        return { ...r, htmlDir: r.context ? join(r.context.outDir, 'html') : undefined };
      },
      onBuild: (r) => {
        reportAndExit(r.diagnostics, io, values.format, true);
        io.err(`Rebuilt: ${r.written.length} file(s) changed\n`);
      },
    });
    io.err(`Serving ${site.url} (Ctrl-C to stop)\n`);
    await new Promise<void>((ok) => {
      process.once('SIGINT', ok);
      process.once('SIGTERM', ok);
    });
    await site.close();
    return 0;
  },
};


