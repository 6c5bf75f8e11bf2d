import { ParseOption, XmlDocument, XmlParseError } from 'libxml2-wasm';
import { type Diagnostic, diagnostic } from '../diagnostics/diagnostic.ts';
import { screenXml } from '../xml-guard.ts';

export const TEI_NS = 'http://www.tei-c.org/ns/1.0';

/**
 * Parser options: no entity substitution, no external DTD or entity loading, no network, no
 * XInclude processing. Documents with a DOCTYPE never reach the parser at all (screenXml).
 * xml:id is not registered as an ID: a repeated id is a Schematron finding (TE425), not a parse error.
 */
const SAFE = ParseOption.XML_PARSE_NONET | ParseOption.XML_PARSE_NO_XXE | ParseOption.XML_PARSE_BIG_LINES | ParseOption.XML_PARSE_SKIP_IDS;

export type ParseResult = { doc: XmlDocument; diagnostics: Diagnostic[] } | { doc?: undefined; diagnostics: Diagnostic[] };

/**
 * Parses one XML file for validation. Well-formedness comes first: the shared screen
 * (src/xml-guard.ts) refuses a DOCTYPE or entity declaration (which could read files or expand
 * without bound) and XInclude before any parser sees the text; a syntax error is TE401 with
 * libxml2's line and column. The caller disposes the returned document.
 */
export function parseForValidation(file: string, text: string): ParseResult {
  const xml = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const screened = screenXml(xml, file);
  if (screened.length) return { diagnostics: screened };
  try {
    return { doc: XmlDocument.fromString(xml, { url: file, option: SAFE }), diagnostics: [] };
  } catch (e) {
    return { diagnostics: [notWellFormed(file, e)] };
  }
}

function notWellFormed(file: string, e: unknown): Diagnostic {
  const detail = e instanceof XmlParseError ? e.details.find((d) => d.level >= 2) ?? e.details[0] : undefined;
  if (!detail) return diagnostic('TE401', { file, message: `XML is not well-formed: ${String((e as Error).message ?? e).trim()}` });
  return diagnostic('TE401', {
    file,
    line: detail.line || undefined,
    column: detail.col || undefined,
    message: `XML is not well-formed: ${plainWords(detail.message.trim())}`,
  });
}

/** libxml2's parser messages, in words an editor knows what to do with (the original follows). */
function plainWords(msg: string): string {
  let m: RegExpMatchArray | null;
  if ((m = msg.match(/^Opening and ending tag mismatch: (\S+) line (\d+) and (\S+)$/))) return `<${m[1]}> (line ${m[2]}) is closed by </${m[3]}>: an end tag is missing or misspelt`;
  if ((m = msg.match(/^Premature end of data in tag (\S+) line (\d+)$/))) return `<${m[1]}> (line ${m[2]}) is never closed`;
  if (/^xmlParseEntityRef: no name$/.test(msg) || /^EntityRef: expecting ';'$/.test(msg)) return `a bare "&" in text: write &amp; (${msg})`;
  if (/^StartTag: invalid element name$/.test(msg)) return `a bare "<" in text: write &lt; (${msg})`;
  if (/^AttValue: " or ' expected$/.test(msg)) return `an attribute value without quotes (${msg})`;
  if (/^Extra content at the end of the document$/.test(msg)) return 'text or markup after the end of the root element';
  if ((m = msg.match(/^Entity '(\S+)' not defined$/))) return `&${m[1]}; is not an XML entity: write the character itself or &#…; (${msg})`;
  return msg;
}

export type DocKind = 'memo' | 'register' | 'corpus';

/** memo: TEI with a div body; register: TEI whose body holds entity lists; corpus: teiCorpus. */
export function detectKind(doc: XmlDocument): DocKind | undefined {
  const root = doc.root;
  if (root.namespaceUri !== TEI_NS) return undefined;
  if (root.name === 'teiCorpus') return 'corpus';
  if (root.name !== 'TEI') return undefined;
  const lists = doc.get('/tei:TEI/tei:text/tei:body/*[self::tei:listPerson or self::tei:listPlace or self::tei:listOrg]', { tei: TEI_NS });
  return lists ? 'register' : 'memo';
}

/** The root check, with a message that names the usual mistakes (no namespace, wrong root). */
export function rootProblem(file: string, doc: XmlDocument): Diagnostic | undefined {
  const root = doc.root;
  if (detectKind(doc)) return undefined;
  const name = root.prefix ? `${root.prefix}:${root.name}` : root.name;
  const message =
    (root.name === 'TEI' || root.name === 'teiCorpus') && root.namespaceUri !== TEI_NS
      ? `<${name}> is not in the TEI namespace (found ${root.namespaceUri ? `"${root.namespaceUri}"` : 'no namespace'})`
      : `The root element is <${name}>, not <TEI> or <teiCorpus>`;
  return diagnostic('TE402', { file, line: root.line, column: 1, message });
}
