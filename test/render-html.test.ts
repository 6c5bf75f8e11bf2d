import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EditionConfig, StageContext } from '../src/edition.ts';
import { renderSite, introToXml, networkData, mapData, readFacts, type Facts } from '../src/render-html/index.ts';
import { placeLabels } from '../src/render-html/map-data.ts';
import { EditionFacts } from '../src/render-html/site-data.ts';
import { memoSiteFacts, type MemoSiteFacts } from '../src/render-html/memo-site-facts.ts';
import { HTML_STYLESHEETS } from '../src/render-html/render-site.ts';
import { loadStylesheet, parseXml, transform } from '../src/run-xslt/index.ts';
import { serveSite } from '../src/render-html/serve.ts';
import { BuildSession, inSession } from '../src/cache/session.ts';
import { setRuntime } from '../src/parallel/runtime.ts';
import { chunks, slug } from '../src/render-html/site-split.ts';
import { loadFactsSheet, memoFactsTask, streamFacts } from '../src/parallel/facts-task.ts';

const FIX = new URL('./fixtures/render-html/', import.meta.url).pathname;
const GOLDEN = join(FIX, 'golden');
const read = (f: string) => readFileSync(join(FIX, f), 'utf8');
const scratch: string[] = [];
const tempDir = (prefix: string) => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  scratch.push(d);
  return d;
};
afterAll(() => scratch.forEach((d) => rmSync(d, { recursive: true, force: true })));

const config: EditionConfig = {
  title: 'Test Edition of Memos',
  subtitle: 'Fixtures',
  editors: ['A. Editor', 'B. Editor'],
  publisher: 'Test Press',
  baseUrl: 'https://example.org/test/',
  version: '2.0.0',
  language: 'en',
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  introduction: 'intro.md',
  memos: ['memos'],
  register: ['register'],
  output: 'output',
  keywords: ['Cold War', 'Korea'],
};

const MEMOS = [
  { id: 'memo-1964-02-26-editorial', stem: 'editorial', file: 'editorial.xml' },
  { id: 'memo-1964-03-02-second', stem: 'second', file: 'second.xml' },
  { id: 'memo-1964-04-01-injection', stem: 'injection', file: 'injection.xml' },
];

function context(outDir: string, over: Partial<StageContext> = {}): StageContext {
  const root = join(outDir, 'config');
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'intro.md'), '## About\n\nThese are *test* memos, see [the archive](https://example.org/archive).\n\n<script>alert("intro")</script>\n\n- one\n- two\n');
  return {
    config,
    root,
    outDir,
    memos: MEMOS.map((m) => ({ id: m.id, stem: m.stem, path: join(FIX, m.file), xml: read(m.file) })),
    register: { path: join(FIX, 'register.xml'), xml: read('register.xml') },
    build: { toolVersion: '9.9.9', date: '2026-11-22', timestamp: '2026-11-22T00:00:00Z' },
    ...over,
  };
}

/** One element (and everything inside it) from an HTML string, by its opening tag. */
function fragment(html: string, openTag: string): string {
  const start = html.indexOf(openTag);
  if (start < 0) throw new Error(`not found: ${openTag}`);
  const name = /^<([a-z0-9]+)/.exec(openTag)![1]!;
  const re = new RegExp(`<(/?)${name}\\b[^>]*>`, 'g');
  re.lastIndex = start;
  let depth = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return html.slice(start, re.lastIndex);
  }
  throw new Error(`unclosed: ${openTag}`);
}

/** One line per block, so golden diffs are readable. */
const pretty = (s: string) => s.replace(/(<\/(?:p|li|h\d|dt|dd|section|ol|ul|dl|div|meta|link)>|<(?:meta|link)\b[^>]*>)/g, '$1\n').trim() + '\n';

function golden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDENS === '1') {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  expect(existsSync(file), `golden ${name} missing: run with UPDATE_GOLDENS=1 and read the diff`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('render-html', () => {
  let out: string;
  let written: string[];
  let codes: string[];
  const page = (rel: string) => readFileSync(join(out, 'html', rel), 'utf8');
  const memoPage = (id: string) => page(`memo/${id}.html`);
  const csl = [{ id: 'memo-1964-02-26-editorial', type: 'manuscript', title: 'Memo </script><script>alert("csl")</script>' }];
  const opts = { cslJson: new Map([['memo-1964-02-26-editorial', JSON.stringify(csl)]]), citationsDir: 'citations' };

  beforeAll(async () => {
    out = tempDir('render-html-');
    const r = await renderSite(context(out), opts);
    written = r.written;
    codes = r.diagnostics.map((d) => d.code);
  });

  it('writes the site layout', () => {
    for (const f of ['index.html', 'persons.html', 'places.html', 'orgs.html', 'chronology.html', 'map.html', 'network.html', 'search.html',
      'memo/memo-1964-02-26-editorial.html', 'memo/memo-1964-03-02-second.html', 'tei/editorial.xml', 'tei/register.xml',
      'assets/edition.css', 'assets/edition.js', 'assets/search.js', 'assets/minisearch.js']) {
      expect(written, f).toContain(`html/${f}`);
    }
    expect(page('tei/editorial.xml')).toBe(read('editorial.xml'));
    expect(codes.filter((c) => c !== 'TE506' && c !== 'TE507')).toEqual([]);
  });

  it('renders the reading text, notes, entity list and provenance (goldens)', () => {
    const html = memoPage('memo-1964-02-26-editorial');
    golden('editorial.reading-text.html', pretty(fragment(html, '<section class="reading-text"')));
    golden('editorial.footnotes.html', pretty(fragment(html, '<section class="footnotes"')));
    golden('editorial.entities.html', pretty(fragment(html, '<section class="memo-entities"')));
    golden('editorial.provenance.html', pretty(fragment(html, '<section class="provenance"')));
    golden('editorial.head.html', pretty(fragment(html, '<head>')));
  });

  it('shows editorial interventions legibly', () => {
    const html = memoPage('memo-1964-02-26-editorial');
    expect(html).toContain('<abbr class="abbr" title="comrade">c.</abbr><span class="expan">comrade</span>');
    expect(html).toMatch(/<span class="supplied supplied-completion"[^>]*>\[Junwu\]<\/span>/);
    expect(html).toMatch(/<span class="gap gap-signature"[^>]*>\[signature\]<\/span>/);
    expect(html).toContain('<p class="gap gap-block gap-truncated">');
    expect(html).toContain('<span class="sic" title="Corrected reading: the">teh</span><span class="corr">the</span>');
    expect(html).toContain('<input type="checkbox" id="opt-expan">');
    expect(html).toContain('<a href="#note-1" id="noteref-1"');
    expect(html).toContain('<a class="backref" href="#noteref-1"');
    expect(html).toMatch(/<a class="ent ent-person" data-ref="per-khrushchev-nikita" href="\.\.\/persons\.html#per-khrushchev-nikita">Khrushchev<\/a>/);
    // A name inside a name is not a nested link.
    expect(html).not.toMatch(/<a [^>]*>[^<]*<a /);
  });

  it('gives paragraphs anchors and citations with the edition URL', () => {
    const html = memoPage('memo-1964-02-26-editorial');
    const pid = 'memo-1964-02-26-editorial-p-aaa111';
    expect(html).toContain(`<p class="para" id="${pid}" data-n="1"><a class="para-anchor" href="#${pid}"`);
    const cite = /<button type="button" class="cite-para" hidden="" data-citation="([^"]+)"/.exec(html)?.[1];
    expect(cite).toContain(`https://example.org/test/memo/memo-1964-02-26-editorial.html#${pid}`);
    expect(cite).toContain('¶ 1');
    expect(cite).toContain('trans. Adolf Kotlik');
    expect(cite).toContain('Test Edition of Memos, ed. A. Editor; B. Editor');
  });

  it('writes Highwire and Dublin Core metadata, CSP, and embeds CSL-JSON safely', () => {
    const html = memoPage('memo-1964-02-26-editorial');
    expect(html).toContain('<meta name="citation_title" content="Memorandum of a Conversation with c. V.P. Moskowskyi.">');
    expect(html).toContain('<meta name="citation_publication_date" content="1964/02/26">');
    expect(html).toContain('<meta name="DC.type" content="manuscript">');
    expect(html).toContain('<meta name="DC.date" content="1964-02-26">');
    expect(html).toContain('<meta name="DC.contributor" content="Adolf Kotlik">');
    expect(html).not.toMatch(/og:type|citation_journal_title/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self';`);
    const csl = /<script type="application\/vnd\.citationstyles\.csl\+json" id="csl-json">([^<]*)<\/script>/.exec(html)?.[1];
    expect(JSON.parse(csl!)[0].title).toBe('Memo </script><script>alert("csl")</script>');
    expect(memoPage('memo-1964-03-02-second')).not.toContain('<script type="application/vnd.citationstyles.csl+json"');
    expect(html).toContain('<a href="../citations/memo-1964-02-26-editorial.ris" type="application/x-research-info-systems">RIS</a>');
  });

  it('links previous and next memo in edition order', () => {
    expect(memoPage('memo-1964-02-26-editorial')).not.toContain('rel="prev"');
    const second = memoPage('memo-1964-03-02-second');
    expect(second).toContain('<a rel="prev" href="memo-1964-02-26-editorial.html">');
    expect(second).toContain('<a rel="next" href="memo-1964-04-01-injection.html">');
  });

  it('builds the home page list with filter data', () => {
    const home = page('index.html');
    expect(home).toContain('<h3>About</h3>');
    expect(home).toContain('<a href="https://example.org/archive">the archive</a>');
    expect(home).toContain('&lt;script&gt;alert("intro")&lt;/script&gt;');
    const items = [...home.matchAll(/<li class="memo-item" data-date="([^"]*)" data-year="(\d*)" data-archive="([^"]*)" data-persons="([^"]*)"/g)];
    expect(items.map((m) => m[1])).toEqual(['1964-02-26', '1964-03-02', '1964-04-01']);
    expect(items[1]![3]).toBe('Federal Archives, Berlin');
    expect(items[0]![4]!.split(' ')).toEqual(expect.arrayContaining(['per-moskovsky-vasily', 'per-khrushchev-nikita', 'per-ri-song-un']));
    expect(home).toContain('<form class="memo-filters" id="memo-filters" hidden="">');
  });

  it('lists every mention with its context on the index pages (golden)', () => {
    const persons = page('persons.html');
    golden('persons.khrushchev.html', pretty(fragment(persons, '<section class="index-entry" id="per-khrushchev-nikita"')));
    // Unregistered names still get an entry, under the name as written.
    expect(persons).toContain('id="per-chai-junwu"');
    const places = page('places.html');
    expect(places).toMatch(/<a class="kwic-ref" href="memo\/memo-1964-03-02-second\.html#memo-1964-03-02-second-p-ccc333">March 2, 1964, ¶ 1<\/a>/);
    expect(places).toContain('<a class="kwic-ref" href="memo/memo-1964-03-02-second.html#memo-title">');
    expect(places).toContain('<a class="kwic-ref" href="memo/memo-1964-03-02-second.html#summary">');
    expect(page('orgs.html')).toContain('<h2 id="h-org-kwp">Workers\' Party of Korea</h2>');
  });

  it('puts memos and mentioned dates on the chronology', () => {
    const html = page('chronology.html');
    golden('chronology.main.html', pretty(fragment(html, '<main')));
    expect(html.indexOf('id="y-1950"')).toBeLessThan(html.indexOf('id="y-1963"'));
  });

  it('draws the map and network from register coordinates and shared memos', () => {
    const map = page('map.html');
    expect(map).toMatch(/<a href="places\.html#pla-moscow" class="map-place" aria-label="Moscow \(2 memos\)"><circle cx="[\d.]+" cy="[\d.]+" r="6"><title>Moscow<\/title><\/circle><text [^>]*>Moscow<\/text>/);
    expect(map).toContain('<a href="places.html#pla-pyongyang" class="map-place"');
    expect((map.match(/<path d="M/g) ?? []).length).toBeGreaterThan(10);
    expect(fragment(map, '<main')).toMatch(/Places without coordinates[\s\S]*pla-dprk/);
    const net = page('network.html');
    expect(net).toMatch(/<line [^>]*stroke-width="2" data-source="per-khrushchev-nikita" data-target="per-moskovsky-vasily">/);
    expect(net).toContain('<a href="orgs.html#org-kwp" class="net-node net-org" data-id="org-kwp"><title>Workers\' Party of Korea (2 memos)</title>');
    // Long names wrap instead of being cut, so the label is the whole name.
    expect(net).toMatch(/<tspan x="[\d.]+" dy="0">Nikita Sergeyevich<\/tspan><tspan x="[\d.]+" dy="13"> Khrushchev<\/tspan>/);
    expect(net).not.toContain('data-id="pla-');
  });

  it('embeds a static search index of paragraphs with person/place filters', () => {
    const html = page('search.html');
    const json = /<script type="application\/json" id="search-index">([^<]*)<\/script>/.exec(html)![1]!;
    const data = JSON.parse(json) as { options: { fields: string[] }; index: { documentCount: number; storedFields: Record<string, { pid: string; persons: string[] }> } };
    expect(data.options.fields).toContain('text');
    expect(data.index.documentCount).toBe(7); // 3 memos × summary + 4 paragraphs
    const stored = Object.values(data.index.storedFields);
    expect(stored.find((s) => s.pid === 'memo-1964-03-02-second-p-ccc333')?.persons).toEqual(['per-khrushchev-nikita', 'per-moskovsky-vasily']);
    expect(html).toContain('<option value="per-khrushchev-nikita">Nikita Sergeyevich Khrushchev</option>');
    expect(html).toContain('<script src="assets/minisearch.js" defer=""></script>');
  });

  it('keeps hostile memo text as text everywhere', () => {
    const files = readdirSync(join(out, 'html'), { recursive: true }).map(String).filter((f) => f.endsWith('.html'));
    expect(files.length).toBeGreaterThan(8);
    for (const f of files) {
      const html = page(f);
      // The only script elements: our files, and JSON data that cannot close its element.
      for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
        expect(tag, f).toMatch(/^<script (src="(\.\.\/)?assets\/[a-z]+\.js" defer="")|(type="application\/(json|vnd\.citationstyles\.csl\+json)" id="[a-z-]+")>$/);
      }
      expect(html, f).not.toMatch(/<script>|<img\b|<b>bold/);
      expect(html, f).not.toMatch(/<[a-z][^>]*"\s+onmouseover=/);
    }
    const memo = memoPage('memo-1964-04-01-injection');
    expect(memo).toContain('The text &lt;script&gt;alert(1)&lt;/script&gt; mentions');
    expect(memo).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(memo).toContain('<meta name="citation_title" content="Title &lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt; &#34; onmouseover=&#34;alert(3)">');
    const search = page('search.html');
    const json = /id="search-index">([^<]*)<\/script>/.exec(search)![1]!;
    expect(JSON.stringify(JSON.parse(json))).toContain('<script>alert(1)</script>');
  });

  it('is deterministic and rewrites nothing when nothing changed', async () => {
    const again = await renderSite(context(out), opts);
    expect(again.written).toEqual([]);
    const fresh = tempDir('render-html-b-');
    await renderSite(context(fresh), opts);
    for (const f of ['index.html', 'persons.html', 'network.html', 'map.html', 'search.html', 'memo/memo-1964-02-26-editorial.html']) {
      expect(readFileSync(join(fresh, 'html', f), 'utf8'), f).toBe(page(f));
    }
  });

  it('reports bad input as diagnostics and renders the rest', async () => {
    const dir = tempDir('render-html-bad-');
    const ctx = context(dir);
    ctx.memos[0] = { ...ctx.memos[0]!, xml: '<TEI xmlns="http://www.tei-c.org/ns/1.0"><unclosed></TEI>' };
    ctx.register = { path: '/x/register.xml', xml: '<TEI' };
    ctx.config = { ...config, introduction: 'missing.md' };
    const r = await renderSite(ctx);
    const byCode = (c: string) => r.diagnostics.filter((d) => d.code === c);
    expect(byCode('TE502').map((d) => d.file)).toEqual([join(FIX, 'editorial.xml')]);
    expect(byCode('TE503').map((d) => d.file)).toEqual(['/x/register.xml']);
    expect(byCode('TE505')).toHaveLength(1);
    expect(existsSync(join(dir, 'html/memo/memo-1964-03-02-second.html'))).toBe(true);
    expect(existsSync(join(dir, 'html/memo/memo-1964-02-26-editorial.html'))).toBe(false);
    expect(readFileSync(join(dir, 'html/persons.html'), 'utf8')).toContain('Not yet in the edition register.');
  });

  it('notes unregistered mentions and places without coordinates', () => {
    // per-chai-junwu and per-evil; names in the TEI header (the translator) are not mentions.
    expect(codes.filter((c) => c === 'TE506').length).toBe(2);
    expect(codes).toContain('TE507');
  });
});

describe('render-html helpers', () => {
  it('turns the introduction Markdown into safe XML', () => {
    expect(introToXml('# Title\n\nA *b* **c** `<d>` [e](https://x.org/?a=1&b=2)\n\n1. one\n2. two\n\n> quoted\n\n<img src=x>'))
      .toBe('<intro><h1>Title</h1><p>A <em>b</em> <strong>c</strong> <code>&lt;d&gt;</code> <a href="https://x.org/?a=1&amp;b=2">e</a></p><ol><li>one</li><li>two</li></ol><blockquote><p>quoted</p></blockquote><p>&lt;img src=x&gt;</p></intro>');
  });

  const facts: Facts = readFacts(JSON.stringify({
    memos: [
      { id: 'm1', title: '', date: '', dateLabel: '', year: '', archive: '', summary: '', paragraphs: [], entities: ['per-a', 'per-b', 'org-c', 'pla-x'] },
      { id: 'm2', title: '', date: '', dateLabel: '', year: '', archive: '', summary: '', paragraphs: [], entities: ['per-b', 'per-a'] },
    ],
    entities: [
      { id: 'per-b', kind: 'person', name: 'B', inRegister: true, memos: 2 },
      { id: 'per-a', kind: 'person', name: 'A & <A>', inRegister: true, memos: 2 },
      { id: 'org-c', kind: 'org', name: 'C', inRegister: true, memos: 1 },
      { id: 'pla-x', kind: 'place', name: 'X', inRegister: true, memos: 1, lat: 50, lon: 14 },
    ],
  }));

  it('lays out the network deterministically with weights from shared memos', () => {
    const a = networkData(facts);
    expect(networkData(facts)).toBe(a);
    expect(a).toMatch(/<edge source="per-a" target="per-b" weight="2"/);
    expect(a).toMatch(/<edge source="org-c" target="per-a" weight="1"/);
    expect(a).toContain('name="A &amp; &lt;A&gt;"');
    expect(a).not.toContain('pla-x');
    for (const m of a.matchAll(/ x="([\d.-]+)" y="([\d.-]+)"/g)) {
      expect(Number(m[1])).toBeGreaterThanOrEqual(0);
      expect(Number(m[2])).toBeGreaterThanOrEqual(0);
    }
  });

  it('projects places inside the map frame', () => {
    const xml = mapData(facts.entities);
    const place = /<place id="pla-x" name="X" x="([\d.]+)" y="([\d.]+)" r="5" memos="1" lx="[\d.]+" ly="[\d.]+" anchor="start"\/>/.exec(xml);
    expect(place).not.toBeNull();
    expect(Number(place![1])).toBeGreaterThan(0);
    expect(Number(place![1])).toBeLessThan(960);
    expect(mapData([])).toBe('<map width="960" height="540"></map>');
  });

  it('leaves colliding map labels off rather than overlapping them', () => {
    const labels = placeLabels([
      { x: 500, y: 300, r: 5, text: 'Moscow', weight: 3 },
      { x: 502, y: 300, r: 5, text: 'USSR', weight: 2 },
      { x: 503, y: 301, r: 5, text: 'Soviet Union', weight: 1 },
      { x: 955, y: 300, r: 5, text: 'Edge of the map', weight: 1 },
    ]);
    expect(labels[0]).toEqual({ x: 509, y: 304, anchor: 'start' });
    expect(labels[1]?.anchor).toBe('end');
    expect(labels.filter(Boolean).length).toBeGreaterThanOrEqual(3);
    expect(labels[3]?.anchor).not.toBe('start');
  });
});

describe('site facts', () => {
  // The fixture memos' facts (facts.xsl, one memo at a time) and the index pages site.xsl makes of them.
  let memos: MemoSiteFacts[];
  let indexPages: (o: ConstructorParameters<typeof EditionFacts>[1]) => Map<string, string>;
  beforeAll(async () => {
    const [facts, site] = await Promise.all([HTML_STYLESHEETS.facts, HTML_STYLESHEETS.site].map((p) => loadStylesheet(p)));
    const register = parseXml(read('register.xml'));
    memos = MEMOS.map((m) => memoSiteFacts(facts!, parseXml(read(m.file))));
    indexPages = (o) => {
      const ed = new EditionFacts(memos.length, o);
      memos.forEach((m) => ed.add(m));
      const r = transform(site!, { initialTemplate: 'main', params: { register, edition: parseXml(ed.xml()) } });
      const dates = r.documents.get('chronology-dates.json');
      return new Map([...r.documents].filter(([u]) => /^(persons|places|orgs|chronology)\.html$/.test(u))
        .map(([u, html]) => [u, u === 'chronology.html' ? ed.withTimeline(html, dates) : ed.withKwicLines(html)]));
    };
  });

  it('writes the mention lines of the index pages and the chronology as the stylesheets render them, byte for byte', () => {
    const own = indexPages({});
    expect([...own.keys()].sort()).toEqual(['chronology.html', 'orgs.html', 'persons.html', 'places.html']);
    expect(own).toEqual(indexPages({ xsltLines: true }));
    expect(own.get('persons.html')).toContain('<li><a class="kwic-ref" href="memo/memo-1964-04-01-injection.html#');
    expect(own.get('chronology.html')).toMatch(/<li class="tl-mention"><time datetime="[^"]+">[^<]+<\/time> <span class="tl-kind">Mentioned<\/span>/);
    expect(own.get('chronology.html')).toContain('<span class="tl-cert"> (date inferred, ');
    for (const html of own.values()) expect(html).not.toMatch(/\uE010|\uE011/);
  });

  it('the one-pass reading (facts-streams, several memos per transform) gives facts.xsl\'s facts, and leaves to it what it cannot read', async () => {
    const sheet = await loadFactsSheet();
    const editorial = read('editorial.xml');
    const variants = [
      ...MEMOS.map((m) => ({ xml: read(m.file), streamed: true })),
      // A name inside an expansion, a paragraph without an id: counted apart from the stream, so facts.xsl decides.
      { xml: editorial.replace('<expan>comrade</expan>', '<expan>comrade <persName ref="per:khrushchev-nikita">Nikita</persName></expan>'), streamed: false },
      { xml: editorial.replace('<p xml:id="memo-1964-02-26-editorial-p-aaa111" n="1">', '<p n="1">'), streamed: false },
      // A name in a note, a date in a note: read by the stream.
      { xml: editorial.replace('<note type="editorial" rend="brackets" resp="#translator">sic</note>', '<note type="editorial" resp="#translator">sic, <persName ref="per:chai-junwu">Chai</persName> on <date when="1964-01-02">2 January</date></note>'), streamed: true },
    ];
    const streamed = streamFacts(sheet, variants.map((v) => parseXml(v.xml)));
    const results = memoFactsTask(sheet, { xmls: variants.map((v) => v.xml) });
    variants.forEach((v, i) => {
      const reference = memoSiteFacts(sheet, parseXml(v.xml));
      expect(streamed[i] !== undefined).toBe(v.streamed);
      if (streamed[i]) expect(streamed[i]).toEqual(reference);
      expect(results[i]).toEqual({ facts: reference });
    });
    expect(memoFactsTask(sheet, { xmls: ['<TEI'] })[0]!.unreadable).toBeTruthy();
  });

  it('lists the first mentions of each entity in a large edition, with the exact counts', () => {
    const persons = indexPages({ limit: 1 }).get('persons.html')!;
    const entry = fragment(persons, '<section class="index-entry" id="per-khrushchev-nikita"');
    expect(entry).toMatch(/<h3 class="mentions-h">(\d+) mentions in 2 memos<\/h3>/);
    expect(entry.match(/<li><a class="kwic-ref"/g)).toHaveLength(1);
    expect(entry).toMatch(/<p class="kwic-more">The first 1 of \d+ mentions; <a href="search.html">search the edition<\/a> for the others.<\/p>/);
  });
});

describe('serve', () => {
  it('serves the site on localhost with a reload script and reloads after a rebuild that wrote files', async () => {
    const dir = tempDir('serve-');
    const html = join(dir, 'out', 'html');
    mkdirSync(html, { recursive: true });
    const src = join(dir, 'memos');
    mkdirSync(src);
    let builds = 0;
    const site = await serveSite({
      port: 0,
      watch: [src],
      rebuild: async () => {
        builds++;
        writeFileSync(join(html, 'index.html'), `<!DOCTYPE html><html><head><title>t</title></head><body>build ${builds}</body></html>`);
        return { written: ['html/index.html'], diagnostics: [], htmlDir: html };
      },
    });
    try {
      expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const page = await (await fetch(site.url)).text();
      expect(page).toContain('build 1');
      expect(page).toContain('<script src="/__serve/reload.js" defer></script></head>');
      expect((await fetch(`${site.url}../../etc/passwd`)).status).toBe(404);
      expect((await fetch(`${site.url}%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404);
      const events = await fetch(`${site.url}__serve/events`);
      const reader = events.body!.getReader();
      await reader.read(); // ": connected"
      const next = site.nextBuild();
      writeFileSync(join(src, 'a.txt'), 'changed');
      await next;
      const chunk = new TextDecoder().decode((await reader.read()).value);
      expect(chunk).toContain('event: reload');
      expect(await (await fetch(site.url)).text()).toContain('build 2');
      await reader.cancel();
    } finally {
      await site.close();
    }
  });
});

describe('a large edition: split site pages', () => {
  // 24 memos (the fixtures under new ids), split as an edition above largeEdition is, with small
  // parts so that every kind of page has several.
  const COPIES = 8;
  const memos = (): StageContext['memos'] => Array.from({ length: COPIES }, (_, k) => MEMOS.map((m) => {
    const id = `${m.id}-c${k}`;
    return { id, stem: `${m.stem}-c${k}`, path: join(FIX, m.file), xml: read(m.file).replaceAll(m.id, id) };
  })).flat().sort((a, b) => a.id.localeCompare(b.id));
  const limits = { memos: 5, indexItems: 12, events: 6, searchMemos: 4 };
  const splitSite = (dir: string, cacheDir?: string, over: Partial<StageContext> = {}, onSplitPage?: (rel: string, how: string) => void, o: { memoPages?: boolean } = {}) => {
    const ctx = context(dir, { memos: memos(), ...over });
    if (cacheDir) setRuntime(ctx, { jobs: 1, cacheDir });
    return renderSite(ctx, { largeEdition: 1, splitLimits: limits, ...(onSplitPage ? { onSplitPage } : {}), ...o });
  };
  const split = splitSite;
  let out: string;
  let cache: string;
  let single: string;
  const topPages = (dir: string) => readdirSync(join(dir, 'html')).filter((f) => f.endsWith('.html'));
  const html = (dir: string, f: string) => readFileSync(join(dir, 'html', f), 'utf8');

  beforeAll(async () => {
    out = tempDir('split-');
    cache = tempDir('split-cache-');
    single = tempDir('split-single-');
    const r = await split(out, cache);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // The same memos as one small edition: the reference for search and sizes.
    await renderSite(context(single, { memos: memos() }));
  });

  it('splits the memo list, indexes and chronology into parts that link to each other', () => {
    const pages = topPages(out);
    for (const f of ['index.html', 'memos-1964.html', 'memos-1964-2.html', 'persons.html', 'persons-k.html', 'places.html', 'orgs.html',
      'chronology.html', 'chronology-1950.html', 'chronology-1964.html', 'chronology-1964-2.html', 'map.html', 'network.html', 'search.html']) expect(pages, f).toContain(f);
    expect(existsSync(join(out, 'html/search/0000.js'))).toBe(true);
    // Every link between site pages leads to a file, and every #fragment to an element of it.
    let links = 0;
    for (const f of pages) {
      for (const [, target, frag] of html(out, f).matchAll(/href="((?:memo\/)?[\w.-]+\.html)(?:#([^"]*))?"/g)) {
        expect(existsSync(join(out, 'html', target!)), `${f} → ${target}`).toBe(true);
        if (frag && !target!.startsWith('memo/')) expect(html(out, target!), `${f} → ${target}#${frag}`).toContain(`id="${frag}"`);
        links++;
      }
    }
    expect(links).toBeGreaterThan(500);
    // The fixtures' hostile text stays text on every part too.
    for (const f of pages) expect(html(out, f), f).not.toMatch(/<script>|<img\b|<[a-z][^>]*"\s+onmouseover=/);
    expect(html(out, 'memos-1964-5.html')).toContain('Summary &lt;/script&gt;&lt;img src=x onerror=alert(4)&gt;');
    // Memo pages and the map link persons.html#id: the overview has that id and links to the entry's part.
    expect(html(out, 'persons.html')).toMatch(/<li id="per-khrushchev-nikita"><a href="persons-k(-\d)?\.html#per-khrushchev-nikita">Nikita Sergeyevich Khrushchev<\/a>/);
    expect(html(out, 'index.html')).toContain('<a href="memos-1964-2.html">');
    expect(html(out, 'chronology.html')).toContain('<a href="chronology-1950.html">');
  });

  it('keeps every mention, memo and event of the single pages, and each page small', () => {
    const count = (dir: string, files: string[], re: RegExp) => files.reduce((n, f) => n + (html(dir, f).match(re) ?? []).length, 0);
    // In order: persons-m.html, persons-m-2.html, …
    const order = (f: string) => f.replace(/^(.*?-[^-]+)(-\d+)?\.html$/, (_, key: string, k?: string) => `${key}~${(k ?? '-1').slice(1).padStart(4, '0')}`);
    const parts = (prefix: string) => topPages(out).filter((f) => f.startsWith(prefix)).sort((a, b) => order(a).localeCompare(order(b)));
    expect(count(out, parts('persons-'), /<li><a class="kwic-ref"/g)).toBe(count(single, ['persons.html'], /<li><a class="kwic-ref"/g));
    expect(count(out, parts('memos-'), /<li class="memo-item"/g)).toBe(COPIES * 3);
    expect(count(out, parts('chronology-'), /<li class="tl-/g)).toBe(count(single, ['chronology.html'], /<li class="tl-/g));
    // The same list items, in the same order.
    const items = (dir: string, files: string[]) => files.flatMap((f) => html(dir, f).match(/<li class="tl-[\s\S]*?<\/li>/g) ?? []);
    expect(items(out, parts('chronology-'))).toEqual(items(single, ['chronology.html']));
    const biggest = (dir: string, files: string[]) => Math.max(...files.map((f) => html(dir, f).length));
    const pages = topPages(out).filter((f) => !/^(map|network)\.html$/.test(f));
    expect(biggest(out, pages)).toBeLessThan(biggest(single, ['persons.html', 'chronology.html', 'index.html']) / 2);
    const shards = readdirSync(join(out, 'html/search'));
    expect(shards).toHaveLength(Math.ceil((COPIES * 3) / limits.searchMemos));
    expect(html(out, 'search.html').length).toBeLessThan(html(single, 'search.html').length / 5);
  });

  it('cuts lists into parts of bounded weight, an item heavier than a part alone', () => {
    expect(chunks([3, 1, 1, 9, 2, 2, 2], (x) => x, 4)).toEqual([[3, 1], [1], [9], [2, 2], [2]]);
    expect(chunks([], (x: number) => x, 4)).toEqual([]);
    expect(slug('1964', 'x')).toBe('1964');
    expect(slug('Ö', 'x')).toBe('uf6');
    expect(slug('', 'undated')).toBe('undated');
  });

  it('loads the search index from its shards into the index of the whole edition', async () => {
    const { default: MiniSearch } = await import('minisearch');
    const sandbox: Record<string, unknown> = {};
    const { runInNewContext } = await import('node:vm');
    runInNewContext(readFileSync(join(out, 'html/assets/search.js'), 'utf8'), sandbox);
    const manifest = JSON.parse(/id="search-index">([^<]*)<\/script>/.exec(html(out, 'search.html'))![1]!) as { options: never; shards: string[] };
    const shards = manifest.shards.map((src, n) => {
      const js = readFileSync(join(out, 'html', src), 'utf8');
      const m = /^teiEditionSearchShard\((\d+),([\s\S]*)\);\n$/.exec(js)!;
      expect(Number(m[1])).toBe(n);
      return JSON.parse(m[2]!) as unknown;
    });
    const merged = (sandbox.teiEditionLoadShards as (ms: unknown, s: unknown[], o: unknown) => InstanceType<typeof MiniSearch>)(MiniSearch, shards, manifest.options);
    const whole = JSON.parse(/id="search-index">([^<]*)<\/script>/.exec(html(single, 'search.html'))![1]!) as { options: never; index: never };
    const reference = MiniSearch.loadJS(whole.index, whole.options);
    // The same index, term tree order included (it orders equally scored results).
    expect(JSON.stringify(merged.toJSON())).toBe(JSON.stringify(reference.toJSON()));
    for (const q of ['harvest', 'khrush', 'Korea meeting', 'moscow']) {
      const o = { prefix: true, fuzzy: 0.2, combineWith: 'AND' } as const;
      expect(merged.search(q, o).map((r) => [r.id, r.score])).toEqual(reference.search(q, o).map((r) => [r.id, r.score]));
    }
    expect(merged.search('harvest').length).toBeGreaterThan(0);
  });

  it('is deterministic: the same pages without a cache, and parts removed when the edition is small again', async () => {
    const fresh = tempDir('split-fresh-');
    await split(fresh);
    for (const f of [...topPages(out), ...readdirSync(join(out, 'html/search')).map((s) => `search/${s}`)]) {
      expect(html(fresh, f), f).toBe(html(out, f));
    }
    await renderSite(context(fresh, { memos: memos() }));
    expect(topPages(fresh).filter((f) => /-/.test(f))).toEqual([]);
    expect(existsSync(join(fresh, 'html/search')) ? readdirSync(join(fresh, 'html/search')) : []).toEqual([]);
    expect(html(fresh, 'persons.html')).toBe(html(single, 'persons.html'));
  });

  it('renders no page again when its facts are unchanged, and only the touched pages after an edit', async () => {
    const seen = new Map<string, string>();
    const again = await split(out, cache, {}, (rel, how) => seen.set(rel, how));
    expect(again.written.filter((f) => !f.startsWith('html/tei/'))).toEqual([]);
    expect([...seen.values()].every((h) => h === 'fresh')).toBe(true);
    expect(seen.size).toBeGreaterThan(30);
    // A word added to a paragraph of the last memo: its search shard, and not the others.
    const edited = memos();
    const last = edited[edited.length - 1]!;
    last.xml = last.xml.replace(/(<p\b[^>]*xml:id="[^"]*"[^>]*>)/, '$1Zanzibar ');
    const after = new Map<string, string>();
    await split(out, cache, { memos: edited }, (rel, how) => after.set(rel, how));
    const rendered = [...after].filter(([, h]) => h === 'rendered').map(([rel]) => rel);
    const lastShard = `search/${String(Math.ceil(edited.length / limits.searchMemos) - 1).padStart(4, '0')}.js`;
    expect(rendered).toContain(lastShard);
    expect(rendered).not.toContain('search/0000.js');
    expect(rendered.length).toBeLessThan(after.size / 3);
    expect(readFileSync(join(out, 'html', lastShard), 'utf8')).toContain('zanzibar');
  });

  it('after an edit, the cached pages are those of a build from scratch (keys hold the mention lines and events)', async () => {
    // The title and the text around the names and dates of one memo change: the index parts and
    // the chronology parts that list its mentions and events (written outside site.xsl) must follow.
    const edited = memos();
    const m = edited[3]!;
    m.xml = m.xml.replace(/<title\b([^>]*)>/, '<title$1>Retitled ').replace(/(<p\b[^>]*xml:id="[^"]*"[^>]*>)/g, '$1Qwertyuiop ');
    const dir = tempDir('split-edit-');
    const c = tempDir('split-edit-cache-');
    await split(dir, c);
    await split(dir, c, { memos: edited });
    const fresh = tempDir('split-edit-fresh-');
    await split(fresh, undefined, { memos: edited });
    const changed = topPages(fresh).filter((f) => html(fresh, f).includes('Qwertyuiop') || html(fresh, f).includes('Retitled'));
    expect(changed.some((f) => f.startsWith('chronology-'))).toBe(true);
    expect(changed.some((f) => /^(persons|places|orgs)-/.test(f))).toBe(true);
    for (const f of topPages(fresh)) expect(html(dir, f), f).toBe(html(fresh, f));
  });

  for (const inOne of [false, true]) it(`after edits that keep the edition's shape, renders from the snapshot the pages of a build from scratch${inOne ? ', builds in one session (serve) too' : ''}`, async () => {
    const dir = tempDir('split-snap-');
    const c = tempDir('split-snap-cache-');
    // In a build session the snapshot is read once, then kept as each build leaves it (site-incremental.ts).
    const session = inOne ? new BuildSession() : undefined;
    const kept = () => !!session?.keys().some((k) => k.startsWith('site-snapshot:'));
    const split = (...a: Parameters<typeof splitSite>) => inSession(session, () => splitSite(...a));
    const touched = () => readdirSync(c).filter((f) => f.endsWith('.touched.json')).map((f) => JSON.parse(readFileSync(join(c, f), 'utf8')) as string[])[0];
    const same = async (edited: StageContext['memos'], label: string) => {
      const fresh = tempDir('split-snap-fresh-');
      await split(fresh, undefined, { memos: edited });
      const files = (d: string) => [...topPages(d), ...readdirSync(join(d, 'html/search')).map((s) => `search/${s}`)].sort();
      expect(files(dir), label).toEqual(files(fresh));
      for (const f of files(fresh)) expect(html(dir, f), `${label}: ${f}`).toBe(html(fresh, f));
      return fresh;
    };
    // As a build runs it: memo pages apart (the register is then not read at all from a snapshot).
    const asBuild = { memoPages: false };
    await split(dir, c, {}, undefined, asBuild);
    expect(readdirSync(c).some((f) => /^site-snapshot-.*\.bin$/.test(f))).toBe(true);
    expect(touched()).toBeUndefined();
    // 1. Words before every paragraph of one memo (the context of its names and dates, its summary, its search text).
    const edited = memos();
    const m = edited[3]!;
    const original = m.xml;
    m.xml = m.xml.replace(/(<p\b[^>]*xml:id="[^"]*"[^>]*>)/g, '$1Qwertyuiop ').replace(/<abstract><p>/, '<abstract><p>Qwertyuiop ');
    const seen = new Map<string, string>();
    await split(dir, c, { memos: edited }, (rel, how) => seen.set(rel, how), asBuild);
    expect(touched()).toEqual([m.id]); // the snapshot's path was taken
    const fresh = await same(edited, 'edit');
    const changed = topPages(fresh).filter((f) => html(fresh, f).includes('Qwertyuiop'));
    expect(changed.some((f) => f.startsWith('chronology-'))).toBe(true);
    expect(changed.some((f) => /^(persons|places|orgs)-/.test(f))).toBe(true);
    expect(changed.some((f) => f.startsWith('memos-'))).toBe(true);
    const rendered = [...seen].filter(([, h]) => h === 'rendered').map(([rel]) => rel);
    expect(rendered.length).toBeGreaterThan(2);
    expect(rendered.length).toBeLessThan(seen.size / 3);
    // 2. Another memo edited, the first edited back: its pages showed the version in between.
    const second = memos();
    second[7]!.xml = second[7]!.xml.replace(/(<p\b[^>]*xml:id="[^"]*"[^>]*>)/, '$1Asdfghjkl ');
    expect(second[3]!.xml).toBe(original);
    expect(kept()).toBe(inOne);
    await split(dir, c, { memos: second }, undefined, asBuild);
    expect(touched()).toEqual([m.id, second[7]!.id].sort());
    await same(second, 'edited back');
    // 2b. A third memo edited: from the snapshot as the last build left it.
    const more = memos();
    more[7]!.xml = second[7]!.xml;
    more[9]!.xml = more[9]!.xml.replace(/(<p\b[^>]*xml:id="[^"]*"[^>]*>)/, '$1Poiuytrewq ');
    await split(dir, c, { memos: more }, undefined, asBuild);
    expect(touched()).toEqual([m.id, more[7]!.id, more[9]!.id].sort());
    await same(more, 'third memo');
    // 3. An edit that changes the shape (a title): the whole site again, and a new snapshot.
    const third = memos();
    third[5]!.xml = third[5]!.xml.replace(/<title\b([^>]*)>/, '<title$1>Retitled ');
    await split(dir, c, { memos: third }, undefined, asBuild);
    expect(touched()).toBeUndefined();
    await same(third, 'retitled');
  });

  it('builds the site in full when its snapshot is damaged, cut short or gone', async () => {
    const dir = tempDir('split-bad-');
    const c = tempDir('split-bad-cache-');
    const asBuild = { memoPages: false };
    await split(dir, c, {}, undefined, asBuild);
    const snap = join(c, readdirSync(c).find((f) => /^site-snapshot-.*\.bin$/.test(f))!);
    const good = readFileSync(snap);
    const edited = memos();
    edited[2]!.xml = edited[2]!.xml.replace(/(<p\b[^>]*xml:id="[^"]*"[^>]*>)/, '$1Zxcvbnm ');
    const fresh = tempDir('split-bad-fresh-');
    await split(fresh, undefined, { memos: edited });
    for (const damage of [Buffer.from('not a snapshot'), good.subarray(0, good.length - 7), Buffer.concat([good, Buffer.from('x')]), undefined]) {
      if (damage) writeFileSync(snap, damage);
      else rmSync(snap);
      const r = await split(dir, c, { memos: edited }, undefined, asBuild);
      expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      for (const f of topPages(fresh)) expect(html(dir, f), f).toBe(html(fresh, f));
      // The full build took a new, whole snapshot.
      expect(readFileSync(snap).length).toBeGreaterThan(1000);
    }
  });

});
