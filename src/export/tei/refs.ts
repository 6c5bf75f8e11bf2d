import { child, childElements, type XmlElement } from '../xml/tree.ts';

/** A `prefixDef` of the TEI header (Guidelines §16.2.3 "Using Abbreviated Pointers"). */
export interface PrefixDef {
  ident: string;
  match: RegExp;
  replacement: string;
}

export function readPrefixDefs(header: XmlElement | undefined): PrefixDef[] {
  const list = child(header, 'encodingDesc/listPrefixDef');
  if (!list) return [];
  const out: PrefixDef[] = [];
  for (const d of childElements(list, 'prefixDef')) {
    const { ident, matchPattern, replacementPattern } = d.attrs;
    if (!ident || !matchPattern || replacementPattern === undefined) continue;
    try {
      out.push({ ident, match: new RegExp(`^(?:${matchPattern})$`), replacement: replacementPattern });
    } catch {
      // An invalid pattern cannot resolve anything; the refs using it get TE604.
    }
  }
  return out;
}

/**
 * Resolves a pointer (`per:khrushchev-nikita`, `register.xml#per-x` or `#x`) to the xml:id it
 * points at in the register. Returns undefined when no prefixDef applies.
 */
export function resolveRef(token: string, prefixes: PrefixDef[]): string | undefined {
  let uri = token;
  const colon = token.indexOf(':');
  const def = colon > 0 ? prefixes.find((p) => p.ident === token.slice(0, colon)) : undefined;
  if (def) {
    const m = def.match.exec(token.slice(colon + 1));
    if (!m) return undefined;
    uri = def.replacement.replace(/\$(\d)/g, (_, i: string) => m[Number(i)] ?? '');
  } else if (colon > 0 && !token.includes('#')) {
    return undefined;
  }
  const hash = uri.lastIndexOf('#');
  const id = hash >= 0 ? uri.slice(hash + 1) : '';
  return id || undefined;
}
