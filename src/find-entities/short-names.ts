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
  const named = new Map<string, Candidate>();
  for (const s of scans) {
    if (s.role === 'credit') continue;
    const covered = coveredTokens(s);
    const added: Candidate[] = [];
    const t = s.tokens;
    // The bodies named so far, each head to the last body named with it, in reading order.
    const events: { at: number; head?: string; body?: Candidate }[] = [];
    for (const c of s.candidates) {
      if (c.type !== 'org' || c.last === c.first) continue;
      for (let k = c.first; k <= c.last; k++) if (SHORT_HEADS.has(t[k]!.text)) events.push({ at: c.first, head: t[k]!.text, body: c });
    }
    t.forEach((tok, i) => {
      if (SHORT_HEADS.has(tok.text) && !covered[i] && /^the$/i.test(t[i - 1]?.text ?? '') && /^[ \u00a0]$/.test(tok.before)) events.push({ at: i });
    });
    events.sort((a, b) => a.at - b.at || (a.body ? -1 : 1));
    for (const e of events) {
      if (e.body) {
        named.set(e.head!, e.body);
        continue;
      }
      const i = e.at;
      const to = named.get(t[i]!.text);
      const next = t[i + 1];
      // Not the head of a longer name ("the Front Line States", "the Front-Line States", "the Front of Socialist Forces").
      if (!to || (next && /^[ \u00a0-]$/.test(next.before) && (/^\p{Lu}/u.test(next.text) || /^(of|for)$/.test(next.text)))) continue;
      added.push({ ...ruleCandidate(s, i, i, 'org'), entryIds: [...to.entryIds], proposeAs: to.proposeAs });
    }
    if (added.length) s.candidates = [...s.candidates, ...added].sort((a, b) => a.start - b.start);
  }
}
