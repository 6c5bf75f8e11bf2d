import type { BlockScan, Candidate } from './candidate.ts';
import { normalizeName } from './normalize.ts';
import { isAllCaps, isInitials } from './tokenize.ts';

/*
 * Persons named with initials that the memo also names otherwise: in the other order, with fewer
 * initials, or with the forename the initials stand for. They are one proposed person.
 */

/**
 * Two names the rules found, one with initials ("Botsio K.", "K. Botsio") and one with a forename
 * ("Kojo Botsio") of the same surname, are one person when the initial is the forename's and no
 * other forename of that surname in the memo begins with it: the initials take the full name.
 * Only names still proposed as written are renamed (an identifying bracket may have linked one
 * already); the new name reaches every mention proposed under the old one (the bracket's too).
 */
export function linkInitialsToForenames(scans: BlockScan[]): void {
  const full = new Map<string, { forename: string; name: string }[]>();
  const withInitials: WithInitials[] = [];
  for (const s of scans) {
    for (const c of s.candidates) {
      if (c.source !== 'rule' || c.type !== 'person' || c.entryIds.length || c.first === c.last) continue;
      const words = s.tokens.slice(c.first, c.last + 1).map((t) => t.text);
      const inits = words.filter(isInitials);
      const names = words.filter((w) => !isInitials(w));
      const own = c.proposeAs !== undefined && normalizeName(c.proposeAs) === normalizeName(words.join(' '));
      // One surname, or two ("Rodriguez Lara G." for Guillermo Rodríguez Lara), not a forename and
      // surname about a middle initial ("Arthur G. Bonifas").
      const middle = names.length === 2 && isInitials(words[1]!) && !isInitials(words[0]!);
      if ((names.length === 1 || (names.length === 2 && !middle)) && inits.length && own) withInitials.push({ c, surname: normalizeName(names.join(' ')), initial: inits[0]![0]!, word: names.join(' '), letters: initialLetters(inits), to: c.proposeAs! });
      else if ((names.length === 2 || names.length === 3) && !inits.length) {
        for (const key of new Set([normalizeName(names.slice(1).join(' ')), normalizeName(names[names.length - 1]!)])) full.set(key, [...(full.get(key) ?? []), { forename: names[0]!, name: c.proposeAs ?? words.join(' ') }]);
      }
    }
  }
  sameInitials(withInitials);
  const renamed = new Map<string, string>();
  for (const w of withInitials) {
    const agree = (full.get(w.surname) ?? []).filter((f) => f.forename[0] === w.initial);
    if (agree.length && agree.every((f) => normalizeName(f.name) === normalizeName(agree[0]!.name))) w.to = agree[0]!.name;
    if (w.to !== w.c.proposeAs) renamed.set(normalizeName(w.c.proposeAs!), w.to);
  }
  if (!renamed.size) return;
  for (const s of scans) {
    for (const c of s.candidates) {
      const to = c.type === 'person' && !c.entryIds.length && c.proposeAs !== undefined ? renamed.get(normalizeName(c.proposeAs)) : undefined;
      if (to !== undefined) c.proposeAs = to;
    }
  }
}

/** Does the first of the initials begin the first forename (or initial) of the name, its surname aside? */
export function initialsFit(initials: string, name: string, surnameKey: string): boolean {
  const first = name.split(/\s+/).find((w) => normalizeName(w) !== surnameKey);
  return !!first && normalizeName(first)[0] === normalizeName(initials)[0];
}

type WithInitials = { c: Candidate; surname: string; initial: string; word: string; letters: string[]; to: string };

/** "N.A." → N, A; "Vya." → Vya; "A.-B." → A, B. */
function initialLetters(inits: string[]): string[] {
  return inits.join('').split('.').map((x) => x.replace(/[-\s]/g, '')).filter(Boolean);
}

/**
 * One person named with initials in both orders and with fewer initials ("Zhegalin I.K.",
 * "I.K. Zhegalin", "I. Zhegalin") is one proposed entry, written initials first (so other memos'
 * forms meet it too): each form takes the fullest initials of its surname that begin with its own,
 * when only one set does ("A. Zakharov" beside "A.V. Zakharov" and "A.M. Zakharov" stays as written).
 */
function sameInitials(withInitials: WithInitials[]): void {
  const bySurname = new Map<string, WithInitials[]>();
  for (const w of withInitials) bySurname.set(w.surname, [...(bySurname.get(w.surname) ?? []), w]);
  const startsWith = (a: string[], b: string[]) => b.length <= a.length && b.every((x, k) => x.toLowerCase() === a[k]!.toLowerCase());
  for (const group of bySurname.values()) {
    const fullest = group.filter((w) => !group.some((o) => o.letters.length > w.letters.length && startsWith(o.letters, w.letters)));
    // Written as the memo writes the surname where it is not in capitals ("MIKHAILOV N.A." … "N.A. Mikhailov").
    const written = group.find((w) => !isAllCaps(w.word))?.word ?? group[0]!.word;
    for (const w of group) {
      const to = fullest.filter((f) => startsWith(f.letters, w.letters));
      const names = new Set(to.map((f) => f.letters.map((x) => x.toLowerCase()).join('.')));
      if (names.size === 1) w.to = `${to[0]!.letters.map((x) => `${x}.`).join('')} ${written}`;
    }
  }
}
