import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { neighbourSkeleton } from '../src/parallel/page-neighbour.ts';
import { loadMemoSheet, renderPage } from '../src/parallel/html-task.ts';

/**
 * A memo page reads its neighbours' id, title and date only, from a skeleton document cut out of
 * their TEI (src/parallel/page-neighbour.ts); the page must be the one the whole TEI gives.
 */

const FIX = new URL('./fixtures/render-html/', import.meta.url).pathname;
const editorial = readFileSync(join(FIX, 'editorial.xml'), 'utf8');
const second = readFileSync(join(FIX, 'second.xml'), 'utf8');

const TEI = (header: string, text = '<text><body><div><p>x</p></div></body></text>') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="memo-x">${header}${text}</TEI>`;

/** The prev/next links of a page whose neighbours are `prev` and `next`. */
async function links(prev: string, next: string): Promise<string> {
  const sheet = await loadMemoSheet();
  const html = renderPage(sheet, { base: {} }, { id: 'm', stem: 'm', xml: second, prev, next }).html ?? '';
  return /<nav class="prev-next"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
}

describe('neighbour skeleton', () => {
  it('keeps the root tag, the titles and the creation date, and nothing of the text', () => {
    const s = neighbourSkeleton(editorial)!;
    expect(s).toMatch(/^<TEI [^>]*xml:id="memo-1964-02-26-editorial"/);
    expect(s).toContain('<titleStmt><title');
    expect(s).toContain('<creation><date');
    expect(s).not.toContain('<body>');
    expect(s.length).toBeLessThan(editorial.length / 5);
  });

  it('takes the dateline date when the header has no creation date, with its markup and entities', () => {
    const xml = TEI(
      '<teiHeader><fileDesc><titleStmt><title type="sub">Sub</title><title type="main">A <hi>memo</hi> &amp; a &#x2014; note</title></titleStmt></fileDesc></teiHeader>',
      '<text><body><div><opener><dateline>Pyongyang, <date when="1963-11">November <hi>1963</hi></date></dateline></opener><p>x</p></div></body></text>',
    );
    const s = neighbourSkeleton(xml)!;
    expect(s).toContain('<title type="main">A <hi>memo</hi> &amp; a &#x2014; note</title>');
    expect(s).toContain('<text><body><opener><dateline><date when="1963-11">November <hi>1963</hi></date></dateline></opener></body></text>');
  });

  it('declines documents it cannot cut safely (the whole TEI is parsed instead)', () => {
    expect(neighbourSkeleton(TEI('<!-- a comment --><teiHeader/>'))).toBeUndefined();
    expect(neighbourSkeleton(`<!DOCTYPE TEI [<!ENTITY x "y">]>${TEI('<teiHeader/>')}`)).toBeUndefined();
    expect(neighbourSkeleton(TEI('<teiHeader><fileDesc><titleStmt><title><![CDATA[a]]></title></titleStmt></fileDesc></teiHeader>'))).toBeUndefined();
    expect(neighbourSkeleton('<tei:TEI xmlns:tei="http://www.tei-c.org/ns/1.0"><tei:teiHeader/></tei:TEI>')).toBeUndefined();
    expect(neighbourSkeleton('<TEI xmlns="urn:other"><teiHeader/></TEI>')).toBeUndefined();
    expect(neighbourSkeleton(TEI('<teiHeader><fileDesc><titleStmt><title>a</titleStmt></fileDesc></teiHeader>'))).toBeUndefined();
  });

  it('gives the prev/next links the whole TEI gives', async () => {
    const hand = TEI(
      '<teiHeader><fileDesc><titleStmt><title>  Plain   title </title></titleStmt></fileDesc></teiHeader>',
      '<text><body><div><opener><dateline><date when="1963-11-29"/></dateline></opener><p>x</p></div></body></text>',
    );
    const cases: [string, string][] = [[editorial, hand], [hand, editorial], [TEI('<!-- c --><teiHeader/>'), second]];
    for (const [prev, next] of cases) {
      const got = await links(prev, next);
      expect(got).toContain('rel="prev"');
      // The same page with neighbours that cannot be cut (a comment after the root tag): parsed whole.
      const whole = await links(prev.replace('<teiHeader', '<!-- whole --><teiHeader'), next.replace('<teiHeader', '<!-- whole --><teiHeader'));
      expect(got).toBe(whole);
    }
    expect(await links(hand, editorial)).toContain('29 November 1963: Plain title');
  });
});
