import { errorLine } from '../diagnostics/diagnostic.ts';
import { memoSiteFacts, type MemoSiteFacts } from '../render-html/site-data.ts';
import { HTML_STYLESHEETS } from '../render-html/stylesheets.ts';
import { loadStylesheet, parseXml, type Stylesheet } from '../run-xslt/index.ts';

/**
 * One memo's site facts (xslt/html/facts.xsl) as a task for worker threads: each thread loads the
 * stylesheet once. The facts depend on the memo's TEI alone.
 */

export interface FactsRequest {
  xml: string;
}

export interface FactsResult {
  facts?: MemoSiteFacts;
  /** The memo's TEI could not be parsed (TE502). */
  unreadable?: string;
  /** The stylesheet failed (TE504). */
  error?: string;
  /** Read from the cache (not written again). */
  cached?: boolean;
}

export function loadFactsSheet(cacheDir?: string): Promise<Stylesheet> {
  return loadStylesheet(HTML_STYLESHEETS.facts, { cacheDir });
}

export function memoFactsTask(sheet: Stylesheet, req: FactsRequest): FactsResult {
  let memo: unknown;
  try {
    memo = parseXml(req.xml);
  } catch (e) {
    return { unreadable: errorLine(e) };
  }
  try {
    return { facts: memoSiteFacts(sheet, memo) };
  } catch (e) {
    return { error: errorLine(e) };
  }
}


/** Worker entry (src/parallel/boot.mjs). */
export async function setup(): Promise<(req: FactsRequest) => FactsResult> {
  const sheet = await loadFactsSheet();
  return (req) => memoFactsTask(sheet, req);
}
