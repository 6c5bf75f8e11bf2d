import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { StageContext, StageResult, TeiDoc } from '../edition.ts';
import { type Diagnostic, diagnostic, errorLine } from '../diagnostics/diagnostic.ts';
import { loadStylesheet, parseXml, transform, type Stylesheet, XsltCompileError } from '../run-xslt/index.ts';
import { siteAssets } from './assets.ts';
import type { Facts } from './facts.ts';
import { collectSiteFacts, siteFactsKeys } from '../parallel/memo-facts.ts';
import { prepareQuickSite, renderQuickSite, structureDigest, takeSnapshot } from './site-incremental.ts';
import { type SnapshotMemo, snapshotPath } from './site-snapshot.ts';
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
import { memoPageParams } from './memo-params.ts';
import { writeHtmlFile } from './write-html.ts';
import { removeUnlisted } from '../write-output.ts';
import { limitHeapGrowth } from '../parallel/heap-growth.mjs';
import { trace } from '../progress/trace.ts';

export { HTML_STYLESHEETS, memoPageParams };

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

  trace('site: stylesheets loaded');
  const large = opts.largeEdition ?? LARGE_EDITION;
  const split = ctx.memos.length > large;
  const rt = runtimeOf(ctx);
  // The register as a tree, for memo pages, the full site and its entity facts; a build's site from
  // a snapshot needs none (the snapshot was taken with this register, and it was read then).
  const later = split && !!rt.cacheDir && !memoPages;
  let register = later ? undefined : readRegisterTree(ctx, diagnostics);
  const out = new Map<string, string | Buffer | (() => string)>();
  const run = (sheet: Stylesheet, file: string, o: Parameters<typeof transform>[1]) => {
    try {
      return transform(sheet, o);
    } catch (e) {
      diagnostics.push(diagnostic('TE504', { file, message: `HTML stylesheet failed: ${errorLine(e)}` }));
      return undefined;
    }
  };

  // A large edition writes its search shards as their memos arrive and keeps no paragraph text.
  const edition = new EditionFacts(ctx.memos.length, { limit: split ? KWIC_LIMIT : Infinity, paragraphs: !split });
  const introNotes: Diagnostic[] = [];
  const intro = readIntro(ctx, introNotes);
  const limits = { ...SPLIT_LIMITS, ...opts.splitLimits };
  const keys = siteFactsKeys(ctx);
  trace('site: facts keys');
  // What every split page depends on besides its own inputs; where they are cached and recorded.
  const splitBase = split ? sha256hex(codeDigest('site'), 'site-split', stableJson(baseParams(ctx)), intro ?? '') : undefined;
  const store = split && rt.cacheDir ? new BlobStore(rt.cacheDir) : undefined;
  const stat = split ? new StatIndex(rt.cacheDir, 'site-pages', ctx.outDir) : undefined;
  // A large edition after an edit to a few memos: the pages from the last build's snapshot.
  const place = splitBase && store ? { path: snapshotPath(store.dir, ctx.outDir), base: sha256hex(splitBase, ctx.register.xml, stableJson(limits)) } : undefined;
  const quick = place && store && stat ? await prepareQuickSite(ctx, place, keys, { store, stat, perShard: limits.searchMemos, sefCacheDir: opts.cacheDir }) : undefined;
  trace(quick ? 'site: snapshot read, edited memos put in' : 'site: no snapshot to start from');
  if (later && !quick) register = readRegisterTree(ctx, diagnostics);
  const registerRead = quick !== undefined || register !== undefined;
  const params = { ...baseParams(ctx), ...(register ? { register } : {}) };
  const splitIo = splitBase && stat ? {
    entries: registerSlices(registerRead ? ctx.register.xml : ''),
    base: splitBase,
    outDir: ctx.outDir,
    ...(store ? { store } : {}),
    stat,
    diagnostics,
    written,
    ...(opts.onSplitPage ? { onPage: opts.onSplitPage } : {}),
  } : undefined;
  const pages = splitIo ? new SplitPages(splitIo) : undefined;
  const splitInput = splitIo && pages ? { ...splitIo, sheet: sheets.site, params: baseParams(ctx), ...(intro ? { intro } : {}), limits, pages } : undefined;

  // Per memo, in edition order: its facts, its TEI copy and (outside a build) its page. Memos whose
  // TEI cannot be read are left out everywhere (their neighbours link past them).
  // The whole site: edition-sized garbage (src/parallel/heap-growth.mjs).
  if (!quick) limitHeapGrowth();
  const readable: TeiDoc[] = quick ? [...ctx.memos] : [];
  const full = quick ? undefined : await collectFacts(ctx, { edition, keys, readable, diagnostics, snapshot: !!place, sefCacheDir: opts.cacheDir, ...(pages ? { shards: new SearchShards(pages, limits.searchMemos) } : {}) });
  // What the register says of the entities, once per edition (names, coordinates).
  const entities = full && run(sheets.facts, HTML_STYLESHEETS.facts, { initialTemplate: 'entities', params: { ...(register ? { register } : {}), 'entity-ids': edition.entityIds() } });
  const entityFacts = entities ? (JSON.parse(entities.principal) as Parameters<EditionFacts['facts']>[0]) : [];
  const facts = edition.facts(entityFacts);
  const notes = quick ? quick.notes : registerRead ? entityNotes(facts, readable, ctx.register.path) : [];
  diagnostics.push(...notes);

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
  if (registerRead) out.set('tei/register.xml', ctx.register.xml);

  trace('site: memo pages and TEI copies listed');
  diagnostics.push(...introNotes);
  let made = new Set<string>();
  if (quick && splitInput) made = renderQuickSite(quick, splitInput);
  else if (splitInput && full) {
    const errors = diagnostics.length;
    const r = renderSplitSite({ ...splitInput, edition, facts: () => facts, shardFiles: full.shardFiles });
    made = r.made;
    // A snapshot of a site built without a failure, which a later build can start from.
    if (place && register && entities && full.memos.length === ctx.memos.length && diagnostics.length === errors) {
      takeSnapshot(place, { memos: full.memos, edition, entities: entityFacts, indexKeys: r.indexKeys, shardFiles: full.shardFiles, notes });
    }
  }
  trace('site: split pages');
  splitIo?.stat.save();
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

  trace('site: whole-edition pages');
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
  trace('site: files written');
  return { diagnostics, written };
}

/**
 * Every memo's facts merged into `edition` (and a large edition's search shards written as they
 * come); the memos whose TEI can be read go to `readable`. With `snapshot`, what a snapshot keeps
 * of each memo (site-snapshot.ts); `memos` falls short of the edition when a memo failed.
 */
async function collectFacts(
  ctx: StageContext,
  o: { edition: EditionFacts; keys: string[]; readable: TeiDoc[]; diagnostics: Diagnostic[]; snapshot: boolean; shards?: SearchShards; sefCacheDir?: string | undefined },
): Promise<{ shardFiles: string[]; memos: SnapshotMemo[] }> {
  const failed: Diagnostic[] = [];
  const memos: SnapshotMemo[] = [];
  let ok = true;
  await collectSiteFacts(ctx, { keys: o.keys, ...(o.sefCacheDir ? { sefCacheDir: o.sefCacheDir } : {}) }, (doc, r, key) => {
    if (r.unreadable !== undefined) {
      o.diagnostics.push(diagnostic('TE502', { file: doc.path, message: `Memo TEI could not be read for the HTML site: ${r.unreadable}` }));
      ok = false;
      return;
    }
    o.readable.push(doc);
    if (r.facts) {
      if (o.snapshot && ok) memos.push({ id: doc.id, stem: doc.stem, key, structure: structureDigest(r.facts) });
      o.shards?.add(r.facts.facts);
      o.edition.add(r.facts);
    } else {
      failed.push(diagnostic('TE504', { file: HTML_STYLESHEETS.facts, message: `HTML stylesheet failed: ${r.error}` }));
      ok = false;
    }
  });
  o.diagnostics.push(...failed);
  return { shardFiles: o.shards?.finish() ?? [], memos: ok ? memos : [] };
}

function readRegisterTree(ctx: StageContext, diagnostics: Diagnostic[]): unknown {
  try {
    return parseXml(ctx.register.xml);
  } catch (e) {
    diagnostics.push(diagnostic('TE503', { file: ctx.register.path, message: `Register could not be read for the HTML site: ${errorLine(e)}` }));
    return undefined;
  }
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
  for (const sub of ['memo', 'tei']) removeUnlisted(join(htmlDir, sub), (f) => out.has(`${sub}/${f}`) || keep.has(`${sub}/${f}`));
}

