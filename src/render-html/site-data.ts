import type { EntityFacts, Facts, MemoFacts } from './facts.ts';
import type { DateFacts, MemoSiteFacts, MentionFacts } from './memo-site-facts.ts';
import { PackedStrings } from './packed-strings.ts';
import { xmlEscape } from './xml.ts';

/**
 * The edition-wide pages (home, indexes, chronology, map, network, search) from compact per-memo
 * facts: xslt/html/facts.xsl reads one memo (and the register entries it points to) and reports
 * what those pages need of it; this module merges the memos' facts in edition order. Per-memo
 * facts depend on the memo alone, so the build computes them on worker threads and caches them
 * (src/parallel/memo-facts.ts), and the site costs time and memory in proportion to the edition.
 */

/**
 * Index pages list every mention with its context. At 10,000 memos that is over a million lines
 * (hundreds of MB of HTML, and as much memory to build them), so an edition of more than
 * LARGE_EDITION memos lists the first KWIC_LIMIT mentions of each entity (in edition order) and
 * says how many there are; the counts stay exact and search finds the rest. Smaller editions list
 * every mention.
 *
 * 500: at 1,000 memos of the benchmark's density the single pages weighed 12–25 MB each (persons,
 * places, chronology, search), slow to open in a browser, and an edit to one memo rendered them all
 * again (16 s); split, no page passes 2.5 MB and an edit renders the parts that show it.
 */
export const LARGE_EDITION = 500;
export const KWIC_LIMIT = 50;

interface Line { memo: string; label: string; m: Pick<MentionFacts, 'anchor' | 'where' | 'left' | 'text' | 'right'> }
/** A chronology event: a memo (by its date) or a date it mentions. */
interface Event { when: string; kind: 'memo' | 'mention'; memo: string; title: string; label: string; memoLabel: string; d?: Omit<DateFacts, 'when' | 'label'> }
/** `lines`: the listed mentions, packed (Line fields joined by SEP) in `text`. */
interface EntityGroup { kind: string; id: string; text: string; mentions: number; memos: number; lastMemo: number; lines: number[] }

/**
 * Joins the fields of a packed line or event: U+0001 is not allowed in XML 1.0 documents, so no
 * field from a TEI file holds it.
 */
const SEP = '\u0001';

/**
 * What a large edition's site stage keeps for the next build (site-snapshot.ts): the merged facts
 * without the strings, which travel apart (`slabs`).
 */
export interface EditionState {
  memoXml: number[];
  memoPersons: number[];
  /** Without their entities (memoEntities: each memo's, joined by spaces): 360,000 strings at 10,000 memos cost more to read back than the rest. */
  memos: MemoFacts[];
  memoEntities: string[];
  memoCount: Map<string, number>;
  firstText: Map<string, string>;
  persons: Set<string>;
  groups: Map<string, EntityGroup>;
  evWhen: string[];
  evMention: Uint8Array;
  evMemo: Int32Array;
  evData: Int32Array;
  sorted: Uint32Array;
  limit: number;
  xsltLines: boolean;
  paragraphs: boolean;
  at: Uint32Array;
}

/** What replacing a memo's facts changed (EditionFacts.replace): the pages showing these are to be rendered again. */
export interface FactsChange {
  /** The memo's element of the memo list changed (its summary). */
  memo: boolean;
  /** Entities (by `n`, entityList) whose listed mention lines changed. */
  entities: Set<number>;
  /** Chronology events (indexes into the sorted events, as eventYears gives them) whose items changed. */
  events: Set<number>;
}

const attr = (name: string, value: string) => ` ${name}="${xmlEscape(value)}"`;

/**
 * Merges the memos' facts in edition order, one memo at a time (so a build holds each memo's
 * mentions only while adding it): the facts document site.xsl reads ($edition; its header
 * documents the shape) and the facts the TypeScript side uses (search index, map, network, notes).
 */
export class EditionFacts {
  /** Each memo's element of the facts document (packed). */
  private readonly memoXml: number[] = [];
  /** The persons of each memo's entry in the memo list, joined by spaces (packed). */
  private readonly memoPersons: number[] = [];
  private memos: MemoFacts[] = [];
  /** After restore: each memo's entities, joined by spaces (memos hold none until facts() is asked for). */
  private memoEntities?: string[];
  /** Memos mentioning each entity, in order of first mention. */
  private readonly memoCount = new Map<string, number>();
  private readonly firstText = new Map<string, string>();
  private readonly persons = new Set<string>();
  private readonly groups = new Map<string, EntityGroup>();
  /** Chronology events in the order met: date, kind, memo (index into memos), the rest packed (mentions; -1 for a memo). */
  private readonly evWhen: string[] = [];
  private readonly evMention: boolean[] = [];
  private readonly evMemo: number[] = [];
  private readonly evData: number[] = [];
  private readonly packed = new PackedStrings();
  private readonly limit: number;
  private readonly xsltLines: boolean;

  /**
   * `total`: the number of memos of the edition (a large edition lists fewer mentions per entity);
   * `limit` overrides the mentions listed per entity; `xsltLines`: index-pages.xsl and
   * chronology.xsl render every list item (the reference the items written here are tested against).
   */
  constructor(total: number, o: { limit?: number; xsltLines?: boolean; paragraphs?: boolean } = {}) {
    this.limit = o.limit ?? (total > LARGE_EDITION ? KWIC_LIMIT : Infinity);
    this.xsltLines = o.xsltLines ?? false;
    this.paragraphs = o.paragraphs ?? true;
  }

  /**
   * false: facts().memos carry no paragraphs nor summary (a large edition's search shards take them
   * as the memos arrive; at 10,000 memos the paragraphs are most of the facts, about 200 MB).
   */
  private readonly paragraphs: boolean;

  add(m: MemoSiteFacts): void {
    const f = m.facts;
    const i = this.memos.length;
    this.memos.push(this.paragraphs ? f : { ...f, summary: '', paragraphs: [] });
    for (const id of f.entities) this.memoCount.set(id, (this.memoCount.get(id) ?? 0) + 1);
    this.memoXml.push(this.packed.add(memoElement(m)));
    this.memoPersons.push(this.packed.add(m.home.persons.join(' ')));
    // The chronology: the memo by its date (XPath matches(date, '^\d{4}')), then the dates it mentions.
    if (/^\p{Nd}{4}/u.test(f.date)) this.addEvent(f.date, false, i, -1);
    for (const d of m.dates) this.addEvent(d.when, true, i, this.packed.add(eventData(d)));
    for (const p of m.home.persons) this.persons.add(p);
    for (const x of m.mentions) {
      if (!this.firstText.has(x.ref)) this.firstText.set(x.ref, x.text);
      const key = `${x.kind}\n${x.ref}`;
      let g = this.groups.get(key);
      if (!g) this.groups.set(key, (g = { kind: x.kind, id: x.ref, text: x.text, mentions: 0, memos: 0, lastMemo: -1, lines: [] }));
      g.mentions++;
      if (g.lastMemo !== i) (g.memos++, (g.lastMemo = i));
      if (g.lines.length < this.limit) g.lines.push(this.packed.add(lineData(f, x)));
    }
  }

  /** The merged facts for a snapshot (site-snapshot.ts); valid until the next add or replace. */
  state(): { state: EditionState; slabs: Buffer[] } {
    const { slabs, at } = this.packed.state();
    const { memoXml, memoPersons, memoCount, firstText, persons, groups, evWhen, limit, xsltLines, paragraphs } = this;
    const memos = this.memos.map((m) => ({ ...m, entities: [] }));
    const memoEntities = this.memoEntities ?? this.memos.map((m) => m.entities.join(' '));
    // Typed arrays are read back as one copy each, arrays of numbers element by element.
    const events = { evMention: Uint8Array.from(this.evMention, Number), evMemo: Int32Array.from(this.evMemo), evData: Int32Array.from(this.evData), sorted: Uint32Array.from(this.sortedEvents()) };
    return { state: { memoXml, memoPersons, memos, memoEntities, memoCount, firstText, persons, groups, evWhen, ...events, limit, xsltLines, paragraphs, at }, slabs };
  }

  static restore(s: EditionState, slabs: { slabs: number; load: (slab: number) => Buffer }): EditionFacts {
    const e = new EditionFacts(0, { limit: s.limit, xsltLines: s.xsltLines, paragraphs: s.paragraphs });
    const { at, limit: _l, xsltLines: _x, paragraphs: _p, evMention, evMemo, evData, sorted, ...fields } = s;
    Object.assign(e, fields, {
      packed: PackedStrings.restore({ ...slabs, at }),
      evMention: Array.from(evMention, Boolean),
      evMemo: Array.from(evMemo),
      evData: Array.from(evData),
      sorted: Array.from(sorted),
    });
    return e;
  }

  /**
   * Puts memo `i`'s new facts in place of its old ones; `after` has the old facts' structure
   * (factsStructure), so no count, order or page boundary moves. Returns what changed; with `all`,
   * everything of the memo the pages show, changed or not (a memo edited since the snapshot was
   * taken, whose pages show a later version than the snapshot).
   */
  replace(i: number, after: MemoSiteFacts, o: { all?: boolean } = {}): FactsChange {
    const f = after.facts;
    const change: FactsChange = { memo: false, entities: new Set(), events: new Set() };
    this.memos[i] = this.paragraphs ? f : { ...f, summary: '', paragraphs: [], ...(this.memoEntities ? { entities: [] } : {}) };
    const xml = memoElement(after);
    const same = xml === this.packed.get(this.memoXml[i]!);
    if (!same) this.memoXml[i] = this.packed.add(xml);
    if (o.all || !same) change.memo = true;
    // The memo's events, in the order add() met them: its own date (not replaced: structure), then its dates.
    const mine: number[] = [];
    this.evMemo.forEach((memo, k) => memo === i && this.evMention[k] && mine.push(k));
    const changed: number[] = [];
    after.dates.forEach((d, j) => {
      const k = mine[j]!;
      const data = eventData(d);
      if (this.packed.get(this.evData[k]!) !== data) this.evData[k] = this.packed.add(data);
      else if (!o.all) return;
      changed.push(k);
    });
    for (const k of changed) change.events.add(this.sortedEvents().indexOf(k));
    // The memo's listed mention lines: consecutive in each entity's lines, from its first.
    const n = new Map([...this.groups.keys()].map((key, j) => [key, j] as const));
    const seen = new Map<string, number>();
    for (const x of after.mentions) {
      const key = `${x.kind}\n${x.ref}`;
      const g = this.groups.get(key)!;
      const j = seen.get(key) ?? 0;
      seen.set(key, j + 1);
      const first = g.lines.findIndex((k) => this.packed.get(k).startsWith(f.id + SEP));
      const at = first < 0 ? -1 : first + j;
      if (at < 0 || at >= g.lines.length) continue;
      const data = lineData(f, x);
      if (this.packed.get(g.lines[at]!) !== data) g.lines[at] = this.packed.add(data);
      else if (!o.all) continue;
      change.entities.add(n.get(key)!);
    }
    return change;
  }

  private addEvent(when: string, mention: boolean, memo: number, data: number): void {
    this.evWhen.push(when);
    this.evMention.push(mention);
    this.evMemo.push(memo);
    this.evData.push(data);
  }

  /** Event k (in the order met). */
  private event(k: number): Event {
    const f = this.memos[this.evMemo[k]!]!;
    const base = { when: this.evWhen[k]!, memo: f.id, title: f.title, memoLabel: f.dateLabel };
    if (!this.evMention[k]) return { ...base, kind: 'memo', label: f.dateLabel };
    const [label = '', cert = '', anchor = '', where = '', left = '', right = ''] = this.packed.get(this.evData[k]!).split(SEP);
    return { ...base, kind: 'mention', label, d: { cert, anchor, where, left, right } };
  }

  /** Mention line k (EntityGroup.lines). */
  private line(k: number): Line {
    const [memo = '', label = '', anchor = '', where = '', left = '', text = '', right = ''] = this.packed.get(k).split(SEP);
    return { memo, label, m: { anchor, where, left, text, right } };
  }

  private linesOf(g: EntityGroup): Line[] {
    return g.lines.map((k) => this.line(k));
  }

  /**
   * What the mention lines of some entities (by `n`) are, for a page's cache key: the lines written
   * outside site.xsl (kwicLines) are not in its facts document.
   */
  linesDigestInput(ns: readonly number[]): string {
    const groups = [...this.groups.values()];
    return ns.map((n) => groups[n]!.lines.map((k) => this.packed.get(k)).join('\n')).join('\n\n');
  }

  /** What some events (indexes into the sorted events) are, for a page's cache key (timelineItems writes them). */
  eventsDigestInput(idx: readonly number[]): string {
    const sorted = this.sortedEvents();
    return idx.map((i) => {
      const e = sorted[i]!;
      const f = this.memos[this.evMemo[e]!]!;
      return [this.evWhen[e], this.evMention[e] ? 'mention' : 'memo', f.id, f.title, f.dateLabel, this.evMention[e] ? this.packed.get(this.evData[e]!) : ''].join(SEP);
    }).join('\n');
  }

  /** Every entity mentioned in the edition, in order of first mention (for facts.xsl's "entities"). */
  entityIds(): string[] {
    return [...this.memoCount.keys()];
  }

  /**
   * The facts of the search index, map, network and notes; `entities`: what the register says of
   * entityIds() (facts.xsl, template "entities"). An entity the register does not name is named
   * after its first mention in the edition; entities by id (readFacts' order).
   */
  facts(entities: Omit<EntityFacts, 'memos'>[]): Facts {
    if (this.memoEntities) {
      const joined = this.memoEntities;
      this.memos = this.memos.map((m, i) => ({ ...m, entities: joined[i] ? joined[i]!.split(' ') : [] }));
      this.memoEntities = undefined;
    }
    return {
      memos: this.memos,
      entities: entities
        .map((e) => ({ ...e, name: e.name === ' ' ? (this.firstText.get(e.id) ?? '') : e.name, memos: this.memoCount.get(e.id) ?? 0 }))
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    };
  }

  /**
   * The edition facts document for site.xsl. An entity whose mention lines this module writes
   * (kwicLines) has attribute `lines` instead of <m> children: index-pages.xsl leaves a marker there.
   */
  xml(): string {
    const events = this.sortedEvents().map((k) => this.event(k));
    const timeline = !this.xsltLines && events.every((e) => /^[\x21-\x7e]*$/.test(e.memo) && /^[\x21-\x7e]*$/.test(e.d?.anchor ?? ''));
    const out = [timeline ? '<edition timeline="">' : '<edition>', ...this.memoXml.map((k) => this.packed.get(k))];
    for (const p of this.persons) out.push(`<person${attr('id', p)}${attr('text', this.firstText.get(p) ?? '')}/>`);
    // Items written here (timeline) need only the date and kind in the document (the time axis).
    for (const e of events) {
      out.push(eventXml(e, timeline));
    }
    [...this.groups.values()].forEach((g, n) => {
      const listed = g.lines.length < g.mentions ? attr('listed', String(g.lines.length)) : '';
      const lines = this.linesOf(g);
      const own = !this.xsltLines && lines.every(plainLine);
      out.push(`<entity${attr('kind', g.kind)}${attr('id', g.id)}${attr('text', g.text)}${attr('mentions', String(g.mentions))}${attr('memos', String(g.memos))}${listed}${own ? attr('lines', String(n)) : ''}>`);
      if (!own) for (const { memo, label, m } of lines) out.push(`<m${attr('memo', memo)}${attr('label', label)}${attr('anchor', m.anchor)}${attr('where', m.where)}${attr('left', m.left)}${attr('text', m.text)}${attr('right', m.right)}/>`);
      out.push('</entity>');
    });
    out.push('</edition>');
    return out.join('');
  }

  // ── The parts of a large edition's pages (site-split.ts): the same facts, page by page. ──

  /** The memos' indexes (edition order) by year: the first four characters of the date, '' if none. */
  memoYears(): { key: string; memos: number[] }[] {
    const years = new Map<string, number[]>();
    this.memos.forEach((f, i) => {
      const key = /^\p{Nd}{4}/u.test(f.date) ? [...f.date].slice(0, 4).join('') : '';
      let list = years.get(key);
      if (!list) years.set(key, (list = []));
      list.push(i);
    });
    return [...years].map(([key, memos]) => ({ key, memos })).sort((a, b) => codepointCompare(a.key, b.key));
  }

  memoLabel(i: number): string {
    return this.memos[i]?.dateLabel ?? '';
  }

  /** The persons named by some memos (the memo list's filter), in order of first mention. */
  memoListPersons(indexes: readonly number[]): string[] {
    const persons = new Set<string>();
    for (const i of indexes) for (const p of this.packed.get(this.memoPersons[i]!).split(' ')) if (p) persons.add(p);
    return [...persons];
  }

  /** The facts document of a part of the memo list: those memos and the persons they name (the filter). */
  memoListXml(indexes: readonly number[]): string {
    return ['<edition>', ...indexes.map((i) => this.packed.get(this.memoXml[i]!)),
      ...this.memoListPersons(indexes).map((p) => `<person${attr('id', p)}${attr('text', this.firstText.get(p) ?? '')}/>`), '</edition>'].join('');
  }

  /** The entities of a kind, in order of first mention; `n` numbers them across kinds (kwicLines). */
  entityList(kind?: string): { n: number; id: string; kind: string; text: string; mentions: number; memos: number; lines: number }[] {
    return [...this.groups.values()].map((g, n) => ({ n, id: g.id, text: g.text, kind: g.kind, mentions: g.mentions, memos: g.memos, lines: g.lines.length }))
      .filter((g) => kind === undefined || g.kind === kind);
  }

  /**
   * A facts document of some entities (by `n`): with their mention lines (an index part: written
   * here in place of a marker when they can be, as xml() does), or without (`part`: the overview,
   * each entity with the page that lists its mentions).
   */
  entitiesXml(ns: readonly number[], o: { lines: boolean; part?: (n: number) => string }): string {
    const groups = [...this.groups.values()];
    const out = ['<edition>'];
    for (const n of ns) {
      const g = groups[n]!;
      const listed = g.lines.length < g.mentions ? attr('listed', String(g.lines.length)) : '';
      const lines = o.lines ? this.linesOf(g) : [];
      const own = o.lines && !this.xsltLines && lines.every(plainLine);
      out.push(`<entity${attr('kind', g.kind)}${attr('id', g.id)}${attr('text', g.text)}${attr('mentions', String(g.mentions))}${attr('memos', String(g.memos))}${listed}${own ? attr('lines', String(n)) : ''}${o.part ? attr('part', o.part(n)) : ''}>`);
      if (o.lines && !own) for (const { memo, label, m } of lines) out.push(`<m${attr('memo', memo)}${attr('label', label)}${attr('anchor', m.anchor)}${attr('where', m.where)}${attr('left', m.left)}${attr('text', m.text)}${attr('right', m.right)}/>`);
      out.push('</entity>');
    }
    out.push('</edition>');
    return out.join('');
  }

  /** The chronology's events (sorted) by year, as chronology.xsl groups them; `events`: indexes into the sorted events. */
  eventYears(): { key: string; events: number[]; memos: number; mentions: number }[] {
    const years = new Map<string, { key: string; events: number[]; memos: number; mentions: number }>();
    this.sortedEvents().forEach((e, i) => {
      const key = [...this.evWhen[e]!].slice(0, 4).join('');
      let y = years.get(key);
      if (!y) years.set(key, (y = { key, events: [], memos: 0, mentions: 0 }));
      y.events.push(i);
      if (!this.evMention[e]) y.memos++;
      else y.mentions++;
    });
    return [...years.values()];
  }

  eventWhen(i: number): string {
    const e = this.sortedEvents()[i];
    return e === undefined ? '' : this.evWhen[e]!;
  }

  /** The facts document of a part of the chronology (its items written here when they can be, as xml()). */
  eventsXml(idx: readonly number[]): string {
    const sorted = this.sortedEvents();
    const events = idx.map((i) => this.event(sorted[i]!));
    const timeline = !this.xsltLines && events.every((e) => /^[\x21-\x7e]*$/.test(e.memo) && /^[\x21-\x7e]*$/.test(e.d?.anchor ?? ''));
    const out = [timeline ? '<edition timeline="">' : '<edition>'];
    for (const e of events) out.push(eventXml(e, timeline));
    out.push('</edition>');
    return out.join('');
  }

  /** The list items of a part of the chronology, for the marker of site-split.xsl (as withTimeline). */
  timelineItems(idx: readonly number[], datesJson: string | undefined): string {
    if (datesJson === undefined) return '';
    const formatted = JSON.parse(datesJson) as Record<string, string>;
    const sorted = this.sortedEvents();
    return idx.map((i) => {
      const e = this.event(sorted[i]!);
      return timelineItem(e, formatted[e.when] ?? '');
    }).join('');
  }

  /**
   * The events (by index) sorted as chronology.xsl sorted them (xsl:sort by @when, then @kind
   * descending, "mention" before "memo": stable, codepoint order).
   */
  private sortedEvents(): number[] {
    const w = this.evWhen;
    const m = this.evMention;
    return (this.sorted ??= w.map((_, k) => k).sort((a, b) => codepointCompare(w[a]!, w[b]!) || Number(m[b]) - Number(m[a])));
  }
  private sorted?: number[];

  /**
   * The chronology with its list items: chronology.xsl writes a marker (U+E010 "chronology" year
   * U+E011) in each year's list and the dates it formatted (te:format-date) as a JSON document;
   * the items are written here as it renders them (test/render-html.test.ts compares both).
   */
  withTimeline(html: string, datesJson: string | undefined): string {
    if (datesJson === undefined) return html;
    const formatted = JSON.parse(datesJson) as Record<string, string>;
    const years = new Map<string, string[]>();
    for (const e of this.sortedEvents().map((k) => this.event(k))) {
      const year = [...e.when].slice(0, 4).join('');
      let items = years.get(year);
      if (!items) years.set(year, (items = []));
      items.push(timelineItem(e, formatted[e.when] ?? ''));
    }
    return html.replace(/\uE010chronology(.*?)\uE011/gs, (_, year: string) => (years.get(year) ?? []).join(''));
  }

  /**
   * The index pages with their mention lines: index-pages.xsl writes a marker (U+E010 "kwic" n
   * U+E011) for entity n, replaced here by its lines, serialized as saxon-js's HTML method writes the
   * same elements (test/render-html.test.ts compares both). Rendering over a hundred thousand
   * lines through XSLT took most of the site's time; this is string concatenation.
   */
  withKwicLines(html: string): string {
    const groups = [...this.groups.values()];
    return html.replace(/\uE010kwic(\d+)\uE011/g, (_, n: string) => {
      const g = groups[Number(n)];
      return g ? this.linesOf(g).map(kwicLine).join('') : '';
    });
  }
}

/** A memo's element of the facts document (site.xsl's $edition). */
function memoElement(m: MemoSiteFacts): string {
  const f = m.facts;
  return `<memo${attr('id', f.id)}${attr('title', f.title)}${attr('date', f.date)}${attr('label', f.dateLabel)}${attr('archive', f.archive)}${attr('source', m.home.source)}${attr('persons', m.home.persons.join(' '))}>`
    + (m.home.summary ? `<s>${m.home.summary}</s>` : '') + '</memo>';
}

/** A chronology event's packed fields besides its date (EditionFacts.event). */
const eventData = (d: DateFacts) => [d.label, d.cert, d.anchor, d.where, d.left, d.right].join(SEP);

/** A mention line, packed (EditionFacts.line). */
const lineData = (f: MemoFacts, x: MentionFacts) => [f.id, f.dateLabel, x.anchor, x.where, x.left, x.text, x.right].join(SEP);

// What saxon-js's HTML serializer escapes (text: & < >; attributes: also " TAB LF CR).
const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&#34;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };
const htmlText = (s: string) => s.replace(/[&<>]/g, (c) => ESC[c]!);
const htmlAttr = (s: string) => s.replace(/[&<>"\t\n\r]/g, (c) => ESC[c]!);

/**
 * A line this module can write exactly: link targets of printable ASCII (the HTML serializer
 * escapes other characters in URI attributes); others are left to index-pages.xsl.
 */
function plainLine(l: Line): boolean {
  return /^[\x21-\x7e]*$/.test(l.memo) && /^[\x21-\x7e]*$/.test(l.m.anchor);
}

/** One <li> of an entry's mentions, as index-pages.xsl (template index-entry) renders an <m>. */
function kwicLine({ memo, label, m }: Line): string {
  return `<li><a class="kwic-ref" href="memo/${htmlAttr(memo)}.html#${htmlAttr(m.anchor)}">${htmlText(label)}, ${htmlText(m.where)}</a> `
    + `<span class="kwic-left">${htmlText(m.left)}</span>${spaceAfter(m.left) ? ' ' : ''}<mark class="kwic-hit">${htmlText(m.text)}</mark>`
    + `${spaceBefore(m.right) ? ' ' : ''}<span class="kwic-right">${htmlText(m.right)}</span></li>`;
}

/** An <event> of the facts document; with `timeline` (items written by this module) only its date and kind. */
function eventXml(e: Event, timeline: boolean): string {
  const d = e.d;
  if (timeline) return `<event${attr('when', e.when)} kind="${e.kind}"/>`;
  return e.kind === 'memo'
    ? `<event${attr('when', e.when)} kind="memo"${attr('memo', e.memo)}${attr('title', e.title)}${attr('label', e.label)}/>`
    : `<event${attr('when', e.when)} kind="mention"${attr('memo', e.memo)}${attr('title', e.title)}${attr('label', e.label)}${attr('memo-label', e.memoLabel)}${attr('anchor', d!.anchor)}${attr('where', d!.where)}${attr('left', d!.left)}${attr('right', d!.right)}${attr('cert', d!.cert)}/>`;
}

/** One <li> of the chronology, as chronology.xsl renders an <event>. */
function timelineItem(e: Event, date: string): string {
  const head = `<li class="tl-${e.kind}"><time datetime="${htmlAttr(e.when)}">${htmlText(date)}</time> `;
  if (e.kind === 'memo') return `${head}<span class="tl-kind">Memo</span> <a href="memo/${htmlAttr(e.memo)}.html">${htmlText(e.title)}</a></li>`;
  const d = e.d!;
  return `${head}<span class="tl-kind">Mentioned</span> <span class="tl-context">${htmlText(d.left)}${spaceAfter(d.left) ? ' ' : ''}<mark>${htmlText(e.label)}</mark>`
    + `${spaceBefore(d.right) ? ' ' : ''}${htmlText(d.right)}</span> — <a href="memo/${htmlAttr(e.memo)}.html#${htmlAttr(d.anchor)}">memo of ${htmlText(e.memoLabel)}, ${htmlText(d.where)}</a>`
    + `${d.cert === 'low' || d.cert === 'medium' ? `<span class="tl-cert"> (date inferred, ${htmlText(d.cert)} certainty)</span>` : ''}</li>`;
}

/**
 * XPath's default collation: Unicode code points. JavaScript compares UTF-16 code units, which
 * differ only between surrogates (D800–DFFF) and E000–FFFF: shifted here into code point order.
 */
function codepointCompare(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return (x >= 0xd800 && y >= 0xd800) ? unitOrder(x) - unitOrder(y) : x - y;
  }
  return a.length - b.length;
}
const unitOrder = (c: number) => (c >= 0xe000 ? c - 0x800 : c + 0x2000);

/** te:space-after and te:space-before of index-pages.xsl. */
export function spaceAfter(left: string): boolean {
  const last = [...left.slice(-2)].pop() ?? '';
  return !['(', '[', '“', '‘'].includes(last);
}
export function spaceBefore(right: string): boolean {
  return !['.', ',', ';', ':', '!', '?', ')', ']', '’', '”'].includes(String.fromCodePoint(right.codePointAt(0) ?? 0x20));
}
