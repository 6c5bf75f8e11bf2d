import { randomUUID } from 'node:crypto';
import { memoPageParams } from '../render-html/memo-params.ts';
import { HTML_STYLESHEETS } from '../render-html/stylesheets.ts';
import { loadStylesheet, parseXml, transform, type Stylesheet } from '../run-xslt/index.ts';
import { neighbourSkeleton } from './page-neighbour.ts';
import { type RegisterEntries, registerSlices } from './register-slices.ts';

/**
 * One memo page of the HTML edition (xslt/html/memo.xsl), as a task for worker threads: each
 * thread compiles-or-loads the stylesheet once. The page gets the same parameters renderSite gives
 * it, except that the register holds only the entries the memo points to: memo.xsl looks entries up
 * by id, so the page is the same, and a page no longer costs time in proportion to the edition's
 * register (test/performance.test.ts compares both).
 *
 * With the register in the init (the build), each thread also renders each register entry once,
 * for all the pages that list it (the entity list at the end of a page: about half of a page's
 * transform when every page rendered its entries itself), and pastes it into them.
 */

export interface PageInit {
  /** baseParams(ctx): the edition config and build facts. */
  base: Record<string, unknown>;
  /** The edition register (register.xml); with it, requests name the ids a memo points to instead of passing a register. */
  register?: string;
}

export interface PageRequest {
  id: string;
  stem: string;
  xml: string;
  prev?: string;
  next?: string;
  /** With init.register: the register ids the memo may point to (pointedIds); its page gets the register's entries of these. */
  ids?: string[];
  /** Without init.register: a register document with the memo's entries (absent: no register). */
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
    const { register, prerendered, items } = init.register !== undefined && req.ids ? pageEntries(sheet, init, req.ids) : { register: req.register ? parseXml(req.register) : undefined };
    const params = {
      ...init.base,
      ...(register ? { register } : {}),
      ...(prerendered ? { 'entries-prerendered': prerendered } : {}),
      ...memoPageParams(req, req.prev ? parseNeighbour(req.prev) : undefined, req.next ? parseNeighbour(req.next) : undefined, req.csl ? { cslJson: new Map([[req.id, req.csl]]) } : {}),
    };
    const html = transform(sheet, { sourceNode: node, params }).principal;
    return { html: items?.length ? html.replace(PLACEHOLDER, (_, n: string, close: string) => items[Number(n)]![close ? 1 : 0]) : html };
  } catch (e) {
    return { error: String((e as Error)?.message ?? e).split('\n')[0]! };
  }
}

/**
 * A register entry as te:prerender-entries rendered it: its sort key and its item of the entity
 * list, before and after the mention count (null: it has no name, the page renders it).
 */
type Prerendered = { sort: string; item: [string, string] } | null;

interface EntryState {
  slices: RegisterEntries;
  done: Map<string, Prerendered>;
  /** The last register slice a page got, parsed. */
  last?: { xml: string; doc: unknown };
}

/** Per init (a worker thread has one; the build's own thread one per stage run), so entries never outlive their register. */
const states = new WeakMap<PageInit, EntryState>();

/**
 * Where the page's entity-list items go: memo.xsl writes the placeholders it is given around the
 * mention count ("…:n", "…:n/"), the serialized page gets the item's start and end instead. The
 * process-wide random part keeps a memo's own text from ever matching.
 */
const NONCE = randomUUID();
const MARKER = `\uE010${NONCE}:`;
const PLACEHOLDER = new RegExp(`${MARKER}([0-9]+)(/?)\uE011`, 'g');
const COUNT = `${MARKER}count\uE011`;

/**
 * The register parameters of a page: entries rendered beforehand (once per thread) for memo.xsl's
 * $entries-prerendered, and a register slice with the entries it renders itself (those without a
 * name, whose rendering depends on the mention). A slice without the prerendered entries gives the
 * stylesheet the same look-ups for every other id (RegisterEntries.sliceable).
 */
function pageEntries(sheet: Stylesheet, init: PageInit, ids: string[]): { register?: unknown; prerendered?: Record<string, unknown>; items?: [string, string][] } {
  let st = states.get(init);
  if (!st) states.set(init, (st = { slices: registerSlices(init.register!), done: new Map() }));
  const slices = st.slices;
  const wanted = new Set(ids);
  const fresh = [...wanted].filter((id) => slices.sliceable(id) && !st.done.has(id)).sort();
  if (fresh.length) prerender(sheet, init, st, fresh);
  const inPage = new Set<string>();
  // A plain object (saxon-js converts it to a map); an id that would be its prototype stays with the page.
  const prerendered: Record<string, unknown> = {};
  const items: [string, string][] = [];
  for (const id of wanted) {
    const e = slices.sliceable(id) && id !== '__proto__' ? st.done.get(id) : undefined;
    if (e) {
      prerendered[id] = { sort: e.sort, open: `${MARKER}${items.length}\uE011`, close: `${MARKER}${items.length}/\uE011` };
      items.push(e.item);
    } else inPage.add(id);
  }
  const xml = slices.mini(inPage);
  if (xml === undefined) return { prerendered, items };
  // The same slice for many pages (no entry left to the page, or a register not sliced): parsed once.
  if (st.last?.xml !== xml) st.last = { xml, doc: parseXml(xml) };
  return { register: st.last.doc, prerendered, items };
}

/** Renders entries (memo.xsl te:prerender-entries) from a slice of the register that holds them. */
function prerender(sheet: Stylesheet, init: PageInit, st: EntryState, ids: string[]): void {
  const register = parseXml(st.slices.mini(new Set(ids))!);
  const r = transform(sheet, { initialTemplate: 'Q{urn:x-tei-edition}prerender-entries', params: { ...init.base, register, 'entry-ids': ids, 'entry-marker': MARKER } });
  // The principal result: each item after its marker; an item is cut at its count marker.
  const items = new Map<number, string[]>();
  const marks = [...r.principal.matchAll(PLACEHOLDER)];
  marks.forEach((m, i) => items.set(Number(m[1]), r.principal.slice(m.index! + m[0].length, marks[i + 1]?.index ?? r.principal.length).split(COUNT)));
  for (const id of ids) st.done.set(id, null);
  for (const e of JSON.parse(r.documents.get('entries.json') ?? '[]') as { n: number; sort: string }[]) {
    const item = items.get(e.n);
    if (item?.length === 2) st.done.set(ids[e.n - 1]!, { sort: e.sort, item: [item[0]!, item[1]!] });
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
