import { type XmlToken, decodeEntities, localName } from './xml-scan.ts';

/**
 * The text of a memo TEI as the recognizer should see it, block by block (head, paragraphs, the
 * abstract…), with the square brackets of rend="brackets" restored and only the abbreviated side
 * of a choice: the memo text the converter started from. Each run of *untagged* text records where
 * its characters lie in the XML, so a name found there can be wrapped in place.
 */

/** Elements whose text is already an annotation or not the document's words: never tagged again. */
export const SKIP = new Set([
  'persName', 'placeName', 'orgName', 'geogName', 'name', 'rs', 'date', 'time', 'note', 'gap', 'choice', 'abbr', 'expan',
  'sic', 'corr', 'reg', 'orig', 'del', 'unclear', 'idno', 'ref', 'ptr', 'title', 'num', 'label', 'fw', 'desc', 'figDesc',
  'bibl', 'biblScope', 'surname', 'forename', 'roleName', 'addName', 'genName', 'nameLink', 'code', 'formula', 'term', 'foreign',
]);
/** Elements that hold a run of prose: recognition context does not cross them. */
const BLOCKS = new Set(['p', 'head', 'ab', 'l', 'item', 'cell', 'dateline', 'salute', 'signed', 'closer', 'opener', 'byline', 'trailer', 'argument', 'epigraph']);
/** Content left out of the text the recognizer sees (the expansion of an abbreviation, a regularized form). */
const HIDDEN = new Set(['expan', 'reg']);

export interface Segment {
  /** [start, end) in the block's text. */
  start: number;
  end: number;
  /** The text token it came from, and the raw offset of each decoded code unit (see decodeEntities). */
  token: XmlToken;
  rawAt: number[];
}

export interface TextBlock {
  /** Local name of the block element ("p", "head"…) and its qualified name (keeps a namespace prefix). */
  name: string;
  qname: string;
  where: 'body' | 'abstract';
  text: string;
  /** Untagged runs, in order: the only places markup may be added. */
  segments: Segment[];
  /** Offset of the block's start tag in the XML. */
  offset: number;
}

export interface MemoFacts {
  blocks: TextBlock[];
  /** profileDesc/creation/date (or the dateline's date): the memo's date for year context. */
  date?: { when?: string; notBefore?: string; notAfter?: string };
  /** Local name of the root element, and its offset. */
  root?: string;
  rootOffset?: number;
  /** Offset of a register list (listPerson…) in the body: the file is a register, not a memo. */
  registerOffset?: number;
}

export function readBlocks(xml: string, tokens: XmlToken[]): MemoFacts {
  const stack: { name: string; qname: string; attrs: Record<string, string> }[] = [];
  const blocks: TextBlock[] = [];
  const facts: MemoFacts = { blocks };
  let current: TextBlock | undefined;
  let currentDepth = -1;
  const has = (name: string) => stack.some((e) => e.name === name);
  const region = (): TextBlock['where'] | undefined => {
    const names = stack.map((e) => e.name);
    const t = names.indexOf('text');
    if (t >= 0 && names[t + 1] === 'body') return 'body';
    if (names.includes('teiHeader') && names.includes('abstract')) return 'abstract';
    return undefined;
  };
  const append = (s: string) => {
    if (current) current.text += s;
  };
  for (const tok of tokens) {
    if (tok.kind === 'start' || tok.kind === 'empty') {
      const name = localName(tok.name!);
      const attrs = tok.attrs ?? {};
      if (!facts.root) {
        facts.root = name;
        facts.rootOffset = tok.start;
      }
      if (/^list(Person|Place|Org)$/.test(name) && region() === 'body') facts.registerOffset ??= tok.start;
      if (name === 'date' && !facts.date && (has('creation') || has('dateline'))) facts.date = { when: attrs.when, notBefore: attrs.notBefore, notAfter: attrs.notAfter };
      if (tok.kind === 'empty') {
        // An empty gap with rend="brackets" stood for "[…]"; other empty elements (lb, pb) separate words.
        append(name === 'gap' && attrs.rend === 'brackets' ? '[…]' : name === 'lb' || name === 'pb' || name === 'cb' ? ' ' : '');
        continue;
      }
      const where = region();
      const entering = where && !current && (BLOCKS.has(name) || name === 'div' || name === 'abstract');
      stack.push({ name, qname: tok.name!, attrs });
      if (entering && BLOCKS.has(name)) {
        current = { name, qname: tok.name!, where: region()!, text: '', segments: [], offset: tok.start };
        currentDepth = stack.length;
      }
      if (attrs.rend === 'brackets' && current) append('[');
      if (HIDDEN.has(name) || (name === 'corr' && stack[stack.length - 2]?.name === 'choice')) append(' ');
      continue;
    }
    if (tok.kind === 'end') {
      const top = stack.pop();
      if (top?.attrs.rend === 'brackets' && current) append(']');
      if (current && stack.length < currentDepth) {
        blocks.push(current);
        current = undefined;
        currentDepth = -1;
      }
      continue;
    }
    if (!current || (tok.kind !== 'text' && tok.kind !== 'cdata')) continue;
    if (stack.some((e) => HIDDEN.has(e.name) || (e.name === 'corr' && stack[stack.indexOf(e) - 1]?.name === 'choice'))) continue;
    if (tok.kind === 'cdata') {
      append(xml.slice(tok.start + 9, tok.end - 3));
      continue;
    }
    const { text, rawAt } = decodeEntities(xml.slice(tok.start, tok.end));
    const start = current.text.length;
    current.text += text;
    if (!stack.some((e) => SKIP.has(e.name))) current.segments.push({ start, end: start + text.length, token: tok, rawAt });
  }
  return facts;
}

/** The restored text of the memo body (head and paragraphs, brackets restored), blocks joined by blank lines. */
export function bodyText(facts: MemoFacts): string {
  return facts.blocks
    .filter((b) => b.where === 'body')
    .map((b) => b.text)
    .join('\n\n');
}
