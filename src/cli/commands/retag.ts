import { resolve } from 'node:path';
import { findConfig } from '../find-config.ts';
import type { Command } from '../command.ts';
import { UsageError, reportAndExit } from '../command.ts';
import { retagFiles } from '../../retag/index.ts';

export const command: Command = {
  name: 'retag',
  summary: 'Add markup for names and dates to hand-edited TEI files, changing nothing else',
  help: `Usage: tei-edition retag <tei files…> [options]

Re-runs name and date recognition on memo TEI files you have edited by hand and wraps what it finds
in untagged text in persName / placeName / orgName / date. Text already inside a name, date, rs,
note, gap, choice, title… is left alone, and every existing element, attribute, comment, processing
instruction, header edit and line end stays exactly as it was (only new tags are inserted).
Files are rewritten in place, atomically. Names the register does not know are proposed and added
to the register.xml beside the files. "tei-edition build" keeps retagged files (they count as edited).

Options:
  --config <file>      Edition config whose register is used (default: ./edition.json or
                       ./edition.yaml when present)
  --register <path>    Register file or folder (TEI .xml or .csv) instead; repeatable
  --dry-run            Report what would be added; write nothing
  --format human|json  Diagnostics format (default human)
  --quiet              Print only warnings and errors
  -h, --help           Show this help

Exit codes: 0 ok, 1 errors reported, 2 usage error.
Example: tei-edition retag output/tei/000_e5fc993b11dadff5.xml
`,
  options: {
    config: { type: 'string' },
    register: { type: 'string', multiple: true },
    'dry-run': { type: 'boolean' },
    format: { type: 'string' },
    quiet: { type: 'boolean' },
  },
  allowPositionals: true,
  async run({ values, positionals }, io) {
    if (!positionals.length) throw new UsageError('no TEI files given');
    if (values.format !== undefined && values.format !== 'human' && values.format !== 'json') throw new UsageError('--format must be human or json');
    const r = await retagFiles({
      files: positionals.map((p) => resolve(io.cwd, p)),
      register: (values.register as string[] | undefined)?.map((p) => resolve(io.cwd, p)),
      config: findConfig(io.cwd, values.config, undefined),
      dryRun: !!values['dry-run'],
    });
    return reportAndExit(r.diagnostics, io, values.format, !!values.quiet);
  },
};

