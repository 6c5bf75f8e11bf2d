import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { StageContext, StageResult, TeiDoc } from '../edition.ts';
import { type Diagnostic, diagnostic, errorLine } from '../diagnostics/diagnostic.ts';
import { loadStylesheet, parseXml, transform, type Stylesheet, XsltCompileError } from '../run-xslt/index.ts';
import { siteAssets } from './assets.ts';
import type { Facts } from './facts.ts';
import { collectSiteFacts } from '../parallel/memo-facts.ts';
import { introToXml } from './intro.ts';
import { mapData } from './map-data.ts';
import { networkData } from './network-data.ts';
import { baseParams } from './params.ts';
import { buildSearchIndex } from './search-index.ts';
import { EditionFacts, KWIC_LIMIT, LARGE_EDITION } from './site-data.ts';
import { renderSplitSite, removeStaleParts, SearchShards, SPLIT_LIMITS, SplitPages, type SplitLimits } from './site-split.ts';
import { codeDigest, sha256hex, stableJson } from '../cache/digest.ts';
import { BlobStore } from '../cache/store.ts';
import { StatIndex } from '../cache/stat-index.ts';
import { docFacts, runtimeOf } from '../parallel/runtime.ts';
import { registerSlices } from '../parallel/register-slices.ts';
import { HTML_STYLESHEETS } from './stylesheets.ts';
import { scriptSafe } from './xml.ts';
import { writeHtmlFile } from './write-html.ts';

export { HTML_STYLESHEETS };

export interface RenderSiteOptions {
  /** CSL-JSON text per memo id, embedded in the memo page (from src/export/citations). */
  cslJson?: Map<string, string>;
  /**
   * Where per-memo citation files (<id>.json CSL-JSON, .ris, .bib) are, relative to html/ (e.g.
   * "citations" when the exporter's files are copied to html/citations/); memo pages link them.
   */
  citationsDir?: string;
  /** SEF cache folder (default .cache/sef in the project). */
  cacheDir?: string;
  /**
   * false: leave memo pages to the caller (the build renders them per memo on worker threads, with
   * memoPageParams, and caches them); existing pages of the edition's memos are kept.
   */
  memoPages?: boolean;
  /**
   * Above this many memos the edition-wide pages are split (site-split.ts: memo list by year,
   * indexes by letter, chronology by year, search index in shards), each page cached by its inputs.
   * Default LARGE_EDITION; tests lower it to exercise the split pages on a few memos.
   */
  largeEdition?: number;
  /** Items per split page (tests lower them); default SPLIT_LIMITS. */
  splitLimits?: Partial<SplitLimits>;
  /** Called for every split page: found unchanged on disk, taken from the cache, or rendered. */
  onSplitPage?: (rel: string, how: 'fresh' | 'cached' | 'rendered') => void;
}

/**
 * The memo.xsl parameters of one memo page besides baseParams and the register: navigation and
 * links. Shared with the build's per-memo renderer (src/parallel/html-pages.ts).
 */
export function memoPageParams(m: { id: string; stem: string }, prev: unknown, next: unknown, opts: Pick<RenderSiteOptions, 'cslJson' | 'citationsDir'> = {}): Record<string, unknown> {
  const csl = opts.cslJson?.get(m.id) ?? opts.cslJson?.get(m.stem);
  return {
    ...(prev !== undefined ? { prev } : {}),
    ...(next !== undefined ? { next } : {}),
    'tei-href': `../tei/${m.stem}.xml`,
    'csl-json': csl ? scriptSafe(csl) : '',
    'citations-href': opts.citationsDir ? `../${opts.citationsDir.replace(/^\/+|\/+$/g, '')}/${m.id}` : '',
  };
}

interface ParsedMemo { id: string; path: string; stem: string; xml: string; node: unknown }

/**
 * The HTML reading edition: writes ctx.outDir/html/ (home, memo pages, indexes, chronology, map,
 * network, search, assets, TEI copies). XSLT renders all TEI content; this function only gathers
 * data the stylesheets cannot compute (search index, map projection, network layout) and writes
 * files. Unchanged files are not rewritten; pages of memos no longer in the edition are removed.
 *
 * The edition-wide pages are built from each memo's compact facts (facts.xsl, per memo, on worker
 * threads and cached in a build: src/parallel/memo-facts.ts), never from every memo's TEI tree at
 * once, so they cost time and memory in proportion to the edition.
 */
export async function renderSite(ctx: StageContext, opts: RenderSiteOptions = {}): Promise<StageResult> {
  const diagnostics: Diagnostic[] = [];
  const written: string[] = [];
  const htmlDir = join(ctx.outDir, 'html');
  const memoPages = opts.memoPages !== false;

  let sheets: { memo?: Stylesheet; site: Stylesheet; facts: Stylesheet };
  try {
    const [site, facts, memo] = await Promise.all(
      [HTML_STYLESHEETS.site, HTML_STYLESHEETS.facts, ...(memoPages ? [HTML_STYLESHEETS.memo] : [])].map((p) => loadStylesheet(p, { cacheDir: opts.cacheDir })),
    );
    sheets = { memo, site: site!, facts: facts! };
  } catch (e) {
    const file = e instanceof XsltCompileError ? e.stylesheet : HTML_STYLESHEETS.dir;
    diagnostics.push(diagnostic('TE501', { file, message: `HTML stylesheet could not be compiled: ${(e as Error).message}` }));
    return { diagnostics, written };
  }

  let register: unknown;
  try {
    register = parseXml(ctx.register.xml);
  } catch (e) {
    diagnostics.push(diagnostic('TE503', { file: ctx.register.path, message: `Register could not be read for the HTML site: ${errorLine(e)}` }));
  }
  const params = { ...baseParams(ctx), ...(register ? { register } : {}) };
  const out = new Map<string, string | Buffer | (() => string)>();
  const run = (sheet: Stylesheet, file: string, o: Parameters<typeof transform>[1]) => {
    try {
      return transform(sheet, o);
    } catch (e) {
      diagnostics.push(diagnostic('TE504', { file, message: `HTML stylesheet failed: ${errorLine(e)}` }));
      return undefined;
    }
  };

  // Per memo, in edition order: its facts, its TEI copy and (outside a build) its page. Memos whose
  // TEI cannot be read are left out everywhere (their neighbours link past them).
  const large = opts.largeEdition ?? LARGE_EDITION;
  const split = ctx.memos.length > large;
  // A large edition writes its search shards as their memos arrive and keeps no paragraph text.
  const edition = new EditionFacts(ctx.memos.length, { limit: split ? KWIC_LIMIT : Infinity, paragraphs: !split });
  const introNotes: Diagnostic[] = [];
  const intro = readIntro(ctx, introNotes);
  const rt = runtimeOf(ctx);
  const splitIo = split ? {
    entries: registerSlices(register ? ctx.register.xml : ''),
    base: sha256hex(codeDigest('html'), 'site-split', stableJson(baseParams(ctx)), intro ?? ''),
    outDir: ctx.outDir,
    ...(rt.cacheDir ? { store: new BlobStore(rt.cacheDir) } : {}),
    stat: new StatIndex(rt.cacheDir, 'site-pages', ctx.outDir),
    diagnostics,
    written,
    ...(opts.onSplitPage ? { onPage: opts.onSplitPage } : {}),
  } : undefined;
  const pages = splitIo ? new SplitPages(splitIo) : undefined;
  const limits = { ...SPLIT_LIMITS, ...opts.splitLimits };
  const shards = pages ? new SearchShards(pages, limits.searchMemos) : undefined;
  const readable: TeiDoc[] = [];
  const failed: Diagnostic[] = [];
  await collectSiteFacts(ctx, { sefCacheDir: opts.cacheDir }, (doc, r) => {
    if (r.unreadable !== undefined) {
      diagnostics.push(diagnostic('TE502', { file: doc.path, message: `Memo TEI could not be read for the HTML site: ${r.unreadable}` }));
      return;
    }
    readable.push(doc);
    if (r.facts) (shards?.add(r.facts.facts), edition.add(r.facts));
    else failed.push(diagnostic('TE504', { file: HTML_STYLESHEETS.facts, message: `HTML stylesheet failed: ${r.error}` }));
  });
  const shardFiles = shards?.finish() ?? [];
  diagnostics.push(...failed);
  // What the register says of the entities, once per edition (names, coordinates).
  const entities = run(sheets.facts, HTML_STYLESHEETS.facts, { initialTemplate: 'entities', params: { ...(register ? { register } : {}), 'entity-ids': edition.entityIds() } });
  const facts = edition.facts(entities ? (JSON.parse(entities.principal) as Parameters<EditionFacts['facts']>[0]) : []);
  if (register) diagnostics.push(...entityNotes(facts, readable, ctx.register.path));

  const keep = new Set<string>();
  // Files whose content the build knows by digest (TEI copies): an unchanged copy is recognized
  // from its size and time without being read (10,000 of them in a large edition).
  const known = new Map<string, string>();
  const copies = new StatIndex(runtimeOf(ctx).cacheDir, 'site-files', ctx.outDir);
  readable.forEach((m, i) => {
    if (!memoPages) keep.add(`memo/${m.id}.html`);
    else {
      // One memo tree (and its neighbours) at a time.
      const node = parseXml(m.xml);
      const [prev, next] = [readable[i - 1], readable[i + 1]].map((d) => (d ? parseXml(d.xml) : undefined));
      const r = run(sheets.memo!, m.path, { sourceNode: node, params: { ...params, ...memoPageParams(m, prev, next, opts) } });
      if (r) out.set(`memo/${m.id}.html`, r.principal);
    }
    // The TEI copy is read when it is written: the site never holds every memo's text at once.
    out.set(`tei/${m.stem}.xml`, () => m.xml);
    const hash = docFacts(m)?.hash;
    if (hash) known.set(`tei/${m.stem}.xml`, hash);
  });
  if (register) out.set('tei/register.xml', ctx.register.xml);

  diagnostics.push(...introNotes);
  let made = new Set<string>();
  if (splitIo && pages) {
    made = renderSplitSite({
      ...splitIo,
      sheet: sheets.site,
      params: baseParams(ctx),
      ...(intro ? { intro } : {}),
      edition,
      facts,
      limits,
      shardFiles,
      pages,
    });
    splitIo.stat.save();
  }
  const siteOut = split ? undefined : run(sheets.site, HTML_STYLESHEETS.site, {
    initialTemplate: 'main',
    params: {
      ...params,
      edition: parseXml(edition.xml()),
      ...(intro ? { intro: parseXml(intro) } : {}),
      'map-data': parseXml(mapData(facts.entities)),
      'network-data': parseXml(networkData(facts)),
    },
  });
  const searchIndex = split ? '' : buildSearchIndex(facts);
  const documents = siteOut?.documents ?? new Map<string, string>();
  const chronologyDates = documents.get('chronology-dates.json');
  documents.delete('chronology-dates.json');
  for (const [uri, html] of documents) {
    if (/^(persons|places|orgs)\.html$/.test(uri)) out.set(uri, edition.withKwicLines(html));
    else if (uri === 'chronology.html') out.set(uri, edition.withTimeline(html, chronologyDates));
    // The index is script-safe JSON (jsonForScript), which the HTML serializer writes unchanged inside <script>.
    else if (uri === 'search.html') out.set(uri, html.replace('\uE010search-index\uE011', () => searchIndex));
    else out.set(uri, html);
  }
  for (const [rel, bytes] of siteAssets()) out.set(rel, bytes);

  removeStale(htmlDir, out, keep);
  removeStaleParts(htmlDir, made);
  for (const [rel, value] of [...out].sort(([a], [b]) => a.localeCompare(b))) {
    const full = join(htmlDir, rel);
    const key = known.get(rel);
    if (key && copies.fresh(`html/${rel}`, key)) continue;
    let content: string | Buffer;
    try {
      content = typeof value === 'function' ? value() : value;
    } catch (e) {
      diagnostics.push(diagnostic('TE508', { file: full, message: `HTML file could not be written: ${errorLine(e)}` }));
      continue;
    }
    const how = writeHtmlFile(full, content, diagnostics);
    if (how === 'written') written.push(relative(ctx.outDir, full).split('\\').join('/'));
    if (key && how !== 'failed') copies.record(`html/${rel}`, key);
  }
  copies.save();
  return { diagnostics, written };
}

function readIntro(ctx: StageContext, diagnostics: Diagnostic[]): string | undefined {
  if (!ctx.config.introduction) return undefined;
  const file = resolve(ctx.root, ctx.config.introduction);
  try {
    return introToXml(readFileSync(file, 'utf8'));
  } catch (e) {
    diagnostics.push(diagnostic('TE505', { file, message: `Introduction file not found or unreadable: ${errorLine(e)}` }));
    return undefined;
  }
}

/** Notes for mentions without a register entry (once per entity) and places off the map. */
function entityNotes(facts: Facts, memos: readonly TeiDoc[], registerPath: string): Diagnostic[] {
  const ds: Diagnostic[] = [];
  // The first memo (edition order) naming each entity, looked up once: an edition has thousands.
  const firstMemo = new Map<string, string>();
  for (const m of [...facts.memos].reverse()) for (const id of m.entities) firstMemo.set(id, m.id);
  const pathOf = new Map(memos.map((m) => [m.id, m.path] as const));
  for (const e of facts.entities) {
    if (!e.inRegister) {
      const memo = firstMemo.get(e.id);
      const file = (memo !== undefined ? pathOf.get(memo) : undefined) ?? registerPath;
      ds.push(diagnostic('TE506', { file, message: `Mention points to no register entry: "${e.id}" (${e.name})` }));
    } else if (e.kind === 'place' && (e.lat === undefined || e.lon === undefined)) {
      ds.push(diagnostic('TE507', { file: registerPath, message: `Place has no coordinates; left off the map: "${e.id}" (${e.name})` }));
    }
  }
  return ds;
}

/** Memo pages and TEI copies of memos that left the edition would otherwise linger on the site. */
function removeStale(htmlDir: string, out: Map<string, unknown>, keep: Set<string>): void {
  for (const sub of ['memo', 'tei']) {
    const dir = join(htmlDir, sub);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)) {
      if (out.has(`${sub}/${f}`) || keep.has(`${sub}/${f}`)) continue;
      rmSync(join(dir, f), { force: true });
    }
  }
}

