import { main } from './main.ts';
import type { CliIO } from './command.ts';

async function help(argv: string[]): Promise<string> {
  let out = '';
  const io: CliIO = { out: (s) => (out += s), err: () => {}, cwd: process.cwd(), env: {}, isTTY: false };
  await main(argv, io);
  return out.trimEnd();
}

/** The CLI reference (docs/cli.md): the tool's help, then every command's help, verbatim. */
export async function cliReference(): Promise<string> {
  const top = await help(['--help']);
  const names = [...top.matchAll(/^ {2}(\S+) {2,}/gm)].map((m) => m[1]!);
  const parts = ['# tei-edition command-line reference', '', 'Generated from the commands\' `--help` texts by `scripts/gen-cli-doc.ts`.', '', '```', top, '```'];
  for (const name of names) parts.push('', `## tei-edition ${name}`, '', '```', await help([name, '--help']), '```');
  return parts.join('\n') + '\n';
}
