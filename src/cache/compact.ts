import { CODES } from '../diagnostics/codes.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';

/**
 * A diagnostic as the cache keeps it: without what its code already says (severity, title, hint
 * from src/diagnostics/codes.ts, which is part of every stage's code digest). The cached results of
 * 10,000 memos stay a few MB, read in one go by an incremental build.
 */
export type PackedDiagnostic = Partial<Diagnostic> & Pick<Diagnostic, 'code' | 'file'>;

export function packDiagnostic(d: Diagnostic): PackedDiagnostic {
  const info = CODES[d.code];
  const p: PackedDiagnostic = { code: d.code, file: d.file };
  if (d.severity !== info?.severity) p.severity = d.severity;
  if (d.message !== info?.title) p.message = d.message;
  if (d.hint !== info?.hint) p.hint = d.hint;
  if (d.line !== undefined) p.line = d.line;
  if (d.column !== undefined) p.column = d.column;
  if (d.source) p.source = d.source;
  return p;
}

/** The diagnostic packDiagnostic was given, with its properties in diagnostic()'s order. */
export function unpackDiagnostic(p: PackedDiagnostic): Diagnostic {
  const info = CODES[p.code];
  const d: Diagnostic = { code: p.code, severity: p.severity ?? info.severity, file: p.file, message: p.message ?? info.title, hint: p.hint ?? info.hint };
  if (p.line !== undefined) d.line = p.line;
  if (p.column !== undefined) d.column = p.column;
  if (p.source) d.source = p.source;
  return d;
}
