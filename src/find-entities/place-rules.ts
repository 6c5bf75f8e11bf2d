import { type BlockScan, type Candidate, coveredTokens, ruleCandidate } from './candidate.ts';
import type { RegisterIndex } from './register-index.ts';
import type { RegisterEntry } from './register/index.ts';
import { INSTITUTION_WORDS } from './org-rules.ts';
import { SPACE, type Token, isAllCaps, isCapitalized, isInitials, letterSpaced, spacedAfterInitial } from './tokenize.ts';
import { ARABIC_ARTICLES, ARABIC_PLACE_HEADS, COMMON_ENGLISH, DEMONYMS, ENGLISH, FORENAMES, NAME_CUES, PLACE_INITIALS } from './word-lists.ts';
import { isWeekday, monthNumber } from '../dates/calendar.ts';

/** Words that make the name after them a place: "near Erenhot". */
const NEAR = new Set(['near']);
/** Words for a kind of place before "of" and its names: "the town of Sinpo", "the towns of Csepel and Miskolc". */
const KIND_OF = new Set(['city', 'cities', 'town', 'towns', 'village', 'villages', 'port', 'ports', 'province', 'provinces', 'district', 'districts',
  'region', 'regions', 'county', 'island', 'islands', 'river', 'settlement', 'area']);
/** Lower-case words after a name that make it a region ("Nghe An province"). */
const AFTER = new Set(['province', 'provinces', 'district', 'county', 'prefecture', 'oblast', 'region', 'pass', 'valley', 'river', 'voivodeship', 'aimag', 'krai', 'governorate', 'strip', 'square']);
/**
 * Lower-case words for an administrative unit after its name, part of the span ("Katowice
 * voivodeship", "Khovd aimag": the gold's maximal spans; the unit is not the town it is named after).
 */
const UNITS = new Set(['province', 'voivodeship', 'aimag', 'oblast', 'prefecture', 'county', 'krai', 'governorate', 'island', 'islands', 'district', 'canal', 'strip', 'valley', 'tunnel', 'pass', 'delta', 'palace', 'square', 'river', 'reservoir']);
/** Unit words after a register place that name another place: a river, a reservoir, a city named after its province ("Quebec City"). */
const OWN_UNITS = new Set(['river', 'reservoir', 'City']);
/** Capitalized words for an administrative unit after its name ("Kherson Oblast"), or after "Autonomous" ("Autonomous Region"). */
export const CAPITAL_UNITS: ReadonlySet<string> = new Set(['Oblast', 'Krai', 'Okrug', 'Province', 'Governorate', 'Prefecture', 'Voivodeship', 'Aimag', 'Region', 'Republic', 'District', 'County', 'Parish', 'SSR', 'ASSR', 'City']);
/** Lower-case words for a building or site after its name, part of it ("Kilián barracks"). */
const SITES = new Set(['barracks', 'passage', 'airport', 'airfield', 'station', 'prison', 'camp', 'harbour', 'harbor', 'palace', 'castle', 'Palace']);
/** Words that begin the name of another town than the one after them ("Nova Lisboa" is Huambo, not Lisbon). */
const TOWN_PREFIXES = new Set(['Nova', 'Novo', 'Novi', 'Nowa', 'Nowy', 'Nueva', 'Nuevo', 'Neu', 'Vila', 'Villa', 'Porto', 'Puerto', 'Port', 'Fort', 'Ciudad']);
/** Words of a state's kind before "Republic" ("Arab", "Democratic", "People's"). */
const STATE_KINDS = new Set(['Arab', 'Democratic', 'Socialist', 'People', 'Popular', 'Federal', 'Federative', 'Islamic', 'United', 'Autonomous', 'Soviet']);
/** Colours that name a branch of a river before its name ("the Black Volta", "the White Nile"). */
const COLOURS = new Set(['Black', 'White', 'Blue', 'Red', 'Yellow', 'Green']);
/** Capitalized words for landforms and camps that begin a place's name ("Lake Tiberias", "Mount Hermon", "Camp Boiro"). */
const LANDFORMS_BEFORE = new Set(['Lake', 'Mount', 'Mt', 'Cape', 'Camp']);
/** Capitalized words for landforms that end a place's name ("Kongka Pass"). */
const LANDFORMS = new Set(['Pass', 'Valley', 'Lake', 'Bay', 'Gulf', 'Strait', 'Island', 'Islands', 'Peninsula', 'Mountains', 'Range', 'Plateau', 'Desert', 'Heights', 'Ridge', 'River', 'Sea']);
/** Landforms whose capitalized name before them is a place even when it is an English word (not "Pass" or "Valley": "the Security Valley"). */
const NAMING_LANDFORMS = new Set(['Mountains', 'Sea', 'Strait', 'Gulf', 'Islands', 'Peninsula', 'Desert', 'Plateau', 'River']);
const AT = new Set(['at', 'in']);
const COMPASS = new Set(['southern', 'northern', 'eastern', 'western', 'central', 'south-east', 'south-west', 'north-east', 'north-west']);
const CONTINENTS = new Set(['Africa', 'Europe', 'Asia', 'America']);
// Scandinavian and Dutch ones too ("Sveavägen", "Malmskillnadsgatan", "Karl Johans gate" is two).
const GERMAN_STREET = /^\p{Lu}\p{Ll}{3,}(?:allee|straße|strasse|platz|damm|ufer|gasse|chaussee|gatan|vägen|torget|gade|vej|straat|gracht|plein)$/u;
const GERMAN_STREET_HINT = /\p{Ll}(?:allee|straße|strasse|platz|damm|ufer|gasse|chaussee|gatan|vägen|torget|gade|vej|straat|gracht|plein)(?!\p{L})/u;

/** A capitalized word that may be part of a name: no acronym, number, title, demonym or month. */
function capitalWord(tok: Token | undefined): boolean {
  if (!tok || !isCapitalized(tok.text) || isAllCaps(tok.text) || /\d/.test(tok.text)) return false;
  const lw = tok.text.toLowerCase();
  return !NAME_CUES.has(lw) && !DEMONYMS.has(lw) && lw !== 'the' && monthNumber(tok.text) === undefined && !isWeekday(tok.text);
}

/** …and no English word either: a name nothing else explains ("Erenhot", "Tököl"). */
/** Arabic place heads that are English words too: a place only with the article after them ("Tell al-Zaatar"). */
const ARABIC_HEADS_IN_ENGLISH = new Set(['Tell', 'Bab', 'Dar']);

function unknownName(tok: Token | undefined): boolean {
  return capitalWord(tok) && !ENGLISH.has(tok!.text.toLowerCase());
}

/**
 * Places the register lacks, found by the words around them: "near X", "the town(s) of X, Y and
 * Z", "X barracks", "X province", "X Pass". A name is one or two capitalized words not already
 * read, at least one of them no English word; it becomes a proposed place. Runs after the
 * register and the organisation rules and before the person rules, so "near Lai Chau" is a place
 * before a person rule can take it.
 */
export function findContextPlaces(scan: BlockScan, index?: RegisterIndex): void {
  const t = scan.tokens;
  const covered = coveredTokens(scan);
  const name = (i: number) => !covered[i] && unknownName(t[i]);
  const added: Candidate[] = [];
  const propose = (first: number, last: number) => {
    added.push(ruleCandidate(scan, first, last, 'place'));
    for (let k = first; k <= last; k++) covered[k] = added[added.length - 1];
  };
  /** The last token of a name starting at `first` (one or two words), or -1. */
  const nameAt = (first: number) => {
    if (!name(first) || !/^,?[ \u00a0]$/.test(t[first]!.before)) return -1;
    return name(first + 1) && /^[ \u00a0-]$/.test(t[first + 1]!.before) ? first + 1 : first;
  };
  // German street and square names in one word ("Stalinallee", "Leipziger Straße" is two): a place.
  if (GERMAN_STREET_HINT.test(scan.text)) for (let i = 0; i < t.length; i++) if (!covered[i] && GERMAN_STREET.test(t[i]!.text)) propose(i, i);
  for (let i = 0; i < t.length - 1; i++) {
    const lw = t[i]!.text.toLowerCase();
    if (NEAR.has(lw)) {
      const last = nameAt(i + 1);
      if (last >= 0) propose(i + 1, last);
      continue;
    }
    // "the town of Sinpo", "the industrial towns of Csepel, Dunapentele and Miskolc".
    const theBefore = [t[i - 1], t[i - 2]].some((x) => /^the$/i.test(x?.text ?? ''));
    if (!KIND_OF.has(lw) || t[i + 1]?.text !== 'of' || !theBefore) continue;
    for (let k = i + 2; k < t.length;) {
      const known = scan.candidates.find((c) => c.first === k && c.type === 'place');
      const last = known ? known.last : nameAt(k);
      if (last < 0) break;
      if (!known) propose(k, last);
      const next = t[last + 1];
      if (next?.text === 'and') k = last + 2; // " and Z", ", and Z"
      else if (next && /^,\s*$/.test(next.before)) k = last + 1; // ", Y"
      else break;
    }
  }
  /** "Autonomous Oblast" at token k, neither word read. */
  const autonomous = (k: number) => t[k]?.text === 'Autonomous' && SPACE.test(t[k]!.before) && CAPITAL_UNITS.has(t[k + 1]?.text ?? '') && SPACE.test(t[k + 1]!.before) && !covered[k] && !covered[k + 1];
  for (let i = 1; i < t.length; i++) {
    const word = t[i]!;
    if (!SPACE.test(word.before)) continue;
    if (COMPASS.has(t[i - 1]!.text.toLowerCase()) && !covered[i - 1] && registerPlaceAt(covered[i], i) && CONTINENTS.has(word.text)) {
      // "southern Africa", "Central Europe": a region of the continent, not the continent.
      scan.candidates = scan.candidates.filter((c) => c !== covered[i]);
      propose(i - 1, i);
      continue;
    }
    if (/^(?:West|East|North|South)$/.test(t[i - 1]!.text) && !covered[i - 1] && registerPlaceAt(covered[i], i)) {
      // "West Kingston", "East Jerusalem": a part of the place with a name of its own; the register
      // names those it knows whole ("West Berlin", "North Korea"), so these are the others.
      scan.candidates = scan.candidates.filter((c) => c !== covered[i]);
      propose(i - 1, i);
      continue;
    }
    if (word.text === 'Republic' && !covered[i] && t[i + 1]?.text !== 'of') {
      // "the Malagasy Republic", "the Iraqi Republic", "the Sudanese Republic": a people's name and
      // words of a state's kind before "Republic" name the state.
      let first = i;
      while (first > 0 && i - first < 4 && !covered[first - 1] && /^(?:['’]s)?[ \u00a0]$/.test(t[first]!.before) && (STATE_KINDS.has(t[first - 1]!.text) || (DEMONYMS.has(t[first - 1]!.text.toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(t[first - 1]!.text)))) first--;
      if (first < i && t.slice(first, i).some((x) => DEMONYMS.has(x.text.toLowerCase()) && !STATE_KINDS.has(x.text))) {
        propose(first, i);
        continue;
      }
    }
    if (COLOURS.has(t[i - 1]!.text) && !covered[i - 1] && registerPlaceAt(covered[i], i)) {
      // "the Black Volta", "the White Nile": a river of its own, not the one the register names.
      scan.candidates = scan.candidates.filter((c) => c !== covered[i]);
      propose(i - 1, i);
      continue;
    }
    if (TOWN_PREFIXES.has(t[i - 1]!.text) && !covered[i - 1] && registerPlaceAt(covered[i], i)) {
      // "Nova Lisboa", "Vila Luso": a prefix and a register town are another town.
      scan.candidates = scan.candidates.filter((c) => c !== covered[i]);
      propose(i - 1, i);
      continue;
    }
    const head = t[i - 1]!;
    // The head, or the name after it, may be a register town of its own ("Marsa", "Beida"): the two words are another place.
    const town = registerPlaceAt(covered[i], i);
    if (ARABIC_PLACE_HEADS.has(head.text) && (!covered[i - 1] || registerPlaceAt(covered[i - 1], i - 1)) && (!covered[i] || town)) {
      // "Wadi al-Batin", "Tell al-Zaatar"; "Marsa Brega", "Hassi Beida" (not after a head that is an English word: "Tell Nasser").
      const article = ARABIC_ARTICLES.has(word.text) && t[i + 1]?.before === '-' && capitalWord(t[i + 1]) && !covered[i + 1];
      const last = article ? i + 1 : (name(i) || (town && capitalWord(word))) && !ARABIC_HEADS_IN_ENGLISH.has(head.text) ? i : -1;
      if (last > 0) {
        scan.candidates = scan.candidates.filter((c) => c !== covered[i - 1] && c !== covered[i]);
        propose(i - 1, last);
        continue;
      }
    }
    if (covered[i]) continue;
    // "Nagorno-Karabakh Autonomous Oblast", "Gorno-Badakhshan Autonomous Region", "Kherson Oblast".
    // A people's name may come between ("Xinjiang Uyghur Autonomous Region", "Ningxia Hui Autonomous Region").
    const unitEnd = UNITS.has(word.text) || CAPITAL_UNITS.has(word.text) ? i : autonomous(i) ? i + 1 : /^\p{Lu}\p{Ll}+$/u.test(word.text) && autonomous(i + 1) ? i + 2 : -1;
    const unitOf = unitEnd > 0 ? covered[i - 1] : undefined;
    if (unitOf && unitOf.type === 'place' && unitOf.last === i - 1) {
      // "Katowice voivodeship": the register's place with its unit word, linked as the place; a
      // river, a reservoir or a city named after a town, a state or a province is a place of its own
      // ("the Kiev reservoir", "the Congo river", "Quebec City").
      const own = OWN_UNITS.has(word.text) ? placeNamed(t.slice(unitOf.first, unitEnd + 1).map((x) => x.word.key), index) : undefined;
      const c = { ...unitOf, last: unitEnd, end: t[unitEnd]!.end, ...(own === null ? { entryIds: [], proposeAs: scan.text.slice(unitOf.start - scan.start, t[unitEnd]!.end - scan.start), source: 'rule' as const } : own ? { entryIds: [own.id] } : {}) };
      scan.candidates = scan.candidates.map((x) => (x === unitOf ? c : x));
      for (let k = c.first; k <= unitEnd; k++) covered[k] = c;
      i = unitEnd;
      continue;
    }
    // (A register town before the site word stays the town: the golds write "Beijing airport" so,
    // and "Nicosia airport" as one place, twice as often the first way.)
    if (SITES.has(word.text) && name(i - 1)) {
      // "the Kilián barracks"; a name joined by hyphens is whole ("Pul-e-Charkhi prison").
      let first = i - 1;
      while (first > 0 && t[first]!.before === '-' && !covered[first - 1] && /^\p{L}+$/u.test(t[first - 1]!.text)) first--;
      propose(first, i);
    } else if (LANDFORMS.has(word.text) && name(i - 1)) propose(name(i - 2) && /^[ \u00a0-]$/.test(t[i - 1]!.before) ? i - 2 : i - 1, i); // "Namka Chu River"
    // Before a plural or sea-like landform a capitalized English word names the place too ("Cardamom Mountains", "Coral Sea").
    else if (NAMING_LANDFORMS.has(word.text) && !covered[i - 1] && capitalWord(t[i - 1]) && !NEAR.has(t[i - 2]?.text ?? '')) propose(i - 1, i);
    else if (word.text === 'River' && registerPlaceAt(covered[i - 1], i - 1)) {
      // "the Jordan River": the river, not the country the register knows by that name.
      scan.candidates = scan.candidates.filter((c) => c !== covered[i - 1]);
      propose(i - 1, i);
    } else if (LANDFORMS_BEFORE.has(t[i - 1]!.text) && !covered[i - 1] && name(i)) {
      propose(i - 1, name(i + 1) && /^[ \u00a0-]$/.test(t[i + 1]!.before) ? i + 1 : i); // "Lake Tiberias", "Mount Hermon"
    } else if (AFTER.has(word.text) && !covered[i - 1] && capitalWord(t[i - 1])) {
      // "Nghe An province": two capitalized words, one of them no English word, or one that is none.
      // A hyphenated name may begin with a register town ("Bayan-Ölgii aimag"): the whole is the name.
      const hyphenTown = t[i - 1]!.before === '-' && registerPlaceAt(covered[i - 2], i - 2);
      if (hyphenTown) scan.candidates = scan.candidates.filter((c) => c !== covered[i - 2]);
      const two = (hyphenTown || (!covered[i - 2] && capitalWord(t[i - 2]))) && /^[ \u00a0-]$/.test(t[i - 1]!.before) && (name(i - 1) || name(i - 2));
      const last = UNITS.has(word.text) ? i : i - 1;
      if (two) propose(i - 2, last);
      else if (name(i - 1)) propose(i - 1, last);
    }
  }
  if (added.length) scan.candidates = [...scan.candidates, ...added].sort((a, b) => a.start - b.start);
}

/** A one-word register place at token i (read with the word before or after it by the rules above). */
/**
 * The register's place of that name ("Congo River" for "the Congo river"), null when it has none;
 * undefined when there is no register to ask.
 */
function placeNamed(keys: string[], index: RegisterIndex | undefined): RegisterEntry | null | undefined {
  if (!index) return undefined;
  const f = index.candidates(keys[0]!).find((x) => x.entry.type === 'place' && x.keys.length === keys.length && x.keys.every((k, j) => k === keys[j]));
  return f?.entry ?? null;
}

function registerPlaceAt(c: Candidate | undefined, i: number): boolean {
  return !!c && c.type === 'place' && c.source === 'register' && c.first === i && c.last === i;
}

/** Words of going and sending: the name after their "to", "from" or "via" is where ("flew to Debre Zeit"). */
const MOVES = new Set(['went', 'go', 'goes', 'going', 'gone', 'flew', 'fly', 'flown', 'travelled', 'traveled', 'travel', 'returned', 'return', 'returning', 'arrived',
  'arrive', 'arriving', 'came', 'come', 'coming', 'moved', 'move', 'sent', 'send', 'departed', 'depart', 'left', 'leave', 'leaving', 'withdrawn', 'withdrew', 'withdraw',
  'transferred', 'deported', 'evacuated', 'trip', 'journey', 'visit', 'road', 'route', 'railway', 'line', 'way', 'flight', 'shipped', 'delivered', 'brought', 'transported', 'retreated', 'advanced', 'marched', 'fled']);

const INSTITUTIONS = new Set(INSTITUTION_WORDS);

/**
 * A name after "at" or "in", after "via", or after "to" or "from" following a word of going
 * ("arrested at Tököl", "flew from Aden to Debre Zeit"), that nothing else has read is a place: one
 * word, or two capitalized words of which one is no English word. Runs after every person rule, so
 * a person the rules found is never taken; a possessive ("in Ivanov's view") and a longer
 * capitalized name are left alone.
 */
export function findPlacesAfterPrepositions(scan: BlockScan): void {
  const t = scan.tokens;
  const covered = coveredTokens(scan);
  const added: Candidate[] = [];
  const moving = (i: number) => [t[i - 1], t[i - 2]].some((x) => x && MOVES.has(x.text.toLowerCase()));
  // "from Aden to Debre Zeit": the place before "to" comes after "from".
  const fromPlace = (i: number) => {
    const c = covered[i - 1] ?? added.find((a) => a.last === i - 1);
    return !!c && c.type === 'place' && c.last === i - 1 && t[c.first - 1]?.text === 'from';
  };
  for (let i = 1; i < t.length; i++) {
    const prep = t[i - 1]!.text;
    if (!(AT.has(prep) || prep === 'via' || ((prep === 'to' || prep === 'from') && moving(i - 1)) || (prep === 'to' && fromPlace(i - 1)))) continue;
    if (!SPACE.test(t[i]!.before) || covered[i] || !capitalWord(t[i])) continue;
    const two = !!t[i + 1] && SPACE.test(t[i + 1]!.before) && !covered[i + 1] && capitalWord(t[i + 1]) && (unknownName(t[i]) || unknownName(t[i + 1]));
    if (!two && !unknownName(t[i])) continue;
    const last = two ? i + 1 : i;
    const next = t[last + 1];
    if (next && (/^['’]s$/.test(next.text) || /^['’]s?[ \u00a0]/.test(next.before) || (/^\p{Lu}/u.test(next.text) && SPACE.test(next.before)))) continue;
    // "at Mustansiriya University": a named institution is an organisation (gold conventions), not a place.
    added.push(ruleCandidate(scan, i, last, two && INSTITUTIONS.has(t[last]!.text) ? 'org' : 'place'));
    i = last;
  }
  if (added.length) scan.candidates = [...scan.candidates, ...added].sort((a, b) => a.start - b.start);
}

/** Latin first letters an initial may stand for in a Russian or English transliteration ("Zh." Joaquim, "Kh." Juan, "G." Hans). */
const INITIAL_LETTERS: Record<string, string> = {
  ZH: 'JGZ', DZH: 'JGD', KH: 'HJCK', YU: 'UJYI', YA: 'JYIA', YE: 'EYJ', E: 'EYJ', SH: 'SC', CH: 'CT', TS: 'CZT', G: 'GHJ', I: 'IYEJ', J: 'JGYIH',
  Y: 'YJIE', V: 'VW', W: 'WV', F: 'FP', K: 'KCQ', C: 'CKTS', Q: 'QK', X: 'XSKH', H: 'HKG', U: 'UYO', O: 'OU',
};

/** May the written initials ("A.W.", "Yu.S.") stand for one of these forenames? Unknown forenames: yes. */
function initialsMayName(initials: string, forenames: string[] | undefined): boolean {
  if (!forenames?.length) return true;
  const firsts = new Set(forenames.map((f) => f.normalize('NFD')[0]!.toUpperCase()));
  return initials.split('.').filter(Boolean).some((i) => {
    const key = i.toUpperCase();
    return [...(INITIAL_LETTERS[key] ?? key[0]!)].some((l) => firsts.has(l));
  });
}

/**
 * Initials after a surname are the person's (Russian order: "Ratanov A.P.", "Ivanov A.P."), and
 * so are initials before one ("V.P. Karpov"), not an organisation or place the register writes so
 * ("A.P.", the Associated Press; "VP", the Volkspolizei): the register's match is dropped, and so is
 * a surname-alone match of another person beside them, whose initials these are not (matchRegister
 * would have taken initials that agree), so that the person rules read the two as one person.
 * Before a word of everyday English ("C.I.A. Director") the initials stay the body's.
 */
export function yieldInitialsBesideSurnames(scan: BlockScan, index: RegisterIndex): void {
  const t = scan.tokens;
  const covered = coveredTokens(scan);
  const drop = new Set<Candidate>();
  const surnameAlone = (p: Candidate | undefined) => !p || (p.type === 'person' && p.surnameOnly && p.first === p.last);
  for (const c of scan.candidates) {
    if (c.source !== 'register' || c.type === 'person' || c.first !== c.last || !isInitials(t[c.first]!.text) || PLACE_INITIALS.has(t[c.first]!.text)) continue;
    const prev = t[c.first - 1];
    if (prev && SPACE.test(t[c.first]!.before) && /^\p{Lu}\p{L}+$/u.test(prev.text) && !NAME_CUES.has(prev.text.toLowerCase()) && surnameAlone(covered[c.first - 1])) {
      drop.add(c);
      if (covered[c.first - 1]) drop.add(covered[c.first - 1]!);
      continue;
    }
    const next = t[c.first + 1];
    if (next && SPACE.test(next.before) && /^\p{Lu}\p{Ll}+$/u.test(next.text) && !COMMON_ENGLISH.has(next.text.toLowerCase()) && !NAME_CUES.has(next.text.toLowerCase()) && surnameAlone(covered[c.first + 1])) {
      drop.add(c);
      if (covered[c.first + 1]) drop.add(covered[c.first + 1]!);
    }
  }
  // Free initials before a register surname alone go on the name ("Zh. Chissano", "A.M. Obote",
  // "Minister E. Menderes"): matchRegister takes only initials written as the register's forms
  // derive them. They keep the entries whose forenames they may stand for, Russian transliteration
  // allowed ("Zh." for Joaquim; "A.W. Dulles" is Allen, not John Foster); none, and they are
  // another bearer of the name, to be proposed ("E. Menderes" beside Adnan Menderes). Not an
  // honorific (covered), nor a line's numbering.
  for (const c of scan.candidates) {
    if (c.source !== 'register' || !surnameAlone(c) || drop.has(c)) continue;
    const ini = t[c.first - 1];
    if (!ini || covered[c.first - 1] || !isInitials(ini.text) || PLACE_INITIALS.has(ini.text) || !spacedAfterInitial(t[c.first]!)) continue;
    // At a line's start the initial may number a section, unless a signature follows; after a
    // forename it is a middle initial ("Edward M. Kennedy"), the person rules' to read.
    const prev = t[c.first - 2]?.text ?? '';
    if (((ini.before === '' || ini.before.includes('\n')) && !letterSpaced(t[c.first]!)) || /^\d+\.$/.test(prev) || FORENAMES.has(prev)) continue;
    c.first--;
    c.start = ini.start;
    const agree = c.entryIds.filter((id) => initialsMayName(ini.text, index.byId.get(id)?.forenames));
    c.entryIds = agree;
    if (!agree.length) {
      c.proposeAs = scan.text.slice(c.start - scan.start, c.end - scan.start);
      c.surnameOnly = false;
      c.source = 'rule';
    }
  }
  if (drop.size) scan.candidates = scan.candidates.filter((c) => !drop.has(c));
}


/**
 * A town that is also a forename, before a name ("Hassan Ragab": Hassan is a town in India) is the
 * forename, and a town after initials ("C.R. Rodríguez": Rodríguez is a town in the Philippines)
 * or a capitalized title ("Ambassador Yao": Yao is a city in Japan) is a surname: the place is
 * dropped so the person rules read the words as one person. So is a register person the register
 * knows by a forename alone ("Fidel") before a name ("Fidel Sánchez Hernández").
 */
export function yieldForenames(scan: BlockScan, index: RegisterIndex): void {
  const t = scan.tokens;
  const covered = coveredTokens(scan);
  const nameAfter = (c: Candidate) => {
    const n = t[c.last + 1];
    return !!n && SPACE.test(n.before) && unknownName(n) && !covered[c.last + 1];
  };
  scan.candidates = scan.candidates.filter((c) => {
    if (c.type === 'person' && c.source === 'register' && c.first === c.last && FORENAMES.has(t[c.first]!.text)) return !nameAfter(c);
    if (c.type !== 'place' || c.source !== 'register' || c.first !== c.last) return true;
    // Initials ("C.R."), or a capitalized title ("Ambassador", "Colonel"), make the word after them a name;
    // not a country or region ("S. Africa", "N. Korea"), which no one bears as a surname.
    const p = t[c.first - 1];
    const title = (w: string) => /^\p{Lu}/u.test(w) && NAME_CUES.has(w.toLowerCase().replace(/\.$/, ''));
    const town = c.entryIds.some((id) => index.byId.get(id)?.placeType === 'settlement');
    // A town after a known forename is its bearer's surname ("Minister of Justice Ahmed Salem").
    if (p && SPACE.test(t[c.first]!.before) && !covered[c.first - 1] && ((isInitials(p.text) && !PLACE_INITIALS.has(p.text) && town) || title(p.text) || (town && FORENAMES.has(p.text)))) return false;
    // A town before a surname and initials is the first of two surnames, in Russian order ("Rodriguez Lara G.").
    const n1 = t[c.last + 1];
    const n2 = t[c.last + 2];
    if (town && n1 && n2 && SPACE.test(n1.before) && SPACE.test(n2.before) && !covered[c.last + 1] && unknownName(n1) && isInitials(n2.text)) return false;
    // The last of a person's Arabic names, after its article ("Abdullah al-Salim al-Sabah": not the
    // Malaysian state); a place after its article alone stays one ("near al-Arish").
    const q = t[c.first - 2];
    if (p && ARABIC_ARTICLES.has(p.text) && t[c.first]!.before === '-' && q && !covered[c.first - 2] && SPACE.test(p.before) && /^\p{Lu}\p{Ll}/u.test(q.text) && !ENGLISH.has(q.text.toLowerCase())) return false;
    return !FORENAMES.has(t[c.first]!.text) || !nameAfter(c);
  });
}
