import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.ts';
import { child, childElements, descendants, normText, parseXml, type XmlElement } from '../xml/tree.ts';
import type { EntityKind } from './memo-info.ts';

/** One register entry as the exports need it (register.xml: listPerson/listPlace/listOrg). */
export interface RegisterEntry {
  id: string;
  kind: EntityKind;
  name: string;
  variants: string[];
  /** person/place/org @type (e.g. "settlement", "party"). */
  type?: string;
  sortKey: string;
  /** Proposed by the recognizer and not yet reviewed. */
  proposed: boolean;
  /** idno children: type → value (geonames, wikidata, viaf…). */
  idnos: { type: string; value: string }[];
  lat?: number;
  long?: number;
  birth?: string;
  death?: string;
  /** From persName/surname and forename, when the register structures the name. */
  family?: string;
  given?: string;
}

const KINDS: [string, string, EntityKind][] = [
  ['person', 'persName', 'person'],
  ['place', 'placeName', 'place'],
  ['org', 'orgName', 'org'],
];

export function readRegister(reg: { path: string; xml: string }): { entries: Map<string, RegisterEntry>; diagnostics: Diagnostic[] } {
  const entries = new Map<string, RegisterEntry>();
  if (!reg.xml.trim()) return { entries, diagnostics: [] };
  const parsed = parseXml(reg.xml);
  if ('error' in parsed) {
    return { entries, diagnostics: [diagnostic('TE601', { file: reg.path, message: `Register could not be read for export: ${parsed.error}` })] };
  }
  for (const [el, nameEl, kind] of KINDS) {
    for (const e of descendants(parsed.root, (x) => x.name === el && !!x.attrs['xml:id'])) {
      if (entries.has(e.attrs['xml:id'])) continue;
      entries.set(e.attrs['xml:id'], entry(e, nameEl, kind));
    }
  }
  return { entries, diagnostics: [] };
}

function entry(e: XmlElement, nameEl: string, kind: EntityKind): RegisterEntry {
  const names = childElements(e, nameEl);
  const main = names.find((n) => n.attrs.type === 'main') ?? names[0];
  const id = e.attrs['xml:id'];
  const r: RegisterEntry = {
    id,
    kind,
    name: main ? normText(main) : id,
    variants: names.filter((n) => n !== main).map(normText).filter(Boolean),
    sortKey: e.attrs.sortKey || id,
    proposed: e.attrs.cert === 'low' || childElements(e, 'note').some((n) => n.attrs.type === 'proposed'),
    idnos: childElements(e, 'idno').map((i) => ({ type: i.attrs.type || 'other', value: normText(i) })).filter((i) => i.value),
  };
  if (e.attrs.type) r.type = e.attrs.type;
  const geo = normText(child(e, 'location/geo')).split(/[\s,]+/).map(Number);
  if (geo.length === 2 && geo.every(Number.isFinite)) [r.lat, r.long] = geo;
  const birth = child(e, 'birth')?.attrs.when;
  const death = child(e, 'death')?.attrs.when;
  const surname = main ? childElements(main, 'surname').map(normText).join(' ') : '';
  if (surname) {
    r.family = surname;
    const given = childElements(main!, 'forename').map(normText).join(' ');
    if (given) r.given = given;
  }
  if (birth) r.birth = birth;
  if (death) r.death = death;
  return r;
}
