import type { MemoRecord } from '../read-memo/memo-record.ts';
import type { Mention } from '../find-entities/mention.ts';
import { type XmlElement, el, hasOtherSpace } from './xml-tree.ts';
import { isoInterval, renderInline } from './inline.ts';

export interface HeaderOptions {
  toolVersion: string;
  /** Build date (YYYY-MM-DD) for publicationStmt and revisionDesc; omitted when undefined (no wall clock). */
  date?: string;
  publisher: string;
  /** Source file name as recorded in revisionDesc. */
  sourceName: string;
  /** Where the register lies relative to the TEI file. */
  registerHref: string;
}

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', ru: 'Russian', ko: 'Korean', zh: 'Chinese', cs: 'Czech', de: 'German', hu: 'Hungarian', pl: 'Polish', bg: 'Bulgarian', ro: 'Romanian', fr: 'French', ja: 'Japanese', vi: 'Vietnamese', mn: 'Mongolian', sq: 'Albanian', sr: 'Serbian', es: 'Spanish' };

/** The teiHeader (TEI Guidelines ch. 2): provenance from the memo's source statement and archive fields. */
export function buildHeader(memo: MemoRecord, mentions: readonly Mention[], ids: { tool: string; translator?: string }, o: HeaderOptions): XmlElement {
  const src = memo.source;
  const translators = src?.translator ?? [];
  const obtainers = src?.obtainedBy ?? [];
  const title = memo.title ? collapse(memo.title.text) : 'Untitled memo';
  const credit = memo.credit ? collapse(memo.credit.text) : undefined;
  const funder = credit?.match(/support (?:from|of)\s+(?:the\s+)?(.+?)\.?$/i)?.[1];

  const titleStmt = el(
    'titleStmt',
    {},
    el('title', { type: 'main' }, title),
    funder && el('funder', {}, funder),
    ...translators.map((t, i) => el('respStmt', {}, el('resp', {}, 'translated by'), el('persName', { 'xml:id': i === 0 ? ids.translator : undefined }, t))),
    ...obtainers.map((t) => el('respStmt', {}, el('resp', {}, 'obtained by'), el('persName', {}, t))),
    src?.project && el('respStmt', {}, el('resp', {}, 'obtained or translated for'), el('orgName', {}, src.project)),
    el('respStmt', {}, el('resp', {}, 'encoded in TEI by'), el('name', { type: 'software', ref: `#${ids.tool}` }, 'tei-edition')),
  );

  const rights = memo.rights.map((r) => el('p', {}, collapse(r.text)));
  const publicationStmt = el(
    'publicationStmt',
    {},
    el('publisher', {}, o.publisher),
    el('idno', { type: 'memo' }, memo.id),
    memo.recordId && el('idno', { type: 'record' }, memo.recordId),
    el('availability', {}, el('licence', {}, ...(rights.length ? rights : [el('p', {}, 'No rights statement was given in the source; ask the holding archive.')]))),
    o.date && el('date', { when: o.date }, o.date),
  );

  const notes = [
    !memo.complete && el('note', { type: 'completeness' }, 'The source page text is cut off: this memo is incomplete. The encoding marks the break with gap reason="truncated".'),
    memo.complete && memo.pageCut && el('note', { type: 'completeness' }, 'The source page text is cut off after the memo, in its rights statement: the memo is complete; the rest of the page is lost.'),
    credit && el('note', { type: 'credit' }, credit),
    memo.preamble && el('note', { type: 'stray-text' }, `Text found before the date line and left out of the memo (probably another document's): ${collapse(memo.preamble.text)}`),
  ].filter(Boolean) as XmlElement[];

  const fileDesc = el('fileDesc', {}, titleStmt, publicationStmt, notes.length ? el('notesStmt', {}, ...notes) : undefined, buildSourceDesc(memo));

  const encodingDesc = el(
    'encodingDesc',
    {},
    el('appInfo', {}, el('application', { 'xml:id': ids.tool, ident: 'tei-edition', version: o.toolVersion }, el('label', {}, 'tei-edition'))),
    el(
      'editorialDecl',
      {},
      el('p', {}, `Converted from the memo text ${memo.format === 'archive-page' ? "saved from the archive's document page" : 'transcribed by the editors'}. Persons, places, organisations and dates were recognized automatically and linked to the edition register; uncertain links and inferred dates carry cert. Square brackets of the translation are encoded as supplied (alternative forms, identifications, completions), gap, sic and note with rend="brackets"; honorific abbreviations as choice/abbr/expan. The words of the source are not changed.`),
    ),
    el(
      'listPrefixDef',
      {},
      ...(['per', 'pla', 'org'] as const).map((p) => el('prefixDef', { ident: p, matchPattern: '([a-z0-9-]+)', replacementPattern: `${o.registerHref}#${p}-$1` })),
    ),
  );

  const date = memo.date;
  const lang = memo.language || 'en';
  const abstract = memo.summary
    ? el('abstract', {}, el('p', {}, ...renderInline(memo.summary.start, memo.summary.end, mentions.filter((m) => m.start >= memo.summary!.start && m.end <= memo.summary!.end), { text: memo.summary.text, base: memo.summary.start })))
    : undefined;
  const profileDesc = el(
    'profileDesc',
    {},
    el('creation', {}, date ? el('date', { when: date.when, 'when-iso': isoInterval(date), notBefore: date.notBefore, notAfter: date.notAfter, cert: date.cert === 'high' ? undefined : date.cert }, collapse(date.text)) : el('date', {}, 'undated')),
    el(
      'langUsage',
      {},
      el('language', { ident: lang }, LANGUAGE_NAMES[lang] ?? lang),
      memo.originalLanguage && memo.originalLanguage !== lang ? el('language', { ident: memo.originalLanguage }, LANGUAGE_NAMES[memo.originalLanguage] ?? memo.originalLanguage) : undefined,
    ),
    abstract,
    textClass(memo),
  );
  // Front-matter keys the project's schema does not define (TE112) are kept, not dropped (§2.5 xenoData).
  const xenoData = memo.extra && Object.keys(memo.extra).length ? el('xenoData', { n: 'front-matter' }, JSON.stringify(memo.extra)) : undefined;

  const revisionDesc = el('revisionDesc', {}, el('change', { when: o.date, who: `#${ids.tool}` }, `Converted from ${o.sourceName} by tei-edition ${o.toolVersion}.`));
  return el('teiHeader', {}, fileDesc, encodingDesc, profileDesc, xenoData, revisionDesc);
}

/** The archive page's catalogue headings that carry values ("Associated Places", "Associated Topics", …): one keywords list each (§2.4.3). */
function textClass(memo: MemoRecord): XmlElement | undefined {
  const lists = (memo.metadata ?? []).filter((m) => m.label !== AUTHORS && m.values.length);
  return lists.length ? el('textClass', {}, ...lists.map((m) => el('keywords', { n: m.label }, ...m.values.map((v) => el('term', {}, collapse(v.text)))))) : undefined;
}

/** The archive's "Author(s)" heading: the authors of the document as the archive catalogues them. */
const AUTHORS = 'Author(s)';

/** sourceDesc: the archival object (msDesc, §10.4 msIdentifier) and the statements it came from. */
function buildSourceDesc(memo: MemoRecord): XmlElement {
  const src = memo.source;
  const hasId = src && (src.repository || src.settlement || src.citationText);
  const ms = hasId
    ? el(
        'msDesc',
        {},
        el(
          'msIdentifier',
          {},
          src.settlement && el('settlement', {}, src.settlement),
          el('repository', {}, src.repository ?? 'unknown repository'),
          src.collection && el('collection', {}, src.collection),
          src.citationText && el('idno', { type: 'archival-citation' }, src.citationText),
        ),
        el('msContents', {}, el('textLang', { mainLang: memo.language || 'en', otherLangs: memo.originalLanguage && memo.originalLanguage !== memo.language ? memo.originalLanguage : undefined }, memo.originalLanguage && memo.originalLanguage !== memo.language ? `Translation from ${LANGUAGE_NAMES[memo.originalLanguage] ?? memo.originalLanguage}` : 'English translation; the original language is not stated.')),
      )
    : undefined;
  const archiveFields = [
    memo.recordId && el('idno', { type: 'record' }, memo.recordId),
    memo.uploadedDate && el('date', { type: 'uploaded' }, memo.uploadedDate),
    memo.documentType && el('note', { type: 'document-type' }, memo.documentType),
    memo.classification && el('note', { type: 'classification' }, memo.classification),
  ].filter(Boolean) as XmlElement[];
  const authors = (memo.metadata ?? []).filter((m) => m.label === AUTHORS).flatMap((m) => m.values.map((v) => el('author', {}, collapse(v.text))));
  const children = [
    ms,
    src && el('bibl', { type: 'source-statement' }, collapse(src.text)),
    memo.originalArchive && el('bibl', { type: 'original-archive' }, collapse(memo.originalArchive.text)),
    memo.format === 'archive-page'
      ? el('bibl', { type: 'digital-archive' }, el('title', {}, 'Digital archive document page'), ...authors, archivePublisher(memo) && el('publisher', {}, archivePublisher(memo)!), ...archiveFields)
      : archiveFields.length
        ? el('bibl', { type: 'identifiers' }, ...archiveFields)
        : undefined,
  ].filter(Boolean) as XmlElement[];
  return el('sourceDesc', {}, ...(children.length ? children : [el('p', {}, 'The source of this memo is not stated.')]));
}

/**
 * The digital archive that published the page, as its rights statement names it ("The History and
 * Public Policy Program welcomes reuse of Digital Archive materials…"): citations need it.
 */
function archivePublisher(memo: MemoRecord): string | undefined {
  const text = memo.rights.map((r) => collapse(r.text)).join(' ');
  const m = /(?:^|\.\s)(?:The\s+)?([A-Z][^.]{2,80}?)\s+welcomes reuse of (?:its\s+)?(Digital Archive)\b/.exec(text);
  return m ? `${m[1]} ${m[2]}` : undefined;
}

export function collapse(s: string): string {
  // Single plain spaces are left as they are by the replacement: only the ends may need trimming.
  return (hasOtherSpace(s) ? s.replace(/[\s\u00a0]+/g, ' ') : s).trim();
}
