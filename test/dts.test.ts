import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { exportDts } from '../src/export/index.ts';
import { fixtureContext } from './fixtures/export/context.ts';

/**
 * Walks the static DTS 1.0 (Level 0) API like a client: a plain static web server on localhost
 * serves output/dts, and every URL is made by expanding the URI templates the API returns.
 */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const CONTEXT = 'https://dtsapi.org/context/v1.0.json';
let out: string;
let server: Server;
let base: string;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'tei-dts-'));
  const root = join(out, 'dts');
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const rel = normalize(path.replace(/^\/api\/dts\/?/, ''));
    if (!path.startsWith('/api/dts/') || rel.startsWith('..')) return void res.writeHead(404).end();
    try {
      const body = readFileSync(join(root, rel));
      res.writeHead(200, { 'content-type': rel.endsWith('.json') ? 'application/ld+json' : 'application/tei+xml' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/dts`;
  const r = await exportDts(fixtureContext(out), { dtsBase: base });
  expect(r.diagnostics).toEqual([]);
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  rmSync(out, { recursive: true, force: true });
});

/** RFC 6570 expansion for the operators the static templates use: {/a,b}, {;a} and simple {a}. */
function expand(tpl: string, vars: Record<string, string | number | undefined>): string {
  const enc = (v: string | number) => encodeURIComponent(String(v)).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return tpl.replace(/\{([/;]?)([^}]+)\}/g, (_, op: string, names: string) => {
    const set = names.split(',').filter((n) => vars[n] !== undefined);
    if (op === '/') return set.map((n) => `/${enc(vars[n]!)}`).join('');
    if (op === ';') return set.map((n) => `;${n}=${enc(vars[n]!)}`).join('');
    return set.map((n) => enc(vars[n]!)).join(',');
  });
}

async function get(url: string): Promise<{ status: number; type: string; body: string }> {
  const r = await fetch(url);
  return { status: r.status, type: r.headers.get('content-type') ?? '', body: await r.text() };
}

async function getJson(url: string): Promise<Json> {
  const r = await get(url);
  expect(r.status, url).toBe(200);
  expect(r.type).toBe('application/ld+json');
  const o = JSON.parse(r.body) as Json;
  expect(o['@context']).toBe(CONTEXT);
  expect(o.dtsVersion).toBe('1.0');
  return o;
}

function expectResource(r: Json): void {
  expect(r['@type']).toBe('Resource');
  for (const k of ['@id', 'collection', 'navigation', 'document']) expect(typeof r[k], k).toBe('string');
  expect(r['@id']).toMatch(/^[A-Za-z0-9._-]+$/);
  // One tree: it MUST NOT carry an identifier.
  expect(r.citationTrees).toEqual([{ '@type': 'CitationTree', citeStructure: [{ '@type': 'CiteStructure', citeType: 'paragraph' }] }]);
}

function expectUnit(u: Json): void {
  expect(u).toMatchObject({ '@type': 'CitableUnit', level: 1, parent: null, citeType: 'paragraph' });
  expect(typeof u.identifier).toBe('string');
}

describe('DTS 1.0 static API, walked like a client', () => {
  it('entry → collection → member → navigation → a paragraph document', async () => {
    const entry = await getJson(`${base}/index.json`);
    expect(entry).toMatchObject({ '@type': 'EntryPoint', '@id': `${base}/index.json` });
    for (const k of ['collection', 'navigation', 'document']) expect(entry[k]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/dts\/.*\{/);

    const root = await getJson(expand(entry.collection, {}));
    expect(root).toMatchObject({ '@id': 'edition', '@type': 'Collection', totalParents: 0 });
    expect(typeof root.title).toBe('string');
    expect(root.totalChildren).toBe(root.member.length);
    expect(root.member).toHaveLength(2);
    expect(root.dublinCore.title).toEqual([{ lang: 'en', value: root.title }]);
    root.member.forEach(expectResource);

    const member = root.member.find((m: Json) => m['@id'] === 'memo-1964-02-26-memorandum-of-a-conversation');
    const res = await getJson(expand(member.collection, {}));
    expectResource(res);
    expect(res).toMatchObject({ totalParents: 1, totalChildren: 0, mediaTypes: ['application/tei+xml'] });
    expect(res.dublinCore).toMatchObject({ type: ['Text'], language: ['en'], date: ['1964-02-26'] });
    expect(res.download['text/html']).toBe('https://example.org/edition/memo/memo-1964-02-26-memorandum-of-a-conversation.html');
    // The entry's templates and the resource's own templates reach the same files.
    expect(expand(entry.collection, { id: res['@id'] })).toBe(expand(res.collection, {}));
    expect(expand(entry.navigation, { resource: res['@id'], down: 1 })).toBe(expand(res.navigation, { down: 1 }));

    const parents = await getJson(expand(res.collection, { nav: 'parents' }));
    expect(parents.member.map((m: Json) => m['@id'])).toEqual(['edition']);

    const navUrl = expand(res.navigation, { down: 1 });
    const nav = await getJson(navUrl);
    expect(nav['@type']).toBe('Navigation');
    expect(nav['@id']).toBe(navUrl);
    expectResource(nav.resource);
    nav.member.forEach(expectUnit);
    const ids = nav.member.map((u: Json) => u.identifier);
    expect(ids).toEqual(['memo-1964-02-26-memorandum-of-a-conversation-p-3f9a1c', 'memo-1964-02-26-memorandum-of-a-conversation-p-a01b2c']);
    expect((await getJson(expand(res.navigation, { down: -1 }))).member).toEqual(nav.member);

    const ref = ids[1];
    const one = await getJson(expand(res.navigation, { ref }));
    expect(one.ref).toMatchObject({ identifier: ref, dublinCore: { title: [{ lang: 'en', value: 'Paragraph 2' }] } });
    expect(one.member).toBeUndefined();
    expect((await getJson(expand(res.navigation, { ref, down: 0 }))).member.map((u: Json) => u.identifier)).toEqual(ids);
    expect((await getJson(expand(res.navigation, { ref, down: 1 }))).member.map((u: Json) => u.identifier)).toEqual([ref]);
    expect((await getJson(expand(res.navigation, { ref, down: -1 }))).member.map((u: Json) => u.identifier)).toEqual([ref]);

    const doc = await get(expand(res.document, { ref }));
    expect(doc.status).toBe(200);
    expect(doc.type).toBe('application/tei+xml');
    expect(XMLValidator.validate(doc.body)).toBe(true);
    const x = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(doc.body);
    expect(x.TEI.xmlns).toBe('http://www.tei-c.org/ns/1.0');
    const wrapper = x.TEI.text.body['dts:wrapper'];
    expect(wrapper['xmlns:dts']).toBe('https://w3id.org/api/dts#');
    expect(wrapper.p['xml:id']).toBe(ref);
    expect(wrapper.p.n).toBe('2');
    expect(x.TEI.teiHeader.fileDesc.titleStmt).toBeDefined();

    const whole = await get(expand(res.document, {}));
    expect(whole.body).toBe(readFileSync(fixtureContext(out).memos.find((m) => m.id === res['@id'])!.path, 'utf8'));
  });

  it('answers the edition collection with and without an id, and its parents with none', async () => {
    const entry = await getJson(`${base}/index.json`);
    const byId = await getJson(expand(entry.collection, { id: 'edition' }));
    const children = await getJson(expand(entry.collection, { id: 'edition', nav: 'children' }));
    expect(byId).toEqual(await getJson(expand(entry.collection, {})));
    expect(children).toEqual(byId);
    const parents = await getJson(expand(entry.collection, { id: 'edition', nav: 'parents' }));
    expect(parents).toMatchObject({ totalParents: 0, member: [] });
  });

  it('has no file where the spec wants 400 or 404 (static servers answer 404)', async () => {
    const entry = await getJson(`${base}/index.json`);
    const resource = 'memo-1964-02-26-memorandum-of-a-conversation';
    expect((await get(expand(entry.navigation, { resource }))).status).toBe(404); // neither ref nor down: 400
    expect((await get(expand(entry.navigation, { resource, down: 0 }))).status).toBe(404); // down=0 without ref: 400
    expect((await get(expand(entry.navigation, { resource, ref: 'no-such-paragraph' }))).status).toBe(404);
    expect((await get(expand(entry.document, { resource: 'no-such-memo' }))).status).toBe(404);
  });
});
