import type { BlockScan, Candidate } from './candidate.ts';
import { isAllCaps, isCapitalized } from './tokenize.ts';
import { DEMONYMS, ENGLISH, NAME_CUES } from './word-lists.ts';

/** Words that make the name after them a place: "near Erenhot", "the town of Sinpo", "the port of Nampo". */
const NEAR = new Set(['near']);
/** Lower-case words after a name that make it a region ("Nghe An province"). */
const AFTER = new Set(['province', 'provinces', 'district', 'county', 'prefecture', 'oblast', 'region']);
/** Capitalized words for landforms that end a place's name ("Kongka Pass"). */
const LANDFORMS = new Set(['Pass', 'Valley', 'Lake', 'Bay', 'Gulf', 'Strait', 'Island', 'Islands', 'Peninsula', 'Mountains', 'Range', 'Plateau', 'Desert', 'Heights', 'Ridge', 'River', 'Sea']);
const KIND_OF = new Set(['city', 'town', 'village', 'port', 'province', 'district', 'region', 'county', 'island', 'islands', 'river', 'settlement', 'area']);

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
  for (let i = 0; i < t.length - 1; i++) {
    const lw = t[i]!.text.toLowerCase();
    const cue = NEAR.has(lw) || (KIND_OF.has(lw) && t[i + 1]?.text === 'of' && /^the$/i.test(t[i - 1]?.text ?? ''));
    if (!cue) continue;
    const first = NEAR.has(lw) ? i + 1 : i + 2;
    if (!nameWord(first) || !/^[ \u00a0]$/.test(t[first]!.before)) continue;
    let last = first;
    if (nameWord(first + 1) && /^[ \u00a0-]$/.test(t[first + 1]!.before)) last = first + 1;
    propose(first, last);
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
