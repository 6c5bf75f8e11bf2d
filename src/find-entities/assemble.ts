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
  // Every decision below depends only on spans that overlap, so it is made per cluster of
  // overlapping spans: the same result as over the whole memo, without quadratic time on long memos.
  const order = new Map<Mention, number>();
  [editorial, entities, dates].forEach((list) => list.forEach((m, i) => order.set(m, i)));
  const all: Mention[] = [...editorial, ...entities, ...dates].sort((a, b) => a.start - b.start);
  const kept: Mention[] = [];
  let from = 0;
  let maxEnd = -Infinity;
  for (let i = 0; i <= all.length; i++) {
    if (i === all.length || all[i]!.start > maxEnd) {
      // A mention that overlaps nothing is kept as it is (what assembleCluster makes of it alone).
      if (i === from + 1) kept.push(all[from]!);
      else if (i > from) {
        // Each kind in its original order, as the whole-memo pass saw them.
        const part = all.slice(from, i).sort((a, b) => order.get(a)! - order.get(b)!);
        kept.push(...assembleCluster(part.filter((m): m is EntityMention => m.kind === 'entity'), part.filter((m): m is DateMention => m.kind === 'date'), part.filter((m): m is EditorialMention => m.kind !== 'entity' && m.kind !== 'date')));
      }
      from = i;
      maxEnd = -Infinity;
    }
    if (i < all.length) maxEnd = Math.max(maxEnd, all[i]!.end);
  }
  return kept.sort((a, b) => a.start - b.start || b.end - a.end || RANK[a.kind] - RANK[b.kind]);
}

function assembleCluster(entities: EntityMention[], dates: DateMention[], editorial: EditorialMention[]): Mention[] {
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
