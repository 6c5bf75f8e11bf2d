import { xmlEscape } from './xml.ts';

/**
 * The editorial introduction (Markdown) → a small XML fragment for site.xsl
 * (<intro><h2>…</h2><p>…</p><ul><li>…</li></ul></intro>, no namespace). A deliberately small
 * Markdown subset: ATX headings, paragraphs, "-"/"*"/"1." lists, block quotes, and inline
 * emphasis, strong, code and links. Everything else is text; raw HTML is escaped, never passed on.
 */
export function introToXml(markdown: string): string {
  const blocks = markdown.replace(/\r\n?/g, '\n').split(/\n{2,}/).map((b) => b.trim()).filter(Boolean);
  return `<intro>${blocks.map(block).join('')}</intro>`;
}

function block(b: string): string {
  const h = /^(#{1,6})\s+(.*)$/.exec(b);
  if (h && !b.includes('\n')) return `<h${h[1]!.length}>${inline(h[2]!.replace(/\s+#+$/, ''))}</h${h[1]!.length}>`;
  const lines = b.split('\n');
  if (lines.every((l) => /^\s*([-*+]|\d+[.)])\s+/.test(l))) {
    const tag = /^\s*\d/.test(lines[0]!) ? 'ol' : 'ul';
    return `<${tag}>${lines.map((l) => `<li>${inline(l.replace(/^\s*([-*+]|\d+[.)])\s+/, ''))}</li>`).join('')}</${tag}>`;
  }
  if (lines.every((l) => l.startsWith('>'))) {
    return `<blockquote><p>${inline(lines.map((l) => l.replace(/^>\s?/, '')).join(' '))}</p></blockquote>`;
  }
  return `<p>${inline(lines.join(' '))}</p>`;
}

function inline(s: string): string {
  // Tokenize on code spans and links first, so their contents are not read as emphasis.
  let out = '';
  const re = /`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)/g;
  let last = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out += emphasis(s.slice(last, m.index));
    out += m[1] !== undefined ? `<code>${xmlEscape(m[1])}</code>` : `<a href="${xmlEscape(m[3]!)}">${emphasis(m[2]!)}</a>`;
    last = re.lastIndex;
  }
  return out + emphasis(s.slice(last));
}

function emphasis(s: string): string {
  return xmlEscape(s)
    .replace(/\*\*(?=\S)(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^\w*])\*(?=\S)(.+?)\*(?!\w)/g, '$1<em>$2</em>')
    .replace(/(^|[^\w_])_(?=\S)(.+?)_(?!\w)/g, '$1<em>$2</em>');
}
