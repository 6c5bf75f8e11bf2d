import type { Bracket } from './find-editorial.ts';
import type { DateMention, EditorialMention, EntityMention, Mention } from './mention.ts';

const RANK: Record<Mention['kind'], number> = { supplied: 0, gap: 0, note: 0, entity: 1, date: 2, sic: 3, abbr: 4, alt: 0, ident: 0, signature: 0 };

/**
 * Merges all annotations of a memo into one list that nests cleanly (no two spans cross), sorted
 * for the TEI builder: by start, outer before inner. Where spans cross, the editorial bracket wins
 * over a name or date (the translator's text structure is certain; recognition is not), a name
 * wins over a date, and nothing is marked inside an omission.
 */
export function assembleMentions(entities: EntityMention[], dates: DateMention[], editorial: EditorialMention[], _brackets: Bracket[]): Mention[] {
  const kept: Mention[] = [...editorial];
  const gaps = editorial.filter((e) => e.kind === 'gap');
  const crossesEditorial = (m: { start: number; end: number }) =>
    editorial.some((e) => e.kind !== 'abbr' && e.kind !== 'sic' && crosses(m, e)) || gaps.some((g) => m.start >= g.start && m.end <= g.end);
  const ents = entities.filter((e) => !crossesEditorial(e) && !editorial.some((a) => a.kind === 'abbr' && overlaps(a, e)));
  const sortedEnts = [...ents].sort((a, b) => b.end - b.start - (a.end - a.start));
  const accepted: EntityMention[] = [];
  for (const e of sortedEnts) if (!accepted.some((a) => overlaps(a, e))) accepted.push(e);
  kept.push(...accepted);
  for (const d of dates) {
    if (crossesEditorial(d) || accepted.some((a) => overlaps(a, d)) || kept.some((k) => k.kind === 'date' && overlaps(k, d))) continue;
    kept.push(d);
  }
  return kept.sort((a, b) => a.start - b.start || b.end - a.end || RANK[a.kind] - RANK[b.kind]);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Overlapping without one containing the other. */
function crosses(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return overlaps(a, b) && !(a.start <= b.start && a.end >= b.end) && !(b.start <= a.start && b.end >= a.end);
}
