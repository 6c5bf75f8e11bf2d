import type { EditionConfig } from '../../edition.ts';
import type { MemoInfo, Paragraph } from '../tei/memo-info.ts';
import { memoUri, teiUri } from '../uris.ts';

/**
 * DTS 1.0 JSON-LD objects for the static (Level 0) layout. Paths use RFC 6570 path expansions
 * instead of query strings, so a plain web server answers every template:
 *   collection BASE/collection{/id,nav}.json
 *   navigation BASE/navigation{/resource,ref}{;down}.json
 *   document   BASE/document{/resource,ref}.xml
 */
export const DTS_CONTEXT = 'https://dtsapi.org/context/v1.0.json';
export const DTS_VERSION = '1.0';
export const EDITION_ID = 'edition';

export type Json = Record<string, unknown>;

export const templates = (base: string) => ({
  collection: `${base}/collection{/id,nav}.json`,
  navigation: `${base}/navigation{/resource,ref}{;down}.json`,
  document: `${base}/document{/resource,ref}.xml`,
});

export function entryPoint(base: string): Json {
  return {
    '@context': DTS_CONTEXT,
    dtsVersion: DTS_VERSION,
    '@id': `${base}/index.json`,
    '@type': 'EntryPoint',
    ...templates(base),
  };
}

/** One tree, so it carries no identifier (DTS 1.0: a single CitationTree MUST NOT have one). */
export const CITATION_TREES = [
  { '@type': 'CitationTree', citeStructure: [{ '@type': 'CiteStructure', citeType: 'paragraph' }] },
];

const lit = (lang: string, value: string) => [{ lang, value }];

export function editionCollection(base: string, config: EditionConfig, date: string, memoCount: number): Json {
  const dc: Json = {
    title: lit(config.language, config.title),
    creator: config.editors,
    publisher: [config.publisher],
    date: [date],
    language: [config.language],
    type: ['Collection'],
    identifier: [`${config.baseUrl.replace(/\/+$/, '')}/`],
  };
  if (config.licence.url) dc.license = [config.licence.url];
  const o: Json = {
    '@id': EDITION_ID,
    '@type': 'Collection',
    title: config.title,
    totalParents: 0,
    totalChildren: memoCount,
    collection: `${base}/collection/${EDITION_ID}{/nav}.json`,
  };
  if (config.subtitle) o.description = config.subtitle;
  o.dublinCore = dc;
  return o;
}

export function resourceObject(base: string, config: EditionConfig, m: MemoInfo): Json {
  const dc: Json = { title: lit(m.language, m.title), type: ['Text'], language: [m.language] };
  const date = m.date?.when ?? [m.date?.notBefore, m.date?.notAfter].filter(Boolean).join('/');
  if (date) dc.date = [date];
  if (m.abstract) dc.description = lit(m.language, m.abstract);
  if (m.translators.length) dc.contributor = m.translators.map((t) => t.name);
  const source = [m.archiveName, m.sourceStatement].filter(Boolean).join(', ');
  if (source) dc.source = lit(m.language, source);
  dc.identifier = [memoUri(config, m.id)];
  dc.isPartOf = [`${config.baseUrl.replace(/\/+$/, '')}/`];
  const o: Json = {
    '@id': m.id,
    '@type': 'Resource',
    title: m.title,
    totalParents: 1,
    totalChildren: 0,
    collection: `${base}/collection/${m.id}{/nav}.json`,
    navigation: `${base}/navigation/${m.id}{/ref}{;down}.json`,
    document: `${base}/document/${m.id}{/ref}.xml`,
    download: { 'text/html': memoUri(config, m.id), 'application/tei+xml': teiUri(config, m.doc.stem) },
    mediaTypes: ['application/tei+xml'],
    citationTrees: CITATION_TREES,
  };
  if (m.abstract) o.description = m.abstract;
  o.dublinCore = dc;
  return o;
}

export function citableUnit(p: Paragraph, lang: string): Json {
  return {
    identifier: p.id,
    '@type': 'CitableUnit',
    level: 1,
    parent: null,
    citeType: 'paragraph',
    dublinCore: { title: lit(lang, `Paragraph ${p.n}`) },
  };
}

/** Top-level response: the @context and dtsVersion go on the outer object only. */
export const top = (o: Json): Json => ({ '@context': DTS_CONTEXT, dtsVersion: DTS_VERSION, ...o });
