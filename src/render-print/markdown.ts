import { Marked, type Tokens } from 'marked';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ESC[c]!);

/**
 * The editorial introduction (Markdown) → HTML for the print book. Raw HTML in the Markdown is
 * printed as text, never passed through (the page runs in a browser with file access); headings
 * move one level down, under the book's "Introduction" heading; images print their alt text.
 */
const marked = new Marked({
  gfm: true,
  async: false,
  walkTokens(token) {
    if (token.type === 'heading') (token as Tokens.Heading).depth = Math.min(6, (token as Tokens.Heading).depth + 1);
  },
  renderer: {
    html(token: Tokens.HTML | Tokens.Tag) {
      return escape(token.text);
    },
    image(token: Tokens.Image) {
      return escape(token.text || token.title || '');
    },
  },
});

export function markdownToHtml(md: string): string {
  return marked.parse(md, { async: false });
}
