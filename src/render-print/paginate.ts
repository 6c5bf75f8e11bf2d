import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

/**
 * Headless Chromium + Paged.js: loads a print HTML file, lays it out into pages with the Paged.js
 * polyfill (and our page-refs hook), and prints it to PDF. One browser serves every document of a
 * run; each document gets a fresh page. No network: only file:// requests are allowed.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

const require = createRequire(import.meta.url);
const PAGE_REFS = fileURLToPath(new URL('./browser/page-refs.js', import.meta.url));

/** The Paged.js polyfill shipped by the pagedjs package (its exports map hides dist/). */
export function pagedPolyfillPath(): string {
  return join(dirname(require.resolve('pagedjs')), '..', 'dist', 'paged.polyfill.js');
}

export interface PrintedPdf {
  pdf: Uint8Array;
  /** Number of pages Paged.js laid out. */
  pages: number;
  /** Page number of every page-ref anchor ([data-pt][id]): memo sections, paragraphs, mentions. */
  anchors: Record<string, number>;
  /** Console errors and page errors reported while laying out (Paged.js reports overflows there). */
  errors: string[];
  layoutMs: number;
}

export class PrintBrowser {
  private constructor(private readonly browser: Browser) {}

  static async launch(executablePath = DEFAULT_CHROMIUM): Promise<PrintBrowser> {
    return new PrintBrowser(await chromium.launch({ executablePath, args: CHROMIUM_ARGS }));
  }

  /** Lays out `htmlPath` and prints it; throws on a browser or Paged.js failure or after `timeoutMs`. */
  async print(htmlPath: string, opts: { timeoutMs?: number } = {}): Promise<PrintedPdf> {
    const page = await this.browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route(/^(?!file:)/, (route) => route.abort());
    try {
      const work = (async () => {
        await page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load' });
        await page.evaluate(() => {
          (window as unknown as { PagedConfig: unknown }).PagedConfig = { auto: false };
        });
        await page.addScriptTag({ path: pagedPolyfillPath() });
        await page.addScriptTag({ path: PAGE_REFS });
        const t0 = Date.now();
        const result = await page.evaluate(async () => {
          const w = window as unknown as {
            PagedPolyfill: { preview: () => Promise<{ total: number }> };
            __teiEditionPages?: Record<string, number>;
          };
          const flow = await w.PagedPolyfill.preview();
          return { pages: flow.total, anchors: w.__teiEditionPages ?? {} };
        });
        const layoutMs = Date.now() - t0;
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
        return { pdf: new Uint8Array(pdf), ...result, errors, layoutMs };
      })();
      return await withTimeout(work, opts.timeoutMs ?? 15 * 60_000, `layout of ${htmlPath}`);
    } finally {
      await page.close().catch(() => {});
    }
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => {});
  }
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}
