import { CODES, type Code, type Severity } from './codes.ts';

/** A problem found in an input, as data; only a reporter prints it. Lines and columns are 1-based. */
export interface Diagnostic {
  code: Code;
  severity: Severity;
  file: string;
  line?: number;
  column?: number;
  message: string;
  hint: string;
  /** Where a TEI problem came from: the memo text file and line that produced the failing element. */
  source?: { file: string; line?: number; column?: number };
}

export interface DiagnosticInput {
  file: string;
  line?: number;
  column?: number;
  /** Overrides the code's title as the message. */
  message?: string;
  hint?: string;
  severity?: Severity;
  source?: Diagnostic['source'];
}

export function diagnostic(code: Code, at: DiagnosticInput): Diagnostic {
  const info = CODES[code];
  const d: Diagnostic = {
    code,
    severity: at.severity ?? info.severity,
    file: at.file,
    message: at.message ?? info.title,
    hint: at.hint ?? info.hint,
  };
  if (at.line !== undefined) d.line = at.line;
  if (at.column !== undefined) d.column = at.column;
  if (at.source) d.source = at.source;
  return d;
}

export function hasErrors(ds: readonly Diagnostic[]): boolean {
  return ds.some((d) => d.severity === 'error');
}

/** The first line of an error's message (library errors add stack-like detail below it), at most `max` characters. */
export function errorLine(e: unknown, max = Infinity): string {
  return String((e as Error)?.message ?? e).split('\n')[0]!.slice(0, max);
}
