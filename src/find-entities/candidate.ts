import type { EntityType } from './mention.ts';
import type { Token } from './tokenize.ts';

/**
 * An entity span while recognition is still deciding (register match or rule name). Every place
 * that makes one writes all fields in this order (proposeAs too, undefined when not proposed):
 * one object shape keeps V8's property access on candidates fast.
 */
export interface Candidate {
  start: number;
  end: number;
  first: number;
  last: number;
  type: EntityType;
  /** Register entries it may be (several while ambiguous; one when resolved). */
  entryIds: string[];
  /** For names found by rule: the written surface that becomes a proposed entry. */
  proposeAs?: string;
  surnameOnly: boolean;
  cert: 'high' | 'medium' | 'low';
  source: 'register' | 'rule' | 'propagated' | 'bracket';
}

/** One block of the memo (title, a body paragraph, the summary…) under recognition. */
export interface BlockScan {
  role: 'title' | 'body' | 'summary' | 'credit';
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  candidates: Candidate[];
  /** Token indices that are honorific abbreviations ("c.", "Cde."): never part of a name. */
  honorificTokens: Set<number>;
}

export function coveredTokens(scan: BlockScan): (Candidate | undefined)[] {
  const cov: (Candidate | undefined)[] = new Array(scan.tokens.length);
  for (const c of scan.candidates) for (let i = c.first; i <= c.last; i++) cov[i] = c;
  for (const i of scan.honorificTokens) cov[i] ??= HONORIFIC;
  return cov;
}

const HONORIFIC: Candidate = { start: 0, end: 0, first: 0, last: 0, type: 'person', entryIds: [], proposeAs: undefined, surnameOnly: false, cert: 'low', source: 'rule' };

/** A name found by rule over tokens first..last, to be proposed under its written form (medium certainty). */
export function ruleCandidate(scan: BlockScan, first: number, last: number, type: Candidate['type']): Candidate {
  const t = scan.tokens;
  const surface = scan.text.slice(t[first]!.start - scan.start, t[last]!.end - scan.start);
  return { start: t[first]!.start, end: t[last]!.end, first, last, type, entryIds: [], proposeAs: surface, surnameOnly: false, cert: 'medium', source: 'rule' };
}

/** Takes the displaced candidates out of the block and puts the added ones in, in text order. */
export function spliceCandidates(scan: BlockScan, displaced: ReadonlySet<Candidate>, added: readonly Candidate[]): void {
  scan.candidates = [...scan.candidates.filter((c) => !displaced.has(c)), ...added].sort((a, b) => a.start - b.start);
}
