import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseYaml } from 'yaml';
import { Cite } from '@citation-js/core';
import { buildEdition } from '../src/build-edition.ts';
import { main } from '../src/cli/main.ts';
import type { CliIO } from '../src/cli/command.ts';
import { citationMeta, exportAll, exportKind, memoCsl, paragraphCsl, teiCorpus } from '../src/export/index.ts';
import { chicagoBibliography, chicagoNote, formatBibtex, formatRis } from '../src/export/citations/format.ts';
import { contentHash } from '../src/export/meta/index.ts';
import { CONFIG, FIXTURES, expectGolden, fixtureContext, memoDoc } from './fixtures/export/context.ts';

const SAMPLE = join(FIXTURES, 'memos/sample-memo.xml');
const SAMPLE_ID = 'memo-1964-02-26-memorandum-of-a-conversation';
const P2 = `${SAMPLE_ID}-p-a01b2c`;
const MEMO_URI = `https://example.org/edition/memo/${SAMPLE_ID}.html`;

let out: string;
const tmp: string[] = [];
const scratch = () => {
  const d = mkdtempSync(join(tmpdir(), 'tei-export-'));
  tmp.push(d);
  return d;
};
const read = (rel: string) => readFileSync(join(out, rel), 'utf8');

beforeAll(async () => {
  out = scratch();
  const r = await exportAll(fixtureContext(out));
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
});
afterAll(() => tmp.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Every key the CSL 1.0.2 input schema (csl-data.json) allows on an item; it forbids any other. */
const CSL_KEYS = new Set(
  'type id citation-key categories language journalAbbreviation shortTitle author chair collection-editor compiler composer container-author contributor curator director editor editorial-director executive-producer guest host interviewer illustrator narrator organizer original-author performer producer recipient reviewed-author script-writer series-creator translator accessed available-date event-date issued original-date submitted abstract annote archive archive_collection archive_location archive-place authority call-number chapter-number citation-number citation-label collection-number collection-title container-title container-title-short dimensions division DOI edition event event-title event-place first-reference-note-number genre ISBN ISSN issue jurisdiction keyword locator medium note number number-of-pages number-of-volumes original-publisher original-publisher-place original-title page page-first part-number part-title PMCID PMID printing-number publisher publisher-place references reviewed-genre reviewed-title scale section source status supplement-number title title-short URL version volume volume-title volume-title-short year-suffix custom'.split(
    ' ',
  ),
);

describe('citations', () => {
  const ctx = () => fixtureContext(out);

  it('maps a memo to CSL-JSON as Zotero records these memos (type manuscript)', () => {
    const item = memoCsl(memoDoc(SAMPLE), ctx())!;
    expect(item).toMatchObject({
      id: SAMPLE_ID,
      type: 'manuscript',
      title: 'Memorandum of a Conversation with the Soviet Ambassador to the DPRK c. V.P. Moskowskyi',
      archive: 'History and Public Policy Program Digital Archive',
      archive_location: 'State Central Archive, Prague. Translated by Adolf Kotlik.',
      'call-number': 'fond 0102, opis 19, papka 97, delo 4, list 169',
      translator: [{ family: 'Kotlik', given: 'Adolf' }],
      issued: { 'date-parts': [[1964, 2, 26]] },
      language: 'en',
      URL: MEMO_URI,
      source: CONFIG.title,
    });
    expect(item.note).toContain('Record ID: 116789');
    for (const k of Object.keys(item)) expect(CSL_KEYS.has(k), `CSL key ${k}`).toBe(true);
  });

  it('gives each paragraph its own item: paragraph id and URI, memo fields kept', () => {
    const p = paragraphCsl(memoDoc(SAMPLE), P2, ctx())!;
    expect(p.id).toBe(P2);
    expect(p.URL).toBe(`${MEMO_URI}#${P2}`);
    expect(p.custom).toEqual({ memo: SAMPLE_ID, paragraph: '2' });
    expect(p.archive_location).toBe('State Central Archive, Prague. Translated by Adolf Kotlik.');
    expect(paragraphCsl(memoDoc(SAMPLE), 'no-such-paragraph', ctx())).toBeUndefined();
  });

  it('formats Chicago notes in the Wilson pattern, with "para. N" for paragraphs', () => {
    const item = memoCsl(memoDoc(SAMPLE), ctx())!;
    expect(chicagoNote(item)).toBe(
      `“Memorandum of a Conversation with the Soviet Ambassador to the DPRK c. V.P. Moskowskyi,” February 26, 1964, History and Public Policy Program Digital Archive, State Central Archive, Prague. Translated by Adolf Kotlik. ${MEMO_URI}.`,
    );
    const p = paragraphCsl(memoDoc(SAMPLE), P2, ctx())!;
    expect(chicagoNote(p, '2')).toContain('February 26, 1964, para. 2, History');
    expect(chicagoBibliography(item)).toMatch(/^“Memorandum of a Conversation .* Moskowskyi\.” February 26, 1964\. History and Public Policy Program Digital Archive\. State Central Archive/);
  });

  it('prints "undated" and the translator when the memo has no date and no source statement', () => {
    const xml = readFileSync(SAMPLE, 'utf8')
      .replace(/<creation>[\s\S]*?<\/creation>/, '')
      .replace(/<bibl type="source-statement">[\s\S]*?<\/bibl>/, '');
    const item = memoCsl({ ...memoDoc(SAMPLE), xml }, ctx())!;
    expect(item.issued).toBeUndefined();
    expect(chicagoNote(item)).toContain('Moskowskyi,” undated, trans. Adolf Kotlik, History');
  });

  it('writes BibLaTeX and RIS that citation-js reads back', () => {
    const item = memoCsl(memoDoc(SAMPLE), ctx())!;
    const bib = formatBibtex([item]);
    expect(bib).toMatch(new RegExp(`^@unpublished\\{${SAMPLE_ID},`));
    const back = new Cite(bib).data[0] as Record<string, unknown>;
    expect(back.title).toBe(item.title);
    expect(JSON.stringify(back.translator)).toContain('Kotlik');
    const ris = formatRis([item]);
    expect(ris).toMatch(/^TY {2}- MANSCPT$/m);
    expect(ris).toMatch(/^AN {2}- State Central Archive, Prague\. Translated by Adolf Kotlik\.$/m);
    expect(ris).toMatch(/^A4 {2}- Kotlik, Adolf$/m);
    expect(ris).toMatch(/^ER {2}- $/m);
    const fromRis = new Cite(ris).data[0] as Record<string, unknown>;
    expect(fromRis.type).toBe('manuscript');
    expect(fromRis.title).toBe(item.title);
  });

  it('gives citation_* and Dublin Core meta tags fit for Zotero (no journal tags, DC.type manuscript)', () => {
    const tags = citationMeta(memoDoc(SAMPLE), ctx());
    const get = (n: string) => tags.filter((t) => t.name === n).map((t) => t.content);
    expect(get('citation_title')).toEqual(['Memorandum of a Conversation with the Soviet Ambassador to the DPRK c. V.P. Moskowskyi']);
    expect(get('citation_publication_date')).toEqual(['1964/02/26']);
    expect(get('DC.type')).toEqual(['manuscript']);
    expect(get('DC.identifier')).toEqual([MEMO_URI]);
    expect(get('DC.contributor')).toEqual(['Adolf Kotlik']);
    expect(tags.some((t) => /journal|conference|book_title|dissertation|technical_report|^og:type/.test(t.name))).toBe(false);
  });

  it('writes the per-memo citation files and the per-paragraph JSON', () => {
    const dir = 'export/citations';
    expectGolden('citations/sample.json', read(`${dir}/${SAMPLE_ID}.json`));
    expectGolden('citations/sample.bib', read(`${dir}/${SAMPLE_ID}.bib`));
    expectGolden('citations/sample.ris', read(`${dir}/${SAMPLE_ID}.ris`));
    expectGolden('citations/sample.txt', read(`${dir}/${SAMPLE_ID}.txt`));
    const paras = JSON.parse(read(`${dir}/${SAMPLE_ID}.paragraphs.json`));
    expect(paras.paragraphs.map((p: { id: string }) => p.id)).toEqual([`${SAMPLE_ID}-p-3f9a1c`, P2]);
    expect(paras.paragraphs[1]).toMatchObject({ n: '2', uri: `${MEMO_URI}#${P2}` });
    expect(paras.paragraphs[1].chicagoNote).toContain('para. 2');
    expect(paras.paragraphs[1].ris).toContain('TY  - MANSCPT');
    expect(paras.paragraphs[1].bibtex).toContain(`@unpublished{${P2},`);
    const edition = JSON.parse(read(`${dir}/edition.json`));
    expect(edition.map((i: { id: string }) => i.id).sort()).toEqual(['memo-1964-01-07-memorandum-conversation-ussr-ambassador', SAMPLE_ID]);
  });
});

describe('TEI corpus', () => {
  it('writes edition.xml: a teiCorpus with a header and every memo, valid against tei_all', () => {
    const xml = read('tei/edition.xml');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toMatch(/<teiCorpus xmlns="http:\/\/www\.tei-c\.org\/ns\/1\.0"/);
    expect(xml.match(/<TEI /g)).toHaveLength(2);
    expect(xml).toContain('<edition n="1.0.0">Version 1.0.0, <date when="2026-11-22">');
    expect(existsSync(join(out, 'tei/sample-memo.xml'))).toBe(true);
    expect(existsSync(join(out, 'tei/register.xml'))).toBe(true);
    const rng = process.env.TEI_ALL_RNG;
    if (!rng) {
      console.warn('TEI_ALL_RNG unset: edition.xml was not validated against tei_all (did not run)');
      return;
    }
    const r = spawnSync('jing', [rng, join(out, 'tei/edition.xml')], { encoding: 'utf8' });
    expect(r.stdout).toBe('');
    expect(r.status).toBe(0);
  });

  it('keeps xml:id unique across memos by prefixing clashing ids with the memo id', () => {
    const ctx = fixtureContext(out);
    const twin = readFileSync(SAMPLE, 'utf8').replaceAll(SAMPLE_ID, 'memo-twin');
    ctx.memos = [ctx.memos.find((m) => m.id === SAMPLE_ID)!, { id: 'memo-twin', path: 'twin.xml', stem: 'twin', xml: twin }];
    const xml = teiCorpus(ctx);
    const ids = [...xml.matchAll(/xml:id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(xml).toContain(`xml:id="${SAMPLE_ID}-tei-edition"`);
    expect(xml).toContain(`who="#memo-twin-tei-edition"`);
    expect(xml).toContain('<application xml:id="tei-edition"');
    if (process.env.TEI_ALL_RNG) {
      const f = join(scratch(), 'twins.xml');
      writeFileSync(f, xml);
      expect(spawnSync('jing', [process.env.TEI_ALL_RNG, f], { encoding: 'utf8' }).stdout).toBe('');
    }
  });
});

describe('entities, network, JSON-LD', () => {
  it('lists every mention with memo, paragraph and surface form', () => {
    const json = JSON.parse(read('export/entities/entities.json'));
    const ri = json.persons.find((p: { id: string }) => p.id === 'per-ri-song-un');
    expect(ri.mentions.map((m: { surface: string; context: string }) => `${m.context}:${m.surface}`)).toEqual([
      'abstract:Ri Song-un',
      'paragraph:Ri Song-un',
      'paragraph:Ri Song Un',
    ]);
    expect(ri.mentions[1]).toMatchObject({ memo: SAMPLE_ID, paragraph: P2, n: '2', uri: `${MEMO_URI}#${P2}` });
    const moscow = json.places.find((p: { id: string }) => p.id === 'pla-moscow');
    expect(moscow).toMatchObject({ lat: 55.75222, long: 37.61556, identifiers: [{ type: 'geonames', value: '524901', uri: 'https://www.geonames.org/524901' }] });
    expect(json.orgs.map((o: { id: string }) => o.id)).toEqual(['org-cpsu-cc']);
    const chai = json.persons.find((p: { id: string }) => p.id === 'per-chai-junwu');
    expect(chai.mentions[0].surface).toBe('Chai [Junwu]');
  });

  it('writes RFC 4180 CSV with one row per entity and per mention', () => {
    const persons = read('export/entities/persons.csv').split('\r\n');
    expect(persons[0]).toBe('id,name,uri,type,variants,identifiers,birth,death,in_register,proposed,mentions,memos');
    const k = persons.find((l) => l.startsWith('per-khrushchev-nikita,'))!;
    expect(k).toBe(
      'per-khrushchev-nikita,Nikita Sergeyevich Khrushchev,https://example.org/edition/persons.html#per-khrushchev-nikita,,Khrushchev | Khrushchov,,1894-04-15,1971-09-11,true,false,1,1',
    );
    const mentions = read('export/entities/mentions.csv').trimEnd().split('\r\n');
    const total = JSON.parse(read('export/entities/entities.json'));
    const count = [...total.persons, ...total.places, ...total.orgs].reduce((n: number, e: { mentions: unknown[] }) => n + e.mentions.length, 0);
    expect(mentions.length - 1).toBe(count);
    expect(mentions.some((l) => l.includes('"Chai [Junwu]"') || l.includes(',Chai [Junwu],'))).toBe(true);
  });

  it('reports references missing from the register (TE603) and keeps their surface form', async () => {
    const r = await exportKind('entities', fixtureContext(scratch()));
    const missing = r.diagnostics.filter((d) => d.code === 'TE603').map((d) => d.message);
    expect(missing.some((m) => m.includes('per-kotlik-adolf'))).toBe(true);
    expect(r.diagnostics.every((d) => d.severity !== 'error')).toBe(true);
  });

  it('builds a weighted co-occurrence network and GEXF 1.3 that Gephi opens', () => {
    const edges = read('export/network/edges.csv').trimEnd().split('\r\n');
    expect(edges[0]).toBe('Source,Target,Type,Weight,Memos');
    // Ri Song-un and Khrushchev share the summary only (paragraph 2 names Stalin/Filippov, not Khrushchev).
    expect(edges).toContain('per-khrushchev-nikita,per-ri-song-un,Undirected,1,1');
    expect(edges).toContain('per-chai-junwu,per-ri-song-un,Undirected,1,1');
    const gexf = read('export/network/network.gexf');
    expect(XMLValidator.validate(gexf)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (n) => ['node', 'edge', 'attribute', 'attvalue', 'attributes'].includes(n) }).parse(gexf);
    const g = doc.gexf;
    expect(g.xmlns).toBe('http://gexf.net/1.3');
    expect(g.version).toBe('1.3');
    expect(g.graph.defaultedgetype).toBe('undirected');
    const nodes: { id: string; attvalues: { attvalue: { for: string }[] } }[] = g.graph.nodes.node;
    const ids = new Set(nodes.map((n) => n.id));
    expect(ids.size).toBe(nodes.length);
    const declared = new Set(g.graph.attributes.flatMap((a: { attribute: { id: string }[] }) => a.attribute.map((x) => x.id)));
    for (const n of nodes) for (const v of n.attvalues.attvalue) expect(declared.has(v.for)).toBe(true);
    const gedges: { id: string; source: string; target: string; weight: string }[] = g.graph.edges.edge;
    expect(gedges.length).toBe(edges.length - 1);
    for (const e of gedges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      expect(Number(e.weight)).toBeGreaterThan(0);
    }
    expectGolden('network.gexf', gexf);
  });

  it('writes schema.org JSON-LD per memo (ArchiveComponent with mentions) and for the edition', () => {
    const memo = JSON.parse(read(`export/jsonld/${SAMPLE_ID}.jsonld`));
    expect(memo['@context']).toBe('https://schema.org/');
    expect(memo['@type']).toBe('ArchiveComponent');
    expect(memo['@id']).toBe(MEMO_URI);
    expect(memo.holdingArchive).toEqual({ '@type': 'ArchiveOrganization', name: 'State Central Archive', address: 'Prague' });
    const types = new Set(memo.mentions.map((m: { '@type': string }) => m['@type']));
    expect(types).toEqual(new Set(['Person', 'Place', 'Organization']));
    const moscow = memo.mentions.find((m: { identifier: string }) => m.identifier === 'pla-moscow');
    expect(moscow).toMatchObject({ '@id': 'https://example.org/edition/places.html#pla-moscow', sameAs: ['https://www.geonames.org/524901'], geo: { latitude: 55.75222 } });
    const ed = JSON.parse(read('export/jsonld/edition.jsonld'));
    const graph: { '@id': string; '@type': string; hasPart?: unknown[] }[] = ed['@graph'];
    expect(graph[0]).toMatchObject({ '@type': 'CreativeWork', '@id': 'https://example.org/edition/', version: '1.0.0' });
    expect(graph[0].hasPart).toHaveLength(2);
    expect(graph.filter((n) => n['@type'] === 'ArchiveComponent')).toHaveLength(2);
    const ids = new Set(graph.map((n) => n['@id']));
    expect(ids.size).toBe(graph.length);
  });
});

describe('text and Markdown', () => {
  it('gives the reading text from the TEI: as written, brackets restored, no expansions', () => {
    const txt = read(`export/text/${SAMPLE_ID}.txt`);
    expectGolden('text/sample.txt', txt);
    expect(txt).toContain('The Korean Ambassador Ri Song-un [Ri Song Un] said that last year Filippov [Stalin] met Chai [Junwu]');
    expect(txt).toContain('S H T Y K O V [signature]');
    expect(txt).not.toContain('comrade');
    expect(txt.trimEnd().endsWith('[…]')).toBe(true);
  });

  it('writes Markdown with metadata, summary and escaped text', () => {
    const md = read(`export/text/${SAMPLE_ID}.md`);
    expectGolden('text/sample.md', md);
    expect(md).toMatch(/^# Memorandum of a Conversation/);
    expect(md).toContain('## Summary');
    expect(md).toContain('Ri Song-un \\[Ri Song Un\\]');
    expect(md).toContain(`[${CONFIG.title}](${MEMO_URI})`);
  });
});

describe('CITATION.cff, codemeta and changelog', () => {
  it('writes CFF 1.2.0 with the required keys and a quoted release date', () => {
    const text = read('export/CITATION.cff');
    expectGolden('CITATION.cff', text);
    const cff = parseYaml(text);
    expect(cff['cff-version']).toBe('1.2.0');
    expect(cff.type).toBe('dataset');
    expect(cff.authors).toEqual([{ 'family-names': 'Doe', 'given-names': 'Jane' }, { name: 'tei-edition sample editors' }]);
    expect(typeof cff['date-released']).toBe('string');
    expect(text).toContain('date-released: "2026-11-22"');
    expect(cff.license).toBe('CC-BY-4.0');
    for (const k of ['message', 'title', 'version']) expect(cff[k]).toBeTruthy();
    const cm = JSON.parse(read('export/codemeta.json'));
    expect(cm).toMatchObject({ '@context': 'https://w3id.org/codemeta/3.0', '@type': 'Dataset', version: '1.0.0', license: 'https://spdx.org/licenses/CC-BY-4.0' });
  });

  it('records memos added, changed and removed between versions', async () => {
    const dir = scratch();
    const base = fixtureContext(dir);
    await exportKind('cff', base);
    let changes = JSON.parse(readFileSync(join(dir, 'export/changes.json'), 'utf8'));
    expect(changes.releases).toHaveLength(1);
    expect(changes.releases[0]).toMatchObject({ version: '1.0.0', previous: null, changed: [], removed: [] });
    expect(changes.releases[0].added).toHaveLength(2);

    // Version 1.1.0: one memo edited, one removed, one added; a rebuild the next day changes nothing more.
    const [a, b] = base.memos;
    const edited = { ...b, xml: b.xml.replace('</body>', '<p>An added paragraph.</p></body>') };
    const added = { id: 'memo-new', path: 'new.xml', stem: 'new', xml: a.xml.replaceAll(a.id, 'memo-new') };
    for (const date of ['2026-12-01', '2026-12-02']) {
      const ctx = fixtureContext(dir, { memos: [edited, added], build: { ...base.build, date } });
      ctx.config.version = '1.1.0';
      await exportKind('cff', ctx);
    }
    changes = JSON.parse(readFileSync(join(dir, 'export/changes.json'), 'utf8'));
    expect(changes.releases.map((r: { version: string }) => r.version)).toEqual(['1.1.0', '1.0.0']);
    expect(changes.releases[0]).toEqual({ version: '1.1.0', date: '2026-12-02', previous: '1.0.0', added: ['memo-new'], changed: [b.id], removed: [a.id] });
    const md = readFileSync(join(dir, 'export/CHANGELOG.md'), 'utf8');
    expect(md).toMatch(/## \[1\.1\.0\] - 2026-12-02\n\n### Added\n\n- memo-new: /);
    expect(md).toContain(`### Removed\n\n- ${a.id}: `);
  });

  it('ignores the revision date and tool version in content hashes', () => {
    const xml = readFileSync(SAMPLE, 'utf8');
    const later = xml.replace('<change when="2026-11-22"', '<change when="2027-01-01"').replace('version="0.1.0"', 'version="0.2.0"');
    expect(contentHash(later)).toBe(contentHash(xml));
    expect(contentHash(xml.replace('visited me', 'visited us'))).not.toBe(contentHash(xml));
  });
});

describe('determinism, identifiers and robustness', () => {
  it('writes byte-identical exports on a second run', async () => {
    const a = scratch();
    const b = scratch();
    await exportAll(fixtureContext(a));
    await exportAll(fixtureContext(b));
    const list = (d: string) => execFileSync('find', ['.', '-type', 'f'], { cwd: d, encoding: 'utf8' }).split('\n').filter(Boolean).sort();
    expect(list(a)).toEqual(list(b));
    for (const f of list(a)) expect(readFileSync(join(a, f)).equals(readFileSync(join(b, f))), f).toBe(true);
  });

  it('keeps memo and paragraph ids stable between builds and under edits elsewhere in a memo', async () => {
    const root = scratch();
    cpSync(join(FIXTURES, '../../../corpus/memos'), join(root, 'memos'), { recursive: true });
    writeFileSync(join(root, 'edition.json'), JSON.stringify({ title: 'Ids', memos: ['memos'], register: [], output: 'out', date: '2026-11-22' }));
    const ids = async (outName: string) => {
      const r = await buildEdition({ config: join(root, 'edition.json'), out: join(root, outName), stages: [], env: {} });
      return Object.fromEntries(r.context!.memos.map((m) => [m.stem, [m.id, ...[...m.xml.matchAll(/<p xml:id="([^"]+)"/g)].map((x) => x[1])]]));
    };
    const first = await ids('one');
    expect(await ids('two')).toEqual(first);
    // Insert a paragraph at the top of the body of one memo: no other paragraph id changes.
    const file = readdirSync(join(root, 'memos')).sort()[0];
    const stem = file.replace(/\.txt$/, '');
    const text = readFileSync(join(root, 'memos', file), 'utf8');
    const para = text.split('\n').find((l) => l.trim().length > 200)!;
    writeFileSync(join(root, 'memos', file), text.replace(para, `An inserted paragraph written by the editor for this test, long enough to be a body paragraph of the memo.\n\n\n${para}`));
    const after = await ids('three');
    expect(after[stem][0]).toBe(first[stem][0]);
    expect(after[stem].length).toBe(first[stem].length + 1);
    for (const pid of first[stem].slice(1)) expect(after[stem]).toContain(pid);
  });

  it('reports an unreadable TEI file (TE601) and exports the other memos', async () => {
    const dir = scratch();
    const ctx = fixtureContext(dir);
    ctx.memos = [...ctx.memos, { id: 'broken', path: join(dir, 'broken.xml'), stem: 'broken', xml: '<TEI><teiHeader>' }];
    const r = await exportAll(ctx);
    expect(r.diagnostics.filter((d) => d.code === 'TE601').map((d) => d.file)).toEqual([join(dir, 'broken.xml')]);
    expect(existsSync(join(dir, `export/citations/${SAMPLE_ID}.json`))).toBe(true);
    expect(existsSync(join(dir, 'export/citations/broken.json'))).toBe(false);
  });

  it('keeps ids that are not path-safe out of file names (TE602) and survives entity bombs', async () => {
    const dir = scratch();
    const ctx = fixtureContext(dir);
    const sample = ctx.memos.find((m) => m.id === SAMPLE_ID)!;
    const evil = sample.xml.replace(`xml:id="${SAMPLE_ID}"`, 'xml:id="../../escape"');
    const bomb = `<?xml version="1.0"?><!DOCTYPE TEI [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]><TEI xml:id="bomb">&d;&d;&d;&d;</TEI>`;
    ctx.memos = [{ ...sample, id: '../../escape', xml: evil, stem: 'evil' }, { id: 'bomb', path: join(dir, 'bomb.xml'), stem: 'bomb', xml: bomb }];
    const r = await exportAll(ctx);
    expect(r.diagnostics.filter((d) => d.code === 'TE602').length).toBeGreaterThanOrEqual(2);
    expect(r.written.every((w) => !w.includes('..') && !w.includes('escape'))).toBe(true);
    expect(existsSync(join(dir, '../escape.json'))).toBe(false);
    expect(readFileSync(join(dir, 'export/text/bomb.txt'), 'utf8').length).toBeLessThan(100_000);
  });

  it('writes nothing and reports TE607 when there is no TEI', async () => {
    const dir = scratch();
    const r = await exportAll(fixtureContext(dir, { memos: [] }));
    expect(r.diagnostics.map((d) => d.code)).toEqual(['TE607']);
    expect(r.written).toEqual([]);
  });
});

describe('export command', () => {
  const io = (cwd: string) => {
    const buf = { out: '', err: '' };
    const o: CliIO = { out: (s) => (buf.out += s), err: (s) => (buf.err += s), cwd, env: {}, isTTY: false };
    return { o, buf };
  };

  it('rejects an unknown kind with exit code 2', async () => {
    const { o, buf } = io(out);
    expect(await main(['export', 'nonsense'], o)).toBe(2);
    expect(buf.err).toContain('unknown kind "nonsense"');
  });

  it('exports one kind from the TEI in the output folder', async () => {
    const root = scratch();
    cpSync(join(FIXTURES, 'memos'), join(root, 'output/tei'), { recursive: true });
    cpSync(join(FIXTURES, 'register.xml'), join(root, 'output/tei/register.xml'));
    writeFileSync(join(root, 'edition.json'), JSON.stringify(CONFIG));
    const { o, buf } = io(root);
    expect(await main(['export', 'citations', '--format', 'json'], o)).toBe(0);
    expect(JSON.parse(buf.out).every((d: { severity: string }) => d.severity !== 'error')).toBe(true);
    expect(existsSync(join(root, `output/export/citations/${SAMPLE_ID}.ris`))).toBe(true);
    expect(existsSync(join(root, 'output/dts'))).toBe(false);
  });
});

describe('streamed export files', () => {
  it('are written whole or not at all: a failing writer leaves no file and no temp file, and says TE605', async () => {
    const { OutputWriter } = await import('../src/export/write.ts');
    const root = scratch();
    const w = new OutputWriter(root);
    expect(w.stream('export/big.csv', (write) => { for (let i = 0; i < 200_000; i++) write(`row ${i},${'x'.repeat(20)}\r\n`); })).toBe(true);
    const text = readFileSync(join(root, 'export/big.csv'), 'utf8');
    expect(text.split('\r\n').length).toBe(200_001);
    expect(text.endsWith(`row 199999,${'x'.repeat(20)}\r\n`)).toBe(true);
    const failing = w.stream('export/broken.csv', (write) => {
      write('a,b\r\n');
      throw new Error('disk full');
    });
    expect(failing).toBe(false);
    expect(readdirSync(join(root, 'export'))).toEqual(['big.csv']);
    expect(w.diagnostics.map((d) => [d.code, d.message])).toEqual([['TE605', 'Export file could not be written: disk full']]);
    expect(w.written).toEqual(['export/big.csv']);
  });
});
