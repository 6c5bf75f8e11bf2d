import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { main } from '../src/cli/main.ts';
import type { CliIO } from '../src/cli/command.ts';
import type { StageContext } from '../src/edition.ts';
import { deposit, exportAll, verifyBag } from '../src/export/index.ts';
import { exportData } from '../src/export/data.ts';
import { checkDataCite, CONTRIBUTOR_TYPE, dataciteAttributes, RELATION_TYPE, RESOURCE_TYPE_GENERAL } from '../src/export/deposit/datacite.ts';
import { writeZip } from '../src/export/deposit/zip.ts';
import { expectGolden, fixtureContext } from './fixtures/export/context.ts';

const tmp: string[] = [];
const scratch = () => {
  const d = mkdtempSync(join(tmpdir(), 'tei-deposit-'));
  tmp.push(d);
  return d;
};
let ctx: StageContext;
let bag: string;
let zip: string;
let depositDiagnostics: { code: string; severity: string; message: string }[];
const DOI = '10.1234/cold-war-memos-1.0.0';

/** A built edition: fixture TEI + exports, a small HTML site (with a hidden file) and a PDF. */
async function builtEdition(): Promise<StageContext> {
  const c = fixtureContext(scratch());
  await exportAll(c);
  mkdirSync(join(c.outDir, 'html/memo'), { recursive: true });
  writeFileSync(join(c.outDir, 'html/index.html'), '<!doctype html><title>Edition</title>\n');
  writeFileSync(join(c.outDir, 'html/memo/memo-1964-02-26-memorandum-of-a-conversation.html'), '<!doctype html><title>Memo</title>\n');
  writeFileSync(join(c.outDir, 'html/.nojekyll'), '');
  mkdirSync(join(c.outDir, 'print'), { recursive: true });
  writeFileSync(join(c.outDir, 'print/edition.pdf'), '%PDF-1.7\n% test\n%%EOF\n');
  return c;
}

beforeAll(async () => {
  ctx = await builtEdition();
  const r = await deposit(ctx, { out: join(ctx.outDir, 'deposit'), doi: DOI });
  depositDiagnostics = r.diagnostics;
  bag = r.bag!;
  zip = r.zip!;
});
afterAll(() => tmp.forEach((d) => rmSync(d, { recursive: true, force: true })));

const text = (rel: string, root = bag) => readFileSync(join(root, rel), 'utf8');
const codes = (r: { diagnostics: { code: string }[] }) => [...new Set(r.diagnostics.map((d) => d.code))].sort();

/** A copy of the bag to tamper with. */
function copyBag(): string {
  const d = join(scratch(), 'bag');
  cpSync(bag, d, { recursive: true });
  return d;
}

describe('deposit: the bag (RFC 8493)', () => {
  it('writes bagit.txt, bag-info.txt, payload and tag manifests in both algorithms', () => {
    expect(depositDiagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(readFileSync(join(bag, 'bagit.txt'))).toEqual(Buffer.from('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n'));
    const info = text('bag-info.txt');
    expect(info).toContain('Bagging-Date: 2026-11-22\n');
    expect(info).toContain(`External-Identifier: https://doi.org/${DOI}\n`);
    for (const line of info.split('\n')) expect(line.length).toBeLessThanOrEqual(79);
    const payload = text('manifest-sha256.txt').trimEnd().split('\n').map((l) => l.split('  ')[1]);
    expect(payload).toEqual([...payload].sort());
    expect(text('manifest-sha512.txt').trimEnd().split('\n').map((l) => l.split('  ')[1])).toEqual(payload);
    for (const p of [
      'data/tei/sample-memo.xml',
      'data/tei/register.xml',
      'data/tei/edition.xml',
      'data/html/index.html',
      'data/html/.nojekyll',
      'data/print/edition.pdf',
      'data/export/citations/memo-1964-02-26-memorandum-of-a-conversation.json',
      'data/dts/index.json',
      'data/metadata/datacite.xml',
      'data/metadata/datacite.json',
      'data/metadata/dc.xml',
      'data/README.md',
      'data/CITATION.cff',
    ]) {
      expect(payload).toContain(p);
    }
    const bytes = payload.reduce((n, p) => n + readFileSync(join(bag, p)).length, 0);
    expect(info).toContain(`Payload-Oxum: ${bytes}.${payload.length}\n`);
    const tags = text('tagmanifest-sha512.txt').trimEnd().split('\n').map((l) => l.split('  ')[1]);
    expect(tags).toEqual(['bag-info.txt', 'bagit.txt', 'manifest-sha256.txt', 'manifest-sha512.txt']);
    expect(text('data/README.md')).toContain('tei-edition deposit --verify');
  });

  it('verifies the bag folder and its zip', () => {
    const d = verifyBag(bag);
    expect(d.diagnostics).toEqual([]);
    expect(d.valid).toBe(true);
    const z = verifyBag(zip);
    expect(z.diagnostics).toEqual([]);
    expect(z.valid).toBe(true);
    expect(z.payload).toEqual(d.payload);
  });

  it('fails a tampered payload file with a checksum mismatch (TE614)', () => {
    const b = copyBag();
    const f = join(b, 'data/tei/sample-memo.xml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('visited me', 'visited us')); // same size: Oxum still matches
    const r = verifyBag(b);
    expect(r.valid).toBe(false);
    expect(codes(r)).toEqual(['TE614']);
    expect(r.diagnostics.map((x) => x.message).join('\n')).toMatch(/sha256 checksum mismatch for data\/tei\/sample-memo\.xml/);
    expect(r.diagnostics).toHaveLength(2); // once per manifest
  });

  it('fails a deleted payload file (TE612) and the Payload-Oxum (TE615)', () => {
    const b = copyBag();
    unlinkSync(join(b, 'data/html/index.html'));
    const r = verifyBag(b);
    expect(r.valid).toBe(false);
    expect(codes(r)).toEqual(['TE612', 'TE615']);
    expect(r.diagnostics.find((x) => x.code === 'TE612')!.message).toContain('missing from the bag: data/html/index.html');
  });

  it('fails an added payload file (TE613) and the Payload-Oxum (TE615)', () => {
    const b = copyBag();
    writeFileSync(join(b, 'data/html/extra.html'), 'not in the manifest\n');
    const r = verifyBag(b);
    expect(r.valid).toBe(false);
    expect(codes(r)).toEqual(['TE613', 'TE615']);
    expect(r.diagnostics.filter((x) => x.code === 'TE613').map((x) => x.message)).toEqual([
      'Payload file not listed in manifest-sha256.txt: data/html/extra.html',
      'Payload file not listed in manifest-sha512.txt: data/html/extra.html',
    ]);
  });

  it('fails an edited tag file through the tag manifests (TE614)', () => {
    const b = copyBag();
    appendFileSync(join(b, 'bag-info.txt'), 'Contact-Name: Somebody Else\n');
    const r = verifyBag(b);
    expect(codes(r)).toEqual(['TE614']);
    expect(r.diagnostics[0].file).toBe(`${b}/bag-info.txt`);
  });

  it('checks the required tag files and manifest lines', () => {
    const noBagit = copyBag();
    unlinkSync(join(noBagit, 'bagit.txt'));
    expect(codes(verifyBag(noBagit))).toEqual(['TE610']);

    const bom = copyBag();
    writeFileSync(join(bom, 'bagit.txt'), '\uFEFFBagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
    expect(codes(verifyBag(bom))).toEqual(['TE611']);

    const noManifest = copyBag();
    for (const m of ['manifest-sha256.txt', 'manifest-sha512.txt']) unlinkSync(join(noManifest, m));
    expect(codes(verifyBag(noManifest))).toEqual(['TE611']);

    const escape = copyBag();
    appendFileSync(join(escape, 'manifest-sha256.txt'), `${'0'.repeat(64)}  data/../../etc/passwd\nnot a manifest line\n`);
    const r = verifyBag(escape);
    expect(r.diagnostics.filter((d) => d.code === 'TE616').map((d) => d.line)).toHaveLength(2);
    expect(r.valid).toBe(false);

    expect(codes(verifyBag(join(scratch(), 'nothing-here')))).toEqual(['TE610']);
    const notZip = join(scratch(), 'fake.zip');
    writeFileSync(notZip, 'PK but not really');
    expect(codes(verifyBag(notZip))).toEqual(['TE610']);
  });

  it('verifies zips too: a zip of a tampered bag fails', async () => {
    const b = copyBag();
    writeFileSync(join(b, 'data/print/edition.pdf'), '%PDF-1.7\n% TEST\n%%EOF\n');
    const z = join(scratch(), 'tampered.zip');
    expect(await writeZip(b, 'tampered', z, '2026-11-22T00:00:00Z')).toBeUndefined();
    const r = verifyBag(z);
    expect(codes(r)).toEqual(['TE614']);
    expect(r.diagnostics[0].file).toBe(`${z}/data/print/edition.pdf`);
  });

  it('writes a byte-identical zip on every run, in any time zone', async () => {
    const tz = process.env.TZ;
    try {
      const again = await deposit(ctx, { out: join(scratch(), 'again'), doi: DOI });
      process.env.TZ = 'Pacific/Kiritimati';
      const inKiribati = await deposit(ctx, { out: join(scratch(), 'tz'), doi: DOI });
      expect(readFileSync(again.zip!).equals(readFileSync(zip))).toBe(true);
      expect(readFileSync(inKiribati.zip!).equals(readFileSync(zip))).toBe(true);
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });

  it('leaves out parts the build did not make, with TE608, and refuses an empty edition', async () => {
    const c = fixtureContext(scratch());
    await exportAll(c);
    const r = await deposit(c, { zip: false });
    expect(r.diagnostics.filter((d) => d.code === 'TE608').map((d) => d.message)).toEqual([
      'Deposit part missing: html (not in the bag)',
      'Deposit part missing: print/edition.pdf (not in the bag)',
    ]);
    expect(r.zip).toBeUndefined();
    expect(verifyBag(r.bag!).valid).toBe(true);
    const empty = await deposit(fixtureContext(scratch(), { memos: [] }));
    expect(empty.diagnostics.map((d) => d.code)).toEqual(['TE607']);
    expect(empty.bag).toBeUndefined();
  });
});

describe('deposit: metadata', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (n) => ['creator', 'contributor', 'title', 'relatedIdentifier', 'date', 'description'].includes(n) });

  it('writes DataCite XML with the six mandatory properties and controlled values', () => {
    const xml = text('data/metadata/datacite.xml');
    expect(XMLValidator.validate(xml)).toBe(true);
    expectGolden('datacite.xml', xml);
    const r = parser.parse(xml).resource;
    expect(r['@xmlns']).toBe('http://datacite.org/schema/kernel-4');
    expect(r.identifier).toEqual({ '#text': DOI, '@identifierType': 'DOI' });
    expect(r.creators.creator.map((c: { creatorName: { '#text': string; '@nameType': string } }) => [c.creatorName['#text'], c.creatorName['@nameType']])).toEqual([
      ['Doe, Jane', 'Personal'],
      ['tei-edition sample editors', 'Organizational'],
    ]);
    expect(r.creators.creator[0]).toMatchObject({ givenName: 'Jane', familyName: 'Doe' });
    expect(r.titles.title[0]['#text']).toMatch(/^Moscow, Pyongyang and Prague/);
    expect(r.publisher).toBe('tei-edition');
    expect(String(r.publicationYear)).toMatch(/^\d{4}$/);
    expect(RESOURCE_TYPE_GENERAL.has(r.resourceType['@resourceTypeGeneral'])).toBe(true);
    for (const c of r.contributors.contributor) expect(CONTRIBUTOR_TYPE.has(c['@contributorType'])).toBe(true);
    expect(r.contributors.contributor.map((c: { contributorName: { '#text': string } }) => c.contributorName['#text'])).toContain('Kotlik, Adolf');
    for (const i of r.relatedIdentifiers.relatedIdentifier) expect(RELATION_TYPE.has(i['@relationType'])).toBe(true);
    expect(r.dates.date.map((d: { '@dateType': string; '#text': string }) => `${d['@dateType']}:${d['#text']}`)).toEqual(['Issued:2026-11-22', 'Coverage:1964-01-07/1964-02-26']);
    expect(r.rightsList.rights['@rightsIdentifier']).toBe('CC-BY-4.0');
  });

  it('writes the DataCite REST API body and Dublin Core', () => {
    const json = JSON.parse(text('data/metadata/datacite.json'));
    expect(json.data.type).toBe('dois');
    expect(json.data.attributes).toMatchObject({ doi: DOI, publisher: 'tei-edition', types: { resourceTypeGeneral: 'Dataset' }, schemaVersion: 'http://datacite.org/schema/kernel-4' });
    const dc = text('data/metadata/dc.xml');
    expect(XMLValidator.validate(dc)).toBe(true);
    const d = new XMLParser({ isArray: () => true }).parse(dc)['oai_dc:dc'][0];
    expect(d['dc:title'][0]).toMatch(/^Moscow/);
    expect(d['dc:identifier']).toEqual(['https://example.org/edition/', `https://doi.org/${DOI}`]);
    expect(XMLValidator.validate(text('data/metadata/dspace-dublin_core.xml'))).toBe(true);
  });

  it('flags missing mandatory fields and values outside the controlled lists (TE609)', () => {
    const good = dataciteAttributes(ctx, exportData(ctx), DOI);
    expect(checkDataCite(good, 'x')).toEqual([]);
    const bad = structuredClone(good);
    bad.publisher = '';
    bad.creators = [];
    bad.publicationYear = '26';
    bad.types.resourceTypeGeneral = 'Edition';
    bad.contributors[0].contributorType = 'Translater';
    bad.relatedIdentifiers[0].relationType = 'PartOf';
    bad.doi = 'doi:10.1234/x';
    const messages = checkDataCite(bad, 'x').map((d) => `${d.code} ${d.message}`);
    expect(messages).toHaveLength(7);
    expect(messages.every((m) => m.startsWith('TE609 DataCite metadata: '))).toBe(true);
    expect(messages.join('\n')).toContain('resourceTypeGeneral "Edition" is not in the DataCite list');
  });

  it('writes a placeholder DOI and says so (TE617) when none is given', async () => {
    const r = await deposit(ctx, { out: join(scratch(), 'nodoi'), zip: false });
    expect(r.diagnostics.map((d) => `${d.code}:${d.severity}`)).toEqual(['TE617:info']);
    expect(text('data/metadata/datacite.xml', r.bag)).toMatch(/<identifier identifierType="DOI">10\.5072\/moscow-pyongyang-and-prague-soviet-korea-1\.0\.0<\/identifier>/);
    expect(JSON.parse(text('data/metadata/datacite.json', r.bag)).data.attributes.doi).toBeUndefined();
  });
});

describe('deposit command', () => {
  const io = (cwd: string) => {
    const buf = { out: '', err: '' };
    const o: CliIO = { out: (s) => (buf.out += s), err: (s) => (buf.err += s), cwd, env: {}, isTTY: false };
    return { o, buf };
  };

  it('verifies a bag: exit 0 when valid, 1 with the coded problems when not', async () => {
    const ok = io(tmpdir());
    expect(await main(['deposit', '--verify', zip], ok.o)).toBe(0);
    expect(ok.buf.err).toContain('is a valid bag');
    const b = copyBag();
    unlinkSync(join(b, 'data/CITATION.cff'));
    const bad = io(tmpdir());
    expect(await main(['deposit', '--verify', b], bad.o)).toBe(1);
    expect(bad.buf.err).toContain('error TE612 Listed in manifest-sha256.txt but missing from the bag: data/CITATION.cff');
    expect(bad.buf.err).toContain('is NOT a valid bag');
  });

  it('rejects a malformed --doi as a usage error', async () => {
    const { o, buf } = io(tmpdir());
    expect(await main(['deposit', '--doi', 'not-a-doi'], o)).toBe(2);
    expect(buf.err).toContain('--doi must look like 10.1234/suffix');
  });
});
