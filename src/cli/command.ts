import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { formatDiagnostics, summarize } from '../diagnostics/report.ts';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import type { BuildSession } from '../cache/session.ts';

/** Where a command writes; injected so tests can capture output. */
export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
  /** Set by a process that runs builds again and again (the build server, src/cli/daemon): what its builds keep. */
  session?: BuildSession;
}

/**
 * One CLI command. A command only turns flags into library options, calls the library, and prints
 * the diagnostics it gets back through the reporter. Exit codes: 0 ok, 1 errors reported, 2 usage.
 */
export interface Command {
  name: string;
  summary: string;
  /** Full --help text (usage line, flags, examples). */
  help: string;
  options: NonNullable<ParseArgsConfig['options']>;
  allowPositionals: boolean;
  run(args: { values: Record<string, unknown>; positionals: string[] }, io: CliIO): Promise<number>;
}

export class UsageError extends Error {}

export function parseCommandArgs(cmd: Command, argv: string[]) {
  try {
    return parseArgs({ args: argv, options: cmd.options, allowPositionals: cmd.allowPositionals, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** Prints diagnostics (human or JSON) and returns the exit code they imply. */
export function reportAndExit(ds: readonly Diagnostic[], io: CliIO, format: unknown, quiet = false): number {
  const fmt = format === 'json' ? 'json' : 'human';
  const shown = quiet && fmt === 'human' ? ds.filter((d) => d.severity !== 'info') : ds;
  if (fmt === 'json') io.out(formatDiagnostics(shown, { format: 'json' }));
  else if (shown.length) {
    io.err(formatDiagnostics(shown, { format: 'human', color: io.isTTY && !io.env.NO_COLOR, readSource: safeRead }));
  }
  const s = summarize(ds);
  if (fmt === 'human' && !quiet) io.err(`${s.errors} error(s), ${s.warnings} warning(s), ${s.infos} note(s)\n`);
  return s.errors > 0 ? 1 : 0;
}

function safeRead(file: string, lines?: number): string | undefined {
  try {
    return lines === undefined ? readFileSync(file, 'utf8') : readFirstLines(file, lines);
  } catch {
    return undefined;
  }
}

/** The start of a file holding at least `lines` whole lines (or all of it), read in chunks. */
export function readFirstLines(file: string, lines: number): string {
  const fd = openSync(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let newlines = 0;
    // Small first (a warning's line and a few after it are usually within 2 KB), then larger.
    for (let size = 2048; ; size = Math.min(size * 4, 65536)) {
      const buf = Buffer.allocUnsafe(size);
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      const chunk = buf.subarray(0, n);
      chunks.push(chunk);
      for (let i = chunk.indexOf(10); i >= 0 && newlines <= lines; i = chunk.indexOf(10, i + 1)) newlines++;
      if (newlines > lines) break;
    }
    // A multi-byte character cut at the end decodes as U+FFFD on the last line, which is past `lines`.
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    closeSync(fd);
  }
}
