import { sha256 } from '../write-output.ts';
import { remembered } from '../cache/session.ts';

/**
 * Slices of the edition register for one memo (or a batch): the entries it points to, in a
 * document of the register's own shape. Stylesheets and Schematron rules look entries up by id,
 * so a slice gives a memo the results the whole register gives, while a memo no longer costs time
 * and memory in proportion to the edition's register (thousands of entries at 10,000 memos).
 */

/** Register ids a memo may look up: every per/pla/org pointer form (prefix, "#id", "register.xml#id"). */
export function pointedIds(xml: string): Set<string> {
  const ids = new Set<string>();
  for (const m of xml.matchAll(/(?:#|\b)(per|pla|org)[:-]([^"\s#<>]+)/g)) ids.add(`${m[1]}-${m[2]}`);
  // Any "#id" too: a hand-edited file may point to a register entry whatever its id looks like.
  for (const m of xml.matchAll(/#([^"\s#<>]+)/g)) ids.add(m[1]!);
  return ids;
}

/**
 * The register document split into its entries (the serializer writes each entry as lines of its
 * own: src/find-entities/register/serialize.ts), to build per-memo registers of the same shape.
 */
export interface RegisterSlices {
  /** The register with the entries of `ids` only (undefined: no register). `nonEmpty`: never without entries (an empty register means "no register" to validation). */
  mini(ids: Set<string>, o?: { nonEmpty?: boolean }): string | undefined;
  /** What a slice holds, as a digest: its header and the entries of `ids` (by content). */
  digest(ids: Set<string>): string;
}

/** A register's slices, and what a thread that renders entries once for many pages needs (src/parallel/html-task.ts). */
export interface RegisterEntries extends RegisterSlices {
  /**
   * Whether a look-up by id finds the same element in every slice that holds the entry `id`:
   * the register is in the serializer's shape and `id` is one of its entries, and no other element
   * of its body has an xml:id (a nested or repeated id could be found first in one slice and be
   * missing from another).
   */
  sliceable(id: string): boolean;
}

/** A register's slices, and the digest of a memo's slice by its list of ids. */
export interface EditionSlices extends RegisterEntries {
  /** digest(new Set(refs)), kept per list: a build session hands unchanged memos the same lists (their cached facts). */
  digestOf(refs: readonly string[]): string;
}

/** The edition register's slices; in a build session (src/cache/session.ts), the last build's while the register is the same. */
export function editionSlices(xml: string): EditionSlices {
  return remembered('register-slices', () => xml, () => {
    const slices = registerSlices(xml);
    const digests = new WeakMap<readonly string[], string>();
    return {
      ...slices,
      digestOf(refs) {
        let d = digests.get(refs);
        if (d === undefined) digests.set(refs, (d = slices.digest(new Set(refs))));
        return d;
      },
    };
  });
}

export function registerSlices(xml: string): RegisterEntries {
  if (!xml) return { mini: () => undefined, digest: () => '', sliceable: () => false };
  const byId = new Map<string, { list: string; text: string; hash?: string }>();
  const LIST: Record<string, string> = { person: 'listPerson', place: 'listPlace', org: 'listOrg' };
  for (const m of xml.matchAll(/^<(person|place|org) xml:id="([^"]+)"[^>]*>$[\s\S]*?^<\/\1>$/gm)) byId.set(m[2]!, { list: LIST[m[1]!]!, text: m[0] });
  const bodyAt = xml.indexOf('<body>');
  // Not the serializer's shape (every entry found as lines of its own): slices are the whole register.
  const complete = (xml.match(/<(person|place|org)\b[^>]*\bxml:id=/g) ?? []).length === byId.size;
  const head = bodyAt >= 0 && complete ? xml.slice(0, bodyAt + '<body>'.length) : '';
  const first = byId.keys().next().value as string | undefined;
  const whole = sha256(xml);
  let headHash: string | undefined;
  const uniqueIds = !!head && (xml.slice(bodyAt).match(/\bxml:id\s*=/g) ?? []).length === byId.size;
  return {
    sliceable: (id) => uniqueIds && byId.has(id),
    mini(ids, o = {}) {
      if (!head) return xml;
      const lists = new Map<string, string[]>();
      const wanted = [...ids].filter((id) => byId.has(id));
      if (o.nonEmpty && !wanted.length && first) wanted.push(first);
      for (const id of wanted.sort()) {
        const e = byId.get(id)!;
        lists.set(e.list, [...(lists.get(e.list) ?? []), e.text]);
      }
      const parts = ['listPerson', 'listPlace', 'listOrg'].filter((l) => lists.has(l)).map((l) => `<${l}>\n${lists.get(l)!.join('\n')}\n</${l}>`);
      return `${head}\n${parts.join('\n') || '<p/>'}\n</body>\n</text>\n</TEI>\n`;
    },
    digest(ids) {
      if (!head) return whole;
      // The header is the same in every slice: hashed once, not once per memo (10,000 times a build).
      const parts = [(headHash ??= sha256(head))];
      for (const id of [...ids].sort()) {
        const e = byId.get(id);
        if (e) parts.push(id, (e.hash ??= sha256(e.text)));
      }
      return sha256(parts.join('\n'));
    },
  };
}

