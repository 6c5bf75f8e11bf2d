import type { BlockScan, Candidate } from './candidate.ts';
import { isAllCaps, isCapitalized } from './tokenize.ts';
import { DEMONYMS, ENGLISH, FORENAMES, NAME_CUES } from './word-lists.ts';
import { monthNumber } from '../dates/calendar.ts';

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Words that make the name after them a place: "near Erenhot", "the town of Sinpo", "the port of Nampo". */
const NEAR = new Set(['near']);
/** Lower-case words after a name that make it a region ("Nghe An province"). */
const AFTER = new Set(['province', 'provinces', 'district', 'county', 'prefecture', 'oblast', 'region']);
/** Capitalized words for landforms that end a place's name ("Kongka Pass"). */
const LANDFORMS = new Set(['Pass', 'Valley', 'Lake', 'Bay', 'Gulf', 'Strait', 'Island', 'Islands', 'Peninsula', 'Mountains', 'Range', 'Plateau', 'Desert', 'Heights', 'Ridge', 'River', 'Sea']);
const KIND_OF = new Set(['city', 'cities', 'town', 'towns', 'village', 'villages', 'port', 'ports', 'province', 'provinces', 'district', 'districts',
  'region', 'regions', 'county', 'island', 'islands', 'river', 'settlement', 'area']);
/** Lower-case words for a building or site after its name ("Kilián barracks"). */
const SITES = new Set(['barracks', 'passage', 'airport', 'airfield', 'station', 'prison', 'camp', 'harbour', 'harbor', 'palace', 'castle']);
/** Prepositions of place: "arrested at Tököl". */
const AT = new Set(['at', 'in']);

/**
 * A name after "at" or "in" that nothing else has read is a place ("arrested at Tököl"). Runs after
 * every person rule, so a person the rules found is never taken ("in Ivanov's view" has the
 * possessive and is left alone anyway).
 */
export function findPlacesAfterPrepositions(scan: BlockScan): void {
  const t = scan.tokens;
  const covered = new Set<number>();
  for (const c of scan.candidates) for (let i = c.first; i <= c.last; i++) covered.add(i);
  const added: Candidate[] = [];
  for (let i = 1; i < t.length; i++) {
    const tok = t[i]!;
    if (!AT.has(t[i - 1]!.text) || !/^[ \u00a0]$/.test(tok.before) || covered.has(i) || !isCapitalized(tok.text) || isAllCaps(tok.text) || /\d/.test(tok.text)) continue;
    const lw = tok.text.toLowerCase();
    if (ENGLISH.has(lw) || NAME_CUES.has(lw) || DEMONYMS.has(lw) || monthNumber(tok.text) !== undefined || WEEKDAYS.has(lw)) continue;
    const next = t[i + 1];
    if (next && /^['’]s$/.test(next.text)) continue;
    if (next && /^\p{Lu}/u.test(next.text) && /^[ \u00a0]$/.test(next.before)) continue; // a longer name: not guessed
    added.push({ start: tok.start, end: tok.end, first: i, last: i, type: 'place', entryIds: [], proposeAs: tok.text, surnameOnly: false, cert: 'medium', source: 'rule' });
  }
  if (added.length) scan.candidates = [...scan.candidates, ...added].sort((a, b) => a.start - b.start);
}

/**
 * Places the register lacks, found by the words around them: "near X", "the town of X", "X province",
 * "X Pass". The
 * name is one or two capitalized words that are no English word, title or demonym, not already
 * found; it becomes a proposed place. Runs after the register and the person and organisation
 * rules, so a known name keeps its reading.
 */
export function findContextPlaces(scan: BlockScan): void {
  const t = scan.tokens;
  const covered = new Set<number>();
  for (const c of scan.candidates) for (let i = c.first; i <= c.last; i++) covered.add(i);
  const nameWord = (i: number) => {
    const tok = t[i];
    if (!tok || covered.has(i) || !isCapitalized(tok.text) || isAllCaps(tok.text) || /\d/.test(tok.text)) return false;
    const lw = tok.text.toLowerCase();
    return !ENGLISH.has(lw) && !NAME_CUES.has(lw) && !DEMONYMS.has(lw);
  };
  const capitalWord = (i: number) => {
    const tok = t[i];
    if (!tok || covered.has(i) || !isCapitalized(tok.text) || isAllCaps(tok.text) || /\d/.test(tok.text)) return false;
    const lw = tok.text.toLowerCase();
    return !NAME_CUES.has(lw) && !DEMONYMS.has(lw) && lw !== 'the';
  };
  const added: Candidate[] = [];
  const propose = (first: number, last: number) => {
    const surface = scan.text.slice(t[first]!.start - scan.start, t[last]!.end - scan.start);
    added.push({ start: t[first]!.start, end: t[last]!.end, first, last, type: 'place', entryIds: [], proposeAs: surface, surnameOnly: false, cert: 'medium', source: 'rule' });
    for (let k = first; k <= last; k++) covered.add(k);
  };
  const nameAt = (first: number) => {
    if (!nameWord(first) || !/^,?[ \u00a0]$/.test(t[first]!.before)) return -1;
    return nameWord(first + 1) && /^[ \u00a0-]$/.test(t[first + 1]!.before) ? first + 1 : first;
  };
  for (let i = 0; i < t.length - 1; i++) {
    const lw = t[i]!.text.toLowerCase();
    if (NEAR.has(lw)) {
      const last = nameAt(i + 1);
      if (last >= 0) propose(i + 1, last);
      continue;
    }
    // "the town of Sinpo", "the industrial towns of Csepel, Dunapentele and Miskolc".
    if (!KIND_OF.has(lw) || t[i + 1]?.text !== 'of' || !(/^the$/i.test(t[i - 1]?.text ?? '') || /^the$/i.test(t[i - 2]?.text ?? ''))) continue;
    let k = i + 2;
    while (k < t.length) {
      const known = scan.candidates.find((c) => c.first === k && c.type === 'place');
      const last = known ? known.last : nameAt(k);
      if (last < 0) break;
      if (!known) propose(k, last);
      const sep = t[last + 1];
      if (sep?.text === 'and' && /^\s+$/.test(sep.before)) k = last + 2;
      else if (sep && /^,\s*$/.test(sep.before) && sep.text !== 'and') k = last + 1;
      else if (sep?.text === 'and' && /^,\s*$/.test(sep.before)) k = last + 2;
      else break;
    }
  }
  // "the Kilián barracks", "Corvin passage": a name and a lower-case word for a building or site.
  for (let i = 1; i < t.length; i++) {
    if (!SITES.has(t[i]!.text) || !/^[ \u00a0]$/.test(t[i]!.before) || !nameWord(i - 1)) continue;
    propose(i - 1, i);
  }
  // "Nghe An province", "Kangwon district": the name before a word for a region.
  for (let i = 1; i < t.length; i++) {
    if (!AFTER.has(t[i]!.text) || !/^[ \u00a0]$/.test(t[i]!.before)) continue;
    // Two words, one of them no English word ("Nghe An"), or one that is none.
    let first = i - 1;
    if (!capitalWord(first)) continue;
    if (capitalWord(first - 1) && /^[ \u00a0-]$/.test(t[first]!.before) && (nameWord(first) || nameWord(first - 1))) first--;
    else if (!nameWord(first)) continue;
    propose(first, i - 1);
  }
  // "Kongka Pass", "Namka Chu River": a name and a capitalized word for a landform are one place.
  for (let i = 1; i < t.length; i++) {
    if (!LANDFORMS.has(t[i]!.text) || !/^[ \u00a0]$/.test(t[i]!.before) || covered.has(i)) continue;
    let first = i - 1;
    if (!nameWord(first)) continue;
    if (nameWord(first - 1) && /^[ \u00a0-]$/.test(t[first]!.before)) first--;
    propose(first, i);
  }
  if (added.length) scan.candidates = [...scan.candidates, ...added].sort((a, b) => a.start - b.start);
}

/**
 * A town that is also a forename, before a name ("Hassan Ragab": Hassan is a town in India) is the
 * forename: the place is dropped so the person rules read the two words as one person.
 */
export function yieldForenamePlaces(scan: BlockScan): void {
  const t = scan.tokens;
  scan.candidates = scan.candidates.filter((c) => {
    if (c.type !== 'place' || c.source !== 'register' || c.first !== c.last || !FORENAMES.has(t[c.first]!.text)) return true;
    const n = t[c.last + 1];
    if (!n || !/^[ \u00a0]$/.test(n.before) || !isCapitalized(n.text) || isAllCaps(n.text)) return true;
    const lw = n.text.toLowerCase();
    if (ENGLISH.has(lw) || NAME_CUES.has(lw) || DEMONYMS.has(lw)) return true;
    return scan.candidates.some((o) => o.first <= c.last + 1 && o.last >= c.last + 1);
  });
}
