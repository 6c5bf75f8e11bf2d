/**
 * Writes register entries as one TEI document in the shape of test/fixtures/contract/register.xml:
 * listPerson / listPlace / listOrg (TEI Guidelines §13.3.2 "The Person Element", §13.3.4 "Places",
 * §13.3.3 "Organizational Data"), one element per line, byte-deterministic.
 */
import { compareEntries } from './merge.ts';
import { TYPE_ORDER, type EntryType, type RegisterEntry } from './types.ts';
import { escapeXml as esc } from './xml-text.ts';

export interface RegisterMeta {
  title: string;
  publisher: string;
  /** Publication date (ISO 8601); omitted when absent so the output does not depend on the clock. */
  date?: string;
  /** Prose for sourceDesc: where the entries come from. */
  source?: string;
}

const LIST: Record<EntryType, [string, string, string]> = {
  person: ['listPerson', 'person', 'persName'],
  place: ['listPlace', 'place', 'placeName'],
  org: ['listOrg', 'org', 'orgName'],
};

/** The main persName: structured when the entry has a surname (East Asian order flagged). */
export function mainNameXml(e: RegisterEntry): { xml: string; text: string } {
  if (e.type !== 'person' || !e.surname) {
    // Orgs and places: forms[0] is the full main name, `name` may be a short display form ('CPSU').
    const text = e.type === 'person' ? e.name : e.forms[0] ?? e.name;
    return { xml: esc(text), text };
  }
  type Part = [tag: string, attrs: string, text: string];
  const fore: Part[] = (e.forenames ?? []).map((f) => ['forename', '', f]);
  const patr: Part[] = e.patronymic ? [['forename', ' type="patronymic"', e.patronymic]] : [];
  const sur: Part = ['surname', '', e.surname];
  const parts = e.surnameFirst ? [sur, ...fore, ...patr] : [...fore, ...patr, sur];
  return {
    xml: parts.map(([tag, a, t]) => `<${tag}${a}>${esc(t)}</${tag}>`).join(' '),
    text: parts.map(([, , t]) => t).join(' '),
  };
}

function entryXml(e: RegisterEntry): string {
  const [, tag, nameTag] = LIST[e.type];
  const main = mainNameXml(e);
  const attrs = [`xml:id="${esc(e.id)}"`, `sortKey="${esc(e.sortKey)}"`];
  if (e.type === 'place' && e.placeType) attrs.push(`type="${esc(e.placeType)}"`);
  if (e.type === 'org' && e.orgType) attrs.push(`type="${esc(e.orgType)}"`);
  if (e.proposed) attrs.push('cert="low"');
  const sub = e.type === 'person' && e.surnameFirst && e.surname ? ' subtype="surname-first"' : '';
  const out = [`<${tag} ${attrs.join(' ')}>`, `<${nameTag} type="main"${sub}>${main.xml}</${nameTag}>`];
  const display = e.type === 'person' && e.patronymic ? displayName(e) : e.type === 'person' ? main.text : e.name;
  if (display !== main.text && e.type !== 'person') out.push(`<${nameTag} type="short">${esc(display)}</${nameTag}>`);
  for (const f of [e.name, ...e.forms]) {
    if (f === main.text || f === display) continue;
    out.push(`<${nameTag} type="variant">${esc(f)}</${nameTag}>`);
  }
  // Deduplicate: e.name is usually forms[0].
  for (let i = out.length - 1; i > 1; i--) if (out.indexOf(out[i]!) < i) out.splice(i, 1);
  if (e.birth) out.push(`<birth when="${esc(e.birth)}"/>`);
  if (e.death) out.push(`<death when="${esc(e.death)}"/>`);
  for (const o of e.offices ?? []) {
    const a = (o.from ? ` from="${esc(o.from)}"` : '') + (o.to ? ` to="${esc(o.to)}"` : '');
    out.push(`<state type="office"${a}><label>${esc(o.label)}</label></state>`);
  }
  if (e.geo) out.push(`<location><geo>${e.geo.lat} ${e.geo.lon}</geo></location>`);
  for (const i of e.idnos) out.push(`<idno type="${esc(i.type)}">${esc(i.value)}</idno>`);
  if (e.proposed) out.push('<note type="proposed">Proposed by the recognizer: not yet reviewed.</note>');
  for (const n of e.notes ?? []) out.push(`<note>${esc(n)}</note>`);
  out.push(`</${tag}>`);
  return out.join('\n');
}

function displayName(e: RegisterEntry): string {
  const f = e.forenames ?? [];
  return (e.surnameFirst ? [e.surname!, ...f] : [...f, e.surname!]).join(' ');
}

/**
 * Serializes entries (sorted by type then sortKey) as ONE TEI register document, byte-deterministic,
 * compact (one element per line, no indentation inside name elements).
 */
export function serializeRegister(entries: RegisterEntry[], meta: RegisterMeta): string {
  const sorted = [...entries].sort(compareEntries);
  const pub = `<publisher>${esc(meta.publisher)}</publisher>` + (meta.date ? `<date when="${esc(meta.date)}">${esc(meta.date)}</date>` : '');
  const source = meta.source ?? 'Hand-curated register of persons, places and organisations.';
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">',
    '<teiHeader>',
    '<fileDesc>',
    `<titleStmt><title>${esc(meta.title)}</title></titleStmt>`,
    `<publicationStmt>${pub}</publicationStmt>`,
    `<sourceDesc><p>${esc(source)}</p></sourceDesc>`,
    '</fileDesc>',
    '</teiHeader>',
    '<text>',
    '<body>',
  ];
  for (const type of TYPE_ORDER) {
    const of = sorted.filter((e) => e.type === type);
    if (!of.length) continue;
    lines.push(`<${LIST[type][0]}>`, ...of.map(entryXml), `</${LIST[type][0]}>`);
  }
  if (!sorted.length) lines.push('<p>This register has no entries yet.</p>');
  lines.push('</body>', '</text>', '</TEI>', '');
  return lines.join('\n');
}
