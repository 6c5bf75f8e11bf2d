import { type BlockScan, type Candidate, coveredTokens, ruleCandidate } from './candidate.ts';

/**
 * "The Front" after the memo has named "the Popular Front of Latvia" is that front: a memo calls
 * the movement it is about by its head noun alone, capitalized, once it has named it (the golds tag
 * these short names, linked to the body). Only heads that name no other kind of thing when
 * capitalized after "the" are read so: "the Union" is the Soviet Union as often as a union, and
 * "the Party" is the memo's own party, which the golds leave untagged.
 */
const SHORT_HEADS = new Set(['Front', 'Movement']);

export function findShortNames(scans: BlockScan[]): void {
  // Each head to the last body named with it so far, in reading order.
  const named = new Map<string, Candidate>();
  for (const s of scans) {
    if (s.role === 'credit') continue;
    const t = s.tokens;
    const covered = coveredTokens(s);
    const bodies = s.candidates.filter((c) => c.type === 'org' && c.last > c.first);
    const added: Candidate[] = [];
    let b = 0;
    for (let i = 0; i < t.length; i++) {
      for (; b < bodies.length && bodies[b]!.first <= i; b++) {
        const c = bodies[b]!;
        for (let k = c.first; k <= c.last; k++) if (SHORT_HEADS.has(t[k]!.text)) named.set(t[k]!.text, c);
      }
      const to = named.get(t[i]!.text);
      if (!to || covered[i] || !/^the$/i.test(t[i - 1]?.text ?? '') || !/^[ \u00a0]$/.test(t[i]!.before)) continue;
      // Not the head of a longer name ("the Front Line States", "the Front-Line States", "the Front of Socialist Forces").
      const next = t[i + 1];
      if (next && /^[ \u00a0-]$/.test(next.before) && (/^\p{Lu}/u.test(next.text) || /^(of|for)$/.test(next.text))) continue;
      added.push({ ...ruleCandidate(s, i, i, 'org'), entryIds: [...to.entryIds], proposeAs: to.proposeAs });
    }
    if (added.length) s.candidates = [...s.candidates, ...added].sort((a, b) => a.start - b.start);
  }
}
