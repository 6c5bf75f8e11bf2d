import { resolve } from 'node:path';
import type { Command } from '../command.ts';
import { UsageError, reportAndExit } from '../command.ts';
import { findConfig } from '../find-config.ts';
import { loadStageContext } from '../../load-stage-context.ts';
import { deposit, exportAll, verifyBag } from '../../export/index.ts';

export const command: Command = {
  name: 'deposit',
  summary: 'Package the edition as a BagIt bag + zip for a repository, or verify a bag',
  help: `Usage: tei-edition deposit [options]
       tei-edition deposit --verify <bag-folder-or-zip>

Writes a BagIt 1.0 bag (RFC 8493) of the built edition: TEI, register, HTML site, PDF, exports,
DTS, DataCite (XML + JSON), Dublin Core and a README for the depositor, with SHA-256 and SHA-512
manifests, and a zip of it. Run "tei-edition build" first; the exports are refreshed before
bagging. With --verify, checks a bag like the Library of Congress bagit tools do.

Options:
  --config <file>      Edition config (default ./edition.json or the sample edition)
  --out <dir>          Folder for the bag and its zip (default <output>/deposit)
  --output <dir>       The build's output folder to bag (default: the config's "output")
  --doi <doi>          The edition's DOI (10.xxxx/yyyy), recorded in the DataCite metadata
  --no-zip             Write the bag folder only
  --no-export          Bag the exports as they are, without refreshing them
  --verify <path>      Verify a bag folder or a .zip of one instead of writing a bag
  --format human|json  Diagnostics format (default human)
  --quiet              Print only warnings and errors
  -h, --help           Show this help

Exit codes: 0 ok (bag valid), 1 errors reported (bag invalid), 2 usage error.
`,
  options: {
    config: { type: 'string' },
    out: { type: 'string' },
    output: { type: 'string' },
    doi: { type: 'string' },
    'no-zip': { type: 'boolean' },
    'no-export': { type: 'boolean' },
    verify: { type: 'string' },
    format: { type: 'string' },
    quiet: { type: 'boolean' },
  },
  allowPositionals: false,
  async run({ values }, io) {
    if (values.format !== undefined && values.format !== 'human' && values.format !== 'json') throw new UsageError('--format must be human or json');
    if (typeof values.verify === 'string') {
      const path = resolve(io.cwd, values.verify);
      const r = verifyBag(path);
      const code = reportAndExit(r.diagnostics, io, values.format, !!values.quiet);
      if (values.format !== 'json' && !values.quiet) {
        io.err(r.valid ? `${path} is a valid bag (${r.payload.files} payload files, ${r.payload.bytes} bytes)\n` : `${path} is NOT a valid bag\n`);
      }
      return code;
    }
    if (typeof values.doi === 'string' && !/^10\.\d{4,9}\/\S+$/.test(values.doi)) throw new UsageError('--doi must look like 10.1234/suffix');
    const { ctx, diagnostics } = loadStageContext(findConfig(io.cwd, values.config), {
      env: io.env,
      outDir: typeof values.output === 'string' ? resolve(io.cwd, values.output) : undefined,
    });
    if (!ctx) return reportAndExit(diagnostics, io, values.format, !!values.quiet);
    const all = [...diagnostics];
    if (!values['no-export']) all.push(...(await exportAll(ctx)).diagnostics);
    const r = await deposit(ctx, {
      out: typeof values.out === 'string' ? resolve(io.cwd, values.out) : undefined,
      doi: typeof values.doi === 'string' ? values.doi : undefined,
      zip: !values['no-zip'],
    });
    all.push(...r.diagnostics);
    const code = reportAndExit(all, io, values.format, !!values.quiet);
    if (values.format !== 'json' && !values.quiet && r.bag) io.err(`Bag: ${r.bag}${r.zip ? `\nZip: ${r.zip}` : ''}\n`);
    return code;
  },
};
