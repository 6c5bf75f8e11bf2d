import { type BlockScan, type Candidate, coveredTokens, ruleCandidate, spliceCandidates } from './candidate.ts';
import { SPACE } from './tokenize.ts';
import { DEMONYMS } from './word-lists.ts';

/**
 * A legislature called "Congress" ("the Congress was dissolved", "the US Congress", "the American
 * Congress") is an organisation in the golds, but a party congress is an event, which they leave
 * untagged ("the XX Congress of the CPSU", and "the Congress" after it). So a bare "Congress" is
 * read as an organisation only in a memo that names no numbered or party congress.
 */
const PARTY_CONGRESS = /\b(?:[IVXL]+|\d+(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Extraordinary|Party|party)\s+Congress\b/;
/** Words after "Congress" that make it part of another name ("Congress of People's Deputies", "Congress Party"). */
const NOT_AFTER = new Set(['of', 'Party', 'Hall', 'party']);

export function findBareCongress(scans: BlockScan[]): void {
  if (scans.some((s) => PARTY_CONGRESS.test(s.text))) return;
  for (const s of scans) {
    if (s.role === 'credit' || !s.text.includes('Congress')) continue;
    const covered = coveredTokens(s);
    const t = s.tokens;
    const added: Candidate[] = [];
    const dropped = new Set<Candidate>();
    t.forEach((tok, i) => {
      if (tok.text !== 'Congress' || covered[i] || NOT_AFTER.has(t[i + 1]?.text ?? '')) return;
      const p = t[i - 1];
      // The state's name or its adjective before it is part of the name ("US Congress", "the American Congress").
      const place = p && SPACE.test(tok.before) ? covered[i - 1] : undefined;
      if (place && place.type === 'place' && place.last === i - 1) {
        dropped.add(place);
        added.push(ruleCandidate(s, place.first, i, 'org'));
      } else if (p && SPACE.test(tok.before) && DEMONYMS.has(p.text.toLowerCase()) && /^\p{Lu}/u.test(p.text) && !covered[i - 1]) added.push(ruleCandidate(s, i - 1, i, 'org'));
      else if (!p || /^(?:the|by|in|to|of|The)$/.test(p.text)) added.push(ruleCandidate(s, i, i, 'org'));
    });
    if (added.length) spliceCandidates(s, dropped, added);
  }
}
