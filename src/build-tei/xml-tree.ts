/**
 * A minimal element tree and its serializer. The TEI builder needs exact control over whitespace:
 * element-only content (teiHeader, fileDesc, div…) is indented one element per line so editors can
 * read and hand-edit it, while mixed content (p, head, title…) is written compactly, because any
 * whitespace added there would change the text (xmlbuilder2's prettyPrint does exactly that).
 * Output is deterministic: attributes in the order given, undefined attributes dropped.
 */
export interface XmlElement {
  name: string;
  attrs: [string, string][];
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

export function el(name: string, attrs: Record<string, string | number | undefined | null> = {}, ...children: (XmlNode | undefined | null | false)[]): XmlElement {
  const a: [string, string][] = [];
  for (const k of Object.keys(attrs)) {
    const v = attrs[k];
    if (v !== undefined && v !== null && v !== '') a.push([k, String(v)]);
  }
  const kept: XmlNode[] = [];
  for (const c of children) if (c !== undefined && c !== null && c !== false) kept.push(c);
  return { name, attrs: a, children: kept };
}

// The escapes below run on every text node and attribute of every memo; most need no change, so
// a test comes first and the (allocating) replacements run only when there is something to replace.

export function escapeText(s: string): string {
  return TEXT_SPECIAL.test(s) ? s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : s;
}

/**
 * Whether `s` holds whitespace other than single plain spaces (two spaces, a tab, a line break, a
 * no-break space…: anything the regex \s matches but one U+0020). Whitespace-normalizing
 * replacements are then no-ops and can be skipped.
 */
export function hasOtherSpace(s: string): boolean {
  return OTHER_SPACE.test(s);
}

const OTHER_SPACE = /[^\S ]| {2}/;

export function escapeAttr(s: string): string {
  const t = escapeText(s);
  return ATTR_SPECIAL.test(t) ? t.replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;') : t;
}

const TEXT_SPECIAL = /[&<>]/;
const ATTR_SPECIAL = /["\t\n\r]/;

/** Removes characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE/U+FFFF). */
export function xmlSafe(s: string): string {
  return UNSAFE_TEST.test(s) ? s.replace(UNSAFE, '\ufffd') : s;
}

const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** A cheap superset of UNSAFE (any control character, surrogate or U+FFFE/U+FFFF). */
const UNSAFE_TEST = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

// Plain loops and concatenation below: every element of every memo goes through them.

function open(e: XmlElement): string {
  let s = `<${e.name}`;
  for (const [k, v] of e.attrs) s += ` ${k}="${escapeAttr(xmlSafe(v))}"`;
  return s;
}

/** Compact serialization (for mixed content). */
export function serializeInline(n: XmlNode): string {
  if (typeof n === 'string') return escapeText(xmlSafe(n));
  if (!n.children.length) return `${open(n)}/>`;
  let s = `${open(n)}>`;
  for (const c of n.children) s += serializeInline(c);
  return `${s}</${n.name}>`;
}

/** Elements whose content is text (mixed content): never indented inside, even when they hold only elements. */
const MIXED = new Set(['p', 'head', 'dateline', 'title', 'note', 'resp', 'persName', 'placeName', 'orgName', 'name', 'date', 'idno', 'label', 'desc', 'supplied', 'choice']);

/** Source offsets of elements, filled by the builder; serializeBlock reports the line each lands on. */
export interface LineMarks {
  offsets: Map<XmlElement, number>;
  /** [0-based output line, source offset] */
  found: [number, number][];
}

/** Serializes with one element per line where content is element-only; `out` receives each output line. */
export function serializeBlock(n: XmlElement, indent = 0, out: string[] = [], marks?: LineMarks): string[] {
  const pad = '  '.repeat(indent);
  const mixed = MIXED.has(n.name) || n.children.some((c) => typeof c === 'string');
  const offset = marks?.offsets.get(n);
  if (offset !== undefined) marks!.found.push([out.length, offset]);
  if (!n.children.length || mixed) {
    out.push(pad + serializeInline(n));
    return out;
  }
  out.push(`${pad}${open(n)}>`);
  for (const c of n.children) serializeBlock(c as XmlElement, indent + 1, out, marks);
  out.push(`${pad}</${n.name}>`);
  return out;
}
