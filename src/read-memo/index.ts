import { readFileSync } from 'node:fs';
import { EditionFile } from '../edition-file.ts';
import type { MemoRecord } from './memo-record.ts';
import { decodeText } from './decode-text.ts';
import { hasFrontMatter } from './front-matter.ts';
import { memoId } from './memo-id.ts';
import { readArchivePage } from './read-archive-page.ts';
import { readTranscription } from './read-transcription.ts';
import { emptyRecord } from './record.ts';
import { describe, validateRecord } from './schemas.ts';

/** Reading memos: bytes → text → MemoRecord, with diagnostics instead of exceptions. */

export type { Block, MemoDate, MemoRecord, SourceStatement } from './memo-record.ts';
export { decodeText, type DecodedText, type DecodeProblem } from './decode-text.ts';
export { parseSourceStatement } from './source-statement.ts';
export { memoId } from './memo-id.ts';
export { splitBlocks } from './blocks.ts';

/** Fills file.memo and file.diagnostics. Never throws. */
export function readMemo(file: EditionFile): void {
  let memo: MemoRecord;
  try {
    memo = read(file);
  } catch (e) {
    // A reader bug must not stop the edition: report it against this file and go on.
    file.report('TE703', undefined, { message: `Reading the memo failed: ${e instanceof Error ? e.message : String(e)}` });
    memo = emptyRecord('archive-page');
    memo.id = fallbackId(file);
    memo.complete = false;
  }
  file.memo = memo;
  if (!validateRecord(memo)) {
    file.report('TE113', undefined, { message: `Memo record does not match the schema: ${describe(validateRecord.errors).slice(0, 3).join('; ')}` });
  }
}

function read(file: EditionFile): MemoRecord {
  const text = file.text;
  const nul = text.indexOf('\u0000');
  if (nul >= 0 || text.trim() === '') {
    if (nul >= 0 && !file.diagnostics.some((d) => d.code === 'TE118')) file.report('TE118', nul);
    if (nul < 0 && !file.diagnostics.some((d) => d.code === 'TE116')) file.report('TE101', 0); // line 1: every diagnostic has a line
    const memo = emptyRecord('archive-page');
    memo.id = fallbackId(file);
    memo.complete = false;
    return memo;
  }
  if (hasFrontMatter(text)) {
    const { explicitId, ...memo } = readTranscription(file);
    memo.id = explicitId ?? (memo.title || memo.recordId ? memoId(memo) : fallbackId(file, memo));
    return memo;
  }
  const memo = readArchivePage(file);
  memo.id = memo.title || memo.recordId ? memoId(memo) : fallbackId(file, memo);
  return memo;
}

/** Without a title (or a readable file), the file name stands in for it so ids stay distinct. */
function fallbackId(file: EditionFile, memo?: MemoRecord): string {
  return memoId({ recordId: null, date: memo?.date ?? null, title: { text: file.stem, start: 0, end: 0 } });
}

/** Decodes a memo's bytes into an EditionFile, reporting encoding problems on it (TE117, TE118). */
export function fileFromBytes(path: string, bytes: Uint8Array): EditionFile {
  const { text, problems } = decodeText(bytes);
  const file = new EditionFile(path, text);
  for (const p of problems) file.report(p.code, p.offset, { message: p.message });
  return file;
}

/** Reads a memo file from disk; a file that cannot be read becomes an empty file with TE116. */
export async function loadMemoFile(path: string): Promise<EditionFile> {
  try {
    // Synchronous: a memo is small, and fs/promises' open/stat/read/close round trips through the
    // thread pool cost more than the read itself (the callers convert one memo at a time anyway).
    return fileFromBytes(path, readFileSync(path));
  } catch (e) {
    const file = new EditionFile(path, '');
    file.report('TE116', undefined, { message: `File could not be read: ${(e as NodeJS.ErrnoException).code ?? String(e)}` });
    return file;
  }
}
