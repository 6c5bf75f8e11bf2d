import { writeAtomic } from '../write-output.ts';
import { join, relative, resolve } from 'node:path';
import type { StageContext, StageResult } from '../edition.ts';
import { diagnostic, errorLine, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { readPrintInputs, renderBookHtml, type BookOptions, type Paper, type PrintInputs } from './book-html.ts';
import { PrintBrowser, type PrintedPdf } from './paginate.ts';
import { writePdfInfo, type PdfInfo } from './pdf-info.ts';

export interface RenderPrintOptions {
  /** Also print these memos (TEI/@xml:id) as single-memo PDFs, `print/<memoId>.pdf`. */
  memoIds?: string[];
  /** Paper size; default: the config's pdf.paper, else A4. */
  paper?: Paper;
  /** Path of the edition PDF (absolute, or relative to ctx.outDir); default `print/edition.pdf`. */
  out?: string;
  /** Chromium binary; default /usr/bin/chromium. */
  executablePath?: string;
  /** A running browser to use (and leave open), e.g. one shared by a test file. */
  browser?: PrintBrowser;
  /** Layout time limit per document (ms); default 15 minutes. */
  timeoutMs?: number;
  /** Called after each PDF is written (for progress output and benchmarks). */
  onPrinted?: (file: string, printed: PrintedPdf) => void;
}

interface Job {
  /** Output PDF (absolute). */
  pdf: string;
  book: BookOptions;
}

/**
 * The print edition stage: xslt/print/book.xsl renders every memo (in ctx.memos order) and the
 * register into one print HTML document; Chromium + Paged.js lay it out and print
 * `print/edition.pdf` (plus `print/<memoId>.pdf` offprints when asked); the PDF's Info dictionary
 * gets the edition's metadata and the build date. Never throws for bad input.
 */
export async function renderPrint(ctx: StageContext, opts: RenderPrintOptions = {}): Promise<StageResult> {
  const paper: Paper = opts.paper ?? ctx.config.pdf?.paper ?? 'A4';
  const inputs = readPrintInputs(ctx);
  const diagnostics: Diagnostic[] = [...inputs.diagnostics];
  const written: string[] = [];
  const jobs: Job[] = [
    { pdf: resolve(ctx.outDir, opts.out ?? join('print', 'edition.pdf')), book: { paper, layout: 'book' } },
  ];
  for (const id of [...new Set(opts.memoIds ?? [])]) {
    if (!inputs.memoIds.includes(id)) {
      diagnostics.push(diagnostic('TE566', { file: ctx.outDir, message: `Unknown memo id for a single-memo PDF: "${id}"` }));
      continue;
    }
    jobs.push({ pdf: join(ctx.outDir, 'print', `${id}.pdf`), book: { paper, layout: 'offprint', offprintIds: [id] } });
  }

  let browser: PrintBrowser | undefined = opts.browser;
  try {
    for (const job of jobs) {
      const html = await renderHtml(ctx, inputs, job, diagnostics);
      if (html === undefined) continue;
      const htmlPath = join(ctx.outDir, '.build', 'print', `${job.book.layout === 'book' ? 'edition' : job.book.offprintIds![0]}.html`);
      if (!writeReported(htmlPath, html, diagnostics)) continue;
      let printed: PrintedPdf;
      try {
        browser ??= await PrintBrowser.launch(opts.executablePath);
        printed = await browser.print(htmlPath, { timeoutMs: opts.timeoutMs });
      } catch (e) {
        diagnostics.push(diagnostic('TE564', { file: job.pdf, message: `PDF could not be laid out or printed: ${errorLine(e, 300)}` }));
        continue;
      }
      for (const err of new Set(printed.errors)) {
        diagnostics.push(diagnostic('TE564', { file: htmlPath, severity: 'warning', message: `Paged.js reported a layout problem: ${err.slice(0, 300)}` }));
      }
      let bytes = printed.pdf;
      try {
        bytes = await writePdfInfo(bytes, pdfInfo(ctx, html, job));
      } catch (e) {
        diagnostics.push(diagnostic('TE567', { file: job.pdf, message: `PDF metadata could not be written: ${errorLine(e, 300)}` }));
      }
      if (writeReported(job.pdf, bytes, diagnostics)) {
        written.push(relative(ctx.outDir, job.pdf));
        opts.onPrinted?.(job.pdf, printed);
      }
    }
  } finally {
    if (browser !== opts.browser) await browser?.close();
  }
  return { diagnostics, written };
}

async function renderHtml(ctx: StageContext, inputs: PrintInputs, job: Job, ds: Diagnostic[]): Promise<string | undefined> {
  try {
    return await renderBookHtml(ctx, inputs, job.book);
  } catch (e) {
    const msg = String((e as Error)?.message ?? e).split('\n').slice(0, 3).join(' ').replace(/\s+/g, ' ').slice(0, 500);
    ds.push(diagnostic('TE563', { file: 'xslt/print/book.xsl', message: `Print stylesheet failed: ${msg}` }));
    return undefined;
  }
}

/** Title from the document's <title> (what Chromium also uses); the rest from the config. */
function pdfInfo(ctx: StageContext, html: string, job: Job): PdfInfo {
  const c = ctx.config;
  const title = decodeEntities(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? c.title);
  const subject =
    job.book.layout === 'book'
      ? c.subtitle ?? `A TEI edition of ${ctx.memos.length} document${ctx.memos.length === 1 ? '' : 's'}`
      : `Offprint from ${c.title}`;
  return {
    title,
    author: c.editors.join('; '),
    subject,
    keywords: c.keywords ?? [],
    creator: `tei-edition ${ctx.build.toolVersion}`,
    language: c.language,
    date: new Date(ctx.build.timestamp),
  };
}

/** writeAtomic (write-output.ts), a failure reported rather than thrown. */
function writeReported(file: string, data: string | Uint8Array, ds: Diagnostic[]): boolean {
  try {
    writeAtomic(file, data);
    return true;
  } catch (e) {
    ds.push(diagnostic('TE568', { file, message: `PDF file could not be written: ${errorLine(e, 300)}` }));
    return false;
  }
}

function decodeEntities(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}

