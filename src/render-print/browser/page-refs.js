// Runs inside the print page, after paged.polyfill.js and before PagedPolyfill.preview().
//
// Index and chronology entries carry `data-pages="id1 id2 …"` (anchors in the documents). As pages
// are laid out this hook records the page of every anchor (`[data-pt]`); when the page holding the
// `[data-pages-ready]` marker (end of the last document) is done, it rewrites the not-yet-laid-out
// source entries into collapsed page lists ("3, 7–9"), each number a link to the first anchor on
// that page. Doing it before layout keeps the index's own pagination right; CSS target-counter()
// would re-scan every page for every reference (quadratic in Paged.js).
/* global Paged */
(() => {
  const pageOf = new Map();
  let source = null;
  let filled = false;

  /** Sorted unique pages → [[first, last, anchorId], …] runs of consecutive pages. */
  function runs(ids) {
    const first = new Map();
    for (const id of ids) {
      const p = pageOf.get(id);
      if (p !== undefined && !first.has(p)) first.set(p, id);
    }
    const pages = [...first.keys()].sort((a, b) => a - b);
    const out = [];
    for (const p of pages) {
      const last = out[out.length - 1];
      if (last && p === last[1] + 1) last[1] = p;
      else out.push([p, p, first.get(p)]);
    }
    return out;
  }

  function fill(root) {
    for (const el of root.querySelectorAll('[data-pages]')) {
      const ids = el.getAttribute('data-pages').split(/\s+/).filter(Boolean);
      const parts = [];
      for (const [a, b, id] of runs(ids)) {
        if (parts.length) parts.push(document.createTextNode(', '));
        const link = document.createElement('a');
        link.href = `#${id}`;
        link.textContent = a === b ? String(a) : `${a}–${b}`;
        parts.push(link);
      }
      el.replaceChildren(...parts);
      el.removeAttribute('data-pages');
    }
  }

  class PageRefs extends Paged.Handler {
    afterParsed(parsed) {
      source = parsed;
    }

    afterPageLayout(pageElement) {
      const n = Number(pageElement.dataset.pageNumber);
      for (const el of pageElement.querySelectorAll('[data-pt][id]')) {
        if (!pageOf.has(el.id)) pageOf.set(el.id, n);
      }
      if (!filled && source && pageElement.querySelector('[data-pages-ready]')) {
        filled = true;
        fill(source);
      }
    }

    afterRendered(pages) {
      // No marker laid out (e.g. an offprint): fill what is on the pages, so no entry stays empty.
      if (!filled) {
        filled = true;
        for (const page of pages) fill(page.element);
      }
      // Paged.js names footnotes "note-<random UUID>" and Chromium writes link targets into the
      // PDF by id: number them in reading order so the same book gives the same bytes.
      let n = 0;
      for (const call of document.querySelectorAll('a[href^="#note-"]')) {
        const target = document.getElementById(call.getAttribute('href').slice(1));
        const id = `footnote-${++n}`;
        if (target) target.id = id;
        call.setAttribute('href', `#${id}`);
      }
      window.__teiEditionPages = Object.fromEntries(pageOf);
    }
  }

  Paged.registerHandlers(PageRefs);
})();
