import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type CliIO, type Command, UsageError, parseCommandArgs } from './command.ts';

/** Command name → module file in ./commands (each exports `command`). Loaded lazily: `convert` need not load Chromium. */
const COMMANDS = ['convert', 'build', 'init', 'validate', 'serve', 'pdf', 'export', 'deposit', 'merge', 'retag'];

async function load(name: string): Promise<Command | undefined> {
  const url = new URL(`./commands/${name}.ts`, import.meta.url);
  if (!existsSync(fileURLToPath(url))) return undefined;
  return ((await import(url.href)) as { command: Command }).command;
}

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const [name, ...rest] = argv;
  // Only the command asked for is loaded (a build need not load Chromium's driver); help lists them all.
  const all = async () => (await Promise.all(COMMANDS.map(load))).filter((c): c is Command => !!c);
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const available = await all();
    io.out(globalHelp(available));
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${(await import('../version.ts')).TOOL_VERSION}\n`);
    return 0;
  }
  const cmd = COMMANDS.includes(name) ? await load(name) : undefined;
  if (!cmd) {
    io.err(`tei-edition: unknown command "${name}"\n\n${globalHelp(await all())}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(cmd.help.endsWith('\n') ? cmd.help : cmd.help + '\n');
    return 0;
  }
  try {
    return await cmd.run(parseCommandArgs(cmd, rest) as never, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`tei-edition ${name}: ${e.message}\nRun "tei-edition ${name} --help" for usage.\n`);
      return 2;
    }
    throw e;
  }
}

function globalHelp(cmds: Command[]): string {
  const width = Math.max(...cmds.map((c) => c.name.length));
  return [
    'tei-edition: archival memos → TEI P5 scholarly editions (HTML, PDF, citations, deposit)',
    '',
    'Usage: tei-edition <command> [options]',
    '',
    'Commands:',
    ...cmds.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "tei-edition <command> --help" for the options of a command.',
    '',
  ].join('\n');
}

export function processIO(): CliIO {
  return {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    env: process.env,
    isTTY: !!process.stderr.isTTY,
  };
}
