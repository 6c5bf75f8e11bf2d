/**
 * render-print: the print edition. `renderPrint(ctx, opts)` renders every memo and the register
 * through xslt/print/book.xsl into one paged-media HTML document, lays it out with Paged.js in
 * headless Chromium and writes `print/edition.pdf` (and `print/<memoId>.pdf` offprints on request).
 */
export { renderPrint, type RenderPrintOptions } from './render-print.ts';
export { readPrintInputs, renderBookHtml, bookCss, BOOK_XSL, type Paper, type BookOptions, type PrintInputs } from './book-html.ts';
export { PrintBrowser, pagedPolyfillPath, CHROMIUM_ARGS, DEFAULT_CHROMIUM, type PrintedPdf } from './paginate.ts';
export { writePdfInfo, hasOutline, type PdfInfo } from './pdf-info.ts';
export { fontSetup, type FontSetup } from './fonts.ts';
export { markdownToHtml } from './markdown.ts';
