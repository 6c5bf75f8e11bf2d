import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RelaxNGValidator, XmlDocument, XmlElement, XmlValidateError, type ErrorDetail } from 'libxml2-wasm';
import type { Code } from '../diagnostics/codes.ts';
import { type Diagnostic, diagnostic } from '../diagnostics/diagnostic.ts';
import { digestSchema, oneOf, type ElementSpec } from './schema-digest.ts';
import type { Locator, Place } from './locate.ts';

export const RNG_PATH = fileURLToPath(new URL('../../schema/tei-edition.rng', import.meta.url));

interface Grammar {
  validator: RelaxNGValidator;
  /** Read only to explain an error: digesting the schema costs as much as compiling it. */
  readonly digest: Map<string, ElementSpec>;
  compileMs: number;
}

let grammar: Grammar | undefined;

/**
 * The project schema, compiled once per process and kept (libxml2-wasm's validator is long-lived;
 * compiling takes ~100 ms, validating a memo well under 1 ms).
 */
export function loadGrammar(): Grammar {
  if (grammar) return grammar;
  const t0 = performance.now();
  const text = readFileSync(RNG_PATH, 'utf8');
  const rng = XmlDocument.fromString(text, { url: RNG_PATH });
  try {
    const validator = RelaxNGValidator.fromDoc(rng);
    let digest: Map<string, ElementSpec> | undefined;
    grammar = {
      validator,
      get digest() {
        return (digest ??= digestSchema(text));
      },
      compileMs: performance.now() - t0,
    };
    return grammar;
  } finally {
    rng.dispose();
  }
}

/** Validates a parsed document against tei-edition.rng; libxml2's errors become explained diagnostics. */
export function validateGrammar(file: string, doc: XmlDocument, locator: Locator): Diagnostic[] {
  const g = loadGrammar();
  try {
    g.validator.validate(doc);
    return [];
  } catch (e) {
    if (!(e instanceof XmlValidateError)) throw e;
    const digest = g.digest;
    const out: Diagnostic[] = [];
    const seen = new Set<string>();
    for (const detail of e.details) {
      const d = explain(file, detail, locator, digest);
      const key = `${d.line}:${d.column}:${d.code}`;
      // libxml2 follows "Error validating value" with "Element x failed to validate content" for
      // the same element: one diagnostic is enough.
      if (seen.has(key) || (d.code === 'TE411' && [...seen].some((k) => k.startsWith(`${d.line}:${d.column}:`)))) continue;
      seen.add(key);
      out.push(d);
    }
    return out;
  }
}

function explain(file: string, detail: ErrorDetail & { xpath?: string }, locator: Locator, digest: Map<string, ElementSpec>): Diagnostic {
  const msg = detail.message.trim();
  const place = locator.byXPath(detail.xpath, detail.line);
  const at = (code: Code, message: string, p: Place = place) => diagnostic(code, { file, line: p.line, column: p.column, message });
  const el = place.element;
  const spec = el ? digest.get(el.name) : undefined;
  let m: RegExpMatchArray | null;

  if ((m = msg.match(/^Did not expect element (\S+) there$/)) || (m = msg.match(/^Element \S+ has extra content: (\S+)$/))) {
    const parent = el?.parent;
    const parentSpec = parent ? digest.get(parent.name) : undefined;
    // An allowed element "not expected" where a required sibling is absent: the sibling is missing.
    const missing = parent && parentSpec?.children.includes(m[1]!) ? absentRequired(parent, parentSpec) : [];
    if (missing.length) return at('TE406', `<${parent!.name}> lacks ${missing.map((r) => `<${r}>`).join(', ')}: found <${m[1]}> where it was expected`);
    const inside = parent ? ` inside <${parent.name}>` : '';
    return at('TE405', `<${m[1]}> is not allowed here${inside}${parentSpec?.children.length ? ` (allowed: ${listShort(parentSpec.children)})` : ''}`);
  }
  if ((m = msg.match(/^Expecting (?:an )?element (\S*), got (\S+)$/))) {
    if (m[2] === 'nothing') return missingChild(at, el, spec, m[1]);
    return at('TE405', `<${m[2]}> found where <${m[1]}> is expected`);
  }
  if ((m = msg.match(/^Invalid attribute (\S+) for element (\S+)$/))) {
    return attributeProblem(at, place, locator, el, spec, m[1]!);
  }
  if ((m = msg.match(/^Element (\S+) failed to validate attributes$/))) {
    const missing = spec ? [...spec.attributes.values()].filter((a) => a.required && !el?.attr(...qname(a.name))) : [];
    if (missing.length) return at('TE409', `<${m[1]}> needs ${missing.map((a) => `@${a.name}`).join(' and ')}${valuesHint(missing[0]!)}`);
    const bad = el && spec ? el.attrs.find((a) => !valueFits(spec, attrName(a), a.value)) : undefined;
    if (bad && el) return attributeProblem(at, place, locator, el, spec, attrName(bad));
    return at('TE411', `<${m[1]}>: its attributes do not fit the schema`);
  }
  if ((m = msg.match(/^Did not expect text in element (\S+) content$/))) {
    return at('TE410', `Text is not allowed directly inside <${m[1]}>`);
  }
  if (/^Error validating (value|datatype)/.test(msg) || (m = msg.match(/^Element (\S+) failed to validate content$/))) {
    const name = el?.name ?? m?.[1] ?? 'element';
    const text = el?.content.trim();
    const allowed = spec?.values?.length ? `: use ${oneOf(spec.values.map((v) => `"${v}"`))}` : spec?.describe ? `: it must be ${spec.describe}` : '';
    return at('TE411', `The content of <${name}>${text !== undefined ? ` ("${short(text)}")` : ''} is not valid${allowed}`);
  }
  if ((m = msg.match(/^Expecting element (\S+), got (\S+)$/))) {
    return at('TE405', `<${m[2]}> found where <${m[1]}> is expected`);
  }
  return at('TE411', msg);
}

/** Required children (per the digest) that the element does not have. */
function absentRequired(el: XmlElement, spec: ElementSpec): string[] {
  const present = new Set<string>();
  for (let c = el.firstChild; c; c = c.next) if (c instanceof XmlElement) present.add(c.name);
  return spec.required.filter((r) => !present.has(r));
}

function missingChild(at: (c: Code, m: string) => Diagnostic, el: XmlElement | undefined, spec: ElementSpec | undefined, expected: string | undefined): Diagnostic {
  const name = el?.name ?? 'element';
  if (expected) return at('TE406', `<${name}> is missing <${expected}>`);
  const missing = el && spec ? absentRequired(el, spec) : [];
  if (missing.length) return at('TE406', `<${name}> is missing ${missing.map((r) => `<${r}>`).join(', ')}`);
  return at('TE406', `<${name}> is incomplete: a required child element is missing${spec?.children.length ? ` (it may contain ${listShort(spec.children)})` : ''}`);
}

function attributeProblem(
  at: (c: Code, m: string, p?: Place) => Diagnostic,
  place: Place,
  locator: Locator,
  el: XmlElement | undefined,
  spec: ElementSpec | undefined,
  name: string,
): Diagnostic {
  const elName = el?.name ?? 'element';
  const p = el ? locator.element(el, name) : place;
  const allowed = spec?.attributes.get(name);
  if (!allowed) {
    const names = spec ? [...spec.attributes.keys()].map((a) => `@${a}`) : [];
    return at('TE407', `@${name} is not allowed on <${elName}>${names.length ? ` (allowed: ${names.join(', ')})` : ''}`, p);
  }
  const value = el?.attr(...qname(name))?.value ?? '';
  return at('TE408', `@${name}="${short(value)}" is not allowed on <${elName}>${valuesHint(allowed)}`, p);
}

function valuesHint(a: { values?: string[]; describe?: string; list?: boolean }): string {
  if (a.values?.length) return `: use ${a.list ? 'one or more of ' : ''}${oneOf(a.values.map((v) => `"${v}"`))}`;
  return a.describe ? `: it must be ${a.describe}` : '';
}

/** Does a value fit the attribute's closed list (open values are left to libxml2)? */
function valueFits(spec: ElementSpec, name: string, value: string): boolean {
  const a = spec.attributes.get(name);
  if (!a) return false;
  if (!a.values) return true;
  const tokens = a.list ? value.trim().split(/\s+/) : [value.trim()];
  return tokens.every((t) => a.values!.includes(t));
}

function attrName(a: { name: string; namespaceUri: string }): string {
  return a.namespaceUri === 'http://www.w3.org/XML/1998/namespace' ? `xml:${a.name}` : a.name;
}

function qname(name: string): [string, string?] {
  return name.startsWith('xml:') ? [name.slice(4), 'xml'] : [name];
}

function listShort(names: readonly string[]): string {
  const shown = names.slice(0, 12).map((n) => `<${n}>`);
  return names.length > 12 ? `${shown.join(', ')} …` : shown.join(', ');
}

function short(s: string): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > 60 ? `${one.slice(0, 57)}…` : one;
}
