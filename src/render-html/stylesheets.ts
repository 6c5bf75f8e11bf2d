import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const XSLT = resolve(fileURLToPath(new URL('../../xslt/html/', import.meta.url)));

/** The HTML edition's entry stylesheets (the site, per-memo pages and per-memo facts). */
export const HTML_STYLESHEETS = { dir: XSLT, memo: join(XSLT, 'memo.xsl'), site: join(XSLT, 'site.xsl'), facts: join(XSLT, 'facts.xsl') };
