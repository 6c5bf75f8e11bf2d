import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Diagnostic, diagnostic } from '../diagnostics/diagnostic.ts';
import type { StageContext, StageResult, TeiDoc } from '../edition.ts';
import { codeDigest, sha256hex, stableJson } from '../cache/digest.ts';
import { BlobStore } from '../cache/store.ts';
import { StatIndex } from '../cache/stat-index.ts';
import { baseParams } from '../render-html/params.ts';
import { memoCslFromInfo } from '../export/citations/csl.ts';
import { readMemoInfo } from '../export/tei/memo-info.ts';
import { readRegister } from '../export/tei/register.ts';
import { sha256 } from '../write-output.ts';
import { type Executor, createExecutor, orderedMap, runOrLocal } from './pool.ts';
import type { Stylesheet } from '../run-xslt/index.ts';
import { docFacts, runtimeOf } from './runtime.ts';
import { type PageInit, type PageRequest, type PageResult, loadMemoSheet, renderPage } from './html-task.ts';
import { editionSlices, pointedIds } from './register-slices.ts';
import { neighbourDigest, teiHeaderDocument } from './page-neighbour.ts';
import { writeHtmlFile } from '../render-html/write-html.ts';
import { trace } from '../progress/trace.ts';

/**
 * The build's memo pages, one by one (worker threads, cached by content, written as they come, so
 * memory holds a window of pages); html-stage.ts runs them, then the site.
 *
 * A page depends on the memo's TEI, its neighbours' TEI (prev/next links), the register entries it
 * points to, the edition parameters and the stylesheets (in the code digest); that is its cache key.
 */

const TASK = fileURLToPath(new URL('./html-task.ts', import.meta.url));

interface Page { doc: TeiDoc; key: string; rel: string; ids: () => Set<string>; state: 'fresh' | 'cached' | 'render' }

/** Pages to render below which the build's own thread renders them (threads start in about a second). */
const MIN_PARALLEL = 12;

export async function renderMemoPages(ctx: StageContext): Promise<StageResult> {
  const rt = runtimeOf(ctx);
  const store = rt.cacheDir ? new BlobStore(rt.cacheDir) : undefined;
  const stat = new StatIndex(rt.cacheDir, 'html-pages', ctx.outDir);
  const diagnostics: Diagnostic[] = [];
  const written: string[] = [];
  const init: PageInit = { base: baseParams(ctx), register: ctx.register.xml };
  const entries = editionSlices(ctx.register.xml);
  // The config is in the key for the citation a reference manager reads from the page (CSL-JSON),
  // a function of the TEI, the config and the register entries the TEI points to.
  const base = sha256hex(codeDigest('html'), 'html-memo', stableJson(init.base), stableJson(ctx.config));
  let docs = [...ctx.memos];
  // Computed for the pages rendered only (it parses the TEI header: the citation is made of the
  // header; the whole memo when it cannot be cut), from the memo's slice of the register: the
  // entries of its authors and translators, the only ones a citation looks up.
  const cslOf = (d: TeiDoc, ids: Set<string>): string => {
    const header = teiHeaderDocument(d.xml);
    const { info } = readMemoInfo(header === undefined ? d : { ...d, xml: header });
    if (!info) return '';
    const agents = new Set([...info.authors, ...info.translators].map((a) => a.id).filter((id): id is string => id !== undefined && ids.has(id)));
    const register = agents.size ? readRegister({ path: ctx.register.path, xml: entries.mini(agents) ?? '' }).entries : new Map<string, never>();
    return JSON.stringify([memoCslFromInfo(info, ctx.config, register)]);
  };
  const hashOf = (d: TeiDoc) => docFacts(d)?.hash ?? sha256(d.xml);
  // A page shows of its neighbours only their id, title and date (page-neighbour.ts).
  const navOf = (d: TeiDoc) => docFacts(d)?.navHash ?? neighbourDigest(d.xml);
  // Memos whose TEI saxon cannot parse are not in renderSite's sequence either: their neighbours link past them.
  const unreadable = new Set<string>();
  let exec: Executor<PageRequest, PageResult> | undefined;
  let sheet: Stylesheet | undefined;
  try {
    for (let round = 0; round < 3; round++) {
      const hashes = docs.map(hashOf);
      const navs = docs.map(navOf);
      const pages: Page[] = docs.map((doc, i) => {
        // Generated TEI points to the register only through ref="per:…" (the build knows them); a hand-edited file may use any form.
        const refs = docFacts(doc)?.refs;
        const ids = refs ? () => new Set(refs) : () => pointedIds(doc.xml);
        const key = sha256hex(base, doc.id, doc.stem, hashes[i]!, navs[i - 1] ?? '', navs[i + 1] ?? '', refs ? entries.digestOf(refs) : entries.digest(ids()));
        const rel = `html/memo/${doc.id}.html`;
        const state = stat.fresh(rel, key) ? 'fresh' : store && existsSync(store.path('html', key, 'html')) ? 'cached' : 'render';
        return { doc, key, rel, ids, state };
      });
      trace('memo pages: keys and stats');
      // Threads only pay off for many pages (each loads the stylesheet); an incremental build renders a few here.
      const toRender = pages.filter((p) => p.state === 'render').length;
      if (!exec && rt.jobs > 1 && toRender >= MIN_PARALLEL) exec = createExecutor<PageInit, PageRequest, PageResult>({ module: TASK, init, jobs: Math.min(rt.jobs, Math.ceil(toRender / 4)) });
      if (!exec && toRender) sheet ??= await loadMemoSheet();
      const local = async (req: PageRequest) => renderPage((sheet ??= await loadMemoSheet()), init, req);
      const render = (req: PageRequest): Promise<PageResult> => runOrLocal(exec, req, local, (r) => r);
      const before = unreadable.size;
      let done = 0;
      await orderedMap(
        pages,
        (p, i): PageResult | undefined | Promise<PageResult> => {
          if (p.state === 'fresh') return undefined;
          const cached = p.state === 'cached' ? store!.readText('html', p.key, 'html') : undefined;
          if (cached !== undefined) return { html: cached };
          const ids = p.ids();
          return render({ id: p.doc.id, stem: p.doc.stem, xml: p.doc.xml, prev: docs[i - 1]?.xml, next: docs[i + 1]?.xml, ids: [...ids], csl: cslOf(p.doc, ids) });
        },
        (r, i) => {
          const p = pages[i]!;
          rt.onProgress?.({ stage: 'html', done: ++done, total: pages.length });
          if (!r) return;
          if (r.unreadable) unreadable.add(p.doc.path);
          else if (r.error) diagnostics.push(diagnostic('TE504', { file: p.doc.path, message: `HTML stylesheet failed: ${r.error}` }));
          else if (r.html !== undefined) {
            if (p.state === 'render') store?.write('html', p.key, r.html, 'html');
            if (writePage(ctx.outDir, p.rel, r.html, diagnostics)) written.push(p.rel);
            stat.record(p.rel, p.key);
          }
        },
        exec ? exec.threads * 3 : 1,
      );
      trace('memo pages: rendered');
      if (unreadable.size === before) break;
      // Render again the pages whose neighbours change once unreadable memos are left out (rare: hand-edited TEI without validation).
      docs = ctx.memos.filter((d) => !unreadable.has(d.path));
    }
  } finally {
    await exec?.close();
  }
  for (const path of unreadable) {
    const doc = ctx.memos.find((d) => d.path === path);
    if (doc) rmSync(join(ctx.outDir, 'html', 'memo', `${doc.id}.html`), { force: true });
  }
  stat.save();
  return { diagnostics, written };
}

function writePage(outDir: string, rel: string, html: string, diagnostics: Diagnostic[]): boolean {
  return writeHtmlFile(join(outDir, rel), html, diagnostics) === 'written';
}
