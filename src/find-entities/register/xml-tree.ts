/**
 * A minimal ordered element tree for register files. It only ever sees text that fast-xml-parser's
 * XMLValidator has accepted as well-formed (read-tei.ts), so it can be a single fast regex pass:
 * the register (≈ 1.6 MB) must load in well under 300 ms, which fast-xml-parser's object builder
 * does not reach. Entities are never expanded beyond the predefined ones (no DTD is accepted).
 */
import { decodeXml } from './xml-text.ts';

export interface El {
  tag: string;
  /** Raw attribute text; read with attr(). */
  rawAttrs: string;
  children: (El | string)[];
  /** 1-based line of the start tag (set for the elements asked for in `lineTags`). */
  line?: number;
  attrs?: Map<string, string>;
}

const SPACE = ' ';

const TOKEN = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|([^<]+)/g;

export function parseTree(xml: string, lineTags: ReadonlySet<string>): El {
  const root: El = { tag: '#document', rawAttrs: '', children: [] };
  const stack: El[] = [root];
  let line = 1;
  let counted = 0;
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(xml))) {
    const top = stack[stack.length - 1]!;
    if (m[2]) {
      if (m[1]) { if (stack.length > 1) stack.pop(); continue; }
      const el: El = { tag: m[2], rawAttrs: m[3] ?? '', children: [] };
      if (lineTags.has(m[2])) {
        for (let i = xml.indexOf('\n', counted); i >= 0 && i < m.index; i = xml.indexOf('\n', i + 1)) line++;
        counted = m.index;
        el.line = line;
      }
      top.children.push(el);
      if (!m[4]) stack.push(el);
    } else if (m[6] !== undefined) {
      // Whitespace between elements is kept as one shared space: it still separates name parts.
      const t = m[6];
      top.children.push(t.trim() === '' ? SPACE : decodeXml(t));
    }
    else if (m[5] !== undefined) top.children.push(m[5]);
  }
  return root;
}

const ATTR = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function attr(el: El, name: string): string | undefined {
  if (!el.attrs) {
    el.attrs = new Map();
    ATTR.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ATTR.exec(el.rawAttrs))) el.attrs.set(m[1]!, decodeXml(m[2] ?? m[3] ?? ''));
  }
  return el.attrs.get(name);
}

export function childEls(el: El, tag?: string): El[] {
  const out: El[] = [];
  for (const c of el.children) if (typeof c !== 'string' && (!tag || c.tag === tag)) out.push(c);
  return out;
}

/** Text content, whitespace as written. */
export function textOf(el: El): string {
  let s = '';
  for (const c of el.children) s += typeof c === 'string' ? c : textOf(c);
  return s;
}
