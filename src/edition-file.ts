import type { Diagnostic, DiagnosticInput } from './diagnostics/diagnostic.ts';
import { diagnostic } from './diagnostics/diagnostic.ts';
import type { Code } from './diagnostics/codes.ts';
import type { MemoRecord } from './read-memo/memo-record.ts';
import type { Mention } from './find-entities/mention.ts';
import { LineIndex } from './text-position.ts';

/**
 * The carrier object (after vfile): one per memo, handed from stage to stage. Each stage fills its
 * own slot and appends diagnostics; no stage throws for bad input.
 */
export class EditionFile {
  readonly diagnostics: Diagnostic[] = [];
  /** read-memo */
  memo?: MemoRecord;
  /** find-entities: all annotations over `text`, sorted by start. */
  mentions?: Mention[];
  /** build-tei: the serialized TEI document. */
  tei?: string;
  /** build-tei: TEI line → memo offset, for mapping validation errors back to the memo. */
  sourceMap?: { teiLine: number; offset: number }[];
  private index?: LineIndex;

  constructor(
    /** Path of the source as the user gave it (used in diagnostics). */
    readonly path: string,
    /** Decoded source text (BOM removed, line ends kept as in the file). */
    readonly text: string,
  ) {}

  /** Base name without extension: output files are named after it. */
  get stem(): string {
    const base = this.path.split(/[\\/]/).pop() ?? this.path;
    return base.replace(/\.(txt|md|markdown|text)$/i, '');
  }

  position(offset: number): { line: number; column: number } {
    this.index ??= new LineIndex(this.text);
    return this.index.position(offset);
  }

  /** Adds a diagnostic located at a source offset (or at the file when offset is undefined). */
  report(code: Code, offset?: number, extra: Omit<DiagnosticInput, 'file'> = {}): Diagnostic {
    const at = offset === undefined ? {} : this.position(offset);
    const d = diagnostic(code, { file: this.path, ...at, ...extra });
    this.diagnostics.push(d);
    return d;
  }
}
