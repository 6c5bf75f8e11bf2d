import { type BlockScan, type Candidate, coveredTokens, ruleCandidate } from './candidate.ts';

/**
 * "The Front" where the memo names "the Popular Front of Latvia" is that front, and so is "the
 * Popular Front", the name's beginning up to its head: a memo calls the movement it is about by
 * its head noun alone, capitalized (the golds tag these short names, linked to the body), before
 * it names it in full as often as after. Only heads that name no other kind of thing when
 * capitalized after "the" are read so: "the Union" is the Soviet Union as often as a union, and
 * "the Party" is the memo's own party, which the golds leave untagged.
 */
const SHORT_HEADS = new Set(['Front', 'Movement']);

interface Named { body: Candidate; words: string[]; at: number }

export function findShortNames(scans: BlockScan[]): void {
  // Every body named with a head, in reading order (block, then token), with its words up to the head.
  const named: Named[] = [];
  scans.forEach((s, block) => {
    if (s.role === 'credit') return;
    for (const c of s.candidates) {
      if (c.type !== 'org' || c.last <= c.first) continue;
      for (let k = c.first; k <= c.last; k++) {
        if (SHORT_HEADS.has(s.tokens[k]!.text)) named.push({ body: c, words: s.tokens.slice(c.first, k + 1).map((x) => x.text), at: block * 1e6 + k });
      }
    }
  });
  if (!named.length) return;
  scans.forEach((s, block) => {
    if (s.role === 'credit') return;
    const t = s.tokens;
    const covered = coveredTokens(s);
    const added: Candidate[] = [];
    for (let i = 0; i < t.length; i++) {
      if (!SHORT_HEADS.has(t[i]!.text) || covered[i] || !/^[ \u00a0]$/.test(t[i]!.before)) continue;
      // Not the head of a longer name ("the Front Line States", "the Front-Line States", "the Front of Socialist Forces").
      const next = t[i + 1];
      if (next && /^[ \u00a0-]$/.test(next.before) && (/^\p{Lu}/u.test(next.text) || /^(of|for)$/.test(next.text))) continue;
      // The words before the head as a named body begins, after "the" ("the Popular Front").
      const begins = (n: Named) => {
        const first = i - n.words.length + 1;
        return first >= 1 && /^the$/i.test(t[first - 1]!.text) && n.words.every((w, j) => t[first + j]!.text === w && !covered[first + j] && (j === 0 || /^[ \u00a0]$/.test(t[first + j]!.before)));
      };
      const here = block * 1e6 + i;
      const heads = named.filter((n) => n.words[n.words.length - 1] === t[i]!.text);
      // A body's beginning that the words fit, else the head alone after "the"; among the bodies, the
      // last named before, else the first after.
      const longer = heads.filter((n) => n.words.length > 1 && begins(n));
      const pool = longer.length ? longer : /^the$/i.test(t[i - 1]?.text ?? '') ? heads : [];
      if (!pool.length) continue;
      const before = pool.filter((n) => n.at < here);
      const to = (before[before.length - 1] ?? pool[0])!;
      const first = longer.length ? i - to.words.length + 1 : i;
      added.push({ ...ruleCandidate(s, first, i, 'org'), entryIds: [...to.body.entryIds], proposeAs: to.body.proposeAs });
    }
    if (added.length) s.candidates = [...s.candidates, ...added].sort((a, b) => a.start - b.start);
  });
}
