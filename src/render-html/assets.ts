import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const here = (f: string) => new URL(`./assets/${f}`, import.meta.url);

/**
 * The site's static files (html/assets/…): our CSS and JS, minisearch's browser build, and the
 * EB Garamond web fonts (SIL OFL) so the site looks the same offline. Vendor files are read once per
 * process; our own are re-read each time, so `serve` picks up edits to them.
 */
let vendor: [string, Buffer][] | undefined;

export function siteAssets(): Map<string, Buffer> {
  vendor ??= vendorAssets();
  return new Map<string, Buffer>([
    ['assets/edition.css', readFileSync(here('edition.css'))],
    ['assets/edition.js', readFileSync(here('edition.js'))],
    ['assets/search.js', readFileSync(here('search.js'))],
    ...vendor,
  ]);
}

function vendorAssets(): [string, Buffer][] {
  const fonts = ['latin-400-normal', 'latin-400-italic', 'latin-600-normal', 'latin-ext-400-normal', 'latin-ext-400-italic', 'latin-ext-600-normal'];
  return [
    // The UMD build is not in minisearch's "exports"; it sits next to the CJS entry.
    ['assets/minisearch.js', readFileSync(join(dirname(require.resolve('minisearch')), '..', 'umd', 'index.js'))],
    ...fonts.map((f): [string, Buffer] => [
      `assets/fonts/eb-garamond-${f}.woff2`,
      readFileSync(require.resolve(`@fontsource/eb-garamond/files/eb-garamond-${f}.woff2`)),
    ]),
  ];
}
