import { type Diagnostic, diagnostic } from './diagnostics/diagnostic.ts';
import { LineIndex } from './text-position.ts';

/**
 * Screens XML from outside the tool (hand-edited or imported TEI, registers) before any parser
 * sees it. TEI editions never need a DTD, so a DOCTYPE or entity declaration is refused outright
 * (TE801): that one rule stops external entities (XXE: file: and http: reads), parameter entities
 * and entity-expansion bombs, whatever parser comes after. XInclude is refused too (TE802): the tool
 * never follows it, and an edition that silently lacks the included text would be wrong. Linear in
 * the input; reads nothing else.
 */
export function screenXml(xml: string, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  // Comments and CDATA may mention these constructs harmlessly; skip over them.
  const re = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<!(DOCTYPE|ENTITY|ELEMENT|ATTLIST)\b|\bxmlns(?::[\w.-]+)?\s*=\s*["']http:\/\/www\.w3\.org\/(?:2001|2003)\/XInclude["']|<[\w.-]+:include\b/gi;
  let m: RegExpExecArray | null;
  let dtd = false;
  let xi = false;
  let index: LineIndex | undefined;
  while ((m = re.exec(xml))) {
    if (m[0].startsWith('<!--') || m[0].startsWith('<![CDATA[')) continue;
    const at = (index ??= new LineIndex(xml)).position(m.index);
    if (m[1] && !dtd) {
      dtd = true;
      out.push(diagnostic('TE801', { file, ...at, message: `XML file declares <!${m[1].toUpperCase()}>: not read (no DTD, entity or external reference is ever loaded)` }));
    } else if (!m[1] && !xi) {
      xi = true;
      out.push(diagnostic('TE802', { file, ...at, message: 'XML file uses XInclude: the include is not followed and nothing was read from it' }));
    }
    if (dtd && xi) break;
  }
  return out;
}
