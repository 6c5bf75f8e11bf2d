/**
 * A lexical scanner over serialized XML that keeps every byte where it is: tokens are offsets into
 * the original string, so a caller can rewrite one text node and leave the rest (comments, PIs,
 * attribute quoting, whitespace, entity references, line ends) exactly as the editor wrote it.
 * It assumes well-formed input (check with XMLValidator first) and reads no DTD.
 */

export type TokenKind = 'text' | 'start' | 'end' | 'empty' | 'comment' | 'pi' | 'cdata' | 'doctype';

export interface XmlToken {
  kind: TokenKind;
  /** [start, end) in the source string. */
  start: number;
  end: number;
  /** Qualified element name for start/end/empty tags. */
  name?: string;
  /** Attributes of start/empty tags (values decoded). */
  attrs?: Record<string, string>;
}

export class XmlScanError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const NAME = /[^\s/>=]+/y;
const ATTR = /\s*([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/y;

export function scanXml(xml: string): XmlToken[] {
  const out: XmlToken[] = [];
  let i = 0;
  const n = xml.length;
  const until = (close: string, from: number, what: string): number => {
    const k = xml.indexOf(close, from);
    if (k < 0) throw new XmlScanError(`Unclosed ${what}`, from);
    return k + close.length;
  };
  while (i < n) {
    const lt = xml.indexOf('<', i);
    if (lt !== i) {
      const end = lt < 0 ? n : lt;
      out.push({ kind: 'text', start: i, end });
      i = end;
      continue;
    }
    if (xml.startsWith('<!--', i)) {
      const end = until('-->', i + 4, 'comment');
      out.push({ kind: 'comment', start: i, end });
      i = end;
    } else if (xml.startsWith('<![CDATA[', i)) {
      const end = until(']]>', i + 9, 'CDATA section');
      out.push({ kind: 'cdata', start: i, end });
      i = end;
    } else if (xml.startsWith('<?', i)) {
      const end = until('?>', i + 2, 'processing instruction');
      out.push({ kind: 'pi', start: i, end });
      i = end;
    } else if (xml.startsWith('<!', i)) {
      // DOCTYPE (callers refuse it before scanning); an internal subset sits in [ … ].
      let k = i + 2;
      let depth = 0;
      for (; k < n; k++) {
        const c = xml[k];
        if (c === '[') depth++;
        else if (c === ']') depth--;
        else if (c === '>' && depth <= 0) break;
      }
      if (k >= n) throw new XmlScanError('Unclosed declaration', i);
      out.push({ kind: 'doctype', start: i, end: k + 1 });
      i = k + 1;
    } else if (xml[i + 1] === '/') {
      NAME.lastIndex = i + 2;
      const m = NAME.exec(xml);
      const end = xml.indexOf('>', i);
      if (!m || end < 0) throw new XmlScanError('Malformed end tag', i);
      out.push({ kind: 'end', start: i, end: end + 1, name: m[0] });
      i = end + 1;
    } else {
      NAME.lastIndex = i + 1;
      const m = NAME.exec(xml);
      if (!m) throw new XmlScanError('Malformed start tag', i);
      let k = NAME.lastIndex;
      const attrs: Record<string, string> = {};
      for (;;) {
        ATTR.lastIndex = k;
        const a = ATTR.exec(xml);
        if (!a) break;
        attrs[a[1]!] = decodeEntities(a[3] ?? a[4] ?? '').text;
        k = ATTR.lastIndex;
      }
      while (k < n && /\s/.test(xml[k]!)) k++;
      if (xml.startsWith('/>', k)) {
        out.push({ kind: 'empty', start: i, end: k + 2, name: m[0], attrs });
        i = k + 2;
      } else if (xml[k] === '>') {
        out.push({ kind: 'start', start: i, end: k + 1, name: m[0], attrs });
        i = k + 1;
      } else throw new XmlScanError('Malformed start tag', i);
    }
  }
  return out;
}

/** The local part of a qualified name ("tei:p" → "p"). */
export function localName(qname: string): string {
  const c = qname.indexOf(':');
  return c < 0 ? qname : qname.slice(c + 1);
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Decodes the predefined entities and character references of raw text. `rawAt[i]` is the offset
 * in `raw` where decoded code unit i came from (rawAt[text.length] = raw.length), so a span of the
 * decoded text maps back to a span of the raw text.
 */
export function decodeEntities(raw: string): { text: string; rawAt: number[] } {
  let text = '';
  const rawAt: number[] = [];
  let i = 0;
  while (i < raw.length) {
    const amp = raw.indexOf('&', i);
    const stop = amp < 0 ? raw.length : amp;
    for (let k = i; k < stop; k++) rawAt.push(k);
    text += raw.slice(i, stop);
    if (amp < 0) break;
    const semi = raw.indexOf(';', amp);
    const body = semi < 0 ? '' : raw.slice(amp + 1, semi);
    let ch: string | undefined;
    if (/^#x[0-9a-fA-F]+$/.test(body)) ch = fromCode(parseInt(body.slice(2), 16));
    else if (/^#[0-9]+$/.test(body)) ch = fromCode(parseInt(body.slice(1), 10));
    else ch = NAMED[body];
    if (ch === undefined) {
      // Not a reference we know (cannot occur in well-formed XML without a DTD): keep it as text.
      rawAt.push(amp);
      text += '&';
      i = amp + 1;
      continue;
    }
    for (let k = 0; k < ch.length; k++) rawAt.push(amp);
    text += ch;
    i = semi + 1;
  }
  rawAt.push(raw.length);
  return { text, rawAt };
}

function fromCode(cp: number): string | undefined {
  return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : undefined;
}

/** 1-based line and column of an offset (columns in code units; enough for diagnostics on XML). */
export function lineCol(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
