/**
 * The names of every country in the languages of the originals that archive pages give before the
 * translation (Russian, Bulgarian, Ukrainian, Serbian, Macedonian, Polish, Czech, Slovak,
 * Hungarian, Romanian, Croatian, Albanian, German, French, Spanish, Portuguese, Italian, Finnish),
 * from the i18n-iso-countries package, as more forms of the register's countries: "Турция",
 * "Niemcy", "Estados Unidos" (the recognizer stems Cyrillic, so "в Турции" is found too; the package
 * names today's states, so no "Tschechoslowakei"). A form is left out where it would mislead:
 * an English word ("Island", German for Iceland), a people's name ("Somali"), a forename ("Maurice",
 * French for Mauritius), a name of three letters or fewer or a Cyrillic one whose stem is, a form of
 * another entry, or a form two countries share.
 */
import { createRequire } from 'node:module';
import type { RegisterEntry } from '../../src/find-entities/register/index.ts';
import { normalizeName } from '../../src/find-entities/normalize.ts';
import { DEMONYMS, ENGLISH, FORENAMES } from '../../src/find-entities/word-lists.ts';

const require = createRequire(import.meta.url);
const LANGUAGES = ['ru', 'bg', 'uk', 'sr', 'mk', 'pl', 'cs', 'sk', 'hu', 'ro', 'hr', 'sq', 'de', 'fr', 'es', 'pt', 'it', 'fi'];

export interface CountryNamesReport { added: number; dropped: Record<string, string[]> }

/** Adds the foreign names to the country entries (in place); every other entry's forms stay as they are. */
export function addForeignCountryNames(entries: RegisterEntry[]): CountryNamesReport {
  const countries = require('i18n-iso-countries') as { alpha3ToAlpha2(a3: string): string | undefined };
  const report: CountryNamesReport = { added: 0, dropped: {} };
  const drop = (why: string, f: string) => void (report.dropped[why] ??= []).push(f);
  const taken = new Set<string>();
  for (const e of entries) for (const f of e.forms) taken.add(f);
  const byForm = new Map<string, Set<RegisterEntry>>();
  for (const e of entries) {
    const a3 = e.type === 'place' ? e.idnos?.find((i) => i.type === 'ISO3166-1-alpha-3')?.value : undefined;
    const a2 = a3 ? countries.alpha3ToAlpha2(a3) : undefined;
    if (!a2) continue;
    for (const lang of LANGUAGES) {
      const names = (require(`i18n-iso-countries/langs/${lang}.json`) as { countries: Record<string, string | string[]> }).countries[a2];
      for (const raw of Array.isArray(names) ? names : names ? [names] : []) {
        // "КНР (Китайская Народная Республика)": the name and its expansion.
        for (const f of raw.split(/\s*[()]\s*/).map((x) => x.trim()).filter(Boolean)) {
          if (e.forms.includes(f)) continue;
          const set = byForm.get(f) ?? new Set<RegisterEntry>();
          set.add(e);
          byForm.set(f, set);
        }
      }
    }
  }
  for (const [f, owners] of byForm) {
    if (owners.size > 1) drop('shared by two countries', f);
    else if ([...f].length <= 3) drop('three letters or fewer', f);
    else if (f.includes(',')) drop('a comma (an inverted name)', f);
    else if (ENGLISH.has(f.toLowerCase())) drop('English word', f);
    else if (DEMONYMS.has(f.toLowerCase())) drop("a people's name", f);
    // The recognizer matches a Cyrillic word by its stem: a stem of three letters finds other words
    // ("Русия", Bulgarian for Russia, would find "Кастро Рус").
    else if (/^\p{Script=Cyrillic}+$/u.test(f) && normalizeName(f).length < 4) drop('Cyrillic stem of three letters or fewer', f);
    else if (FORENAMES.has(f)) drop('forename', f);
    else if (taken.has(f)) drop('form of another entry', f);
    else {
      [...owners][0]!.forms.push(f);
      report.added++;
    }
  }
  return report;
}
