import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StageContext } from '../edition.ts';
import { diagnostic, errorLine, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { loadStylesheet, parseXml, transform } from '../run-xslt/index.ts';
import { baseParams } from '../render-html/params.ts';
import { fontSetup } from './fonts.ts';
import { markdownToHtml } from './markdown.ts';

export type Paper = 'A4' | 'Letter';

export const BOOK_XSL = fileURLToPath(new URL('../../xslt/print/book.xsl', import.meta.url));
const PRINT_CSS = new URL('./print.css', import.meta.url);
const INTRO_MARKER = '<!--tei-edition:introduction-->';

export interface BookOptions {
  paper: Paper;
  /** 'book': the whole edition; 'offprint': only the memos in `offprintIds`. */
  layout: 'book' | 'offprint';
  offprintIds?: string[];
}

/** The parsed inputs every print document shares: parse once, render the book and offprints from them. */
export interface PrintInputs {
  memos: unknown[];
  memoIds: string[];
  register: unknown | undefined;
  introduction: string | undefined;
  fontsCss: string;
  diagnostics: Diagnostic[];
}

/** Parses the memos' TEI and the register, renders the introduction, finds the fonts. Never throws. */
export function readPrintInputs(ctx: StageContext): PrintInputs {
  const diagnostics: Diagnostic[] = [];
  const memos: unknown[] = [];
  const memoIds: string[] = [];
  for (const m of ctx.memos) {
    try {
      memos.push(parseXml(m.xml));
      memoIds.push(m.id);
    } catch (e) {
      diagnostics.push(diagnostic('TE560', { file: m.path, message: `Memo TEI could not be read for the print edition: ${errorLine(e, 300)}` }));
    }
  }
  let register: unknown;
  if (ctx.register.xml.trim()) {
    try {
      register = parseXml(ctx.register.xml);
    } catch (e) {
      diagnostics.push(diagnostic('TE561', { file: ctx.register.path, message: `Register could not be read for the print indexes: ${errorLine(e, 300)}` }));
    }
  }
  let introduction: string | undefined;
  if (ctx.config.introduction) {
    const file = resolve(ctx.root, ctx.config.introduction);
    try {
      introduction = markdownToHtml(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
    } catch (e) {
      diagnostics.push(diagnostic('TE562', { file, message: `Introduction file not found or unreadable: ${errorLine(e, 300)}` }));
    }
  }
  const fonts = fontSetup();
  for (const m of fonts.missing) diagnostics.push(diagnostic('TE565', { file: 'fonts', message: `Print font not found: ${m}` }));
  return { memos, memoIds, register, introduction, fontsCss: fonts.css, diagnostics };
}

/** The complete CSS of a print document: fonts, page size, then the print rules. */
export function bookCss(fontsCss: string, paper: Paper): string {
  const size = paper === 'Letter' ? 'letter' : 'A4';
  return `${fontsCss}\n@page { size: ${size}; }\n${readFileSync(PRINT_CSS, 'utf8')}`;
}

/**
 * Renders one print document (the book or an offprint) to HTML through xslt/print/book.xsl.
 * Throws XsltCompileError / XsltRunError: the caller turns them into TE563.
 */
export async function renderBookHtml(ctx: StageContext, inputs: PrintInputs, opts: BookOptions): Promise<string> {
  const stylesheet = await loadStylesheet(BOOK_XSL);
  const { principal } = transform(stylesheet, {
    initialTemplate: 'main',
    params: {
      ...baseParams(ctx),
      memos: inputs.memos,
      ...(inputs.register ? { register: inputs.register } : {}),
      layout: opts.layout,
      'offprint-ids': opts.offprintIds ?? [],
      css: bookCss(inputs.fontsCss, opts.paper),
      'has-introduction': inputs.introduction !== undefined,
    },
  });
  return inputs.introduction === undefined ? principal : principal.replace(INTRO_MARKER, () => inputs.introduction!);
}

