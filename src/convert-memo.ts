import { basename } from 'node:path';
import type { EditionFile } from './edition-file.ts';
import { readMemo } from './read-memo/index.ts';
import { type ProposalBook, type RegisterIndex, findEntities } from './find-entities/index.ts';
import { type BuildTeiOptions, buildTei } from './build-tei/index.ts';

export interface ConvertOptions {
  index: RegisterIndex;
  proposals: ProposalBook;
  tei: Omit<BuildTeiOptions, 'sourceName'>;
}

/**
 * read → find entities → build TEI, for one memo. A failure inside any stage becomes a TE703
 * diagnostic on this file; the caller goes on with the other memos.
 */
export function convertMemo(file: EditionFile, o: ConvertOptions): void {
  try {
    readMemo(file);
    if (!file.memo) return;
    findEntities(file, { index: o.index, proposals: o.proposals });
    buildTei(file, { ...o.tei, sourceName: basename(file.path) });
  } catch (e) {
    file.tei = undefined;
    file.report('TE703', undefined, { message: `Converting the memo failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}` });
  }
}
