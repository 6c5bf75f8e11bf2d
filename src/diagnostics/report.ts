import type { Diagnostic } from './diagnostic.ts';

export interface ReportOptions {
  format: 'human' | 'json';
  /**
   * Returns the text of a file so the human report can quote the offending line: the whole file, or
   * at least its first `lines` lines when given (an edition's warnings point to a TEI file's first
   * lines; reading thousands of whole files to quote them was most of the time a report took).
   */
  readSource?: (file: string, lines?: number) => string | undefined;
  color?: boolean;
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;

export function sortDiagnostics(ds: readonly Diagnostic[]): Diagnostic[] {
  return [...ds].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      ORDER[a.severity] - ORDER[b.severity] ||
      a.code.localeCompare(b.code),
  );
}

export function formatDiagnostics(ds: readonly Diagnostic[], opts: ReportOptions): string {
  const sorted = sortDiagnostics(ds);
  if (opts.format === 'json') return JSON.stringify(sorted, null, 2) + '\n';
  // Diagnostics come sorted by file: a file (and the file a diagnostic comes from) is read and split
  // into lines once, not once per diagnostic (thousands of warnings on an edition).
  const recent = new Map<string, { upTo: number; lines: string[] | undefined }>();
  const linesOf = (file: string, line: number) => {
    const hit = recent.get(file);
    if (hit && hit.upTo >= line) return hit.lines;
    if (recent.size >= 8) recent.clear();
    // A few lines beyond the one asked for: the next diagnostics of the file usually point near it
    // (more would be read and split for nothing: most files of an edition have one warning).
    const upTo = line + 8;
    recent.set(file, { upTo, lines: opts.readSource?.(file, upTo)?.split(/\r\n|\r|\n/) });
    return recent.get(file)!.lines;
  };
  return sorted.map((d) => formatOne(d, opts, linesOf)).join('\n') + '\n';
}

type Lines = (file: string, line: number) => string[] | undefined;

function formatOne(d: Diagnostic, opts: ReportOptions, linesOf: Lines): string {
  const paint = (code: string, s: string) => (opts.color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const sev = d.severity === 'error' ? paint('31', 'error') : d.severity === 'warning' ? paint('33', 'warning') : paint('36', 'info');
  const head = `${location(d.file, d.line, d.column)}: ${sev} ${d.code} ${d.message}`;
  // Notes (proposed register entries, ignored empty labels) are a review list: one line each.
  if (d.severity === 'info') return head;
  const out = [head];
  const quoted = quote(d.file, d.line, d.column, linesOf);
  if (quoted) out.push(quoted);
  if (d.source) {
    out.push(`  from ${location(d.source.file, d.source.line, d.source.column)}`);
    const q = quote(d.source.file, d.source.line, d.source.column, linesOf);
    if (q) out.push(q);
  }
  out.push(`  hint: ${d.hint}`);
  return out.join('\n') + '\n';
}

function location(file: string, line?: number, column?: number): string {
  return file + (line ? `:${line}` + (column ? `:${column}` : '') : '');
}

function quote(file: string, line: number | undefined, column: number | undefined, linesOf: Lines): string | undefined {
  if (!line) return undefined;
  const raw = linesOf(file, line)?.[line - 1];
  if (raw === undefined) return undefined;
  // Long lines are cut around the column so the caret stays on screen.
  const col = column ?? 1;
  const from = Math.max(0, col - 60);
  const shown = raw.slice(from, from + 120);
  const lead = from > 0 ? '…' : '';
  const caret = ' '.repeat(lead.length + col - 1 - from) + '^';
  return `  | ${lead}${shown}\n  | ${column ? caret : ''}`.trimEnd();
}

export function summarize(ds: readonly Diagnostic[]): { errors: number; warnings: number; infos: number } {
  return {
    errors: ds.filter((d) => d.severity === 'error').length,
    warnings: ds.filter((d) => d.severity === 'warning').length,
    infos: ds.filter((d) => d.severity === 'info').length,
  };
}
