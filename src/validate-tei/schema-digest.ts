import { XmlDocument, XmlElement } from 'libxml2-wasm';

export interface AttributeSpec {
  name: string;
  required: boolean;
  /** Closed list of values, when the schema gives one. */
  values?: string[];
  /** Whitespace-separated list of values (e.g. @rend, @resp). */
  list?: boolean;
  /** Human description of an open value (datatype). */
  describe?: string;
}

export interface ElementSpec {
  name: string;
  attributes: Map<string, AttributeSpec>;
  /** Elements allowed as children, sorted. */
  children: string[];
  /** Children that must be present whatever else is there. */
  required: string[];
  text: boolean;
  /** Closed list of text values (e.g. resp), or a description of the text (geo). */
  values?: string[];
  describe?: string;
}

/** What the schema's datatype defines mean, in words an encoder understands. */
const DESCRIBE: Record<string, string> = {
  'd.date': 'a date written YYYY, YYYY-MM or YYYY-MM-DD',
  'd.pointer': 'a URI or a prefixed pointer such as per:khrushchev-nikita or #id',
  'd.pointers': 'one or more URIs or prefixed pointers, separated by spaces',
  'd.language': 'a language code (BCP 47) such as en, ru, ko or zh-Hant',
  'd.enumerated': 'a single word without spaces',
  NCName: 'an identifier: letters, digits, "-", "_" or ".", not starting with a digit, no spaces',
  Name: 'a name without spaces',
  nonNegativeInteger: 'a whole number (0 or more)',
  positiveInteger: 'a whole number (1 or more)',
  decimal: 'a number',
  string: 'any text',
  token: 'text',
};

/**
 * A digest of the RELAX NG schema per element name: attributes (required or not, closed value
 * lists), allowed and required children, text. Used to turn libxml2's terse validity errors into
 * messages that name the attribute and the allowed values, and to generate
 * docs/encoding/reference.md. Approximate where RELAX NG is richer (choices count as optional).
 */
export function digestSchema(rngText: string): Map<string, ElementSpec> {
  const doc = XmlDocument.fromString(rngText);
  try {
    return digest(doc);
  } finally {
    doc.dispose();
  }
}

function digest(doc: XmlDocument): Map<string, ElementSpec> {
  const defines = new Map<string, XmlElement>();
  for (const d of kids(doc.root)) if (d.name === 'define') defines.set(d.attr('name')!.value, d);
  const elementDefine = (name: string) => {
    const d = defines.get(name);
    const first = d ? kids(d)[0] : undefined;
    return first?.name === 'element' ? first : undefined;
  };
  const specs = new Map<string, ElementSpec>();

  for (const [, d] of defines) {
    const el = kids(d)[0];
    if (el?.name !== 'element') continue;
    const name = el.attr('name')!.value;
    const spec: ElementSpec = { name, attributes: new Map(), children: [], required: [], text: false };
    const children = new Set<string>();
    const walk = (node: XmlElement, optional: boolean, seen: Set<string>) => {
      for (const c of kids(node)) {
        switch (c.name) {
          case 'attribute': {
            const a = attributeSpec(c, !optional, defines);
            const prev = spec.attributes.get(a.name);
            spec.attributes.set(a.name, prev ? { ...prev, required: prev.required || a.required } : a);
            break;
          }
          case 'ref': {
            const target = c.attr('name')!.value;
            const child = elementDefine(target);
            if (child) {
              const childName = child.attr('name')!.value;
              children.add(childName);
              if (!optional && !spec.required.includes(childName)) spec.required.push(childName);
            } else if (!seen.has(target) && defines.has(target)) {
              walk(defines.get(target)!, optional, new Set([...seen, target]));
            }
            break;
          }
          case 'text':
            spec.text = true;
            break;
          case 'value':
            (spec.values ??= []).push(c.content.trim());
            spec.text = true;
            break;
          case 'data':
            spec.text = true;
            spec.describe = describeData(c);
            break;
          case 'optional':
          case 'zeroOrMore':
          case 'choice':
            walk(c, true, seen);
            break;
          default:
            walk(c, optional, seen);
        }
      }
    };
    walk(el, false, new Set());
    spec.children = [...children].sort();
    specs.set(name, spec);
  }
  return specs;
}

function attributeSpec(att: XmlElement, required: boolean, defines: Map<string, XmlElement>): AttributeSpec {
  const spec: AttributeSpec = { name: att.attr('name')!.value, required };
  const values: string[] = [];
  const walk = (node: XmlElement) => {
    for (const c of kids(node)) {
      if (c.name === 'value') values.push(c.content.trim());
      else if (c.name === 'list') {
        spec.list = true;
        walk(c);
      } else if (c.name === 'data') spec.describe ??= describeData(c);
      else if (c.name === 'text') spec.describe ??= DESCRIBE.string;
      else if (c.name === 'ref') {
        const name = c.attr('name')!.value;
        if (DESCRIBE[name] && !spec.describe) spec.describe = DESCRIBE[name];
        if (name === 'd.pointers') spec.list = true;
        const d = defines.get(name);
        if (d) walk(d);
      } else walk(c);
    }
  };
  walk(att);
  if (values.length) spec.values = values;
  return spec;
}

/** Patterns of the schema that have a plain-words description. */
const DESCRIBE_PATTERN: Record<string, string> = {
  '-?[0-9]{1,2}(\\.[0-9]+)? -?[0-9]{1,3}(\\.[0-9]+)?': '"latitude longitude" in decimal degrees, e.g. "55.75222 37.61556"',
  '[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?': DESCRIBE['d.date']!,
};

function describeData(data: XmlElement): string {
  const type = data.attr('type')!.value;
  const pattern = kids(data).find((p) => p.name === 'param' && p.attr('name')?.value === 'pattern');
  if (pattern && DESCRIBE_PATTERN[pattern.content.trim()]) return DESCRIBE_PATTERN[pattern.content.trim()]!;
  if (pattern && type === 'token') return `text matching ${pattern.content.trim()}`;
  return DESCRIBE[type] ?? type;
}

function kids(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let c = el.firstChild; c; c = c.next) if (c instanceof XmlElement) out.push(c);
  return out;
}

/** "a, b or c" */
export function oneOf(values: readonly string[]): string {
  return values.length <= 1 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
}
