/**
 * The compact line formats of the hand-curated register sources (persons-*.ts, orgs-*.ts).
 * Persons:  'Surname, Forenames [Patronymic] | birth/death | variants | offices | note'
 *           'Kim ^ Il Sung | …'   East Asian order (surname written first)
 *           'Sukarno | …'         a single name (no comma, no caret)
 *   variants: ';'-separated; '*' adds the surname alone (only for people usually named so).
 *   offices:  ';'-separated 'Label @from/to' (ISO dates, either side may be empty) or 'Label'.
 *   A trailing '#slug' on the name field overrides the generated id ('per-' + slug).
 * Orgs:     'Short | type | Main name | variants | note' (id 'org-' + slug(Short), '#slug' overrides).
 * Identifiers are never typed here: persons and orgs carry none (docs/register.md).
 */
import { registerId, slug } from '../../src/find-entities/register/index.ts';
import type { Office, RegisterEntry } from '../../src/find-entities/register/index.ts';

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function fields(line: string, n: number): string[] {
  const f = line.split('|').map((s) => s.trim());
  // An id override belongs on the first field; anywhere else it would become part of a form or note.
  if (f.slice(1).some((x) => /\s#[a-z0-9-]+$/.test(x))) throw new Error(`An id override ("#slug") belongs on the name field: ${line}`);
  while (f.length < n) f.push('');
  return f;
}

function splitList(s: string): string[] {
  return s.split(';').map((x) => x.trim()).filter(Boolean);
}

function takeId(s: string): [string, string | undefined] {
  const m = /^(.*?)\s*#([a-z0-9-]+)$/.exec(s);
  return m ? [m[1]!, m[2]] : [s, undefined];
}

function checkDate(d: string, line: string): string | undefined {
  if (!d) return undefined;
  if (!DATE.test(d)) throw new Error(`Bad date "${d}" in: ${line}`);
  return d;
}

export function parseOffice(s: string, line: string): Office {
  const at = s.lastIndexOf('@');
  if (at < 0) return { label: s };
  const o: Office = { label: s.slice(0, at).trim() };
  const [from, to] = s.slice(at + 1).trim().split('/').map((x) => x.trim());
  const f = checkDate(from ?? '', line);
  const t = checkDate(to ?? '', line);
  if (f) o.from = f;
  if (t) o.to = t;
  return o;
}

export function person(line: string, file: string): RegisterEntry {
  const [nameField, life, variants, offices, note] = fields(line, 5);
  const [nameSpec, idSlug] = takeId(nameField!);
  const e: RegisterEntry = { id: '', type: 'person', name: '', sortKey: '', forms: [], idnos: [], source: { file } };
  let idBase: string;
  if (nameSpec.includes('^')) {
    const [sur, given] = nameSpec.split('^').map((s) => s.trim());
    e.surname = sur!;
    if (given) e.forenames = [given];
    e.surnameFirst = true;
    e.name = [sur, given].filter(Boolean).join(' ');
    idBase = e.name;
  } else if (nameSpec.includes(',')) {
    const [sur, rest] = nameSpec.split(',').map((s) => s.trim());
    const m = /^(.*?)\s*(?:\[(.+)\])?$/.exec(rest ?? '')!;
    const given = m[1]!.trim();
    e.surname = sur!;
    if (given) e.forenames = given.split(/\s+/);
    if (m[2]) e.patronymic = m[2].trim();
    e.name = [given, sur].filter(Boolean).join(' ');
    idBase = [sur, given].filter(Boolean).join(', ');
  } else {
    e.name = nameSpec;
    idBase = nameSpec;
  }
  const main = e.patronymic ? [e.forenames?.join(' '), e.patronymic, e.surname].filter(Boolean).join(' ') : e.name;
  const vs = splitList(variants!).map((v) => (v === '*' ? e.surname ?? e.name : v));
  e.forms = [...new Set([main, e.name, ...vs])];
  e.id = idSlug ? `per-${idSlug}` : registerId('person', idBase);
  e.sortKey = slug(idBase);
  const [b, d] = (life ?? '').split('/').map((x) => x.trim());
  const birth = checkDate(b ?? '', line);
  const death = checkDate(d ?? '', line);
  if (birth) e.birth = birth;
  if (death) e.death = death;
  const os = splitList(offices!).map((o) => parseOffice(o, line));
  if (os.length) e.offices = os;
  if (note) e.notes = [note];
  return e;
}

export const ORG_TYPES = ['party', 'party-organ', 'state-body', 'ministry', 'embassy', 'newspaper', 'news-agency',
  'army', 'international', 'foundation', 'movement', 'other'] as const;

export function org(line: string, file: string): RegisterEntry {
  const [shortField, type, mainName, variants, note] = fields(line, 5);
  const [short, idSlug] = takeId(shortField!);
  if (!(ORG_TYPES as readonly string[]).includes(type!)) throw new Error(`Bad org type "${type}" in: ${line}`);
  const main = mainName || short;
  const e: RegisterEntry = {
    id: idSlug ? `org-${idSlug}` : registerId('org', short),
    type: 'org',
    name: short,
    sortKey: slug(short),
    forms: [...new Set([main, short, ...splitList(variants!)])],
    orgType: type!,
    idnos: [],
    source: { file },
  };
  if (note) e.notes = [note];
  return e;
}
