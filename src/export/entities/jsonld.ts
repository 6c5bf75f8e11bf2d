import type { StageContext, StageResult } from '../../edition.ts';
import type { ExportOptions } from '../citations/index.ts';
import { exportData, isSafeId } from '../data.ts';
import type { MemoInfo } from '../tei/memo-info.ts';
import { baseUrl, memoUri, teiUri } from '../uris.ts';
import { OutputWriter } from '../write.ts';
import { entityTable, type EntityRow } from './table.ts';

type Node = Record<string, unknown>;

const SCHEMA_TYPE = { person: 'Person', place: 'Place', org: 'Organization' } as const;

/** schema.org node for a register entity; identifiers with a URI become `sameAs`. */
export function entityNode(e: EntityRow): Node {
  const n: Node = { '@id': e.uri, '@type': SCHEMA_TYPE[e.kind], name: e.name, identifier: e.id };
  if (e.variants.length) n.alternateName = e.variants;
  const same = e.identifiers.flatMap((i) => (i.uri ? [i.uri] : []));
  if (same.length) n.sameAs = same;
  if (e.lat !== undefined) n.geo = { '@type': 'GeoCoordinates', latitude: e.lat, longitude: e.long };
  if (e.birth) n.birthDate = e.birth;
  if (e.death) n.deathDate = e.death;
  return n;
}

/** A memo as schema.org ArchiveComponent (a CreativeWork held by an archive) with `mentions`. */
export function memoNode(m: MemoInfo, ctx: StageContext, entities: Map<string, EntityRow>, embed: boolean): Node {
  const c = ctx.config;
  const n: Node = { '@id': memoUri(c, m.id), '@type': 'ArchiveComponent', name: m.title, url: memoUri(c, m.id), identifier: m.id };
  const date = m.date?.when ?? ([m.date?.notBefore, m.date?.notAfter].filter(Boolean).join('/') || undefined);
  if (date) n.dateCreated = date;
  n.inLanguage = m.language;
  if (m.abstract) n.abstract = m.abstract;
  if (m.genre) n.genre = m.genre;
  if (m.translators.length) n.translator = m.translators.map((t) => ({ '@type': 'Person', name: t.name }));
  if (m.repository) {
    const archive: Node = { '@type': 'ArchiveOrganization', name: m.repository };
    if (m.settlement) archive.address = m.settlement;
    n.holdingArchive = archive;
  }
  if (m.archivalCitation) n.itemLocation = m.archivalCitation;
  const credit = [m.archiveName, m.sourceStatement].filter(Boolean).join(', ');
  if (credit) n.creditText = credit;
  if (m.recordId) {
    n.identifier = [m.id, { '@type': 'PropertyValue', propertyID: 'Digital Archive record ID', value: m.recordId }];
  }
  n.isPartOf = { '@id': `${baseUrl(c)}/` };
  n.encoding = { '@type': 'MediaObject', encodingFormat: 'application/tei+xml', contentUrl: teiUri(c, m.doc.stem) };
  const ids = [...new Set(m.mentions.filter((x) => x.context !== 'header').map((x) => x.id))];
  n.mentions = ids.flatMap((id) => {
    const e = entities.get(id);
    if (!e) return [];
    return [embed ? entityNode(e) : { '@id': e.uri }];
  });
  return JSON.parse(JSON.stringify(n)) as Node;
}

function editionNode(ctx: StageContext, memos: MemoInfo[]): Node {
  const c = ctx.config;
  const n: Node = {
    '@id': `${baseUrl(c)}/`,
    '@type': 'CreativeWork',
    additionalType: 'https://schema.org/Collection',
    name: c.title,
    url: `${baseUrl(c)}/`,
    version: c.version,
    datePublished: ctx.build.date,
    inLanguage: c.language,
    editor: c.editors.map((name) => ({ '@type': 'Person', name })),
    publisher: { '@type': 'Organization', name: c.publisher },
    license: c.licence.url ?? c.licence.name,
    hasPart: memos.map((m) => ({ '@id': memoUri(c, m.id) })),
  };
  if (c.subtitle) n.alternativeHeadline = c.subtitle;
  if (c.keywords?.length) n.keywords = c.keywords;
  return n;
}

/** export/jsonld/<memoId>.jsonld (entities embedded) and edition.jsonld (one @graph, entities by @id). */
export async function exportJsonLd(ctx: StageContext, opts: ExportOptions = {}): Promise<StageResult> {
  const out = new OutputWriter(opts.outDir ?? ctx.outDir);
  const data = exportData(ctx);
  const rows = entityTable(data, ctx.config);
  const entities = new Map(rows.map((r) => [r.id, r]));
  const memos = data.memos.filter((m) => isSafeId(m.id));
  for (const m of memos) {
    out.json(`export/jsonld/${m.id}.jsonld`, { '@context': 'https://schema.org/', ...memoNode(m, ctx, entities, true) });
  }
  const edition = editionNode(ctx, memos);
  edition.mentions = rows.map((r) => ({ '@id': r.uri }));
  out.json('export/jsonld/edition.jsonld', {
    '@context': 'https://schema.org/',
    '@graph': [edition, ...memos.map((m) => memoNode(m, ctx, entities, false)), ...rows.map(entityNode)],
  });
  out.removeUnclaimed('export/jsonld');
  return out.result();
}
