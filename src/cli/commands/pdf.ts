import { resolve } from 'node:path';
import type { Command } from '../command.ts';
import { UsageError, reportAndExit } from '../command.ts';
import { diagnostic } from '../../diagnostics/diagnostic.ts';
import { findConfig } from '../find-config.ts';
import { loadStageContext } from '../../load-stage-context.ts';

export const command: Command = {
  name: 'pdf',
  summary: 'Print the edition as a book-quality PDF (output/print/edition.pdf), and single-memo PDFs on request',
  help: `Usage: tei-edition pdf [options]

Lays out the whole edition from the TEI a build left in <output>/tei/ (run "tei-edition build"
first) as one book: title page, contents, introduction, note on the encoding, every memo with its
head note and footnotes, chronology, indexes of persons, places and organisations, colophon.
Writes <output>/print/edition.pdf, and <output>/print/<memo id>.pdf for each --memo.
Uses headless Chromium (/usr/bin/chromium) with Paged.js.

Options:
  --config <file>      Edition config (default ./edition.json or the sample edition)
  --out <dir>          Output folder to read tei/ from and write print/ into (default: the config's "output")
  --memo <id>          Also print this memo (TEI xml:id) as a single PDF; repeat for several
  --paper A4|Letter    Paper size (default: the config's pdf.paper, else A4)
  --format human|json  Diagnostics format (default human)
  --quiet              Print only warnings and errors
  -h, --help           Show this help

Examples:
  tei-edition pdf
  tei-edition pdf --paper Letter --memo memo-1964-02-26-memorandum-conversation-soviet-ambassador

Exit codes: 0 ok, 1 errors reported, 2 usage error.
`,
  options: {
    config: { type: 'string' },
    out: { type: 'string' },
    memo: { type: 'string', multiple: true },
    paper: { type: 'string' },
    format: { type: 'string' },
    quiet: { type: 'boolean' },
  },
  allowPositionals: false,
  async run({ values }, io) {
    if (values.format !== undefined && values.format !== 'human' && values.format !== 'json') throw new UsageError('--format must be human or json');
    const paper = values.paper === undefined ? undefined : String(values.paper);
    if (paper !== undefined && paper !== 'A4' && paper !== 'Letter') throw new UsageError('--paper must be A4 or Letter');
    const { ctx, diagnostics } = loadStageContext(findConfig(io.cwd, values.config), {
      outDir: typeof values.out === 'string' ? resolve(io.cwd, values.out) : undefined,
      env: io.env,
    });
    if (!ctx) return reportAndExit(diagnostics, io, values.format, !!values.quiet);
    if (ctx.memos.length === 0) {
      diagnostics.push(diagnostic('TE569', { file: resolve(ctx.outDir, 'tei') }));
      return reportAndExit(diagnostics, io, values.format, !!values.quiet);
    }
    // Loaded here, not at the top: `tei-edition --help` must not load Chromium code.
    const { renderPrint } = await import('../../render-print/index.ts');
    const r = await renderPrint(ctx, {
      memoIds: (values.memo as string[] | undefined) ?? [],
      ...(paper ? { paper } : {}),
    });
    const code = reportAndExit([...diagnostics, ...r.diagnostics], io, values.format, !!values.quiet);
    if (values.format !== 'json' && !values.quiet) {
      for (const f of r.written) io.err(`Wrote ${resolve(ctx.outDir, f)}\n`);
    }
    return code;
  },
};
