/**
 * Reads one TEI register document (listPerson / listPlace / listOrg, TEI Guidelines §13.3 "Names,
 * Dates, People, and Places") into register entries. Pure: text in, entries and diagnostics out.
 * Well-formedness is checked by fast-xml-parser's validator (line and column of the first error);
 * the entries are then read from a light ordered tree (xml-tree.ts) for speed.
 */
import { screenXml } from '../../xml-guard.ts';
import { XMLValidator } from 'fast-xml-parser';
import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.ts';
import { slug } from './slug.ts';
import { typeOfId, type EntryType, type Office, type RegisterEntry } from './types.ts';
import { attr, childEls, parseTree, textOf, type El } from './xml-tree.ts';
import { normSpace } from './xml-text.ts';

const ENTRY_TAG: Record<string, EntryType> = { person: 'person', place: 'place', org: 'org' };
const NAME_TAG: Record<EntryType, string> = { person: 'persName', place: 'placeName', org: 'orgName' };
const LINE_TAGS = new Set(Object.keys(ENTRY_TAG));

export interface ReadResult {
  entries: RegisterEntry[];
  diagnostics: Diagnostic[];
}

/** Hostile-input guard: a register never needs a DTD, and entity expansion is an attack surface. */
export function declaresDoctype(xml: string): number | undefined {
  // The shared screen skips comments and CDATA that merely mention a DOCTYPE.
  return screenXml(xml, '').find((d) => d.code === 'TE801')?.line;
}

export function readTeiRegister(text: string, file: string): ReadResult {
  const diagnostics: Diagnostic[] = [];
  // Editors on Windows save a byte-order mark; the validator would take it for text before the root.
  const xml = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const dtLine = declaresDoctype(xml);
  if (dtLine !== undefined) {
    diagnostics.push(diagnostic('TE208', { file, line: dtLine }));
    return { entries: [], diagnostics };
  }
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    diagnostics.push(diagnostic('TE205', { file, line: valid.err.line, column: valid.err.col,
      message: `Register file could not be loaded: ${valid.err.msg}` }));
    return { entries: [], diagnostics };
  }
  const undefinedEntity = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)[^;\s<]*;?/.exec(xml);
  if (undefinedEntity) {
    diagnostics.push(diagnostic('TE205', { file, line: xml.slice(0, undefinedEntity.index).split('\n').length,
      message: `Register file could not be loaded: undefined entity or stray "&" ("${undefinedEntity[0].slice(0, 20)}")` }));
    return { entries: [], diagnostics };
  }
  const root = parseTree(xml, LINE_TAGS);
  const seen = new Set<string>();
  const entries: RegisterEntry[] = [];
  let lists = 0;
  const visit = (el: El): void => {
    if (el.tag === 'teiHeader') return;
    if (/^list(Person|Place|Org)$/.test(el.tag)) lists++;
    const type = ENTRY_TAG[el.tag];
    if (type) {
      const source = { file, ...(el.line ? { line: el.line } : {}) };
      const id = attr(el, 'xml:id') ?? '';
      const entry = readEntry(el, type, id, source, diagnostics);
      if (entry && seen.has(id)) {
        diagnostics.push(diagnostic('TE206', { ...source, message: `Duplicate register id "${id}" in this file; the later entry is ignored` }));
      } else if (entry) {
        seen.add(id);
        entries.push(entry);
      }
    }
    for (const c of el.children) if (typeof c !== 'string') visit(c);
  };
  visit(root);
  if (lists === 0) {
    diagnostics.push(diagnostic('TE205', { file, message: 'Register file could not be loaded: no <listPerson>, <listPlace> or <listOrg> found' }));
  }
  return { entries, diagnostics };
}

function readEntry(el: El, type: EntryType, id: string, source: RegisterEntry['source'], ds: Diagnostic[]): RegisterEntry | undefined {
  const skip = (why: string): undefined => {
    ds.push(diagnostic('TE209', { ...source, message: `Register entry skipped: ${why}` }));
    return undefined;
  };
  if (!id) return skip(`<${type}> without xml:id`);
  if (typeOfId(id) !== type) return skip(`xml:id "${id}" does not start with the prefix for a ${type}`);
  const names = childEls(el, NAME_TAG[type]);
  const main = names.find((n) => attr(n, 'type') === 'main') ?? names[0];
  if (!main) return skip(`"${id}" has no <${NAME_TAG[type]}>`);
  const mainText = normSpace(textOf(main));
  if (!mainText) return skip(`"${id}" has an empty main name`);

  const e: RegisterEntry = { id, type, name: mainText, sortKey: attr(el, 'sortKey') ?? '', forms: [], idnos: [], source };
  if (type === 'person') readPersonName(e, main);
  else {
    // A short form ('CPSU') is the display name; the main name stays the first form.
    const short = names.find((n) => n !== main && attr(n, 'type') === 'short');
    const shortText = short ? normSpace(textOf(short)) : '';
    if (shortText) e.name = shortText;
  }
  e.forms = uniq([mainText, e.name, ...names.filter((n) => n !== main).map((n) => normSpace(textOf(n)))]);
  if (!e.sortKey) e.sortKey = slug(e.surname ? [e.surname, ...(e.forenames ?? [])].join(' ') : e.name);

  const t = attr(el, 'type');
  if (type === 'place' && t) e.placeType = t;
  if (type === 'org' && t) e.orgType = t;
  for (const loc of childEls(el, 'location')) {
    for (const geo of childEls(loc, 'geo')) {
      const m = /^\s*(-?\d+(?:\.\d+)?)[\s,]+(-?\d+(?:\.\d+)?)\s*$/.exec(textOf(geo));
      if (m && !e.geo) e.geo = { lat: Number(m[1]), lon: Number(m[2]) };
    }
  }
  const birth = dateOf(childEls(el, 'birth')[0]);
  const death = dateOf(childEls(el, 'death')[0]);
  if (birth) e.birth = birth;
  if (death) e.death = death;
  const offices: Office[] = [];
  for (const st of childEls(el, 'state')) {
    if (attr(st, 'type') !== 'office') continue;
    const label = normSpace(childEls(st, 'label').map(textOf).join(' '));
    if (!label) continue;
    const o: Office = { label };
    const from = attr(st, 'from') ?? attr(st, 'notBefore') ?? attr(st, 'when');
    const to = attr(st, 'to') ?? attr(st, 'notAfter') ?? attr(st, 'when');
    if (from) o.from = from;
    if (to) o.to = to;
    offices.push(o);
  }
  if (offices.length) e.offices = offices;
  for (const i of childEls(el, 'idno')) {
    const value = normSpace(textOf(i));
    if (value) e.idnos.push({ type: attr(i, 'type') ?? 'other', value });
  }
  const notes: string[] = [];
  for (const n of childEls(el, 'note')) {
    if (attr(n, 'type') === 'proposed') e.proposed = true;
    else if (normSpace(textOf(n))) notes.push(normSpace(textOf(n)));
  }
  if (attr(el, 'cert') === 'low') e.proposed = true;
  if (notes.length) e.notes = notes;
  return e;
}

function readPersonName(e: RegisterEntry, main: El): void {
  const parts = childEls(main);
  const text = (p: El): string => normSpace(textOf(p));
  const isPatr = (p: El): boolean => p.tag === 'forename' && attr(p, 'type') === 'patronymic';
  const sur = parts.filter((p) => p.tag === 'surname').map(text).filter(Boolean);
  const fore = parts.filter((p) => p.tag === 'forename' && !isPatr(p)).map(text).filter(Boolean);
  const patr = parts.filter(isPatr).map(text).filter(Boolean);
  if (sur.length) e.surname = sur.join(' ');
  if (fore.length) e.forenames = fore;
  if (patr.length) e.patronymic = patr.join(' ');
  const firstSur = parts.findIndex((p) => p.tag === 'surname');
  const firstFore = parts.findIndex((p) => p.tag === 'forename');
  if (attr(main, 'subtype') === 'surname-first' || (firstSur >= 0 && firstFore >= 0 && firstSur < firstFore)) e.surnameFirst = true;
  // Display form: the main name without the patronymic ('Nikita Khrushchev').
  if (patr.length) {
    e.name = normSpace(main.children.map((c) => (typeof c === 'string' ? c : isPatr(c) ? '' : textOf(c))).join(''));
  }
}

function dateOf(el: El | undefined): string | undefined {
  if (!el) return undefined;
  return attr(el, 'when') ?? attr(el, 'notBefore') ?? (normSpace(textOf(el)) || undefined);
}

export function uniq(xs: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const x of xs) if (x && !seen.has(x)) { seen.add(x); out.push(x); }
  return out;
}
