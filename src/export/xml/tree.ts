import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * A small ordered XML tree for reading TEI in exports. Mixed content (text between inline
 * elements) is kept in document order, which the text, entity and DTS exports all need.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

type Raw = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

/** Parses XML and returns the root element, or an error message (never throws). */
export function parseXml(xml: string): { root: XmlElement } | { error: string; line?: number } {
  // The parser is lenient (unclosed tags pass), so well-formedness is checked first.
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return { error: valid.err.msg, line: valid.err.line };
  try {
    const raw = parser.parse(xml) as Raw[];
    const nodes = raw.map(convert).filter((n): n is XmlElement => typeof n !== 'string');
    if (nodes.length !== 1) return { error: `expected one root element, found ${nodes.length}` };
    return { root: nodes[0] };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

function convert(raw: Raw): XmlNode | undefined {
  if ('#text' in raw) return String(raw['#text']);
  const name = Object.keys(raw).find((k) => k !== ':@');
  if (!name) return undefined;
  const attrs = { ...((raw[':@'] as Record<string, string>) ?? {}) };
  const kids = (raw[name] as Raw[]) ?? [];
  return { name, attrs, children: kids.map(convert).filter((n): n is XmlNode => n !== undefined) };
}

export const isElement = (n: XmlNode | undefined): n is XmlElement => typeof n === 'object' && n !== null;

/** Element children, optionally only those with the given name. */
export function childElements(el: XmlElement, name?: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => isElement(c) && (!name || c.name === name));
}

/** Follows a path of child names ("teiHeader/fileDesc/titleStmt"); a step may add [@att='v']. */
export function child(el: XmlElement | undefined, path: string): XmlElement | undefined {
  let cur = el;
  for (const step of path.split('/')) {
    if (!cur) return undefined;
    const m = /^([\w:.-]+)(?:\[@([\w:.-]+)='([^']*)'\])?$/.exec(step);
    if (!m) throw new Error(`bad path step ${step}`);
    cur = childElements(cur, m[1]).find((c) => !m[2] || c.attrs[m[2]] === m[3]);
  }
  return cur;
}

/** All descendant elements matching the predicate, in document order. */
export function descendants(el: XmlElement, pred: (e: XmlElement) => boolean, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (!isElement(c)) continue;
    if (pred(c)) out.push(c);
    descendants(c, pred, out);
  }
  return out;
}

/** Concatenated text of all descendants, whitespace as in the source. */
export function textContent(n: XmlNode | undefined): string {
  if (n === undefined) return '';
  if (typeof n === 'string') return n;
  return n.children.map(textContent).join('');
}

/** Text content with runs of whitespace collapsed and trimmed. */
export const normText = (n: XmlNode | undefined): string => textContent(n).replace(/\s+/g, ' ').trim();

export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/** Serializes an element (attributes in source order). `extraAttrs` are added to this element only. */
export function serialize(el: XmlNode, extraAttrs: Record<string, string> = {}): string {
  if (typeof el === 'string') return escapeText(el);
  const attrs = { ...el.attrs, ...extraAttrs };
  const a = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join('');
  if (!el.children.length) return `<${el.name}${a}/>`;
  return `<${el.name}${a}>${el.children.map((c) => serialize(c)).join('')}</${el.name}>`;
}
