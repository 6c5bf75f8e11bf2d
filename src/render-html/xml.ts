const XML_ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for XML content and attribute values (the data documents handed to XSLT). */
export function xmlEscape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => XML_ESC[c]!);
}

/**
 * JSON text that is safe inside an HTML <script type="application/json"> element: "<", ">" and "&"
 * become \u escapes (equivalent inside JSON strings, and "<" cannot appear outside them), so memo text
 * containing "</script>" cannot end the element. U+2028/9 are escaped for older JS parsers.
 */
export function jsonForScript(value: unknown): string {
  return scriptSafe(JSON.stringify(value));
}

/** The same escaping for JSON that is already text (e.g. CSL-JSON from the citation exporter). */
export function scriptSafe(jsonText: string): string {
  return jsonText
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
