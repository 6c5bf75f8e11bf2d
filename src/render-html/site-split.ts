import { existsSync, readdirSync, rmSync } from 'node:fs';
import { removeUnlisted } from '../write-output.ts';
import { join } from 'node:path';
import { type Diagnostic, diagnostic, errorLine } from '../diagnostics/diagnostic.ts';
import { sha256hex } from '../cache/digest.ts';
import type { BlobStore } from '../cache/store.ts';
import type { StatIndex } from '../cache/stat-index.ts';
import { parseXml, transform, type Stylesheet } from '../run-xslt/index.ts';
import type { RegisterSlices } from '../parallel/register-slices.ts';
import type { Facts, MemoFacts } from './facts.ts';
import { mapData } from './map-data.ts';
import { coMentions, networkLayout } from './network-data.ts';
import { searchDocs } from './search-index.ts';
import { searchShard, shardManifest, shardScript } from './search-shards.ts';
import type { EditionFacts } from './site-data.ts';
import { xmlEscape } from './xml.ts';
import { writeHtmlFile } from './write-html.ts';

/**
 * The edition-wide pages of a large edition (more memos than RenderSiteOptions.largeEdition), split
 * so that no file grows with the edition (docs/scaling.md, "Large editions"):
 *
 *   index.html                      introduction and the years, linking to memos-<year>[-k].html
 *   persons.html, places.html, …    every entry (name, counts) linking to persons-<letter>[-k].html
 *   chronology.html                 events per year, linking to chronology-<year>[-k].html
 *   search.html + search/<n>.js     the search index in shards, loaded when the reader searches
 *   map.html, network.html          as for a small edition
 *
 * Each page is one small transform of site.xsl (site-split.xsl) over only its part of the facts,
 * cached (BlobStore) by a digest of exactly its inputs: the facts document of the part, what it
 * links to, the edition parameters, the register and the code. A page whose inputs did not change
 * is not rendered again, and its file is recognized from its size and time (StatIndex) without
 * being read. Pages are written as they are rendered.
 */

/** Items per page (list items of a memo list, index or chronology part; memos per search shard). */
export interface SplitLimits {
  /** Memos per part of the memo list (about 1 KB of HTML each). */
  memos: number;
  /** Mention lines plus entries per index part (about 0.4 KB each). */
  indexItems: number;
  /** Events per chronology part (about 0.7 KB each). */
  events: number;
  /** Memos per search-index shard (about 20 KB each). */
  searchMemos: number;
}

// Small enough that an edit renders its pages again in tens of milliseconds each (an index part of
// 4,000 lines took about 120 ms, a search shard of 100 memos 200 ms; at 1,500 lines and 50 memos the
// pages of one edit still took about 0.4 s, half of a rebuild's site stage in serve), large enough
// to keep the file count of a 10,000-memo edition around a thousand.
export const SPLIT_LIMITS: SplitLimits = { memos: 1500, indexItems: 750, events: 500, searchMemos: 25 };

/** Where and how split pages are written and cached (what a page needs besides its own inputs). */
export interface SplitPagesIo {
  /**
   * The register in slices: a page gets the entries it names only (a transform given the whole
   * register indexes all of it, about 0.1 s a page at 6,000 entries), and its key holds them.
   */
  entries: RegisterSlices;
  /** Digest of what every page depends on besides its own facts and entries (code, parameters, introduction). */
  base: string;
  outDir: string;
  store?: BlobStore;
  stat: StatIndex;
  diagnostics: Diagnostic[];
  written: string[];
  onPage?: (rel: string, how: 'fresh' | 'cached' | 'rendered') => void;
}

export interface SplitSiteInput extends SplitPagesIo {
  sheet: Stylesheet;
  /** baseParams. */
  params: Record<string, unknown>;
  intro?: string;
  edition: EditionFacts;
  /**
   * The edition's facts (map, network), asked for only when those pages are computed: from a
   * snapshot they would be 360,000 entity ids taken apart for nothing. In a large edition its memos
   * carry no paragraphs (they went to the search shards).
   */
  facts: () => Facts;
  limits: SplitLimits;
  /** The search shards' files (SearchShards.finish()). */
  shardFiles: readonly string[];
  /** The pages already made (SplitPages.made): the search shards. */
  pages: SplitPages;
  /** The index pages' sort keys of the last build (SiteSnapshot.indexKeys), when the entities are the same. */
  indexKeys?: [string, string][];
  /**
   * Only what changed since the build the snapshot holds (site-snapshot.ts): pages that show none
   * of it are kept as that build left them, without computing their inputs.
   */
  dirty?: SplitDirty;
}

/** What an incremental site stage renders again (EditionFacts.replace's changes, by memo). */
export interface SplitDirty {
  /** Memos (edition order) whose element of the memo list changed. */
  memos: ReadonlySet<number>;
  entities: ReadonlySet<number>;
  events: ReadonlySet<number>;
}

/** A page's inputs (its cache key) and how to render it, computed only for a page that may have changed. */
export interface PageWork {
  inputs: string[];
  render: (register: Record<string, unknown>) => string | undefined;
  /** Register entries the page names (in its key; the transform gets those only). */
  ids?: Iterable<string>;
}

/**
 * Emits split pages: each cached by a digest of its inputs and written unless its file is known to
 * hold it. One per build, shared by the search shards (made as their memos arrive) and the rest.
 */
export class SplitPages {
  /** The files (relative to html/) made so far, for removing parts that a build no longer makes. */
  readonly made = new Set<string>();
  constructor(private readonly io: SplitPagesIo) {}

  /**
   * `touched`: false when the page shows nothing that changed since the last build (an
   * incremental site stage): its file is kept as that build wrote it (or put back from the cache)
   * and `work` is not computed.
   */
  page(rel: string, touched: boolean, work: () => PageWork): void {
    this.made.add(rel);
    if (!touched && this.keep(rel)) return;
    const { inputs, render, ids = [] } = work();
    const wanted = new Set(ids);
    inputs.push(this.io.entries.digest(wanted));
    emit(this.io, rel, sha256hex(this.io.base, rel, ...inputs), () => {
      const mini = this.io.entries.mini(wanted);
      return render(mini ? { register: parseXml(mini) } : {});
    });
  }

  /** Keeps the page the last build wrote; false when there is none to keep. */
  private keep(rel: string): boolean {
    const key = this.io.stat.recorded(`html/${rel}`);
    if (key === undefined) return false;
    emit(this.io, rel, key, () => undefined);
    return this.io.stat.has(`html/${rel}`);
  }
}

/**
 * The search index in shards of `limit` consecutive memos, each written as soon as its memos have
 * arrived: the paragraphs' text (most of a memo's facts) is then held for one shard at a time,
 * never for the whole edition.
 */
export class SearchShards {
  private run: MemoFacts[] = [];
  private readonly files: string[] = [];
  constructor(private readonly pages: SplitPages, private readonly limit: number) {}

  add(memo: MemoFacts): void {
    this.run.push(memo);
    if (this.run.length >= this.limit) this.flush();
  }

  /** Writes the last shard; the shard files in order. */
  finish(): string[] {
    if (this.run.length) this.flush();
    return this.files;
  }

  private flush(): void {
    this.files.push(searchShardPage(this.pages, this.files.length, this.run));
    this.run = [];
  }
}

/** Search shard `n` (its memos' facts with their paragraphs); returns its file. */
export function searchShardPage(pages: SplitPages, n: number, memos: MemoFacts[]): string {
  const file = `${SEARCH_DIR}/${String(n).padStart(4, '0')}.js`;
  pages.page(file, true, () => {
    const docs = searchDocs({ memos, entities: [] });
    return { inputs: [JSON.stringify(docs)], render: () => shardScript(n, searchShard(docs)) };
  });
  return file;
}

/** Page names of the split site, for removing parts that a build no longer makes. */
export const SPLIT_PAGE = /^(memos|persons|places|orgs|chronology)-[a-z0-9-]+\.html$/;
export const SEARCH_DIR = 'search';

/** Renders and writes the split pages; returns the files (relative to html/) it made and the index keys. */
export function renderSplitSite(io: SplitSiteInput): { made: Set<string>; indexKeys: [string, string][] } {
  const { edition, limits, dirty } = io;
  const made = io.pages.made;
  const page = io.pages.page.bind(io.pages);
  const touched = (changed: () => boolean) => !dirty || changed();
  const run = (initialTemplate: string, params: Record<string, unknown>) => {
    try {
      return transform(io.sheet, { initialTemplate, params: { ...io.params, ...params } });
    } catch (e) {
      io.diagnostics.push(diagnostic('TE504', { file: 'site-split.xsl', message: `HTML stylesheet failed (${initialTemplate}): ${errorLine(e)}` }));
      return undefined;
    }
  };
  const doc = (xml: string) => parseXml(xml);

  // ── Home and the memo list by year ──
  const years = edition.memoYears().map((y) => ({ ...y, parts: chunks(y.memos, () => 1, limits.memos) }));
  const memoPage = (key: string, k: number) => `memos-${slug(key, 'undated')}${k ? `-${k + 1}` : ''}.html`;
  const homeSplit = `<split>${years.map((y) => `<year${attr('key', y.key)} memos="${y.memos.length}">${y.parts.map((p, k) =>
    `<part${attr('href', memoPage(y.key, k))} n="${k + 1}" count="${p.length}"${attr('from', edition.memoLabel(p[0]!))}${attr('to', edition.memoLabel(p[p.length - 1]!))}/>`).join('')}</year>`).join('')}</split>`;
  page('index.html', !dirty, () => ({ inputs: [homeSplit], render: (reg) => run('split-home', { ...reg, split: doc(homeSplit), ...(io.intro ? { intro: doc(io.intro) } : {}) })?.principal }));
  for (const y of years) {
    y.parts.forEach((memos, k) => {
      page(memoPage(y.key, k), touched(() => memos.some((i) => dirty!.memos.has(i))), () => {
        const split = `<split${attr('key', y.key || 'undated')} n="${k + 1}" of="${y.parts.length}">${y.parts.map((_, j) =>
          `<part${attr('href', memoPage(y.key, j))} n="${j + 1}"${j === k ? ' current=""' : ''}/>`).join('')}</split>`;
        const xml = edition.memoListXml(memos);
        return { inputs: [split, xml], render: (reg) => run('split-memo-list', { ...reg, split: doc(split), edition: doc(xml) })?.principal, ids: edition.memoListPersons(memos) };
      });
    });
  }

  // ── Indexes: sort keys and letters (one transform, cached), then an overview and parts per letter ──
  const all = edition.entityList();
  let keys = io.indexKeys?.length === all.length ? io.indexKeys : undefined;
  if (!keys) {
    const allXml = edition.entitiesXml(all.map((e) => e.n), { lines: false });
    const keysKey = sha256hex(io.base, 'index-keys', allXml);
    keys = io.store?.readJson<[string, string][]>('site-index-keys', keysKey);
    if (!keys || keys.length !== all.length) {
      const mini = io.entries.mini(new Set(all.map((e) => e.id)));
      const r = run('split-index-keys', { ...(mini ? { register: doc(mini) } : {}), edition: doc(allXml) });
      keys = r ? (JSON.parse(r.documents.get('keys.json') ?? '[]') as [string, string][]) : all.map((e) => [e.text.toLowerCase(), '']);
      io.store?.write('site-index-keys', keysKey, JSON.stringify(keys));
    }
  }
  const keyOf = new Map(all.map((e, i) => [e.n, keys![i] ?? ['', '']] as const));
  for (const kind of ['person', 'place', 'org'] as const) {
    const file = { person: 'persons', place: 'places', org: 'orgs' }[kind];
    // As index-pages.xsl: sorted by key (stable, code points), grouped by letter in that order.
    const entities = edition.entityList(kind).sort((a, b) => codepointCompare(keyOf.get(a.n)![0], keyOf.get(b.n)![0]));
    const letters = new Map<string, typeof entities>();
    for (const e of entities) {
      const letter = keyOf.get(e.n)![1];
      let list = letters.get(letter);
      if (!list) letters.set(letter, (list = []));
      list.push(e);
    }
    const parts = [...letters].map(([letter, list]) => ({ letter, parts: chunks(list, (e) => e.lines + 1, limits.indexItems) }));
    const partPage = (letter: string, k: number) => `${file}-${slug(letter, 'other')}${k ? `-${k + 1}` : ''}.html`;
    const partOf = new Map<number, string>();
    for (const l of parts) l.parts.forEach((p, k) => p.forEach((e) => partOf.set(e.n, partPage(l.letter, k))));
    const letterNav = (current?: string) => parts.map((l) => `<letter${attr('key', l.letter || '…')}${attr('href', partPage(l.letter, 0))}${l.letter === current ? ' current=""' : ''}/>`).join('');
    page(`${file}.html`, !dirty, () => {
      const overviewSplit = `<split>${letterNav()}</split>`;
      const overviewXml = edition.entitiesXml(entities.map((e) => e.n), { lines: false, part: (n) => partOf.get(n)! });
      return { inputs: [kind, overviewSplit, overviewXml], render: (reg) => run('split-index-overview', { ...reg, kind, split: doc(overviewSplit), edition: doc(overviewXml) })?.principal, ids: entities.map((e) => e.id) };
    });
    for (const l of parts) {
      l.parts.forEach((list, k) => {
        page(partPage(l.letter, k), touched(() => list.some((e) => dirty!.entities.has(e.n))), () => {
          const split = `<split${attr('key', l.letter || '…')} n="${k + 1}" of="${l.parts.length}">${letterNav(l.letter)}${l.parts.map((_, j) =>
            `<part${attr('href', partPage(l.letter, j))} n="${j + 1}"${j === k ? ' current=""' : ''}/>`).join('')}</split>`;
          const xml = edition.entitiesXml(list.map((e) => e.n), { lines: true });
          // The lines written outside site.xsl (withKwicLines) are not all in `xml`: the key holds them.
          const lines = edition.linesDigestInput(list.map((e) => e.n));
          return {
            inputs: [kind, split, xml, lines],
            render: (reg) => {
              const html = run('split-index-part', { ...reg, kind, split: doc(split), edition: doc(xml) })?.principal;
              return html === undefined ? undefined : edition.withKwicLines(html);
            },
            ids: list.map((e) => e.id),
          };
        });
      });
    }
  }

  // ── Chronology: an overview of the years, and the events of each year ──
  const eventYears = edition.eventYears().map((y) => ({ ...y, parts: chunks(y.events, () => 1, limits.events) }));
  const chronoPage = (key: string, k: number) => `chronology-${slug(key, 'other')}${k ? `-${k + 1}` : ''}.html`;
  const chronoSplit = `<split memos="${eventYears.reduce((s, y) => s + y.memos, 0)}" mentions="${eventYears.reduce((s, y) => s + y.mentions, 0)}">${eventYears.map((y) =>
    `<year${attr('key', y.key)} memos="${y.memos}" mentions="${y.mentions}">${y.parts.map((p, k) =>
      `<part${attr('href', chronoPage(y.key, k))} n="${k + 1}" count="${p.length}"${attr('from', edition.eventWhen(p[0]!))}${attr('to', edition.eventWhen(p[p.length - 1]!))}/>`).join('')}</year>`).join('')}</split>`;
  page('chronology.html', !dirty, () => ({ inputs: [chronoSplit], render: (reg) => run('split-chronology', { ...reg, split: doc(chronoSplit) })?.principal }));
  for (const y of eventYears) {
    y.parts.forEach((events, k) => {
      page(chronoPage(y.key, k), touched(() => events.some((i) => dirty!.events.has(i))), () => {
        const split = `<split${attr('key', y.key)} n="${k + 1}" of="${y.parts.length}">${y.parts.map((_, j) =>
          `<part${attr('href', chronoPage(y.key, j))} n="${j + 1}"${j === k ? ' current=""' : ''}/>`).join('')}</split>`;
        const xml = edition.eventsXml(events);
        // As the index parts: the items written outside site.xsl (timelineItems) are in the key.
        return {
          inputs: [split, xml, edition.eventsDigestInput(events)],
          render: (reg) => {
            const r = run('split-chronology-part', { ...reg, split: doc(split), edition: doc(xml) });
            if (!r) return undefined;
            const dates = r.documents.get('chronology-dates.json');
            return dates === undefined ? r.principal : r.principal.replace('\uE010chronology\uE011', () => edition.timelineItems(events, dates));
          },
        };
      });
    });
  }

  // ── Map and network: one page each, as in a small edition ──
  page('map.html', !dirty, () => {
    const map = mapData(io.facts().entities);
    return { inputs: [map], render: (reg) => run('map-page', { ...reg, 'map-data': doc(map) })?.principal };
  });
  // Keyed by the graph: the layout (about 0.5 s at 10,000 memos) only when the figure changes.
  page('network.html', !dirty, () => {
    const graph = coMentions(io.facts());
    return { inputs: [JSON.stringify(graph)], render: (reg) => run('network-page', { ...reg, 'network-data': doc(networkLayout(graph)) })?.principal };
  });

  // ── Search: the page with the person and place choices, and the index in shards ──
  page('search.html', !dirty, () => {
    const chosen = [...edition.entityList('person'), ...edition.entityList('place')];
    const choices = edition.entitiesXml(chosen.map((e) => e.n), { lines: false });
    const manifest = shardManifest(io.shardFiles);
    return { inputs: [choices, manifest], render: (reg) => run('search-page', { ...reg, edition: doc(choices) })?.principal.replace('\uE010search-index\uE011', () => manifest), ids: chosen.map((e) => e.id) };
  });
  return { made, indexKeys: keys };
}

/** Writes one page unless its file is known to hold it; renders it unless the cache has it. */
function emit(io: SplitPagesIo, rel: string, key: string, render: () => string | undefined): void {
  const outRel = `html/${rel}`;
  if (io.stat.fresh(outRel, key)) return io.onPage?.(rel, 'fresh');
  let content = io.store?.readText('site-page', key, 'html');
  if (content === undefined) {
    content = render();
    if (content === undefined) return;
    io.store?.write('site-page', key, content, 'html');
    io.onPage?.(rel, 'rendered');
  } else io.onPage?.(rel, 'cached');
  const how = writeHtmlFile(join(io.outDir, outRel), content, io.diagnostics);
  if (how === 'written') io.written.push(outRel);
  if (how !== 'failed') io.stat.record(outRel, key);
}

/** Removes pages of a split site (parts, search shards) that this build did not make. */
export function removeStaleParts(htmlDir: string, made: ReadonlySet<string>): void {
  if (existsSync(htmlDir)) {
    for (const f of readdirSync(htmlDir)) if (SPLIT_PAGE.test(f) && !made.has(f)) rmSync(join(htmlDir, f), { force: true });
  }
  removeUnlisted(join(htmlDir, SEARCH_DIR), (f) => made.has(`${SEARCH_DIR}/${f}`));
}

/**
 * Consecutive runs of items whose weights add up to at most `limit` (an item heavier than the
 * limit gets a run of its own). Runs depend only on the items before them in the same list, so an
 * edit moves the boundaries of its own list at most.
 */
export function chunks<T>(items: readonly T[], weight: (t: T) => number, limit: number): T[][] {
  const out: T[][] = [];
  let run: T[] = [];
  let total = 0;
  for (const it of items) {
    const w = weight(it);
    if (run.length && total + w > limit) (out.push(run), (run = []), (total = 0));
    run.push(it);
    total += w;
  }
  if (run.length) out.push(run);
  return out;
}

/** A file-name part for a year or an initial letter: ASCII letters and digits as they are, others by code point. */
export function slug(key: string, empty: string): string {
  if (!key) return empty;
  return [...key.toLowerCase()].map((c) => (/^[a-z0-9]$/.test(c) ? c : `u${c.codePointAt(0)!.toString(16)}`)).join('');
}

const attr = (name: string, value: string) => ` ${name}="${xmlEscape(value)}"`;

/** XPath's default collation (code points), as xsl:sort orders the index entries. */
function codepointCompare(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d) return d;
  }
  return x.length - y.length;
}
