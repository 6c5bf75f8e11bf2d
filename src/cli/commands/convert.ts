import { resolve } from 'node:path';
import type { Command } from '../command.ts';
import { UsageError, reportAndExit } from '../command.ts';
import { convertFiles } from '../../convert-files.ts';

export const command: Command = {
  name: 'convert',
  summary: 'Convert memo text files to TEI (one <name>.xml per input, plus register.xml)',
  help: `Usage: tei-edition convert <files…> --out <dir> [options]

Converts each memo text file (archive page text, or a transcription with YAML front matter) into a
TEI P5 document <dir>/<input base name>.xml, and writes <dir>/register.xml with the register entries
the documents point to (including proposed entries for names not yet in the register).

Options:
  --out <dir>          Output folder (required)
  --register <path>    Register file or folder (TEI .xml or .csv); repeatable. Default: the
                       register shipped with tei-edition (corpus/register)
  --force              Overwrite output files that were edited by hand since they were written
  --format human|json  Diagnostics format (default human)
  --quiet              Print only warnings and errors
  -h, --help           Show this help

Exit codes: 0 ok, 1 errors reported, 2 usage error.
Example: tei-edition convert memos/*.txt --out tei/
`,
  options: {
    out: { type: 'string' },
    register: { type: 'string', multiple: true },
    force: { type: 'boolean' },
    format: { type: 'string' },
    quiet: { type: 'boolean' },
  },
  allowPositionals: true,
  async run({ values, positionals }, io) {
    if (!positionals.length) throw new UsageError('no input files given');
    if (typeof values.out !== 'string') throw new UsageError('--out <dir> is required');
    if (values.format !== undefined && values.format !== 'human' && values.format !== 'json') throw new UsageError('--format must be human or json');
    const r = await convertFiles({
      files: positionals.map((p) => resolve(io.cwd, p)),
      out: resolve(io.cwd, values.out),
      register: (values.register as string[] | undefined)?.map((p) => resolve(io.cwd, p)),
      force: !!values.force,
      env: io.env,
    });
    return reportAndExit(r.diagnostics, io, values.format, !!values.quiet);
  },
};
