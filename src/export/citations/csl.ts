import type { StageContext, TeiDoc } from '../../edition.ts';
import { readMemoInfo, type MemoInfo, type NamedAgent } from '../tei/memo-info.ts';
import { readRegister, type RegisterEntry } from '../tei/register.ts';
import { memoUri, paragraphUri } from '../uris.ts';

/** A CSL name: family/given, or a literal for bodies and names we cannot split. */
export type CslName = { family: string; given?: string } | { literal: string };

export interface CslDate {
  'date-parts': number[][];
}

/**
 * A CSL-JSON item (CSL 1.0.2 input schema, csl-data.json), restricted to the keys the edition
 * fills: the schema forbids unknown keys, so extra data goes to `note` or `custom`.
 */
export interface CslItem {
  id: string;
  type: 'manuscript';
  title: string;
  genre?: string;
  author?: CslName[];
  translator?: CslName[];
  issued?: CslDate;
  archive?: string;
  archive_location?: string;
  'call-number'?: string;
  source?: string;
  language?: string;
  abstract?: string;
  URL: string;
  note?: string;
  custom?: Record<string, string | number>;
}

export type CitationContext = Pick<StageContext, 'config' | 'register'>;

/** CSL-JSON for a memo, as Zotero records these memos (type manuscript). */
export function memoCsl(doc: TeiDoc, ctx: CitationContext): CslItem | undefined {
  const { info } = readMemoInfo(doc);
  return info && memoCslFromInfo(info, ctx.config, readRegister(ctx.register).entries);
}

/** CSL-JSON for one paragraph: the memo item with the paragraph's id and URI. */
export function paragraphCsl(doc: TeiDoc, paragraphId: string, ctx: CitationContext): CslItem | undefined {
  const { info } = readMemoInfo(doc);
  return info && paragraphCslFromInfo(info, paragraphId, ctx.config, readRegister(ctx.register).entries);
}

export function memoCslFromInfo(m: MemoInfo, config: CitationContext['config'], register: Map<string, RegisterEntry>): CslItem {
  const item: CslItem = { id: m.id, type: 'manuscript', title: citationTitle(m.title), URL: memoUri(config, m.id) };
  if (m.genre) item.genre = m.genre;
  if (m.authors.length) item.author = m.authors.map((a) => cslName(a, register, false));
  if (m.translators.length) item.translator = m.translators.map((a) => cslName(a, register, true));
  const issued = cslDate(m);
  if (issued) item.issued = issued;
  if (m.archiveName) item.archive = m.archiveName;
  if (m.sourceStatement) item.archive_location = m.sourceStatement;
  if (m.archivalCitation) item['call-number'] = m.archivalCitation;
  item.source = config.title;
  item.language = m.language;
  if (m.abstract) item.abstract = m.abstract;
  const note = [m.recordId && `Record ID: ${m.recordId}`, m.classification && `Classification: ${m.classification}`].filter(Boolean);
  if (note.length) item.note = note.join('\n');
  return item;
}

export function paragraphCslFromInfo(
  m: MemoInfo,
  paragraphId: string,
  config: CitationContext['config'],
  register: Map<string, RegisterEntry>,
): CslItem | undefined {
  const p = m.paragraphs.find((x) => x.id === paragraphId);
  if (!p) return undefined;
  const base = memoCslFromInfo(m, config, register);
  const { abstract: _omit, ...rest } = base;
  return { ...rest, id: p.id, URL: paragraphUri(config, m.id, p.id), custom: { memo: m.id, paragraph: p.n } };
}

/** Chicago drops a title's closing full stop ("…Moskowskyi." → "…Moskowskyi,"). */
export function citationTitle(t: string): string {
  return t.replace(/\s*\.$/, '');
}

/**
 * Register names with surname/forename are split exactly; other personal names are split at the
 * last space (Western order, as for the translators the archive credits); bodies stay literal.
 */
function cslName(a: NamedAgent, register: Map<string, RegisterEntry>, personal: boolean): CslName {
  const r = a.id ? register.get(a.id) : undefined;
  if (r?.family) return r.given ? { family: r.family, given: r.given } : { family: r.family };
  if (r && r.kind !== 'person') return { literal: a.name };
  const parts = a.name.split(' ');
  if ((personal || r?.kind === 'person') && parts.length > 1 && parts.every((w) => /^\p{Lu}/u.test(w))) {
    return { family: parts[parts.length - 1], given: parts.slice(0, -1).join(' ') };
  }
  return { literal: a.name };
}

function parts(iso: string | undefined): number[] | undefined {
  const m = iso && /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
  return m ? m.slice(1).filter(Boolean).map(Number) : undefined;
}

export function cslDate(m: MemoInfo): CslDate | undefined {
  const when = parts(m.date?.when);
  if (when) return { 'date-parts': [when] };
  const from = parts(m.date?.notBefore);
  const to = parts(m.date?.notAfter);
  if (from && to) return { 'date-parts': [from, to] };
  return from || to ? { 'date-parts': [(from ?? to)!] } : undefined;
}
