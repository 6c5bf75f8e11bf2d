import type { Register, RegisterEntry } from './register/index.ts';
import { misspellingDistance, normalizeName, spellingSkeleton } from './normalize.ts';
import { tokenize } from './tokenize.ts';
import { sharedFamilyName } from './family-names.ts';

/** One written form of a register entry, tokenized for matching. */
export interface IndexedForm {
  /** Normalized tokens. */
  keys: string[];
  /** The form's own tokens, for capitalization checks. */
  raw: string[];
  /** Punctuation between tokens in the form (whitespace and hyphens removed), e.g. "(" in "Rodon (Rodong)". */
  seps: string[];
  entry: RegisterEntry;
  /** A person form derived from structured name parts rather than written in the register. */
  derived: boolean;
  /** Matches only words separated by spaces (a surname-first form must not reach into a bracket: "Fanfani [Amintore Fanfani]"). */
  spaced?: boolean;
  /** What each token asks of the text's case (match-register.ts fills it on first use). */
  cases?: number[];
}

/**
 * The register prepared for matching: built once per process and shared by every memo.
 * Lookup is by the first normalized token; candidates are kept longest first so the scanner can
 * take the longest match.
 */
export class RegisterIndex {
  private readonly byFirst = new Map<string, IndexedForm[]>();
  readonly byId: Map<string, RegisterEntry>;
  /** Person forenames (normalized) by id, for initials and forename checks. */
  readonly forenames = new Map<string, string[]>();
  private surnames?: Map<string, RegisterEntry[]>;
  private surnameSkeletons?: Map<string, RegisterEntry[]>;
  private readonly multi = new Map<string, Map<string, IndexedForm[]>>();
  private readonly singles = new Map<string, IndexedForm[]>();

  constructor(readonly register: Register) {
    this.byId = register.byId;
    for (const entry of register.entries) {
      const forms = new Set(entry.forms);
      if (entry.name) forms.add(entry.name);
      for (const f of forms) this.add(f, entry, false);
      if (entry.type === 'person') {
        for (const f of derivedPersonForms(entry)) if (!forms.has(f)) this.add(f, entry, true);
        const reversed = surnameFirstForm(entry);
        if (reversed && !forms.has(reversed)) this.add(reversed, entry, true, true);
        const names = (entry.forenames ?? []).flatMap((n) => normalizeName(n).split(' ')).filter(Boolean);
        this.forenames.set(entry.id, names);
      }
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
    // The same lists split by second key: a common first word ("Politburo", "Republic", "Kim")
    // has dozens of forms, of which only those with the text's next word can match.
    for (const [first, list] of this.byFirst) {
      for (const f of list) {
        if (f.keys.length === 1) {
          const singles = this.singles.get(first) ?? [];
          singles.push(f);
          this.singles.set(first, singles);
        } else {
          const bySecond = this.multi.get(first) ?? new Map<string, IndexedForm[]>();
          const l = bySecond.get(f.keys[1]!) ?? [];
          l.push(f);
          bySecond.set(f.keys[1]!, l);
          this.multi.set(first, bySecond);
        }
      }
    }
  }

  /** Forms of two or more tokens with this first key, by second key, longest first (as in `candidates`); undefined: none. */
  multiBySecond(firstKey: string): ReadonlyMap<string, readonly IndexedForm[]> | undefined {
    return this.multi.get(firstKey);
  }

  private latinPlaces?: Map<string, Set<RegisterEntry>>;
  private readonly latinSkeletons = new Map<string, Set<RegisterEntry>>();

  /**
   * Register places whose one-word Latin form, without its final vowels, is this stem ("kiev",
   * "leningrad", "kub" for Cuba), for Russian originals naming places the register lists only in
   * Latin letters (find-cyrillic-places.ts). With `skeleton`, the places whose stem is spelled as
   * Cyrillic would spell it (spellingSkeleton).
   */
  placesByLatinStem(stem: string, skeleton = false): ReadonlySet<RegisterEntry> | undefined {
    if (!this.latinPlaces) {
      this.latinPlaces = new Map();
      for (const list of this.singles.values()) {
        for (const f of list) {
          if (f.entry.type !== 'place' || !/^[a-z]{4,}$/.test(f.keys[0]!)) continue;
          const k = f.keys[0]!.replace(/[aeiouy]+$/, '');
          for (const [map, key] of [[this.latinPlaces, k], [this.latinSkeletons, spellingSkeleton(k)]] as const) {
            const set = map.get(key) ?? new Set();
            set.add(f.entry);
            map.set(key, set);
          }
        }
      }
    }
    return skeleton ? this.latinSkeletons.get(spellingSkeleton(stem)) : this.latinPlaces.get(stem);
  }

  /** One-token forms with this key. */
  singleCandidates(key: string): readonly IndexedForm[] {
    return this.singles.get(key) ?? NONE;
  }

  /** Register persons with this (normalized) surname. */
  bySurname(key: string): RegisterEntry[] {
    if (!this.surnames) {
      this.surnames = new Map();
      for (const e of this.register.entries) {
        if (e.type !== 'person' || !e.surname) continue;
        // A name written surname first has its surname's other spellings in its forms ("Chou En-lai"
        // for Zhou Enlai): "Premier Chou" is found under each.
        const keys = new Set([normalizeName(e.surname)]);
        // Only a first word that is a family name ("Madame Soong", "Big Minh", "John M. Chang" are not).
        if (e.surnameFirst) for (const f of e.forms) if (/\s/.test(f.trim())) {
          const k = normalizeName(f.trim().split(/\s+/)[0]!);
          if (sharedFamilyName(k)) keys.add(k);
        }
        for (const k of keys) this.surnames.set(k, [...(this.surnames.get(k) ?? []), e]);
      }
    }
    return this.surnames.get(key) ?? [];
  }

  /**
   * Register persons whose surname this (normalized) word spells as another transliteration would
   * (spellingSkeleton: "Kossygin" for Kosygin, "Staljin" for Stalin, "Nijerere" for Nyerere).
   */
  bySurnameSkeleton(key: string): RegisterEntry[] {
    this.bySurname(key);
    if (!this.surnameSkeletons) {
      this.surnameSkeletons = new Map();
      for (const [k, es] of this.surnames!) {
        const sk = spellingSkeleton(k);
        this.surnameSkeletons.set(sk, [...(this.surnameSkeletons.get(sk) ?? []), ...es]);
      }
    }
    return this.surnameSkeletons.get(spellingSkeleton(key)) ?? [];
  }

  /**
   * Register persons whose surname this (normalized) word may misspell (misspellingDistance), the
   * nearest ones. For a word marked "[sic]" only.
   */
  closeSurnames(key: string): RegisterEntry[] {
    this.bySurname(key);
    let out: RegisterEntry[] = [];
    let best = Infinity;
    for (const [k, es] of this.surnames!) {
      const d = k === key ? undefined : misspellingDistance(k, key);
      // The nearest only: "Kissindger" is Kissinger (one edit), not Kiesinger (two).
      if (d === undefined || d > best) continue;
      if (d < best) out = [];
      best = d;
      out.push(...es);
    }
    return out;
  }

  candidates(firstKey: string): readonly IndexedForm[] {
    return this.byFirst.get(firstKey) ?? [];
  }

  private add(form: string, entry: RegisterEntry, derived: boolean, spaced = false): void {
    // "the Far East", "the Pentagon": the article is not part of the name (gold convention), so a
    // mention must not take it in.
    const toks = tokenize(form.replace(/^the\s+(?=\p{Lu})/u, ''));
    if (!toks.length) return;
    const keys = toks.map((t) => normalizeName(t.text)).filter(Boolean);
    if (keys.length !== toks.length) return;
    const f: IndexedForm = {
      keys,
      raw: toks.map((t) => t.text),
      seps: toks.map((t, i) => (i === 0 ? '' : stripSep(t.before))),
      entry,
      derived,
      spaced,
      cases: undefined,
    };
    const list = this.byFirst.get(keys[0]!) ?? [];
    // The same words in another case are another form ("38th Parallel", "38th parallel"): capitals
    // in a form must be in the text, so each case needs its own.
    // So are the same words with other punctuation between them ('NSZZ Solidarność', 'NSZZ "Solidarność"').
    if (!list.some((g) => g.entry.id === entry.id && g.keys.join(' ') === keys.join(' ') && g.raw.join(' ') === f.raw.join(' ') && g.seps.join(' ') === f.seps.join(' '))) list.push(f);
    this.byFirst.set(keys[0]!, list);
  }
}

const NONE: readonly IndexedForm[] = [];

/**
 * The punctuation between two tokens that must agree with the form's: whitespace and hyphens never
 * count, and neither do square brackets, so a name completed by the translator ("[North] Korea",
 * "Kim [Il Sung]") still matches its form.
 */
export function stripSep(s: string): string {
  if (s === ' ') return ''; // the usual separator, without the regex
  // A typographic apostrophe or quotation mark is the same separator ("People’s Democratic Party",
  // 'NSZZ “Solidarność”' for forms typed with ASCII).
  return s.replace(/[\s\u00a0\-‐‑–\[\]]+/g, '').replace(/[’‘ʼ]/g, "'").replace(/[“”„«»]/g, '"');
}

/**
 * Full-name forms a register editor should not have to type: "Nikita Khrushchev", "Nikita
 * Sergeyevich Khrushchev" (western order) or "Kim Il Sung" (surname first). Initials and surname
 * alone are handled by the scanner, not here: a surname alone matches only when listed as a form.
 */
function derivedPersonForms(e: RegisterEntry): string[] {
  if (!e.surname || !e.forenames?.length) return [];
  const [first, ...rest] = e.forenames;
  if (e.surnameFirst) return [`${e.surname} ${e.forenames.join(' ')}`];
  const out = [`${first} ${e.surname}`];
  if (rest.length) out.push(`${e.forenames.join(' ')} ${e.surname}`);
  return out;
}

/**
 * Surname first, as Hungarian writes every name ("Németh Miklós") and Russian records write names
 * in lists ("Gromyko Andrei"): the person's own forename after the surname is still the person.
 */
function surnameFirstForm(e: RegisterEntry): string | undefined {
  if (!e.surname || !e.forenames?.length || e.surnameFirst) return undefined;
  return `${e.surname} ${e.forenames[0]}`;
}
