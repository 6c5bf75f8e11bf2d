import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { type TeiInput, validateTei } from '../validate-tei/index.ts';

/**
 * Validation of a batch of memos against the register, as a task for worker threads (each loads
 * the RELAX NG grammar and the Schematron stylesheet once, in validate-tei). Batches, not single
 * memos: validateTei reads the register once per call.
 */

export interface ValidateBatch {
  docs: TeiInput[];
  /** The edition register (none: pointers are not checked, TE413). */
  register: { path: string; xml: string }[];
}

export interface MemoValidation {
  path: string;
  diagnostics: Diagnostic[];
  /** The document's xml:id values (for the edition-wide uniqueness check). */
  ids: string[];
}

export async function validateBatch(b: ValidateBatch): Promise<MemoValidation[]> {
  const ds = await validateTei(b.docs, { register: b.register });
  const byPath = new Map(b.docs.map((d) => [d.path, { path: d.path, diagnostics: [] as Diagnostic[], ids: xmlIds(d.xml) }]));
  const first = byPath.get(b.docs[0]?.path ?? '');
  for (const d of ds) (byPath.get(d.file) ?? first)?.diagnostics.push(d);
  return [...byPath.values()];
}

export function xmlIds(xml: string): string[] {
  return [...xml.matchAll(/\bxml:id="([^"]*)"/g)].map((m) => m[1]!);
}

/** Worker entry (src/parallel/boot.mjs). */
export async function setup(): Promise<(b: ValidateBatch) => Promise<string>> {
  return async (b) => JSON.stringify(await validateBatch(b));
}
