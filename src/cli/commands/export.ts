import { resolve } from 'node:path';
import type { Command } from '../command.ts';
import { UsageError, reportAndExit } from '../command.ts';
import { findConfig } from '../find-config.ts';
import { loadStageContext } from '../../load-stage-context.ts';
import { EXPORT_KINDS, exportAll, exportKind, type ExportKind } from '../../export/index.ts';

export const command: Command = {
  name: 'export',
  summary: 'Write one kind of export (citations, TEI corpus, DTS, entities, network, JSON-LD, text, CFF) or all',
  help: `Usage: tei-edition export <kind> [options]

Writes exports from the TEI a build left in <output>/tei/ (run "tei-edition build" first):
  citations  export/citations/: CSL-JSON, BibTeX, RIS, Chicago note + bibliography per memo and paragraph
  tei        tei/edition.xml: the whole edition as one teiCorpus (and copies of the memo TEI)
  dts        dts/: Distributed Text Services 1.0 API as static files (see docs/exports.md)
  entities   export/entities/: persons, places, organisations and every mention (CSV, JSON)
  network    export/network/: co-occurrence network (nodes.csv, edges.csv, network.gexf)
  jsonld     export/jsonld/: schema.org JSON-LD per memo and for the edition
  text       export/text/: plain text and Markdown of each memo
  cff        export/: CITATION.cff, codemeta.json, CHANGELOG.md, changes.json
  all        every kind above

Options:
  --config <file>      Edition config (default ./edition.json or the sample edition)
  --out <dir>          Output folder to read tei/ from and write into (default: the config's "output")
  --dts-base <url>     Absolute URL where dts/ is served (default <baseUrl>/dts)
  --format human|json  Diagnostics format (default human)
  --quiet              Print only warnings and errors
  -h, --help           Show this help

Examples:
  tei-edition export all
  tei-edition export dts --dts-base https://example.org/api/dts

Exit codes: 0 ok, 1 errors reported, 2 usage error.
`,
  options: {
    config: { type: 'string' },
    out: { type: 'string' },
    'dts-base': { type: 'string' },
    format: { type: 'string' },
    quiet: { type: 'boolean' },
  },
  allowPositionals: true,
  async run({ values, positionals }, io) {
    if (values.format !== undefined && values.format !== 'human' && values.format !== 'json') throw new UsageError('--format must be human or json');
    if (positionals.length !== 1) throw new UsageError(`give one kind: ${[...EXPORT_KINDS, 'all'].join('|')}`);
    const kind = positionals[0];
    if (kind !== 'all' && !(EXPORT_KINDS as readonly string[]).includes(kind)) throw new UsageError(`unknown kind "${kind}"; use ${[...EXPORT_KINDS, 'all'].join('|')}`);
    const dtsBase = values['dts-base'];
    if (dtsBase !== undefined && !/^https?:\/\/\S+$/.test(String(dtsBase))) throw new UsageError('--dts-base must be an absolute http(s) URL');
    const { ctx, diagnostics } = loadStageContext(findConfig(io.cwd, values.config), {
      outDir: typeof values.out === 'string' ? resolve(io.cwd, values.out) : undefined,
      env: io.env,
    });
    if (!ctx) return reportAndExit(diagnostics, io, values.format, !!values.quiet);
    const opts = typeof dtsBase === 'string' ? { dtsBase } : {};
    const r = kind === 'all' ? await exportAll(ctx, opts) : await exportKind(kind as ExportKind, ctx, opts);
    const code = reportAndExit([...diagnostics, ...r.diagnostics], io, values.format, !!values.quiet);
    if (values.format !== 'json' && !values.quiet) io.err(`Wrote ${r.written.length} file(s) under ${ctx.outDir}\n`);
    return code;
  },
};
