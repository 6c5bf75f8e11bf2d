import type { BlockScan } from './candidate.ts';
import type { RegisterEntry } from './register/index.ts';
import { normalizeName } from './normalize.ts';
import type { Token } from './tokenize.ts';
import { CHINESE_SURNAMES, KOREAN_SURNAMES, NAME_CUES, VIETNAMESE_SURNAMES } from './word-lists.ts';

/**
 * A Korean, Chinese or Vietnamese family name standing alone ("Premier Zhou", "c. Ri"): millions
 * share it, so it is linked only when the memo or the title before it says who is meant.
 */

export function sharedFamilyName(key: string): boolean {
  return KOREAN_SURNAMES.has(key) || CHINESE_SURNAMES.has(key) || VIETNAMESE_SURNAMES.has(key);
}

/** What a memo says about the people it names in full: by family name, those the register lacks; the register ids in its title. */
export interface FamilyNames {
  unlisted: Map<string, Map<string, { surface: string; inTitle: boolean }>>;
  inTitle: Set<string>;
}

export function familyNamesOf(scans: BlockScan[]): FamilyNames {
  const inTitle = new Set<string>();
  for (const s of scans) if (s.role === 'title') for (const c of s.candidates) if (c.entryIds.length === 1) inTitle.add(c.entryIds[0]!);
  const unlisted = new Map<string, Map<string, { surface: string; inTitle: boolean }>>();
  for (const s of scans) {
    for (const c of s.candidates) {
      // Not another name of a person already known ("Pak Tong-chin (Park Tong Jin)").
      if (c.source !== 'rule' || c.type !== 'person' || c.last === c.first || c.entryIds.length) continue;
      const family = normalizeName(s.tokens[c.first]!.text);
      if (!sharedFamilyName(family)) continue;
      const surface = c.proposeAs ?? s.text.slice(c.start - s.start, c.end - s.start);
      const byName = unlisted.get(family) ?? new Map<string, { surface: string; inTitle: boolean }>();
      const had = byName.get(normalizeName(surface));
      byName.set(normalizeName(surface), { surface, inTitle: !!had?.inTitle || s.role === 'title' });
      unlisted.set(family, byName);
    }
  }
  return { unlisted, inTitle };
}

/**
 * Who a family name alone at token `first` is: among the people of that name the memo names in
 * full, some not in the register ("Ri Jae-pil" … "c. Ri"), the only one, else the one in the
 * title (the memo's interlocutor), else nobody; with none of those, the register's only person of
 * that name whose office the title before it names ("Premier Zhou" is Zhou Enlai; "Comrade
 * Hwang", an interpreter, is not Hwang Jang-yop). A register id, a surface to propose, or nothing.
 */
export function familyNameAlone(key: string, tokens: Token[], first: number, people: RegisterEntry[], inMemo: RegisterEntry[], names: FamilyNames, initials: boolean): { id?: string; surface?: string } | undefined {
  const others = initials ? [] : [...(names.unlisted.get(key)?.values() ?? [])];
  if (others.length) {
    const all = [...others.map((o) => ({ surface: o.surface, inTitle: o.inTitle })), ...inMemo.map((e) => ({ id: e.id, inTitle: names.inTitle.has(e.id) }))];
    const titled = all.filter((a) => a.inTitle);
    return all.length === 1 ? all[0] : titled.length === 1 ? titled[0] : undefined;
  }
  if (inMemo.length === 1) return { id: inMemo[0]!.id };
  const fitting = people.filter((e) => officeFits(e, titleBefore(tokens, first)));
  return fitting.length === 1 ? { id: fitting[0]!.id } : undefined;
}

/** The title words right before a name ("Vice Premier", "Deputy Foreign Minister"), lower case, honorifics left out. */
function titleBefore(tokens: Token[], first: number): string[] {
  const words: string[] = [];
  for (let k = first - 1; k >= 0 && first - k <= 4; k--) {
    const w = tokens[k]!.text.toLowerCase().replace(/\.$/, '');
    if (!/^[ \u00a0]$/.test(tokens[k + 1]!.before)) break;
    if (!NAME_CUES.has(w) && !/^(foreign|defence|defense|state|party|prime|first|general)$/.test(w)) break;
    words.push(w);
  }
  return words.filter((w) => !HONORIFICS.has(w));
}

const HONORIFICS = new Set(['c', 'cde', 'comrade', 'comrades', 'tov', 'tovarishch', 'mr', 'mrs', 'miss', 'ms', 'mister', 'dr', 'herr', 'frau', 'sir', 'madame', 'mme']);

/** Does a title name one of the person's offices ("Premier" in "Premier of the People's Republic of China")? */
function officeFits(e: RegisterEntry, title: string[]): boolean {
  const head = title[0]; // the word right before the name: "minister" in "Deputy Foreign Minister"
  if (!head) return false;
  return (e.offices ?? []).some((o) => o.label.toLowerCase().split(/[^\p{L}-]+/u).includes(head));
}

/**
 * A Korean, Chinese or Vietnamese family name alone ("Park opened by recalling …") is the one
 * person of that family the memo names in full ("President Park Chung Hee"), when it names exactly
 * one and has that person in its title (the memo's subject or interlocutor): there the family name
 * alone can mean nobody else. Not a word that begins another name ("Park Tong Jin"), nor one after
 * a capitalized word ("Central Park").
 */
export function propagateFamilyNames(scans: BlockScan[], index: { byId: ReadonlyMap<string, RegisterEntry> }): void {
  const named = new Map<string, Set<string>>(); // family key → persons named in full (id or surface)
  const from = new Map<string, BlockScan['candidates'][number]>();
  const inTitle = new Set<string>();
  for (const s of scans) {
    for (const c of s.candidates) {
      if (c.type !== 'person' || c.last === c.first || (c.entryIds.length !== 1 && !c.proposeAs)) continue;
      const e = c.entryIds.length === 1 ? index.byId.get(c.entryIds[0]!) : undefined;
      // The family of the person meant (another name of a person, "Pak Tong-chin (Park Tong Jin)", counts as that person's).
      const family = e ? (e.surnameFirst && e.surname ? normalizeName(e.surname) : undefined) : normalizeName(c.proposeAs!.split(/\s+/)[0]!);
      if (!family || !sharedFamilyName(family) || s.tokens[c.first]!.word.key !== family) continue;
      const who = e ? e.id : `?${c.proposeAs}`;
      named.set(family, (named.get(family) ?? new Set()).add(who));
      from.set(who, c);
      if (s.role === 'title') inTitle.add(who);
    }
  }
  for (const s of scans) {
    if (s.role === 'credit') continue;
    const covered = new Set<number>();
    for (const c of s.candidates) for (let i = c.first; i <= c.last; i++) covered.add(i);
    const added: BlockScan['candidates'] = [];
    s.tokens.forEach((t, i) => {
      const people = named.get(t.word.key);
      if (!people || people.size !== 1 || covered.has(i) || !/^\p{Lu}/u.test(t.text)) return;
      const who = [...people][0]!;
      if (!inTitle.has(who)) return;
      const next = s.tokens[i + 1];
      const prev = s.tokens[i - 1];
      if (next && /^[ \u00a0-]$/.test(next.before) && /^\p{Lu}/u.test(next.text)) return;
      if (prev && /^[ \u00a0]$/.test(t.before) && /^\p{Lu}\p{Ll}/u.test(prev.text) && !NAME_CUES.has(prev.text.toLowerCase().replace(/\.$/, ''))) return;
      const c = from.get(who)!;
      added.push({ start: t.start, end: t.end, first: i, last: i, type: 'person', entryIds: [...c.entryIds], proposeAs: c.proposeAs, surnameOnly: true, cert: 'medium', source: 'propagated' });
    });
    if (added.length) s.candidates = [...s.candidates, ...added].sort((a, b) => a.start - b.start);
  }
}
