import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  compileStylesheet,
  loadStylesheet,
  parseXml,
  stylesheetHash,
  stylesheetModules,
  transform,
  XsltCompileError,
  XsltRunError,
} from '../src/run-xslt/index.ts';

const FIX = new URL('./fixtures/run-xslt/', import.meta.url).pathname;

/** A private copy of the fixture stylesheets, so editing them cannot disturb other tests. */
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

function scratch() {
  const dir = mkdtempSync(join(tmpdir(), 'run-xslt-'));
  made.push(dir);
  for (const f of ['main.xsl', 'part.xsl']) copyFileSync(join(FIX, f), join(dir, f));
  return { dir, xsl: join(dir, 'main.xsl'), cache: join(dir, 'cache') };
}

describe('run-xslt', () => {
  it('finds included modules and hashes them', () => {
    const { dir, xsl } = scratch();
    expect(stylesheetModules(xsl)).toEqual([join(dir, 'main.xsl'), join(dir, 'part.xsl')]);
    const before = stylesheetHash(xsl);
    writeFileSync(join(dir, 'part.xsl'), readFileSync(join(dir, 'part.xsl'), 'utf8').replace('<b>', '<strong>').replace('</b>', '</strong>'));
    expect(stylesheetHash(xsl)).not.toBe(before);
  });

  it('compiles on a miss, reuses the SEF on a hit, recompiles when an include changes', async () => {
    const { dir, xsl, cache } = scratch();
    const first = await compileStylesheet(xsl, { cacheDir: cache });
    expect(first.cacheHit).toBe(false);
    expect(first.sefPath).toMatch(/\/run-xslt-\w+-main-[0-9a-f]{16}\.sef\.json$/);
    const second = await compileStylesheet(xsl, { cacheDir: cache });
    expect(second).toEqual({ sefPath: first.sefPath, cacheHit: true });
    writeFileSync(join(dir, 'part.xsl'), readFileSync(join(dir, 'part.xsl'), 'utf8').replace('<b>', '<i>').replace('</b>', '</i>'));
    const third = await compileStylesheet(xsl, { cacheDir: cache });
    expect(third.cacheHit).toBe(false);
    expect(third.sefPath).not.toBe(first.sefPath);
    expect(existsSync(first.sefPath), 'the outdated SEF is pruned').toBe(false);
    expect(readdirSync(cache).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('transforms with params and delivers result documents in memory', async () => {
    const { xsl, cache } = scratch();
    const ss = await loadStylesheet(xsl, { cacheDir: cache });
    expect(await loadStylesheet(xsl, { cacheDir: cache })).toBe(ss);
    const r = transform(ss, {
      sourceText: '<r><word>a &lt;script&gt;</word></r>',
      params: { greeting: 'hi <there>', extra: parseXml('<list><item/><item/></list>') },
    });
    expect(r.principal).toContain('<p class="greeting">hi &lt;there&gt;</p>');
    expect(r.principal).toContain('<p class="extra">2</p>');
    expect(r.principal).toContain('<b>a &lt;script&gt;</b>');
    expect([...r.documents.keys()]).toEqual(['sub/page.html']);
    expect(r.documents.get('sub/page.html')).toContain('<p>a &lt;script&gt;</p>');
    const defaults = transform(ss, { sourceText: '<r/>' });
    expect(defaults.principal).toContain('<p class="greeting">hello</p>');
    expect(transform(ss, { initialTemplate: 'main' }).principal).toContain('<p>named</p>');
  });

  it('reports static and dynamic errors as typed errors', async () => {
    const { dir, xsl, cache } = scratch();
    const ss = await loadStylesheet(xsl, { cacheDir: cache });
    expect(() => transform(ss, { sourceText: '<r><fail/></r>' })).toThrow(XsltRunError);
    writeFileSync(join(dir, 'bad.xsl'), '<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"><xsl:template match="/"><xsl:value-of select="1 +"/></xsl:template></xsl:stylesheet>');
    await expect(loadStylesheet(join(dir, 'bad.xsl'), { cacheDir: cache })).rejects.toBeInstanceOf(XsltCompileError);
    await expect(loadStylesheet(join(dir, 'missing.xsl'), { cacheDir: cache })).rejects.toBeInstanceOf(XsltCompileError);
  });
});
