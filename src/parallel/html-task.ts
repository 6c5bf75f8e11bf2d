import { HTML_STYLESHEETS, memoPageParams } from '../render-html/index.ts';
import { loadStylesheet, parseXml, transform, type Stylesheet } from '../run-xslt/index.ts';
import { neighbourSkeleton } from './page-neighbour.ts';

/**
 * One memo page of the HTML edition (xslt/html/memo.xsl), as a task for worker threads: each
 * thread compiles-or-loads the stylesheet once. The page gets the same parameters renderSite gives
 * it, except that the register holds only the entries the memo points to: memo.xsl looks entries up
 * by id, so the page is the same, and a page no longer costs time in proportion to the edition's
 * register (test/performance.test.ts compares both).
 */

export interface PageInit {
  /** baseParams(ctx): the edition config and build facts. */
  base: Record<string, unknown>;
}

export interface PageRequest {
  id: string;
  stem: string;
  xml: string;
  prev?: string;
  next?: string;
  /** A register document with the memo's entries (absent: no register). */
  register?: string;
  /** The memo's CSL-JSON, embedded in the page for reference managers (Zotero). */
  csl?: string;
}

export interface PageResult {
  html?: string;
  /** The memo's TEI could not be parsed (renderSite reports it, TE502). */
  unreadable?: boolean;
  /** The stylesheet failed (TE504). */
  error?: string;
}

export function renderPage(sheet: Stylesheet, init: PageInit, req: PageRequest): PageResult {
  let node: unknown;
  try {
    node = parseXml(req.xml);
  } catch {
    return { unreadable: true };
  }
  try {
    const register = req.register ? parseXml(req.register) : undefined;
    const params = {
      ...init.base,
      ...(register ? { register } : {}),
      ...memoPageParams(req, req.prev ? parseNeighbour(req.prev) : undefined, req.next ? parseNeighbour(req.next) : undefined, req.csl ? { cslJson: new Map([[req.id, req.csl]]) } : {}),
    };
    return { html: transform(sheet, { sourceNode: node, params }).principal };
  } catch (e) {
    return { error: String((e as Error)?.message ?? e).split('\n')[0]! };
  }
}

/** A neighbour for the prev/next links: its id, title and date in a skeleton document when it can be cut out, else the whole TEI. */
function parseNeighbour(xml: string): unknown {
  const skeleton = neighbourSkeleton(xml);
  if (skeleton !== undefined) {
    try {
      return parseXml(skeleton);
    } catch {
      // Not well-formed as cut (e.g. an undeclared entity): the whole document decides.
    }
  }
  return parseXml(xml);
}

export function loadMemoSheet(): Promise<Stylesheet> {
  return loadStylesheet(HTML_STYLESHEETS.memo);
}

/** Worker entry (src/parallel/boot.mjs). */
export async function setup(init: PageInit): Promise<(req: PageRequest) => PageResult> {
  const sheet = await loadMemoSheet();
  return (req) => renderPage(sheet, init, req);
}
