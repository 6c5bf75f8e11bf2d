import { isElement, type XmlElement, type XmlNode } from '../xml/tree.ts';

/**
 * The reading text of TEI inline content: what a reader of the memo sees, as plain text or
 * Markdown. Editorial markup follows its TEI meaning (Guidelines §3.5 "Simple Editorial Changes"):
 * `choice` shows the text as written (abbr / sic / orig), `supplied`, `note` and `gap` that stood
 * in brackets in the source (`@rend="brackets"`) get their brackets back, other notes stay out of
 * the running text.
 */
export interface ReadingOptions {
  markdown?: boolean;
}

export function reading(node: XmlNode | undefined, opts: ReadingOptions = {}): string {
  return raw(node, opts).replace(/\s+/g, ' ').trim();
}

function raw(node: XmlNode | undefined, opts: ReadingOptions): string {
  if (node === undefined) return '';
  if (!isElement(node)) return opts.markdown ? escapeMarkdown(node) : node;
  const inner = () => node.children.map((c) => raw(c, opts)).join('');
  const bracketed = (node.attrs.rend ?? '').split(/\s+/).includes('brackets');
  const open = opts.markdown ? '\\[' : '[';
  const close = opts.markdown ? '\\]' : ']';
  switch (node.name) {
    case 'choice': {
      const pick = ['abbr', 'sic', 'orig', 'reg', 'corr', 'expan']
        .map((n) => node.children.find((c): c is XmlElement => isElement(c) && c.name === n))
        .find(Boolean);
      return raw(pick ?? node.children[0], opts);
    }
    case 'supplied':
      return bracketed ? open + inner() + close : inner();
    case 'note':
      return bracketed ? open + inner() + close : '';
    case 'gap': {
      const desc = node.children.find((c): c is XmlElement => isElement(c) && c.name === 'desc');
      if (!bracketed) return node.attrs.reason === 'truncated' ? '' : open + '…' + close;
      return open + (desc ? raw(desc, opts) : '…') + close;
    }
    case 'lb':
      return ' ';
    case 'pb':
    case 'fw':
    case 'del':
      return '';
    case 'hi': {
      if (!opts.markdown) return inner();
      const rend = node.attrs.rend ?? '';
      const mark = /bold/.test(rend) ? '**' : /italic/.test(rend) ? '*' : '';
      const text = inner();
      return mark && text.trim() ? mark + text + mark : text;
    }
    default:
      return inner();
  }
}

/** Escapes the characters Markdown would read as markup inside running text. */
export function escapeMarkdown(s: string): string {
  return s.replace(/([\\`*_[\]<>|])/g, '\\$1');
}
