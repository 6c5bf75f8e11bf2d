import type { TeiDoc } from '../../edition.ts';
import { readMemoInfo, type MemoInfo } from '../tei/memo-info.ts';
import { memoUri } from '../uris.ts';
import { citationTitle, type CitationContext } from './csl.ts';

export interface MetaTag {
  name: string;
  content: string;
}

/**
 * `<meta>` tags for a memo page: the Highwire `citation_*` tags Zotero's Embedded Metadata
 * translator and Google Scholar read, plus Dublin Core. No journal/report/book tags (they force
 * other Zotero item types) and `DC.type` = "manuscript", which Zotero takes as the item type.
 * There is no citation_* tag for an archive or its location: those travel in the CSL-JSON.
 */
export function citationMeta(doc: TeiDoc, ctx: CitationContext): MetaTag[] {
  const { info } = readMemoInfo(doc);
  return info ? citationMetaFromInfo(info, ctx) : [];
}

export function citationMetaFromInfo(m: MemoInfo, ctx: CitationContext): MetaTag[] {
  const tags: MetaTag[] = [];
  const add = (name: string, content: string | undefined) => {
    if (content) tags.push({ name, content });
  };
  const date = m.date?.when ?? m.date?.notBefore;
  add('citation_title', citationTitle(m.title));
  for (const a of m.authors) add('citation_author', invert(a.name));
  add('citation_publication_date', date?.replace(/-/g, '/'));
  add('citation_language', m.language);
  add('citation_abstract', m.abstract);
  add('citation_public_url', memoUri(ctx.config, m.id));
  add('DC.type', 'manuscript');
  add('DC.title', m.title);
  for (const a of m.authors) add('DC.creator', a.name);
  for (const t of m.translators) add('DC.contributor', t.name);
  add('DC.date', date);
  add('DC.language', m.language);
  add('DC.description', m.abstract);
  add('DC.identifier', memoUri(ctx.config, m.id));
  add('DC.source', [m.archiveName, m.sourceStatement].filter(Boolean).join(', ') || undefined);
  add('DC.relation', ctx.config.title);
  add('DC.rights', m.licence);
  return tags;
}

/** "Given Family" → "Family, Given" (Highwire wants inverted personal names). */
function invert(name: string): string {
  const i = name.lastIndexOf(' ');
  return i > 0 && !name.includes(',') ? `${name.slice(i + 1)}, ${name.slice(0, i)}` : name;
}
