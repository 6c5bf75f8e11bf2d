import { XmlElement, type XmlDocument, type XmlNode } from 'libxml2-wasm';
import { LineIndex } from '../text-position.ts';

export interface Place {
  line: number;
  column?: number;
  /** The element the problem is on (for explanations); absent when only a line is known. */
  element?: XmlElement;
}

/**
 * Finds where a node is in the file text. libxml2 knows an element's line but not its column, so
 * the start tags of the text are listed once (skipping comments, CDATA and processing
 * instructions): the n-th start tag is the n-th element in document order. Attributes are found
 * inside their element's start tag.
 */
export class Locator {
  private starts?: number[];
  private lines?: LineIndex;

  constructor(
    private readonly doc: XmlDocument,
    private readonly text: string,
  ) {}

  /** A node from libxml2's own XPath (RNG errors carry one, e.g. "/*\/*[2]/*[5]"). */
  byXPath(xpath: string | undefined, fallbackLine: number): Place {
    let node: XmlNode | null = null;
    try {
      node = xpath ? this.doc.get(xpath) : null;
    } catch {
      node = null;
    }
    return node && isElement(node) ? this.element(node) : { line: fallbackLine };
  }

  /** A node from a Schematron location: element child positions from the root, then "@name". */
  byIndexPath(path: string): Place | undefined {
    if (!path) return undefined;
    const [elPath, attr] = path.split('/@') as [string, string | undefined];
    const xpath = elPath
      .split('/')
      .map((n) => `/*[${Number(n)}]`)
      .join('');
    const node = this.doc.get(xpath);
    if (!node || !isElement(node)) return undefined;
    return this.element(node, attr);
  }

  element(el: XmlElement, attr?: string): Place {
    const offset = this.startTag(el);
    if (offset === undefined) return { line: el.line, element: el };
    this.lines ??= new LineIndex(this.text);
    const at = attr ? this.attributeOffset(offset, attr) ?? offset : offset;
    const pos = this.lines.position(at);
    return { line: pos.line, column: pos.column, element: el };
  }

  private startTag(el: XmlElement): number | undefined {
    const index = el.eval('count(preceding::*) + count(ancestor::*)');
    this.starts ??= startTags(this.text);
    return typeof index === 'number' ? this.starts[index] : undefined;
  }

  /** Offset of ` name=` inside the start tag at `tagStart` (quotes respected). */
  private attributeOffset(tagStart: number, name: string): number | undefined {
    let quote = '';
    for (let i = tagStart + 1; i < this.text.length; i++) {
      const c = this.text[i]!;
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '>') return undefined;
      else if (/\s/.test(c) && this.text.startsWith(name, i + 1) && /^\s*=/.test(this.text.slice(i + 1 + name.length, i + 1 + name.length + 8))) {
        return i + 1;
      }
    }
    return undefined;
  }
}

/** Offsets of every start tag ("<name"), in document order. */
export function startTags(text: string): number[] {
  const out: number[] = [];
  let i = text.indexOf('<');
  while (i >= 0 && i < text.length) {
    if (text.startsWith('<!--', i)) i = skip(text, i, '-->');
    else if (text.startsWith('<![CDATA[', i)) i = skip(text, i, ']]>');
    else if (text.startsWith('<?', i)) i = skip(text, i, '?>');
    else if (text.startsWith('<!', i)) i = skip(text, i, '>');
    else {
      if (text[i + 1] !== '/') out.push(i);
      i++;
    }
    i = text.indexOf('<', i);
  }
  return out;
}

function skip(text: string, from: number, end: string): number {
  const j = text.indexOf(end, from + 2);
  return j < 0 ? text.length : j + end.length;
}

function isElement(n: XmlNode): n is XmlElement {
  return n instanceof XmlElement;
}
