import { fileURLToPath } from 'node:url';
import { memoSiteFacts, type MemoSiteFacts } from '../render-html/site-data.ts';
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

const FACTS_XSL = fileURLToPath(new URL('../../xslt/html/facts.xsl', import.meta.url));

export function loadFactsSheet(cacheDir?: string): Promise<Stylesheet> {
  return loadStylesheet(FACTS_XSL, { cacheDir });
}

export function memoFactsTask(sheet: Stylesheet, req: FactsRequest): FactsResult {
  let memo: unknown;
  try {
    memo = parseXml(req.xml);
  } catch (e) {
    return { unreadable: firstLine(e) };
  }
  try {
    return { facts: memoSiteFacts(sheet, memo) };
  } catch (e) {
    return { error: firstLine(e) };
  }
}

function firstLine(e: unknown): string {
  return String((e as Error)?.message ?? e).split('\n')[0]!;
}

/** Worker entry (src/parallel/boot.mjs). */
export async function setup(): Promise<(req: FactsRequest) => FactsResult> {
  const sheet = await loadFactsSheet();
  return (req) => memoFactsTask(sheet, req);
}
