import type { BlockScan, Candidate } from './candidate.ts';
import { normalizeName } from './normalize.ts';
import type { RegisterIndex } from './register-index.ts';
import { FORENAMES } from './word-lists.ts';

/**
 * Two forenames sharing one surname ("Fidel and Raúl Castro", "John and Robert Kennedy"): the first
 * forename alone is a person too, the brother or sister with that surname (the register's person
 * of that forename and surname, else one to propose under both names).
 */
export function shareSurnames(scan: BlockScan, index: RegisterIndex): void {
  const t = scan.tokens;
  const added: Candidate[] = [];
  const covered = new Set<number>();
  for (const c of scan.candidates) for (let i = c.first; i <= c.last; i++) covered.add(i);
  for (const c of scan.candidates) {
    if (c.type !== 'person' || c.last === c.first) continue;
    // A forename any list knows, or the register person's own ("Nicolae and Elena Ceaușescu").
    const ownForename = c.entryIds.length === 1 && index.forenames.get(c.entryIds[0]!)?.[0] === t[c.first]!.word.key;
    if (!FORENAMES.has(t[c.first]!.text) && !ownForename) continue;
    const k = c.first - 2;
    const f = t[k];
    if (!f || t[c.first - 1]!.text !== 'and' || covered.has(k) || !/^\p{Lu}\p{Ll}+$/u.test(f.text) || !/^[ \u00a0]$/.test(t[k + 1]!.before) || !/^[ \u00a0]$/.test(t[c.first]!.before)) continue;
    const surname = t[c.last]!.text;
    const whose = index.bySurname(normalizeName(surname)).filter((e) => e.type === 'person' && index.forenames.get(e.id)?.[0] === normalizeName(f.text));
    if (!FORENAMES.has(f.text) && whose.length !== 1) continue;
    added.push({ start: f.start, end: f.end, first: k, last: k, type: 'person', entryIds: whose.length === 1 ? [whose[0]!.id] : [], proposeAs: whose.length === 1 ? undefined : `${f.text} ${surname}`, surnameOnly: false, cert: 'medium', source: 'rule' });
  }
  if (added.length) scan.candidates = [...scan.candidates, ...added].sort((a, b) => a.start - b.start);
}
