import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildEdition } from '../src/build-edition.ts';
import { renderSite } from '../src/render-html/index.ts';

// The real pipeline on the two seed memos of the default corpus: converter → TEI → HTML site.
const CONFIG = new URL('../corpus/edition.json', import.meta.url).pathname;
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SHOTS = process.env.UPDATE_SCREENSHOTS === '1' ? new URL('../docs/img/', import.meta.url).pathname : undefined;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.xml': 'application/xml', '.woff2': 'font/woff2',
};

let server: Server;
let base: string;
let browser: Browser;
let memoIds: string[];
let out: string;

/** A tiny static server on 127.0.0.1, like any web host: files only, query strings ignored. */
function serve(root: string): Promise<string> {
  server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = await readFile(join(root, path.endsWith('/') ? `${path}index.html` : path));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(`http://127.0.0.1:${(server.address() as { port: number }).port}`)));
}

/** A page that records console errors and uncaught exceptions. */
async function open(ctx: BrowserContext, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(base + url);
  return { page, errors };
}

async function axeSerious(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, where: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}) at ${v.where.join(', ')}`);
}

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'browser-'));
  const built = await buildEdition({ config: CONFIG, out, stages: [], env: { SOURCE_DATE_EPOCH: '1795651200' } });
  if (!built.context) throw new Error(built.diagnostics.map((d) => d.message).join('\n'));
  memoIds = built.context.memos.map((m) => m.id);
  const r = await renderSite(built.context);
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  base = await serve(join(out, 'html'));
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('the HTML edition in Chromium', () => {
  it('shows the register entry on hover and on keyboard focus, and links to the index', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const { page, errors } = await open(ctx, `/memo/${memoIds[1]}.html`);
    const pop = page.locator('#entity-popover');
    const mention = page.locator('.reading-text a.ent-person').first();
    const ref = (await mention.getAttribute('data-ref'))!;
    const name = (await page.locator(`#entry-${ref} .entry-name strong`).textContent())!;
    expect(name.length).toBeGreaterThan(0);

    await mention.hover();
    await expect.poll(() => pop.isVisible()).toBe(true);
    expect(await pop.textContent()).toContain(name);
    expect(await mention.getAttribute('aria-describedby')).toBe('entity-popover');
    await page.mouse.move(0, 0);
    await expect.poll(() => pop.isVisible()).toBe(false);

    // Keyboard: Tab from the skip link through the page until a mention has focus.
    await page.keyboard.press('Tab');
    for (let i = 0; i < 80; i++) {
      if (await page.evaluate(() => document.activeElement?.classList.contains('ent') ?? false)) break;
      await page.keyboard.press('Tab');
    }
    const focusedRef = await page.evaluate(() => document.activeElement?.getAttribute('data-ref'));
    const focusedHref = (await page.evaluate(() => document.activeElement?.getAttribute('href')))!;
    expect(focusedRef).toBeTruthy();
    await expect.poll(() => pop.isVisible()).toBe(true);
    const focusedName = await page.locator(`#entry-${focusedRef} .entry-name strong`).textContent();
    expect(await pop.textContent()).toContain(focusedName);
    await page.keyboard.press('Escape');
    await expect.poll(() => pop.isVisible()).toBe(false);

    await page.keyboard.press('Enter');
    expect(focusedHref).toMatch(new RegExp(`^\\.\\./(persons|places|orgs)\\.html#${focusedRef}$`));
    await page.waitForURL(`${base}/${focusedHref.slice(3)}`);
    const entry = page.locator(`section.index-entry[id="${focusedRef}"]`);
    expect(await entry.evaluate((el) => el.matches(':target'))).toBe(true);
    expect(await entry.locator('h2').textContent()).toBe(focusedName);
    expect(await entry.locator('ol.kwic li').count()).toBeGreaterThan(0);
    if (SHOTS) {
      // README screenshots (docs/img/): a memo page with a popover open, and an index page.
      mkdirSync(SHOTS, { recursive: true });
      await page.goto(`${base}/memo/${memoIds[1]}.html`);
      await mention.hover();
      await expect.poll(() => pop.isVisible()).toBe(true);
      await page.screenshot({ path: join(SHOTS, 'html-memo.png') });
      await page.goto(`${base}/persons.html`);
      await page.screenshot({ path: join(SHOTS, 'html-index.png') });
    }
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('searches a word and lands on the paragraph', async () => {
    const ctx = await browser.newContext();
    const { page, errors } = await open(ctx, '/index.html');
    await page.fill('#site-q', 'harvest');
    await page.press('#site-q', 'Enter');
    await page.waitForURL(/search\.html\?q=harvest/);
    const first = page.locator('#search-results li a').first();
    await first.waitFor();
    expect(await page.locator('#search-status').textContent()).toMatch(/^\d+ paragraphs? for “harvest”/);
    expect(await page.locator('#search-results mark').first().textContent()).toMatch(/^harvest/i);
    const href = (await first.getAttribute('href'))!;
    expect(href).toMatch(/^memo\/memo-[\w-]+\.html#memo-[\w-]+-p-\w+$/);
    await first.click();
    await page.waitForURL((u) => u.hash.length > 1);
    const target = page.locator(':target');
    expect(await target.getAttribute('id')).toBe(href.split('#')[1]);
    expect((await target.textContent())!.toLowerCase()).toContain('harvest');
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('filters search results by person', async () => {
    const ctx = await browser.newContext();
    const { page, errors } = await open(ctx, '/search.html');
    const option = page.locator('#f-person option').nth(1);
    const person = (await option.getAttribute('value'))!;
    await page.selectOption('#f-person', person);
    await page.click('#search-form button[type=submit]');
    await page.locator('#search-results li').first().waitFor();
    expect(page.url()).toContain(`person=${person}`);
    // Every hit's paragraph mentions that person.
    const hrefs = await page.locator('#search-results li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    const hit = await open(ctx, `/${hrefs[0]}`);
    const pid = hrefs[0]!.split('#')[1]!;
    const refs = pid === 'summary'
      ? await hit.page.locator('#summary a.ent').evaluateAll((as) => as.map((a) => a.getAttribute('data-ref')))
      : await hit.page.locator(`[id="${pid}"] a.ent`).evaluateAll((as) => as.map((a) => a.getAttribute('data-ref')));
    expect(refs).toContain(person);
    expect([...errors, ...hit.errors]).toEqual([]);
    await ctx.close();
  });

  it('copies a paragraph citation to the clipboard', async () => {
    const ctx = await browser.newContext();
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    const { page, errors } = await open(ctx, `/memo/${memoIds[0]}.html`);
    const button = page.locator('button.cite-para').first();
    await expect.poll(() => button.isVisible()).toBe(true);
    const citation = (await button.getAttribute('data-citation'))!;
    const pid = await button.evaluate((b) => b.closest('p')!.id);
    expect(citation).toContain(`/memo/${memoIds[0]}.html#${pid}`);
    await button.click();
    await expect.poll(() => button.getAttribute('data-copied')).toBe('true');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(citation);
    expect(await page.locator('#copy-status').textContent()).toContain('Citation copied');
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('filters the memo list on the home page, and reads without JavaScript', async () => {
    const ctx = await browser.newContext();
    const { page, errors } = await open(ctx, '/index.html');
    const items = page.locator('#memo-list li.memo-item');
    expect(await items.count()).toBe(memoIds.length);
    await expect.poll(() => page.locator('#memo-filters').isVisible()).toBe(true);
    await page.selectOption('#sort-memos', '-date');
    const dates = await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-date')));
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates[0]).not.toBe(dates[dates.length - 1]);
    const only = (await items.first().getAttribute('data-persons'))!.split(' ').find((p) => p)!;
    await page.selectOption('#filter-person', only);
    expect(await page.locator('#memo-list li.memo-item:not([hidden])').count()).toBeGreaterThan(0);
    expect(await page.locator('#filter-status').textContent()).toMatch(/of \d+ memos shown/);
    expect(errors).toEqual([]);
    await ctx.close();

    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const plain = await open(noJs, `/memo/${memoIds[0]}.html`);
    expect(await plain.page.locator('.reading-text p.para').count()).toBeGreaterThan(3);
    const link = plain.page.locator('.reading-text a.ent').first();
    expect(await link.getAttribute('href')).toMatch(/^\.\.\/(persons|places|orgs)\.html#(per|pla|org)-/);
    expect(await plain.page.locator('a[rel="next"], a[rel="prev"]').count()).toBe(1);
    // Abbreviations expand on demand without JS (a checkbox and CSS :has()).
    const abbr = plain.page.locator('.reading-text .choice-abbr').first();
    expect(await abbr.locator('.expan').isVisible()).toBe(false);
    await plain.page.check('#opt-expan');
    expect(await abbr.locator('.expan').isVisible()).toBe(true);
    expect(await abbr.locator('.abbr').isVisible()).toBe(false);
    expect(plain.errors).toEqual([]);
    await noJs.close();
  });

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    const ctx = await browser.newContext();
    const found: Record<string, string[]> = {};
    for (const url of ['/index.html', `/memo/${memoIds[0]}.html`, '/persons.html', '/search.html?q=ambassador', '/chronology.html', '/map.html', '/network.html']) {
      const { page, errors } = await open(ctx, url);
      if (url.startsWith('/search')) await page.locator('#search-results li').first().waitFor();
      found[url] = [...(await axeSerious(page)), ...errors.map((e) => `console: ${e}`)];
      await page.close();
    }
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
    // The check itself can fail: an image without a text alternative is a critical violation.
    const { page } = await open(ctx, '/index.html');
    await page.evaluate(() => document.querySelector('main')!.append(Object.assign(document.createElement('img'), { src: 'data:,' })));
    expect((await axeSerious(page)).join()).toContain('image-alt (critical)');
    await ctx.close();
  });
});

describe('a large edition in Chromium (split pages, search index in shards)', () => {
  it('searches over the shards from disk (file://) with the results of the single index', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'browser-split-'));
    try {
      const built = await buildEdition({ config: CONFIG, out: dir, stages: [], env: { SOURCE_DATE_EPOCH: '1795651200' } });
      const r = await renderSite(built.context!, { largeEdition: 0, splitLimits: { searchMemos: 1, memos: 1, events: 5 } });
      expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const site = join(dir, 'html');
      expect(readFileSync(join(site, 'search.html'), 'utf8')).toContain('"shards":["search/0000.js","search/0001.js"]');
      const ctx = await browser.newContext();
      const results = async (url: string) => {
        const page = await ctx.newPage();
        const errors: string[] = [];
        page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto(url);
        await page.locator('#search-results li').first().waitFor();
        const hrefs = await page.locator('#search-results li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        const status = await page.locator('#search-status').textContent();
        await page.close();
        expect(errors).toEqual([]);
        return { hrefs, status };
      };
      // The shards are loaded only once the reader searches.
      const idle = await ctx.newPage();
      await idle.goto(`file://${join(site, 'search.html')}`);
      expect(await idle.evaluate(() => document.querySelectorAll('script[src^="search/"]').length)).toBe(0);
      await idle.close();
      for (const q of ['harvest', 'ambassador']) {
        const split = await results(`file://${join(site, 'search.html')}?q=${q}`);
        const whole = await results(`${base}/search.html?q=${q}`);
        expect(split.hrefs.length).toBeGreaterThan(0);
        expect(split).toEqual(whole);
      }
      // From the overview to an entry's mentions on its letter page.
      const page = await ctx.newPage();
      await page.goto(`file://${join(site, 'persons.html')}`);
      const entry = page.locator('ul.index-overview li a').first();
      const href = (await entry.getAttribute('href'))!;
      await entry.click();
      await page.waitForURL((u) => u.hash.length > 1);
      expect(await page.locator(':target').getAttribute('id')).toBe(href.split('#')[1]);
      expect(await page.locator(':target ol.kwic li').count()).toBeGreaterThan(0);
      await page.close();
      // The overviews and parts are as accessible as the single pages.
      const { readdirSync } = await import('node:fs');
      const found: Record<string, string[]> = {};
      for (const f of ['index.html', 'persons.html', 'chronology.html', ...readdirSync(site).filter((x) => /^(memos|persons|chronology)-.*\.html$/.test(x)).slice(0, 6)]) {
        const p = await ctx.newPage();
        await p.goto(`file://${join(site, f)}`);
        found[f] = await axeSerious(p);
        await p.close();
      }
      expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
      await ctx.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('hostile memo text in Chromium', () => {
  it('renders every script, handler and javascript: payload as text: no dialog opens on any page', async () => {
    const { cpSync, readdirSync, writeFileSync } = await import('node:fs');
    const dir = mkdtempSync(join(tmpdir(), 'xss-'));
    mkdirSync(join(dir, 'memos'));
    for (const f of ['archive-page-payloads.txt', 'transcription-payloads.md']) cpSync(new URL(`./fixtures/robustness/xss/${f}`, import.meta.url).pathname, join(dir, 'memos', f));
    writeFileSync(join(dir, 'edition.json'), JSON.stringify({ title: 'XSS <script>alert("xss-title")</script>', memos: ['memos'], register: [new URL('../corpus/register', import.meta.url).pathname], output: 'out', date: '2026-11-22' }));
    const built = await buildEdition({ config: join(dir, 'edition.json'), stages: [] });
    expect(built.context!.memos).toHaveLength(2);
    await renderSite(built.context!);
    const site = join(dir, 'out', 'html');
    const pages = [...readdirSync(site).filter((f) => f.endsWith('.html')), ...readdirSync(join(site, 'memo')).map((f) => `memo/${f}`)];
    expect(pages.length).toBeGreaterThan(5);
    const ctx = await browser.newContext();
    const dialogs: string[] = [];
    for (const p of pages) {
      const page = await ctx.newPage();
      page.on('dialog', async (d) => {
        dialogs.push(`${p}: ${d.message()}`);
        await d.dismiss();
      });
      await page.goto(`file://${join(site, p)}`);
      expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count(), p).toBe(1);
      // Hover and focus every mention so popovers built from register text open too.
      for (const m of (await page.locator('[data-ref], .entity, a.mention').all()).slice(0, 40)) {
        await m.hover().catch(() => {});
        await m.focus().catch(() => {});
      }
      await page.close();
    }
    await ctx.close();
    expect(dialogs).toEqual([]);
    // The payload really is in the pages, as text.
    const memoHtml = readFileSync(join(site, pages.find((p) => p.startsWith('memo/'))!), 'utf8');
    expect(memoHtml).toContain('&lt;script&gt;alert(');
  });
});
