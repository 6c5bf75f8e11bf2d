/**
 * The previous and next memo as a memo page needs them: memo.xsl reads only a neighbour's id
 * (TEI/@xml:id), its title (teiHeader/fileDesc/titleStmt/title) and its date (profileDesc/
 * creation/date, else the dateline's date in the text) for the prev/next links. Parsing the whole
 * neighbour (about 20 KB of TEI) for that costs as much as parsing the memo itself, twice per page;
 * parsing these elements, copied verbatim into a skeleton TEI document of the same shape, costs a
 * few per cent of it, and the stylesheet reads the same values from it (the same functions, on the
 * same elements, parsed by the same parser).
 *
 * Only a plain document is cut this way: no DOCTYPE (entities), no comments, CDATA sections or
 * processing instructions where the scan goes, no namespace prefixes or declarations below the
 * root, every tag balanced. Anything else returns undefined and the caller parses the whole
 * document, as before.
 */

import { sha256 } from '../write-output.ts';

const TEI_NS = 'http://www.tei-c.org/ns/1.0';

/**
 * What a memo page takes from a neighbour, as a digest: its skeleton (or the whole TEI when none
 * can be cut). A page's cache key holds its neighbours' digests, so an edit to a memo's text, which
 * leaves its id, title and date alone, renders no neighbour's page again.
 */
export function neighbourDigest(xml: string): string {
  return sha256(neighbourSkeleton(xml) ?? xml);
}

/** A skeleton TEI document with the neighbour's root tag, titles and date; undefined: parse it all. */
export function neighbourSkeleton(xml: string): string | undefined {
  if (/<!DOCTYPE|<!\[CDATA\[/.test(xml)) return undefined;
  const tag = /<(\/?)([^\s/>!?]+)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|<!--|<\?(?!xml[\s?])/g;
  const stack: string[] = [];
  let rootTag = '';
  const titles: string[] = [];
  let created: string | undefined;
  let dateline: string | undefined;
  // Where the element being copied started, and at which depth it ends.
  let open: { at: number; depth: number; into: 'title' | 'created' | 'dateline' } | undefined;
  for (let m: RegExpExecArray | null; (m = tag.exec(xml)); ) {
    const [all, close, name, attrs, empty] = m;
    if (name === undefined) {
      // A comment or processing instruction after the XML declaration: outside the root it is harmless, inside it is not scanned.
      if (stack.length || rootTag) return undefined;
      if (all === '<!--') {
        const end = xml.indexOf('-->', m.index + 4);
        if (end < 0) return undefined;
        tag.lastIndex = end + 3;
      } else {
        const end = xml.indexOf('?>', m.index + 2);
        if (end < 0) return undefined;
        tag.lastIndex = end + 2;
      }
      continue;
    }
    if (name.includes(':')) return undefined;
    if (!stack.length && !close) {
      // The root element: TEI in the TEI namespace (its start tag is copied as it is).
      if (name !== 'TEI' || !new RegExp(`\\sxmlns\\s*=\\s*(["'])${TEI_NS.replace(/[./]/g, '\\$&')}\\1`).test(attrs!) || /\sxmlns:/.test(attrs!)) return undefined;
      if (empty) return undefined;
      rootTag = all;
      stack.push(name);
      continue;
    }
    if (!stack.length) return undefined;
    if (/\sxmlns[\s:=]/.test(attrs!)) return undefined;
    if (close) {
      if (stack.pop() !== name) return undefined;
      if (open && stack.length === open.depth) {
        const text = xml.slice(open.at, m.index + all.length);
        if (open.into === 'title') titles.push(text);
        else if (open.into === 'created') created = text;
        else dateline = text;
        open = undefined;
      }
      // The header is read; the text only for the dateline when there is no creation date.
      if (name === 'teiHeader' && stack.length === 1 && created !== undefined) break;
      if (name === 'opener' && dateline !== undefined) break;
      continue;
    }
    const path = stack.join('/');
    if (!open) {
      const into = path === 'TEI/teiHeader/fileDesc/titleStmt' && name === 'title' ? 'title'
        : path === 'TEI/teiHeader/profileDesc/creation' && name === 'date' && created === undefined ? 'created'
        : created === undefined && dateline === undefined && name === 'date' && path.startsWith('TEI/text/') && path.endsWith('/opener/dateline') ? 'dateline'
        : undefined;
      if (into) {
        if (empty) {
          if (into === 'title') titles.push(all);
          else if (into === 'created') created = all;
          else dateline = all;
          continue;
        }
        open = { at: m.index, depth: stack.length, into };
      }
    }
    if (!empty) stack.push(name);
  }
  if (!rootTag || open) return undefined;
  const header = `<teiHeader><fileDesc><titleStmt>${titles.join('')}</titleStmt></fileDesc>${created !== undefined ? `<profileDesc><creation>${created}</creation></profileDesc>` : ''}</teiHeader>`;
  const text = created === undefined && dateline !== undefined ? `<text><body><opener><dateline>${dateline}</dateline></opener></body></text>` : '';
  return `${rootTag}${header}${text}</TEI>`;
}

/**
 * The memo's root element and teiHeader, as a document of their own: what a memo's citation is
 * made of (src/export/tei/memo-info.ts reads the header and the root's xml:id and xml:lang for
 * it), without parsing the text, four fifths of the memo. Only a plain document is cut: no
 * DOCTYPE, comment, CDATA section or processing instruction anywhere (they could hide or fake a
 * tag), a TEI root whose first child is the teiHeader. Anything else: undefined (read it all).
 */
export function teiHeaderDocument(xml: string): string | undefined {
  if (/<!DOCTYPE|<!\[CDATA\[|<!--/.test(xml) || /<\?(?!xml[\s?])/.test(xml.replace(/^\uFEFF?<\?xml[^>]*\?>/, ''))) return undefined;
  const root = /^\uFEFF?(?:<\?xml[^>]*\?>)?\s*(<TEI\b(?:[^>"']|"[^"]*"|'[^']*')*>)\s*(?=<teiHeader[\s>])/.exec(xml);
  if (!root || root[1]!.endsWith('/>')) return undefined;
  const end = xml.indexOf('</teiHeader>', root[0].length);
  if (end < 0) return undefined;
  return `${xml.slice(0, end + '</teiHeader>'.length)}</TEI>`;
}
