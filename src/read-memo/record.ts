import type { MemoRecord } from './memo-record.ts';

/** A record with every slot empty; the readers fill what they find. */
export function emptyRecord(format: MemoRecord['format']): MemoRecord {
  return {
    format,
    id: '',
    date: null,
    title: null,
    credit: null,
    body: [],
    summary: null,
    source: null,
    originalArchive: null,
    rights: [],
    recordId: null,
    classification: null,
    language: 'en',
    originalLanguage: null,
    uploadedDate: null,
    documentType: null,
    preamble: null,
    complete: true,
  };
}
