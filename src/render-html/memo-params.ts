import { scriptSafe } from './xml.ts';

/**
 * The memo.xsl parameters of one memo page besides baseParams and the register: navigation and
 * links. Shared with the build's per-memo renderer (src/parallel/html-pages.ts).
 */
export function memoPageParams(m: { id: string; stem: string }, prev: unknown, next: unknown, opts: { cslJson?: Map<string, string>; citationsDir?: string } = {}): Record<string, unknown> {
  const csl = opts.cslJson?.get(m.id) ?? opts.cslJson?.get(m.stem);
  return {
    ...(prev !== undefined ? { prev } : {}),
    ...(next !== undefined ? { next } : {}),
    'tei-href': `../tei/${m.stem}.xml`,
    'csl-json': csl ? scriptSafe(csl) : '',
    'citations-href': opts.citationsDir ? `../${opts.citationsDir.replace(/^\/+|\/+$/g, '')}/${m.id}` : '',
  };
}
