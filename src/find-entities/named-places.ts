import { type BlockScan, type Candidate, ruleCandidate } from './candidate.ts';
import { SPACE } from './tokenize.ts';
import { replace } from './org-words.ts';

/**
 * Places the register lacks, named by a word for their kind: streets and squares ("Magheru
 * Boulevard"), waters, lakes and mountains ("Gulf of Siam", "Lake Geneva"), numbered roads and
 * parallels ("Route 13", "the 13th parallel"). Run after the person rules.
 */

/** Words that end the name of a street or square ("Magheru Boulevard", "Leipziger Straße"). */
const STREET_WORDS = new Set(['Square', 'Street', 'Road', 'Avenue', 'Boulevard', 'Prospekt', 'Prospect', 'Straße', 'Strasse', 'Allee', 'Platz', 'Embankment',
  // Parks and gardens are places the same way ("Kirov Park", "Tivoli Gardens", "Redpath Crescent").
  'Park', 'Gardens', 'Crescent']);
/** Words before "of" and a state's name that name the state in full ("the State of Kuwait"). */
const STATE_WORDS = new Set(['Republic', 'State', 'Kingdom', 'Sultanate', 'Emirate', 'Principality', 'República', 'République', 'Repubblica', 'Reino', 'Royaume']);
/** Words between such a word and "of" ("People's Republic of", "República Popular de"). */
const STATE_ADJECTIVES = new Set(["People's", 'Democratic', 'Socialist', 'Federal', 'Arab', 'Islamic', 'United', 'Popular', 'Democrática', 'Socialista',
  'Árabe', 'Popolare', 'Democratica', 'populaire', 'démocratique', 'socialiste', 'fédérale', 'arabe']);
/** "of" in the languages of the originals: the state's name follows. */
const STATE_OF = new Set(['of', 'de', 'da', 'do', 'du', 'des', 'di', 'del', 'della']);

/** Capitalized words that never begin a street's name (an article, a weekday, a title). */
const NOT_STREET_NAMES = new Set(['The', 'A', 'An', 'This', 'That', 'Our', 'Their', 'His', 'Its', 'Her', 'In', 'On', 'At', 'By', 'And', 'Main', 'High']);

/**
 * Streets and squares the register lacks ("University Square", "Magheru Boulevard", "Heroes'
 * Square", "Bornholmer Straße", "Pennsylvania Avenue"): one or two capitalized words before the
 * street word are one place, a register place among them included. Not at a sentence's first word
 * alone ("Street fighting"), and not a person's name: findNamedInstitutions reads "Stalin Avenue".
 */
export function findNamedStreets(scan: BlockScan): void {
  const t = scan.tokens;
  for (let w = 1; w < t.length; w++) {
    if (!STREET_WORDS.has(t[w]!.text) || !/^(?:['’]s?)?[ \u00a0]$/.test(t[w]!.before)) continue;
    if (scan.candidates.some((c) => c.first <= w && c.last >= w)) continue;
    let first = w;
    const inside: Candidate[] = [];
    while (first > 0 && w - first < 2) {
      const k = first - 1;
      const tok = t[k]!;
      if (!/^\p{Lu}/u.test(tok.text) || NOT_STREET_NAMES.has(tok.text) || (k + 1 < w && !/^(?:['’]s?)?[ \u00a0]$/.test(t[k + 1]!.before))) break;
      const c = scan.candidates.find((x) => x.first <= k && x.last >= k);
      if (c && (c.type !== 'place' || c.first !== k)) break;
      if (c) inside.push(c);
      first = k;
      if (/[.!?:;]\s*$/.test(tok.before) || tok.before === '' || tok.before.includes('\n')) break;
    }
    if (first === w) continue;
    // One word at a sentence's start may be any word ("Street fighting", "Square brackets").
    const start = t[first]!.before === '' || /[.!?:;\n]\s*$/.test(t[first]!.before);
    if (start && w - first < 2 && !inside.length && !/^['’]/.test(t[w]!.before)) continue;
    scan.candidates = scan.candidates.filter((c) => !inside.includes(c));
    scan.candidates = [...scan.candidates, ruleCandidate(scan, first, w, 'place')].sort((a, b) => a.start - b.start);
    w++;
  }
}

/** Heads of the names of waters and landforms "of" a place ("Gulf of Siam", "Bay of Bengal"). */
const WATER_HEADS = new Set(['Gulf', 'Bay', 'Sea', 'Strait', 'Straits', 'Isthmus']);

/**
 * Waters named after a place ("the Gulf of Siam", "the Bay of Bengal", "Lake Geneva"): one place,
 * the place inside it, as the register writes "Gulf of Tonkin"; mountains ("Mount Paektu") too.
 * Roads by number ("Route 13", "Highway 1") and parallels by ordinal ("the 13th parallel") are
 * places too.
 */
/** Words before a street's name in Italian, Spanish, Portuguese and French ("piazza del Gesù", "calle Bolívar", "rua Augusta", "Carrera Séptima", "avenue Foch"). */
const STREET_HEADS = new Set(['piazza', 'Piazza', 'viale', 'Viale', 'corso', 'Corso', 'largo', 'Largo', 'Via', 'calle', 'Calle', 'avenida', 'Avenida',
  'rua', 'Rua', 'praça', 'Praça', 'plaza', 'Plaza', 'paseo', 'Paseo', 'rue', 'Rue', 'carrera', 'Carrera', 'alameda', 'Alameda', 'jirón', 'Jirón',
  'travessa', 'Travessa', 'avenue', 'boulevard']);
/** Particles inside a street's name ("via delle Botteghe Oscure", "18 de Julio"). */
const STREET_PARTICLES = new Set(['del', 'della', 'delle', 'dei', 'degli', 'di', 'de', 'da', 'do', 'dos', 'das', 'la', 'le', 'des', 'du']);

/**
 * Streets and squares of Romance-language cities, the street word first ("piazza del Gesù", "via
 * delle Botteghe Oscure", "via Mario Fani", "calle Bolívar"): the word and the name after it are one
 * place, a person or place named in it included. Lower-case "via" is the English preposition too
 * ("via Gambela"): a street only with a particle or a two-word name after it. Run after the person rules.
 */
export function findRomanceStreets(scan: BlockScan): void {
  const t = scan.tokens;
  const at = (k: number) => scan.candidates.find((c) => c.first <= k && c.last >= k);
  for (let w = 0; w + 1 < t.length; w++) {
    const head = t[w]!.text;
    if ((!STREET_HEADS.has(head) && head !== 'via') || at(w)) continue;
    let k = w + 1;
    let last = -1;
    let words = 0;
    let particle = false;
    const inside: Candidate[] = [];
    while (t[k] && k - w <= 6 && SPACE.test(t[k]!.before)) {
      const c = at(k);
      if (STREET_PARTICLES.has(t[k]!.text) && !c) {
        particle = true;
        k++;
        continue;
      }
      if (!/^\p{Lu}/u.test(t[k]!.text)) break;
      if (c) {
        if (c.first !== k || c.type === 'org') break;
        inside.push(c);
        words += c.last - c.first + 1;
        k = c.last + 1;
      } else {
        words++;
        k++;
      }
      last = k - 1;
    }
    if (last < 0 || (head === 'via' && !particle && words < 2)) continue;
    replace(scan, inside, w, last, 'place');
    w = last;
  }
}

export function findGulfsAndRoutes(scan: BlockScan): void {
  const t = scan.tokens;
  const at = (k: number) => scan.candidates.find((c) => c.first <= k && c.last >= k);
  for (let w = 0; w < t.length - 1; w++) {
    const word = t[w]!.text;
    let last = -1;
    if (WATER_HEADS.has(word) && t[w + 1]!.text === 'of' && t[w + 2] && SPACE.test(t[w + 2]!.before) && /^\p{Lu}\p{Ll}/u.test(t[w + 2]!.text)) {
      const inner = at(w + 2);
      if (inner && (inner.type !== 'place' || inner.first !== w + 2)) continue;
      last = inner ? inner.last : w + 2;
    } else if ((word === 'Lake' || word === 'Mount') && SPACE.test(t[w + 1]!.before) && /^\p{Lu}\p{Ll}/u.test(t[w + 1]!.text)) {
      // "Lake Geneva", "Mount Paektu": the place named after another, or a name of its own.
      const inner = at(w + 1);
      if (inner && (inner.type !== 'place' || inner.first !== w + 1)) continue;
      last = inner ? inner.last : w + 1;
    } else if ((word === 'Route' || word === 'Highway') && /^\d{1,3}$/.test(t[w + 1]!.text) && SPACE.test(t[w + 1]!.before)) last = w + 1;
    else if (/^\d{1,2}(?:st|nd|rd|th)$/.test(word) && t[w + 1]!.text === 'parallel' && SPACE.test(t[w + 1]!.before)) last = w + 1;
    else if (STATE_WORDS.has(word) && t[w - 1]?.text !== 'of' && (!at(w) || (at(w)!.first === w && at(w)!.last === w))) {
      // "the State of Guinea-Bissau", "the Kingdom of Morocco", "República Popular de Moçambique":
      // the state the register knows, named in full.
      let k = w + 1;
      while (k - w <= 2 && t[k] && STATE_ADJECTIVES.has(t[k]!.text) && !at(k)) k++;
      if (!STATE_OF.has(t[k]?.text ?? '')) continue;
      k++;
      if (t[k] && /^(?:the|la|le|el)$/.test(t[k]!.text)) k++;
      const inner = at(k);
      if (inner && inner.type === 'place' && inner.first === k && inner.entryIds.length) {
        // A body the register names with the word alone ("República", a Lisbon daily) yields.
        const word = at(w);
        scan.candidates = scan.candidates.filter((c) => c !== word).map((c) => (c === inner ? { ...c, first: w, start: t[w]!.start } : c));
        w = inner.last;
      }
      continue;
    }
    if (last < 0 || at(w) || (last > w + 2 && at(last) === undefined)) continue;
    const inside = scan.candidates.filter((c) => c.first > w && c.last <= last);
    replace(scan, inside, w, last, 'place');
    w = last;
  }
}
