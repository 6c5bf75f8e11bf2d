import type { StageContext } from '../../edition.ts';
import { escapeAttr as a, escapeText as t } from '../xml/tree.ts';
import type { DataCiteAttributes } from './datacite.ts';

const el = (name: string, text: string, attrs: Record<string, string | undefined> = {}) =>
  `<${name}${Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${a(v!)}"`)
    .join('')}>${t(text)}</${name}>`;

/**
 * DataCite XML (kernel-4 namespace; the top-level children form an xs:all, creator/contributor
 * children keep the schema's sequence: name, givenName, familyName).
 */
export function dataciteXml(d: DataCiteAttributes, placeholderDoi: string): string {
  const name = (n: DataCiteAttributes['creators'][number], tag: 'creator' | 'contributor') =>
    [
      el(`${tag}Name`, n.name, { nameType: n.nameType }),
      n.givenName ? el('givenName', n.givenName) : '',
      n.familyName ? el('familyName', n.familyName) : '',
    ].join('');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<resource xmlns="http://datacite.org/schema/kernel-4" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://datacite.org/schema/kernel-4 https://schema.datacite.org/meta/kernel-4/metadata.xsd">',
    `  ${el('identifier', d.doi ?? placeholderDoi, { identifierType: 'DOI' })}`,
    '  <creators>',
    ...d.creators.map((c) => `    <creator>${name(c, 'creator')}</creator>`),
    '  </creators>',
    '  <titles>',
    ...d.titles.map((x) => `    ${el('title', x.title, { 'xml:lang': x.lang, titleType: x.titleType })}`),
    '  </titles>',
    `  ${el('publisher', d.publisher)}`,
    `  ${el('publicationYear', d.publicationYear)}`,
    `  ${el('resourceType', d.types.resourceType, { resourceTypeGeneral: d.types.resourceTypeGeneral })}`,
  ];
  const list = (wrap: string, items: string[]) => (items.length ? [`  <${wrap}>`, ...items.map((i) => `    ${i}`), `  </${wrap}>`] : []);
  lines.push(
    ...list('subjects', d.subjects.map((s) => el('subject', s.subject))),
    ...list('contributors', d.contributors.map((c) => `<contributor contributorType="${a(c.contributorType)}">${name(c, 'contributor')}</contributor>`)),
    ...list('dates', d.dates.map((x) => el('date', x.date, { dateType: x.dateType, dateInformation: x.dateInformation }))),
    `  ${el('language', d.language)}`,
    ...list('relatedIdentifiers', d.relatedIdentifiers.map((r) => el('relatedIdentifier', r.relatedIdentifier, { relatedIdentifierType: r.relatedIdentifierType, relationType: r.relationType }))),
    ...list('sizes', d.sizes.map((s) => el('size', s))),
    ...list('formats', d.formats.map((f) => el('format', f))),
    `  ${el('version', d.version)}`,
    ...list('rightsList', d.rightsList.map((r) => el('rights', r.rights, { rightsURI: r.rightsUri, rightsIdentifier: r.rightsIdentifier, rightsIdentifierScheme: r.rightsIdentifierScheme }))),
    ...list('descriptions', d.descriptions.map((x) => el('description', x.description, { 'xml:lang': x.lang, descriptionType: x.descriptionType }))),
    ...list(
      'geoLocations',
      d.geoLocations.map(
        (g) =>
          `<geoLocation>${el('geoLocationPlace', g.geoLocationPlace)}${
            g.geoLocationPoint
              ? `<geoLocationPoint>${el('pointLongitude', String(g.geoLocationPoint.pointLongitude))}${el('pointLatitude', String(g.geoLocationPoint.pointLatitude))}</geoLocationPoint>`
              : ''
          }</geoLocation>`,
      ),
    ),
    '</resource>',
    '',
  );
  return lines.join('\n');
}

/** The DataCite REST API body (JSON:API): POST it to /dois as is, after adding "doi" or "prefix". */
export const dataciteJson = (d: DataCiteAttributes) => ({ data: { type: 'dois', attributes: d } });

/** Simple Dublin Core (oai_dc), which OAI-PMH harvesters, Fedora and most repositories take. */
export function oaiDc(d: DataCiteAttributes, ctx: StageContext): string {
  const dc = (n: string, v: string) => `  ${el(`dc:${n}`, v)}`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd">',
    ...d.titles.map((x) => dc('title', x.title)),
    ...d.creators.map((c) => dc('creator', c.name)),
    ...d.subjects.map((s) => dc('subject', s.subject)),
    ...d.descriptions.filter((x) => x.descriptionType === 'Abstract').map((x) => dc('description', x.description)),
    dc('publisher', d.publisher),
    ...d.contributors.map((c) => dc('contributor', c.name)),
    dc('date', ctx.build.date),
    dc('type', 'Dataset'),
    ...d.formats.map((f) => dc('format', f)),
    dc('identifier', d.url),
    ...(d.doi ? [dc('identifier', `https://doi.org/${d.doi}`)] : []),
    dc('language', d.language),
    ...d.dates.filter((x) => x.dateType === 'Coverage').map((x) => dc('coverage', x.date)),
    ...d.rightsList.map((r) => dc('rights', r.rightsUri ?? r.rights)),
    '</oai_dc:dc>',
    '',
  ].join('\n');
}

/** DSpace Simple Archive Format dublin_core.xml (qualified DC, element/qualifier pairs). */
export function dspaceDc(d: DataCiteAttributes, ctx: StageContext): string {
  const v = (element: string, qualifier: string, value: string) =>
    `  <dcvalue element="${element}" qualifier="${qualifier}">${t(value)}</dcvalue>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<dublin_core schema="dc">',
    v('title', 'none', d.titles[0].title),
    ...d.titles.slice(1).map((x) => v('title', 'alternative', x.title)),
    ...d.creators.map((c) => v('contributor', 'editor', c.name)),
    ...d.contributors.map((c) => v('contributor', 'other', c.name)),
    v('date', 'issued', ctx.build.date),
    v('publisher', 'none', d.publisher),
    ...d.descriptions.filter((x) => x.descriptionType === 'Abstract').map((x) => v('description', 'abstract', x.description)),
    ...d.subjects.map((s) => v('subject', 'none', s.subject)),
    v('type', 'none', 'Dataset'),
    v('language', 'iso', d.language),
    v('identifier', 'uri', d.url),
    ...d.dates.filter((x) => x.dateType === 'Coverage').map((x) => v('coverage', 'temporal', x.date)),
    ...d.rightsList.map((r) => v('rights', 'none', r.rights)),
    ...d.rightsList.filter((r) => r.rightsUri).map((r) => v('rights', 'uri', r.rightsUri!)),
    '</dublin_core>',
    '',
  ].join('\n');
}
