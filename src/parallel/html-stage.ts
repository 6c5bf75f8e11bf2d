import type { StageContext, StageResult } from '../edition.ts';
import { renderSite } from '../render-html/render-site.ts';
import { renderMemoPages } from './html-pages.ts';

/**
 * The build's HTML stage: the memo pages (html-pages.ts), then renderSite for everything that
 * spans the edition (home, indexes, chronology, map, network, search, TEI copies, assets). Two
 * modules, two code digests (src/cache/digest.ts): an edit to the site's code keeps the memo pages.
 */
export async function renderHtml(ctx: StageContext): Promise<StageResult> {
  const pages = await renderMemoPages(ctx);
  const site = await renderSite(ctx, { memoPages: false });
  return { diagnostics: [...site.diagnostics, ...pages.diagnostics], written: [...pages.written, ...site.written] };
}
