import type { TeiDoc } from '../../edition.ts';
import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.ts';
import { child, childElements, descendants, isElement, normText, parseXml, type XmlElement } from '../xml/tree.ts';
import { reading } from './reading.ts';
import { resolveRef, readPrefixDefs, type PrefixDef } from './refs.ts';

export type EntityKind = 'person' | 'place' | 'org';

/** Where a mention sits: a body paragraph (its xml:id), the memo heading, the summary or the header. */
export type MentionContext = 'paragraph' | 'head' | 'abstract' | 'header' | 'text';

export interface EntityRef {
  kind: EntityKind;
  /** Register xml:id (e.g. "per-khrushchev-nikita"). */
  id: string;
  surface: string;
  context: MentionContext;
  /** Paragraph xml:id when context is "paragraph". */
  paragraph?: string;
  /** Paragraph display number (p/@n). */
  paragraphN?: string;
  cert?: string;
}

/** A person or body named in the header (author, translator…), with its register id when linked. */
export interface NamedAgent {
  name: string;
  id?: string;
}

export interface Paragraph {
  id: string;
  n: string;
  text: string;
  el: XmlElement;
}

export interface MemoDateInfo {
  text: string;
  when?: string;
  notBefore?: string;
  notAfter?: string;
}

/** Everything the exports read from one memo's TEI (the TEI is the one source). */
export interface MemoInfo {
  doc: TeiDoc;
  root: XmlElement;
  id: string;
  title: string;
  authors: NamedAgent[];
  translators: NamedAgent[];
  obtainedBy: NamedAgent[];
  date?: MemoDateInfo;
  language: string;
  abstract?: string;
  genre?: string;
  sourceStatement?: string;
  archiveName?: string;
  recordId?: string;
  classification?: string;
  repository?: string;
  settlement?: string;
  collection?: string;
  archivalCitation?: string;
  licence?: string;
  complete: boolean;
  paragraphs: Paragraph[];
  mentions: EntityRef[];
}

const KIND: Record<string, EntityKind> = { persName: 'person', placeName: 'place', orgName: 'org' };

/** Reads one memo TEI; unreadable documents give a TE601 diagnostic and no info. */
export function readMemoInfo(doc: TeiDoc): { info?: MemoInfo; diagnostics: Diagnostic[] } {
  const parsed = parseXml(doc.xml);
  if ('error' in parsed || parsed.root.name !== 'TEI') {
    const why = 'error' in parsed ? parsed.error : `root element is <${parsed.root.name}>, not <TEI>`;
    const line = 'error' in parsed ? parsed.line : undefined;
    return { diagnostics: [diagnostic('TE601', { file: doc.path, line, message: `TEI document could not be read for export: ${why}` })] };
  }
  const root = parsed.root;
  lastTree = { doc, root };
  const diagnostics: Diagnostic[] = [];
  const header = child(root, 'teiHeader');
  const fileDesc = child(header, 'fileDesc');
  const titleStmt = child(fileDesc, 'titleStmt');
  const sourceDesc = child(fileDesc, 'sourceDesc');
  const ms = child(sourceDesc, 'msDesc/msIdentifier');
  const digital = child(sourceDesc, "bibl[@type='digital-archive']");
  const profile = child(header, 'profileDesc');
  const prefixes = readPrefixDefs(header);
  const agent = (e: XmlElement): NamedAgent => {
    const named = KIND[e.name] ? e : (childElements(e).find((c) => KIND[c.name]) ?? e);
    const id = named.attrs.ref ? resolveRef(named.attrs.ref.split(/\s+/)[0], prefixes) : undefined;
    return id ? { name: reading(e), id } : { name: reading(e) };
  };
  const respNames = (re: RegExp) =>
    childElements(titleStmt ?? root, 'respStmt')
      .filter((r) => re.test(normText(child(r, 'resp'))))
      .flatMap((r) => childElements(r).filter((e) => e.name !== 'resp').map(agent))
      .filter((a) => a.name);
  const opt = (s: string) => s || undefined;
  const title = titleStmt && (child(titleStmt, "title[@type='main']") ?? child(titleStmt, 'title'));
  const abstractEl = child(profile, 'abstract');
  const recordEl = child(fileDesc, "publicationStmt/idno[@type='record']") ?? child(digital, "idno[@type='record']");
  const text = child(root, 'text');
  const paragraphs = text ? descendants(text, (e) => e.name === 'p' && !!e.attrs['xml:id']) : [];
  const info = {
    doc,
    id: root.attrs['xml:id'] || doc.id,
    title: reading(title) || doc.id,
    authors: titleStmt ? childElements(titleStmt, 'author').map(agent).filter((a) => a.name) : [],
    translators: respNames(/translat/i),
    obtainedBy: respNames(/obtained/i),
    date: readDate(child(profile, 'creation/date')),
    language: root.attrs['xml:lang'] || child(profile, 'langUsage/language')?.attrs.ident || 'en',
    abstract: abstractEl ? opt(childElements(abstractEl).map((p) => reading(p)).join(' ').trim()) : undefined,
    genre: opt(normText(profile && descendants(profile, (e) => e.name === 'term' && /^(genre|document-type)$/.test(e.attrs.type ?? ''))[0])),
    sourceStatement: opt(normText(child(sourceDesc, "bibl[@type='source-statement']"))),
    archiveName: opt(normText(child(digital, 'publisher'))),
    recordId: opt(normText(recordEl)),
    classification: opt(normText(child(digital, "note[@type='classification']"))),
    repository: opt(normText(child(ms, 'repository'))),
    settlement: opt(normText(child(ms, 'settlement'))),
    collection: opt(normText(child(ms, 'collection'))),
    archivalCitation: opt(normText(child(ms, "idno[@type='archival-citation']"))),
    licence: opt(normText(child(fileDesc, 'publicationStmt/availability/licence'))),
    complete: !(text && descendants(text, (e) => e.name === 'gap' && e.attrs.reason === 'truncated').length),
    paragraphs: paragraphs.map((p, i) => lazyEl({ id: p.attrs['xml:id'], n: p.attrs.n || String(i + 1), text: reading(p) }, doc, i)),
    mentions: [],
  } as Omit<MemoInfo, 'root'> as MemoInfo;
  // The parsed tree is not kept: an edition of 10,000 memos would hold every tree at once. Exports
  // that need it (DTS, text) read it again, one memo after the other.
  Object.defineProperty(info, 'root', { get: () => treeOf(doc).root, enumerable: false });
  collectMentions(root, 'text', undefined, prefixes, info, diagnostics);
  return { info, diagnostics };
}

/** The last memo's tree, so that reading a memo's root and its paragraphs parses it once. */
let lastTree: { doc: TeiDoc; root: XmlElement; paragraphs?: XmlElement[] } | undefined;

function treeOf(doc: TeiDoc): { root: XmlElement; paragraphs: XmlElement[] } {
  if (lastTree?.doc !== doc) {
    const parsed = parseXml(doc.xml);
    if ('error' in parsed) throw new Error(`${doc.path}: the TEI changed while the exports ran (${parsed.error})`);
    lastTree = { doc, root: parsed.root };
  }
  if (!lastTree.paragraphs) {
    const text = child(lastTree.root, 'text');
    lastTree.paragraphs = text ? descendants(text, (e) => e.name === 'p' && !!e.attrs['xml:id']) : [];
  }
  return lastTree as { root: XmlElement; paragraphs: XmlElement[] };
}

function lazyEl(p: Omit<Paragraph, 'el'>, doc: TeiDoc, i: number): Paragraph {
  return Object.defineProperty(p, 'el', { get: () => treeOf(doc).paragraphs[i]!, enumerable: false }) as Paragraph;
}

function readDate(el: XmlElement | undefined): MemoDateInfo | undefined {
  if (!el) return undefined;
  const a = el.attrs;
  const d: MemoDateInfo = { text: normText(el) };
  if (a.when) d.when = a.when;
  if (a.notBefore || a.from) d.notBefore = a.notBefore || a.from;
  if (a.notAfter || a.to) d.notAfter = a.notAfter || a.to;
  return d.when || d.notBefore || d.notAfter ? d : undefined;
}

function collectMentions(
  el: XmlElement,
  context: MentionContext,
  para: XmlElement | undefined,
  prefixes: PrefixDef[],
  info: MemoInfo,
  ds: Diagnostic[],
): void {
  for (const c of el.children) {
    if (!isElement(c)) continue;
    let ctx = context;
    let p = para;
    if (c.name === 'teiHeader') ctx = 'header';
    else if (c.name === 'abstract') ctx = 'abstract';
    else if (c.name === 'head' && ctx === 'text') ctx = 'head';
    else if (c.name === 'p' && c.attrs['xml:id'] && ctx === 'text') [ctx, p] = ['paragraph', c];
    const kind = KIND[c.name] ?? (c.name === 'rs' || c.name === 'name' ? rsKind(c.attrs.type) : undefined);
    if (kind && c.attrs.ref) {
      for (const token of c.attrs.ref.split(/\s+/).filter(Boolean)) {
        const id = resolveRef(token, prefixes);
        if (!id) {
          ds.push(diagnostic('TE604', { file: info.doc.path, message: `Entity reference "${token}" could not be resolved` }));
          continue;
        }
        const m: EntityRef = { kind, id, surface: reading(c), context: ctx };
        if (p) [m.paragraph, m.paragraphN] = [p.attrs['xml:id'], p.attrs.n];
        if (c.attrs.cert) m.cert = c.attrs.cert;
        info.mentions.push(m);
      }
    }
    collectMentions(c, ctx, p, prefixes, info, ds);
  }
}

function rsKind(type: string | undefined): EntityKind | undefined {
  return type === 'person' ? 'person' : type === 'place' ? 'place' : type === 'org' || type === 'organisation' ? 'org' : undefined;
}
