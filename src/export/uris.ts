import type { EditionConfig } from '../edition.ts';
import type { EntityKind } from './tei/memo-info.ts';

/** The edition's URIs (contract: memo = baseUrl/memo/<id>.html, paragraph = memo URI + #pid). */
export function baseUrl(config: EditionConfig): string {
  return config.baseUrl.replace(/\/+$/, '');
}

export const memoUri = (c: EditionConfig, memoId: string): string => `${baseUrl(c)}/memo/${memoId}.html`;

export const paragraphUri = (c: EditionConfig, memoId: string, pid: string): string => `${memoUri(c, memoId)}#${pid}`;

const PAGE: Record<EntityKind, string> = { person: 'persons.html', place: 'places.html', org: 'orgs.html' };

export const entityUri = (c: EditionConfig, kind: EntityKind, registerId: string): string =>
  `${baseUrl(c)}/${PAGE[kind]}#${registerId}`;

/** Download copy of a memo's TEI in the site (html/tei/<stem>.xml). */
export const teiUri = (c: EditionConfig, stem: string): string => `${baseUrl(c)}/tei/${stem}.xml`;

/** Where output/dts is published; `dtsBase` overrides `${baseUrl}/dts`. */
export const dtsBase = (c: EditionConfig, override?: string): string => (override ?? `${baseUrl(c)}/dts`).replace(/\/+$/, '');
