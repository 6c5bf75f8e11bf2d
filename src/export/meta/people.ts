/**
 * Editors are plain strings in the config. A string of capitalised words ("Jane Doe") is read as a
 * person (given names, family name); anything else ("tei-edition sample editors") as a body.
 */
export type Agent = { kind: 'person'; given: string; family: string; name: string } | { kind: 'org'; name: string };

export function agent(name: string): Agent {
  const words = name.trim().split(/\s+/);
  if (words.length >= 2 && words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w))) {
    return { kind: 'person', given: words.slice(0, -1).join(' '), family: words[words.length - 1], name };
  }
  return { kind: 'org', name };
}

const CC = /creativecommons\.org\/(licenses|publicdomain)\/([a-z-]+)\/(\d\.\d)/i;

/** SPDX id of the licence when it can be read from its URL or name (CC licences, CC0, MIT…). */
export function spdx(licence: { name: string; url?: string }): string | undefined {
  const m = CC.exec(licence.url ?? '');
  if (m) return m[1] === 'publicdomain' ? (m[2] === 'zero' ? `CC0-${m[3]}` : undefined) : `CC-${m[2].toUpperCase()}-${m[3]}`;
  const n = /\b(CC0|CC[ -]BY(?:[ -](?:SA|NC|ND))*)[ -](\d\.\d)\b/i.exec(licence.name);
  if (n) return n[1].toUpperCase() === 'CC0' ? `CC0-${n[2]}` : `${n[1].toUpperCase().replace(/ /g, '-')}-${n[2]}`;
  return /^(MIT|Apache-2\.0|ODbL-1\.0|ODC-By-1\.0)$/.test(licence.name) ? licence.name : undefined;
}
