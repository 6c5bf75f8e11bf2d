import type { StageContext } from '../../edition.ts';
import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.ts';
import type { ExportData } from '../data.ts';
import { entityTable } from '../entities/table.ts';
import { agent, spdx } from '../meta/people.ts';
import { baseUrl, memoUri } from '../uris.ts';

/** DataCite Metadata Schema 4.x controlled lists (kernel 4.7; Translator and Coverage need 4.6+). */
export const RESOURCE_TYPE_GENERAL = new Set(
  'Audiovisual Award Book BookChapter Collection ComputationalNotebook ConferencePaper ConferenceProceeding DataPaper Dataset Dissertation Event Image Instrument InteractiveResource Journal JournalArticle Model OutputManagementPlan PeerReview PhysicalObject Poster Preprint Presentation Project Report Service Software Sound Standard StudyRegistration Text Workflow Other'.split(' '),
);
export const RELATION_TYPE = new Set(
  'IsCitedBy Cites IsSupplementTo IsSupplementedBy IsContinuedBy Continues IsNewVersionOf IsPreviousVersionOf IsPartOf HasPart IsPublishedIn IsReferencedBy References IsDocumentedBy Documents IsCompiledBy Compiles IsVariantFormOf IsOriginalFormOf IsIdenticalTo HasMetadata IsMetadataFor Reviews IsReviewedBy IsDerivedFrom IsSourceOf Describes IsDescribedBy HasVersion IsVersionOf Requires IsRequiredBy Obsoletes IsObsoletedBy Collects IsCollectedBy HasTranslation IsTranslationOf Other'.split(' '),
);
export const RELATED_IDENTIFIER_TYPE = new Set('ARK arXiv bibcode CSTR DOI EAN13 EISSN Handle IGSN ISBN ISSN ISTC LISSN LSID PMID PURL RAiD RRID SWHID UPC URL URN w3id'.split(' '));
export const DATE_TYPE = new Set('Accepted Available Collected Copyrighted Coverage Created Issued Other Submitted Updated Valid Withdrawn'.split(' '));
export const CONTRIBUTOR_TYPE = new Set(
  'ContactPerson DataCollector DataCurator DataManager Distributor Editor HostingInstitution Other Producer ProjectLeader ProjectManager ProjectMember RegistrationAgency RegistrationAuthority RelatedPerson ResearchGroup RightsHolder Researcher Sponsor Supervisor Translator WorkPackageLeader'.split(' '),
);
export const TITLE_TYPE = new Set(['AlternativeTitle', 'Subtitle', 'TranslatedTitle', 'Other']);
export const DESCRIPTION_TYPE = new Set(['Abstract', 'Methods', 'SeriesInformation', 'TableOfContents', 'TechnicalInfo', 'Other']);
export const NAME_TYPE = new Set(['Organizational', 'Personal']);

type Name = { name: string; nameType: 'Personal' | 'Organizational'; givenName?: string; familyName?: string };
export type DataCiteAttributes = {
  doi?: string;
  url: string;
  creators: Name[];
  titles: { title: string; titleType?: string; lang?: string }[];
  publisher: string;
  publicationYear: string;
  types: { resourceTypeGeneral: string; resourceType: string };
  subjects: { subject: string }[];
  contributors: (Name & { contributorType: string })[];
  dates: { date: string; dateType: string; dateInformation?: string }[];
  language: string;
  relatedIdentifiers: { relatedIdentifier: string; relatedIdentifierType: string; relationType: string }[];
  sizes: string[];
  formats: string[];
  version: string;
  rightsList: { rights: string; rightsUri?: string; rightsIdentifier?: string; rightsIdentifierScheme?: string }[];
  descriptions: { description: string; descriptionType: string; lang?: string }[];
  geoLocations: { geoLocationPlace: string; geoLocationPoint?: { pointLongitude: number; pointLatitude: number } }[];
  schemaVersion: string;
};

/** Placeholder DOI (10.5072, DataCite's former test prefix, never registered) used when no --doi is given; TE617 says so. */
export const placeholderDoi = (ctx: StageContext): string =>
  `10.5072/${ctx.config.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40)}-${ctx.config.version}`;

/** The edition as one DataCite record (REST API attribute names; the XML is written from it). */
export function dataciteAttributes(ctx: StageContext, data: ExportData, doi?: string): DataCiteAttributes {
  const c = ctx.config;
  const personal = (n: string): Name => {
    const a = agent(n);
    return a.kind === 'person'
      ? { name: `${a.family}, ${a.given}`, nameType: 'Personal', givenName: a.given, familyName: a.family }
      : { name: a.name, nameType: 'Organizational' };
  };
  const translators = [...new Set(data.memos.flatMap((m) => m.translators.map((t) => t.name)))].sort();
  const dates = data.memos.flatMap((m) => [m.date?.when, m.date?.notBefore, m.date?.notAfter]).filter((d): d is string => !!d).sort();
  const licence = spdx(c.licence);
  const places = entityTable(data, c).filter((e) => e.kind === 'place');
  return {
    ...(doi ? { doi } : {}),
    url: `${baseUrl(c)}/`,
    creators: c.editors.map(personal),
    titles: [{ title: c.title, lang: c.language }, ...(c.subtitle ? [{ title: c.subtitle, titleType: 'Subtitle', lang: c.language }] : [])],
    publisher: c.publisher,
    publicationYear: ctx.build.date.slice(0, 4),
    types: { resourceTypeGeneral: 'Dataset', resourceType: 'Digital scholarly edition (TEI P5, HTML, PDF)' },
    subjects: (c.keywords ?? []).map((subject) => ({ subject })),
    contributors: translators.map((t) => ({ ...personal(t), contributorType: 'Translator' })),
    dates: [
      { date: ctx.build.date, dateType: 'Issued' },
      ...(dates.length ? [{ date: dates[0] === dates[dates.length - 1] ? dates[0] : `${dates[0]}/${dates[dates.length - 1]}`, dateType: 'Coverage', dateInformation: 'Dates of the memoranda' }] : []),
    ],
    language: c.language,
    relatedIdentifiers: [
      { relatedIdentifier: `${baseUrl(c)}/`, relatedIdentifierType: 'URL', relationType: 'IsVariantFormOf' },
      ...data.memos.map((m) => ({ relatedIdentifier: memoUri(c, m.id), relatedIdentifierType: 'URL', relationType: 'HasPart' })),
    ],
    sizes: [`${data.memos.length} memoranda`],
    formats: ['application/tei+xml', 'text/html', 'application/pdf', 'application/ld+json', 'text/csv', 'text/plain'],
    version: c.version,
    rightsList: [
      licence
        ? { rights: c.licence.name, ...(c.licence.url ? { rightsUri: c.licence.url } : {}), rightsIdentifier: licence, rightsIdentifierScheme: 'SPDX' }
        : { rights: c.licence.name, ...(c.licence.url ? { rightsUri: c.licence.url } : {}) },
    ],
    descriptions: [
      { description: `${c.subtitle ? c.subtitle + '. ' : ''}A TEI P5 edition of ${data.memos.length} memoranda, with HTML and PDF renderings, citations, entity data and a DTS API.`, descriptionType: 'Abstract', lang: c.language },
      { description: 'BagIt 1.0 bag: data/tei (TEI P5 memos, register, teiCorpus), data/html (site), data/print (PDF), data/export (citations, entities, network, JSON-LD, text), data/dts (DTS 1.0 static API), data/metadata.', descriptionType: 'TechnicalInfo', lang: 'en' },
    ],
    geoLocations: places.map((p) => ({
      geoLocationPlace: p.name,
      ...(p.lat !== undefined && p.long !== undefined ? { geoLocationPoint: { pointLongitude: p.long, pointLatitude: p.lat } } : {}),
    })),
    schemaVersion: 'http://datacite.org/schema/kernel-4',
  };
}

/** The six mandatory properties and every controlled value (TE609 for each problem). */
export function checkDataCite(a: DataCiteAttributes, file: string): Diagnostic[] {
  const problems: string[] = [];
  const need = (ok: unknown, what: string) => ok || problems.push(`missing ${what}`);
  const inList = (v: string | undefined, list: Set<string>, what: string) => v === undefined || list.has(v) || problems.push(`${what} "${v}" is not in the DataCite list`);
  need(a.creators.length && a.creators.every((c) => c.name.trim()), 'creators/creator/creatorName');
  need(a.titles.length && a.titles[0].title.trim(), 'titles/title');
  need(a.publisher?.trim(), 'publisher');
  need(/^\d{4}$/.test(a.publicationYear), 'publicationYear (four digits)');
  need(a.types.resourceTypeGeneral, 'resourceType/@resourceTypeGeneral');
  inList(a.types.resourceTypeGeneral, RESOURCE_TYPE_GENERAL, 'resourceTypeGeneral');
  for (const n of [...a.creators, ...a.contributors]) inList(n.nameType, NAME_TYPE, 'nameType');
  for (const c of a.contributors) inList(c.contributorType, CONTRIBUTOR_TYPE, 'contributorType');
  for (const t of a.titles) inList(t.titleType, TITLE_TYPE, 'titleType');
  for (const d of a.dates) inList(d.dateType, DATE_TYPE, 'dateType');
  for (const d of a.descriptions) inList(d.descriptionType, DESCRIPTION_TYPE, 'descriptionType');
  for (const r of a.relatedIdentifiers) {
    inList(r.relationType, RELATION_TYPE, 'relationType');
    inList(r.relatedIdentifierType, RELATED_IDENTIFIER_TYPE, 'relatedIdentifierType');
  }
  if (a.doi !== undefined && !/^10\.\d{4,9}\/\S+$/.test(a.doi)) problems.push(`DOI "${a.doi}" is not of the form 10.NNNN/suffix`);
  return problems.map((p) => diagnostic('TE609', { file, message: `DataCite metadata: ${p}` }));
}
