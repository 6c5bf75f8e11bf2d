import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFObject, PDFString } from 'pdf-lib';

/** What goes into the PDF's Info dictionary (ISO 32000-1 §14.3.3). */
export interface PdfInfo {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  creator: string;
  language?: string;
  /** Creation and modification date: the injected build timestamp, never the clock. */
  date: Date;
}

/**
 * Writes title, author, subject, keywords, creator, language and dates into a PDF printed by
 * Chromium, which only sets Title (from <title>) and stamps the wall-clock time. With the dates
 * taken from the build (and the structure ids renumbered, below) the same input gives the same
 * bytes. Chromium's Producer is kept. Chromium writes a PDF 1.4 file, so no object streams (a
 * PDF 1.5 feature) are used when saving.
 */
export async function writePdfInfo(pdf: Uint8Array, info: PdfInfo): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.setTitle(info.title, { showInWindowTitleBar: true });
  doc.setAuthor(info.author);
  doc.setSubject(info.subject);
  doc.setKeywords(info.keywords);
  doc.setCreator(info.creator);
  doc.setCreationDate(info.date);
  doc.setModificationDate(info.date);
  if (info.language) doc.setLanguage(info.language);
  renumberStructureIds(doc);
  return doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
}

/**
 * Tagged PDF: Chromium gives table header cells a structure element /ID made from its DOM node
 * number ("node00001387"), which shifts with layout timing. Rename every such id by rank
 * ("node00000001", …): keeping the order keeps the /IDTree name tree sorted, and every other
 * place the id appears (/Headers of the data cells, the /IDTree keys) gets the same new name.
 */
function renumberStructureIds(doc: PDFDocument): void {
  const ids = new Set<string>();
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    const id = obj instanceof PDFDict ? obj.get(PDFName.of('ID')) : undefined;
    if (id instanceof PDFString || id instanceof PDFHexString) ids.add(id.decodeText());
  }
  if (ids.size === 0) return;
  const rename = new Map([...ids].sort().map((old, i) => [old, `node${String(i + 1).padStart(8, '0')}`]));
  const swap = (v: PDFObject): PDFObject | undefined => {
    if (v instanceof PDFString || v instanceof PDFHexString) {
      const to = rename.get(v.decodeText());
      return to === undefined ? undefined : PDFString.of(to);
    }
    if (v instanceof PDFDict) for (const [k, x] of v.entries()) { const y = swap(x); if (y) v.set(k, y); }
    if (v instanceof PDFArray) for (let i = 0; i < v.size(); i++) { const y = swap(v.get(i)); if (y) v.set(i, y); }
    return undefined;
  };
  for (const [, obj] of doc.context.enumerateIndirectObjects()) swap(obj);
}

/** Whether the PDF has a document outline (bookmarks), for tests and reports. */
export async function hasOutline(pdf: Uint8Array): Promise<boolean> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  return doc.catalog.has(PDFName.of('Outlines'));
}
