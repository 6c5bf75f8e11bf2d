import type { Command } from '../command.ts';
import { UsageError, reportAndExit } from '../command.ts';
import { resolve } from 'node:path';
import { initEdition } from '../../init-edition.ts';

export const command: Command = {
  name: 'init',
  summary: 'Scaffold a new edition (config, memos/, register/, one example memo)',
  help: `Usage: tei-edition init <dir> [--title "Edition title"]

Creates <dir>/edition.json (checked against schema/edition-config.schema.json), <dir>/memos/ with one
example memo, <dir>/register/additions.csv to extend the shipped register, and introduction.md.
Then: cd <dir> && tei-edition build
An existing edition is never overwritten.

Options:
  --title <text>   Edition title
  -h, --help       Show this help
`,
  options: { title: { type: 'string' } },
  allowPositionals: true,
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) throw new UsageError('give exactly one target folder');
    const r = initEdition({ dir: resolve(io.cwd, positionals[0]!), title: values.title as string | undefined, today: new Date().toISOString().slice(0, 10) });
    const code = reportAndExit(r.diagnostics, io, 'human', true);
    if (code === 0) io.out(`Created ${r.written.join(', ')} in ${positionals[0]}\nNext: cd ${positionals[0]} && tei-edition build\n`);
    return code;
  },
};
