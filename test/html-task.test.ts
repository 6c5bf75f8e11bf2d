import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadMemoSheet, renderPage, type PageInit } from '../src/parallel/html-task.ts';
import { teiHeaderDocument } from '../src/parallel/page-neighbour.ts';
import { pointedIds, registerSlices } from '../src/parallel/register-slices.ts';
import { readMemoInfo } from '../src/export/tei/memo-info.ts';
import { memoCslFromInfo } from '../src/export/citations/csl.ts';
import { readRegister } from '../src/export/tei/register.ts';
import type { EditionConfig } from '../src/edition.ts';

/**
 * A memo page in the build (src/parallel/html-task.ts) pastes register entries each thread rendered
 * once (memo.xsl te:prerender-entries) into the page; the page must be the one that renders every
 * entry itself, from the memo's slice of the register, whether the entries were rendered for this
 * page or for an earlier one.
 */

const FIX = new URL('./fixtures/render-html/', import.meta.url).pathname;
const memos = ['editorial.xml', 'second.xml', 'injection.xml'].map((f) => readFileSync(join(FIX, f), 'utf8'));
const register = readFileSync(join(FIX, 'register.xml'), 'utf8');
const base = { 'edition-title': 'Fixture <edition> & co', 'base-url': 'https://example.org/e', 'build-date': '2026-01-01' };

describe('memo pages with register entries rendered once per thread', () => {
  it('are the pages that render their entries themselves, with a cold and a warm entry cache', async () => {
    const sheet = await loadMemoSheet();
    const slices = registerSlices(register);
    const req = (i: number) => ({ id: `m${i}`, stem: `m${i}`, xml: memos[i]!, prev: memos[i - 1], next: memos[i + 1], csl: '[{"id":"x"}]' });
    const own = memos.map((x, i) => renderPage(sheet, { base }, { ...req(i), register: slices.mini(pointedIds(x)) }).html);
    // Not vacuous: the fixtures point to entries that are rendered beforehand.
    expect(memos.flatMap((x) => [...pointedIds(x)]).filter((id) => slices.sliceable(id)).length).toBeGreaterThan(3);
    expect(own[0]).toContain('<div class="entry-body"><p class="entry-name"><strong>Nikita Sergeyevich Khrushchev</strong>');
    expect(own[0]).toMatch(/<span class="entry-count"> \(1 mention here\)<\/span>[\s\S]*<span class="entry-count"> \([2-9] mentions here\)/);
    const init: PageInit = { base, register };
    for (const round of [1, 2]) {
      const pasted = memos.map((x, i) => renderPage(sheet, init, { ...req(i), ids: [...pointedIds(x)] }).html);
      expect(pasted, `round ${round}`).toEqual(own);
    }
    // Memos in another order: entries first rendered for another page.
    const reversed = memos.map((_, k) => memos.length - 1 - k).map((i) => renderPage(sheet, { base, register }, { ...req(i), ids: [...pointedIds(memos[i]!)] }).html);
    expect(reversed.reverse()).toEqual(own);
  });

  it('leaves entries to the page when an id could be found elsewhere in the register', () => {
    const nested = register.replace('<persName type="variant">Khrushchev</persName>', '<persName type="variant" xml:id="per-kotlik-adolf">Khrushchev</persName>');
    expect(registerSlices(register).sliceable('per-khrushchev-nikita')).toBe(true);
    expect(registerSlices(nested).sliceable('per-khrushchev-nikita')).toBe(false);
    expect(registerSlices(register).sliceable('per-nobody')).toBe(false);
  });
});

describe('the TEI header as a document (the citation of a memo page)', () => {
  const config = { title: 'E', baseUrl: 'https://example.org/e' } as EditionConfig;
  const csl = (xml: string) => {
    const { info } = readMemoInfo({ id: 'm', path: 'm.xml', stem: 'm', xml });
    return info && memoCslFromInfo(info, config, readRegister({ path: 'r.xml', xml: register }).entries);
  };

  it('gives the citation the whole memo gives', () => {
    // injection.xml starts with a comment: read whole (below).
    expect(teiHeaderDocument(memos[2]!)).toBeUndefined();
    for (const xml of memos.slice(0, 2)) {
      const header = teiHeaderDocument(xml)!;
      expect(header).toMatch(/<\/teiHeader><\/TEI>$/);
      expect(header).not.toMatch(/<text[\s>]/);
      expect(csl(header)).toEqual(csl(xml));
    }
  });

  it('is not cut from a document that a comment, DOCTYPE, CDATA section or PI could fake', () => {
    const x = memos[0]!;
    expect(teiHeaderDocument(x.replace('<teiHeader>', '<!-- c --><teiHeader>'))).toBeUndefined();
    expect(teiHeaderDocument(x.replace('</teiHeader>', '<!-- </teiHeader> --></teiHeader>'))).toBeUndefined();
    expect(teiHeaderDocument(x.replace('<TEI ', '<!DOCTYPE TEI [<!ENTITY e "x">]>\n<TEI '))).toBeUndefined();
    expect(teiHeaderDocument(x.replace('<teiHeader>', '<?pi x?><teiHeader>'))).toBeUndefined();
    expect(teiHeaderDocument(x.replace('<teiHeader>', '<teiHeader><![CDATA[x]]>'))).toBeUndefined();
    expect(teiHeaderDocument(x.replace('<teiHeader>', '<front/><teiHeader>'))).toBeUndefined();
  });
});
