import { type BlockScan, type Candidate, ruleCandidate } from './candidate.ts';

/**
 * The token tests the organisation rules share, over one block: a run of words at a token, the
 * candidate starting at a token, a register candidate of a type, and the name after "of (the)".
 */
export function orgWords(scan: BlockScan) {
  const t = scan.tokens;
  // Tokens keep no possessive ending ("People's" is "People", the "'s" in the next token's separator).
  const at = (i: number, words: string[]) => words.every((w, k) => t[i + k]?.text === w.replace(/['’]s$/, '') && (k === 0 || /^(?:['’]s)?[ \u00a0]$/.test(t[i + k]!.before)));
  const candAt = (i: number) => scan.candidates.find((c) => c.first === i);
  const isType = (c: Candidate | undefined, type: Candidate['type']) => !!c && c.type === type && c.source === 'register';
  /** The name after "of" or "of the" at token j ("General Staff of the KPA"), if one starts there. */
  const afterOf = (j: number) => (t[j]?.text !== 'of' ? undefined : candAt(t[j + 1]?.text === 'the' ? j + 2 : j + 1));
  return { at, candAt, isType, afterOf };
}

/** Replaces `old` (and whatever lies inside first..last) by one name found by rule over first..last. */
export function replace(scan: BlockScan, old: Candidate[], first: number, last: number, type: Candidate['type']): void {
  scan.candidates = scan.candidates.filter((c) => !old.includes(c) && !(c.first >= first && c.last <= last));
  insert(scan, ruleCandidate(scan, first, last, type));
}

export function insert(scan: BlockScan, c: Candidate): void {
  scan.candidates = [...scan.candidates, c].sort((a, b) => a.start - b.start);
}
