import type { BlockScan, Candidate } from './candidate.ts';
import { SPACE, isAllCaps } from './tokenize.ts';

/**
 * A ship's name is neither a person nor a place: "the cruiser General Belgrano", "HMS Sheffield",
 * "the icebreaker Lenin". The gold conventions name no type for ships (one annotator tags a ship
 * as a borderline organisation, another leaves it untagged), so the converter leaves them untagged
 * rather than read "Belgrano" as a person or "Sheffield" as the town.
 */

/** Prefixes of a ship's name in English texts. */
// Not "SS" or "MS": the SS and manuscripts come before names too.
export const SHIP_PREFIXES: ReadonlySet<string> = new Set(['HMS', 'USS', 'HMAS', 'HMCS', 'HMNZS', 'RMS', 'MV']);
/** Kinds of ship after which a capitalized name is the ship's ("the destroyer Sheffield"). */
const SHIP_KINDS = new Set(['cruiser', 'destroyer', 'frigate', 'corvette', 'battleship', 'carrier', 'submarine', 'liner', 'tanker',
  'freighter', 'steamer', 'icebreaker', 'trawler', 'ship', 'vessel', 'yacht', 'minesweeper', 'motorship', 'gunboat']);

/** Token ranges [first, last] of ship names in a block. */
function shipNames(s: BlockScan): [number, number][] {
  const found: [number, number][] = [];
  const t = s.tokens;
  for (let i = 0; i + 1 < t.length; i++) {
    const cue = t[i]!.text;
    if (!SHIP_PREFIXES.has(cue) && !SHIP_KINDS.has(cue)) continue;
    // After a kind, the name may stand in quotation marks ('the spy ship "Pueblo"').
    if (!/^[ \u00a0]["“„«']?$/.test(t[i + 1]!.before)) continue;
    let last = i;
    while (last + 1 < t.length && last - i < 3 && /^\p{Lu}\p{Ll}/u.test(t[last + 1]!.text) && !isAllCaps(t[last + 1]!.text) && (last === i || SPACE.test(t[last + 1]!.before))) last++;
    if (last > i) found.push([i + 1, last]);
  }
  return found;
}

/**
 * Drops the person and place readings of ship names, and the other mentions of a person the rules
 * made of one ("the Belgrano" after "the cruiser General Belgrano").
 */
export function dropShipNames(scans: BlockScan[]): void {
  const dropped = new Set<Candidate>();
  const proposed = new Set<string>();
  for (const s of scans) {
    for (const [first, last] of shipNames(s)) {
      for (const c of s.candidates) {
        if (c.first < first || c.last > last || c.type === 'org') continue;
        dropped.add(c);
        if (c.type === 'person' && !c.entryIds.length && c.proposeAs) proposed.add(c.proposeAs);
      }
    }
  }
  if (!dropped.size) return;
  for (const s of scans) {
    s.candidates = s.candidates.filter((c) => !dropped.has(c) && !(c.type === 'person' && !c.entryIds.length && c.proposeAs !== undefined && proposed.has(c.proposeAs)));
  }
}
