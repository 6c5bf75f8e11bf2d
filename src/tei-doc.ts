import { readFileSync } from 'node:fs';
import type { TeiDoc } from './edition.ts';

/**
 * A memo's TEI as stages see it. The text is read from the file when a stage asks for it, so a
 * build (or `export`, `pdf`, `deposit` over an existing output) holds paths, not 10,000 documents.
 * Setting `xml` keeps that text instead (a stage that rewrites the document in memory).
 */
export function teiDocOnDisk(path: string, id: string, stem: string, sourcePath?: string): TeiDoc {
  let own: string | undefined;
  const doc = (sourcePath === undefined ? { id, path, stem } : { id, path, stem, sourcePath }) as TeiDoc;
  return Object.defineProperty(doc, 'xml', {
    enumerable: true,
    get: () => own ?? readFileSync(path, 'utf8'),
    set: (v: string) => {
      own = v;
    },
  });
}
