import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from '../command.ts';
import { UsageError, reportAndExit } from '../command.ts';
import { buildEdition } from '../../build-edition.ts';
import { standardStages } from '../../stages.ts';

export const command: Command = {
  name: 'build',
  summary: 'Build the edition: TEI, validation, HTML site, PDF and exports into output/',
  help: `Usage: tei-edition build [options]

Builds the edition described by an edition config (default: ./edition.json or ./edition.yaml if
present, else the sample edition shipped with tei-edition): converts every memo to TEI
(output/tei/), validates it, renders the HTML edition (output/html/) and the PDF
(output/print/edition.pdf), and writes the exports (output/export/, output/dts/).
A memo with errors is reported and left out of the rendered outputs; the others go on.

Options:
  --config <file>      Edition config (JSON or YAML)
  --out <dir>          Output folder (overrides the config's "output")
  --no-validate        Skip RELAX NG + Schematron validation
  --no-html            Skip the HTML edition
  --no-pdf             Skip the PDF
  --no-export          Skip citations, DTS and other exports
  --force              Overwrite TEI files that were edited by hand since the last build
  --format human|json  Diagnostics format (default human)
  --quiet              Print only warnings and errors
  -h, --help           Show this help

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
    format: { type: 'string' },
    quiet: { type: 'boolean' },
  },
  allowPositionals: false,
  async run({ values }, io) {
    if (values.format !== undefined && values.format !== 'human' && values.format !== 'json') throw new UsageError('--format must be human or json');
    const r = await buildEdition({
      config: typeof values.config === 'string' ? resolve(io.cwd, values.config) : findConfig(io.cwd),
      out: typeof values.out === 'string' ? resolve(io.cwd, values.out) : undefined,
      force: !!values.force,
      env: io.env,
      stages: standardStages({
        validate: !values['no-validate'],
        html: !values['no-html'],
        pdf: !values['no-pdf'],
        exports: !values['no-export'],
      }),
    });
    const code = reportAndExit(r.diagnostics, io, values.format, !!values.quiet);
    if (values.format !== 'json' && !values.quiet && r.context) io.err(`Built ${r.context.memos.length} memo(s) into ${r.context.outDir}\n`);
    return code;
  },
};

function findConfig(cwd: string): string | undefined {
  for (const name of ['edition.json', 'edition.yaml', 'edition.yml']) {
    const p = resolve(cwd, name);
    if (existsSync(p)) return p;
  }
  return undefined;
}
