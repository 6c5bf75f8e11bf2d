import { type BlockScan, type Candidate, ruleCandidate } from './candidate.ts';
import { findPartyBodies, findUnionBodies } from './org-bodies.ts';
import { insert, orgWords, replace } from './org-words.ts';
import type { RegisterIndex } from './register-index.ts';
import { SPACE, type Token } from './tokenize.ts';
import { DEMONYMS, DETERMINERS, ENGLISH, FORENAMES } from './word-lists.ts';
import { monthNumber } from '../dates/calendar.ts';

/** Organs of parties and states: "General Staff of the KPA", "KWP CC Presidium" are organisations of their own. */
const ORGANS = [
  'Central Committee', 'General Staff', 'Presidium', 'Politburo', 'Political Bureau', 'Political Committee', 'Standing Committee',
  'Secretariat', 'Organizational Committee', 'Orgburo', 'Control Commission', 'Central Control Commission', 'Military Commission',
  'Central Military Commission', 'International Department', 'Organizational Department', 'Propaganda Department', 'Political Department',
  'CC', 'Regional Command', 'National Command', 'National Directorate', 'General Assembly', 'Security Council',
].map((o) => o.split(' '));

/** Organs that name one body even alone. */
const ORGANS_ALONE = new Set(['General Staff', 'Regional Command', 'National Command']);

/**
 * Organs of a state, named after it: "National Assembly of the DRV", "GDR Council of Ministers"
 * are one organisation each (the place inside is part of the name, as in the gold's maximal spans).
 */
const STATE_ORGANS = ['National Assembly', 'Council of Ministers', 'State Council', 'Council of State', "People's Assembly", "Supreme People's Assembly", 'Grand National Assembly', 'Federal Assembly', 'Supreme Soviet', 'Great Khural', "People's Chamber", 'Presidential Council', 'Federal Executive Council', "Supreme People's Council", "People's Revolutionary Council", 'Revolutionary Council'].map((o) => o.split(' '));
const STATE_ORGAN_HEADS = new Set(STATE_ORGANS.map((o) => o[0]!.replace(/['’]s$/, '')));

/** Diplomatic missions, ministries and departments (borderline orgs in the gold conventions; tagged with their whole name: "Far East Department"). */
const MISSIONS = [['Embassy'], ['Legation'], ['Consulate', 'General'], ['Consulate'], ['Trade', 'Mission'], ['Military', 'Mission'], ['Foreign', 'Ministry'], ['Ministry'], ['Department']];

/** First words of organs and missions: a token that is none of them starts neither (most tokens). */
const ORGAN_HEADS = new Set(ORGANS.map((o) => o[0]!));
const MISSION_HEADS = new Set(MISSIONS.map((o) => o[0]!));
const ORGAN = 1;
const MISSION = 2;

/** What the token's word may begin (ORGAN | MISSION bits), kept with the word. */
function headOf(t: Token | undefined): number {
  if (!t) return 0;
  return (t.word.orgHead ??= (ORGAN_HEADS.has(t.text) ? ORGAN : 0) | (MISSION_HEADS.has(t.text) ? MISSION : 0));
}

/**
 * Party and state organs named after a body of `bodies`, one organisation with it ("KWP CC
 * Presidium", "CPSU International Department"). findOrgNames runs it on the register's bodies; the
 * acronym rules (acronyms.ts) on the bodies they find later, so that a memo reads the same whether
 * its party is in the register or only in the memo's own abbreviations.
 */
export function attachOrgans(scan: BlockScan, bodies: Candidate[]): void {
  const t = scan.tokens;
  const { at } = orgWords(scan);
  for (const c of bodies) {
    // Only right after it: "Hungarian Socialist Workers' Party, Central Committee" (a letterhead) is two.
    if (c.type !== 'org' || !(headOf(t[c.last + 1]) & ORGAN) || !/^[ \u00a0]$/.test(t[c.last + 1]!.before)) continue;
    const organ = ORGANS.find((o) => at(c.last + 1, o));
    if (organ) replace(scan, [c], c.first, c.last + organ.length, 'org');
  }
}

/** The organ named before a body the acronym rules found late ("the Central Committee of the KWP"): one organisation. */
export function attachPrefixOrgans(scan: BlockScan, bodies: Candidate[]): void {
  const t = scan.tokens;
  const { at } = orgWords(scan);
  for (const c of bodies) {
    if (ccBefore(scan, c)) {
      replace(scan, [c], c.first - 1, c.last, 'org');
      continue;
    }
    let j = c.first - 1;
    if (t[j]?.text === 'the') j--;
    if (c.type !== 'org' || t[j]?.text !== 'of') continue;
    const organ = ORGANS.find((o) => j - o.length >= 0 && at(j - o.length, o) && !scan.candidates.some((x) => x.first <= j - 1 && x.last >= j - o.length));
    if (organ) replace(scan, [c], j - organ.length, c.last, 'org');
  }
}

/** "CC YSP", as Soviet records write a party's Central Committee: a free "CC" right before the party's acronym. */
function ccBefore(scan: BlockScan, c: Candidate): boolean {
  const t = scan.tokens;
  const cc = t[c.first - 1];
  return c.type === 'org' && c.first === c.last && /^\p{Lu}{2,}$/u.test(t[c.first]!.text) && cc?.text === 'CC' && /^[ \u00a0]$/.test(t[c.first]!.before) && !scan.candidates.some((x) => x.first <= c.first - 1 && x.last >= c.first - 1);
}

/**
 * Organisation names built from parts the register knows: party and state organs around a known
 * organisation, a bare "CC" standing for the party CC just named, and diplomatic missions and
 * ministries named after a state ("Soviet Embassy", "Embassy of Hungary in North Korea",
 * "DPRK Ministry of Foreign Affairs"). Runs after register matching, before person rules.
 */
export function findOrgNames(scan: BlockScan, index: RegisterIndex, lastCC: { id?: string }): void {
  const t = scan.tokens;
  const { at, candAt, isType, afterOf } = orgWords(scan);

  attachOrgans(scan, [...scan.candidates]);
  for (const c of [...scan.candidates]) if (ccBefore(scan, c)) replace(scan, [c], c.first - 1, c.last, 'org');
  // A bare "CC" after a party CC or one of its organs was named ("Secretariat of the KWP CC"): that CC.
  for (const c of scan.candidates) {
    const cc = c.type === 'org' ? /^(org-.+?-cc)(?:-|$)/.exec(c.entryIds[0] ?? '')?.[1] : undefined;
    if (cc && index.byId.has(cc)) lastCC.id = cc;
  }
  if (lastCC.id) {
    t.forEach((tok, i) => {
      if (tok.text === 'CC' && lastCC.id && !scan.candidates.some((c) => c.first <= i && c.last >= i)) {
        insert(scan, { start: tok.start, end: tok.end, first: i, last: i, type: 'org', entryIds: [lastCC.id], proposeAs: undefined, surnameOnly: false, cert: 'medium', source: 'rule' });
      }
    });
  }
  // Parties named after their country ("Communist Party of Uzbekistan", "Socialist Party of Chile",
  // "CP of Chile"): the capitalized words before "Party of" and the place after it are one organisation.
  for (let i = 0; i + 2 < t.length; i++) {
    if ((t[i]!.text !== 'Party' && t[i]!.text !== 'CP') || t[i + 1]!.text !== 'of' || scan.candidates.some((c) => c.first <= i && c.last >= i)) continue;
    const place = candAt(t[i + 2]!.text === 'the' ? i + 3 : i + 2);
    if (!place || place.type !== 'place') continue;
    let first = i;
    // "People's Progressive Party of British Guiana": a possessive joins the words as a space does.
    while (first > 0 && i - first < 3 && /^\p{Lu}/u.test(t[first - 1]!.text) && /^(?:['’]s)?[ \u00a0]$/.test(t[first]!.before) && !candAt(first - 1) && ENGLISH.has(t[first - 1]!.text.toLowerCase()) && !DETERMINERS.has(t[first - 1]!.text)) first--;
    if (first < i || t[i]!.text === 'CP') replace(scan, [place], first, place.last, 'org');
  }
  // Prefix organs: "General Staff of the Soviet Army", "Standing Committee of the Political Committee of the KWP CC".
  for (let i = t.length - 1; i >= 0; i--) {
    if (!(headOf(t[i]) & ORGAN)) continue;
    const organ = ORGANS.find((o) => at(i, o));
    if (!organ) continue;
    const target = afterOf(i + organ.length);
    if (target?.type === 'org' || (target?.type === 'place' && /Army|Staff/.test(organ.join(' ')))) replace(scan, [target], i, target.last, 'org');
    // "the General Staff" alone is the army's, and "the Regional Command" and "the National Command"
    // the Ba'ath's, one organisation each (the golds tag them); other organs alone are too vague.
    // A people's name before it is the army's ("the Ethiopian General Staff").
    else if (ORGANS_ALONE.has(organ.join(' ')) && !scan.candidates.some((c) => c.first <= i + 1 && c.last >= i)) {
      const demonym = i > 0 && DEMONYMS.has(t[i - 1]!.text.toLowerCase()) && /^\p{Lu}/u.test(t[i - 1]!.text) && /^[ \u00a0]$/.test(t[i]!.before) && !scan.candidates.some((c) => c.last === i - 1);
      insert(scan, ruleCandidate(scan, demonym ? i - 1 : i, i + 1, 'org'));
    }
  }
  // State organs named after their state: "National Assembly of the DRV", "DRV National Assembly".
  for (let i = 0; i < t.length; i++) {
    if (!STATE_ORGAN_HEADS.has(t[i]!.text)) continue;
    const organ = STATE_ORGANS.find((o) => at(i, o));
    if (!organ) continue;
    const last = i + organ.length - 1;
    // The register may know the organ by itself ("State Council"): "State Council of the SRR" is still one.
    if (scan.candidates.some((c) => c.first <= i && c.last >= i && !(c.first === i && c.last === last && c.type === 'org'))) continue;
    const target = afterOf(last + 1);
    if (isType(target, 'place')) {
      // "the Supreme Soviet of the Nakhichevan ASSR": the republic's abbreviation ends the name.
      replace(scan, [target!], i, target!.last + (/^A?SSR$/.test(t[target!.last + 1]?.text ?? '') && SPACE.test(t[target!.last + 1]!.before) ? 1 : 0), 'org');
      continue;
    }
    const before = scan.candidates.find((c) => c.last === i - 1);
    if (isType(before, 'place') && /^[ \u00a0]$/.test(t[i]!.before)) replace(scan, [before!], before!.first, last, 'org');
    // Named alone ("Chairman of the Council of Ministers", "the National Assembly under A. Sadat"): a named state body still.
    else if (!scan.candidates.some((c) => c.first <= last && c.last >= i)) insert(scan, ruleCandidate(scan, i, last, 'org'));
  }
  findPartyBodies(scan);
  // Missions and ministries.
  for (let i = 0; i < t.length; i++) {
    if (!(headOf(t[i]) & MISSION)) continue;
    const head = MISSIONS.find((m) => at(i, m));
    if (!head) continue;
    let first = i;
    let last = i + head.length - 1;
    const prev = scan.candidates.find((c) => c.last === i - 1);
    const demonym = t[i - 1] && DEMONYMS.has(t[i - 1]!.text.toLowerCase()) && /^\p{Lu}/u.test(t[i - 1]!.text) && /^[ \u00a0]$/.test(t[i]!.before);
    if (prev && isType(prev, 'place') && /^[ \u00a0]$/.test(t[i]!.before)) first = prev.first;
    else if (demonym) first = /^(?:Far|Middle|Near)$/.test(t[i - 2]?.text ?? '') && /^[ \u00a0]$/.test(t[i - 1]!.before) ? i - 2 : i - 1; // "Far Eastern Department"
    // "Ministry of Foreign Affairs", "Ministry of Foreign Trade": capitalized words after "Ministry of".
    if (head[head.length - 1] === 'Ministry' && t[last + 1]?.text === 'of') {
      let k = last + 2;
      while (t[k] && (/^\p{Lu}/u.test(t[k]!.text) || t[k]!.text === 'and') && !candAt(k)) k++;
      if (k > last + 2) last = k - 1;
    }
    let anchored = first < i;
    for (const prep of ['of', 'in', 'to']) {
      if (t[last + 1]?.text !== prep) continue;
      const k = t[last + 2]?.text === 'the' ? last + 3 : last + 2;
      const place = candAt(k);
      // A department of a ministry the register knows: "the Far Eastern Department of the MFA USSR".
      if (head[0] === 'Department' && prep === 'of' && isType(place, 'org')) {
        last = place!.last;
        continue;
      }
      if (!isType(place, 'place')) continue;
      last = place!.last;
      anchored = true;
    }
    if (!anchored || (head[0] === 'Ministry' && last === i)) continue;
    const covered = scan.candidates.filter((c) => c.first >= first && c.last <= last);
    // The register already knows this mission under this very name.
    if (covered.some((c) => c.first === first && c.last === last && c.type === 'org')) continue;
    if (scan.candidates.some((c) => c.first <= last && c.last >= first && !covered.includes(c))) continue;
    replace(scan, covered, first, last, 'org');
    i = last;
  }
  findUnionBodies(scan);
}

/**
 * Words that make a person's name before them the name of an institution ("Kim Chaek works",
 * "Kim Il Sung University", "the Lenin Shipyard") or of a place named after the person ("Kim Il
 * Sung Square", "Stalin Avenue").
 */
/** Units of a country named after a person ("Sükhbaatar aimag", "Kim Jong Suk county"): places, with no article needed. */
const UNITS_AFTER_NAMES = ['aimag', 'province', 'oblast', 'county', 'prefecture'];

/** Last words of a named institution, an organisation (gold conventions): "Kim Il Sung University", "Mustansiriya University". */
export const INSTITUTION_WORDS = ['University', 'Institute', 'Academy', 'College', 'School', 'Hospital', 'Museum', 'Library', 'Conservatory'];

const INSTITUTIONS: { words: string[]; type: Candidate['type'] }[] = [
  ...[['Iron', 'Works'], ['Steel', 'Works'], ['Works'], ['works'], ['Factory'], ['factory'], ['Plant'], ['plant'], ['Shipyard'],
    ['Shipyards'], ['shipyard'], ['Mine'], ['Mines'], ['Combine'], ['Kombinat'], ...INSTITUTION_WORDS.map((w) => [w])].map((words) => ({ words, type: 'org' as const })),
  // "the Aung San Mausoleum": a building named after the person, a place.
  { words: ['Mausoleum'], type: 'place' as const },
  ...[['Square'], ['Street'], ['Avenue'], ['Prospekt'], ['Boulevard'], ['Stadium'], ['Bridge'], ['Trail'], ['Canal'], ['Highway'],
    ...UNITS_AFTER_NAMES.map((u) => [u])].map((words) => ({ words, type: 'place' as const })),
];

/**
 * A person's name followed by an institution word names the institution, not the person: the
 * name and the word become one organisation ("the Kim Chaek works in Chongjin"), or one place
 * for squares, streets and the like. Runs after the person rules, so names the register lacks
 * are covered too.
 */
export function findNamedInstitutions(scan: BlockScan): void {
  const t = scan.tokens;
  for (const c of [...scan.candidates]) {
    if (c.type !== 'person') continue;
    const hit = INSTITUTIONS.find(({ words }) => words.every((x, k) => t[c.last + 1 + k]?.text === x && /^[ \u00a0]$/.test(t[c.last + 1 + k]!.before)));
    // "the Kim Chaek works", but not "Ivanov works in Berlin": a lower-case word needs the article.
    if (hit && /^\p{Ll}/u.test(hit.words[0]!) && !UNITS_AFTER_NAMES.includes(hit.words[0]!) && t[c.first - 1]?.text.toLowerCase() !== 'the') continue;
    if (hit) replace(scan, [c], c.first, c.last + hit.words.length, hit.type);
  }
}

const PLANT_WORDS = new Set(['works', 'Works', 'combine', 'Combine', 'kombinat', 'Kombinat', 'plant', 'Plant', 'factory', 'Factory', 'Company', 'Corporation',
  'mine', 'Mine', 'colliery', 'Colliery', 'steelworks', 'Steelworks', 'Complex']);

/**
 * Plants and companies named after a place or a firm ("the Leuna works", "the Carl Zeiss Jena combine",
 * "the Suez Canal Company"): the name
 * and the word are one organisation. A lower-case word needs the article before the name ("Ivanov
 * works in Berlin" is no plant), and a town alone before "plant" or "factory" stays a town ("the
 * Moscow plant"). Runs after findNamedInstitutions, which handles names of persons.
 */
export function findNamedPlants(scan: BlockScan): void {
  const t = scan.tokens;
  for (let w = 1; w < t.length; w++) {
    const word = t[w]!;
    if (!PLANT_WORDS.has(word.text) || !/^[ \u00a0]$/.test(word.before) || scan.candidates.some((c) => c.first <= w && c.last >= w)) continue;
    let first = w;
    const inside: Candidate[] = [];
    while (first > 0 && w - first < 4) {
      const k = first - 1;
      const tok = t[k]!;
      if (!/^\p{Lu}/u.test(tok.text) || !/^[ \u00a0]$/.test(t[k + 1]!.before)) break;
      const c = scan.candidates.find((x) => x.first <= k && x.last >= k);
      if (c) {
        if (c.type === 'org' || c.last !== k) break;
        inside.push(c);
        first = c.first;
      } else if (ENGLISH.has(tok.text.toLowerCase()) && !FORENAMES.has(tok.text)) break;
      else first = k;
    }
    if (first === w) continue;
    // A plant named after a day ("the February 8 Vinalon Factory"): the day is part of the name.
    if (/^[0-3]?\d$/.test(t[first - 1]?.text ?? '') && monthNumber(t[first - 2]?.text ?? '') !== undefined && /^[ \u00a0]$/.test(t[first]!.before)) first -= 2;
    if (/^\p{Ll}/u.test(word.text) && t[first - 1]?.text.toLowerCase() !== 'the') continue;
    const townAlone = inside.length === 1 && inside[0]!.type === 'place' && inside[0]!.first === first;
    if (townAlone && /^(?:plant|factory)$/i.test(word.text)) continue;
    replace(scan, inside, first, w, 'org');
  }
  findPowerStations(scan);
}

/** Kinds of power station ("nuclear power station", "Hydroelectric Power Plant"). */
const POWER_KINDS = /^(?:nuclear|atomic|hydroelectric|hydro-electric|thermal)$/i;

/**
 * A power station named after its place ("the Chernobyl nuclear power station", "the Kariba
 * Hydroelectric Power Station") is an enterprise, one organisation with the place inside, when its
 * kind or capitals say it is one ("the Moscow power station" stays the town's).
 */
function findPowerStations(scan: BlockScan): void {
  const t = scan.tokens;
  for (let w = 2; w < t.length; w++) {
    if (!/^(?:station|plant)$/i.test(t[w]!.text) || !/^power$/i.test(t[w - 1]!.text) || !SPACE.test(t[w]!.before) || !SPACE.test(t[w - 1]!.before)) continue;
    let k = w - 2;
    const kind = POWER_KINDS.test(t[k]!.text) && SPACE.test(t[k]!.before);
    if (kind) k--;
    if (k < 0 || (!kind && !/^\p{Lu}/u.test(t[w]!.text))) continue;
    const c = scan.candidates.find((x) => x.last === k);
    if (scan.candidates.some((x) => x.first <= w && x.last > k)) continue;
    if (c ? c.type !== 'place' : !/^\p{Lu}\p{Ll}/u.test(t[k]!.text) || ENGLISH.has(t[k]!.text.toLowerCase())) continue;
    replace(scan, c ? [c] : [], c ? c.first : k, w, 'org');
  }
}

/** Capitalized at a sentence start, never part of the name ('The Far Eastern Military District'). */
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'this', 'that', 'our', 'their', 'his', 'its', 'in', 'of']);

/**
 * "Silesian Military District", "Far Eastern Military District", "Kiev Military District": the
 * capitalized words before "Military District" (or "Region") name it, whatever they are, and the
 * whole is one organisation (a command of the army), a town inside it included.
 */
export function findMilitaryDistricts(scan: BlockScan): void {
  const t = scan.tokens;
  for (let w = 1; w + 1 < t.length; w++) {
    if (t[w]!.text !== 'Military' || !/^(?:District|Region)$/.test(t[w + 1]!.text) || !/^[ \u00a0]$/.test(t[w + 1]!.before)) continue;
    let first = w;
    while (first > 0 && w - first < 3 && /^\p{Lu}/u.test(t[first - 1]!.text) && !FUNCTION_WORDS.has(t[first - 1]!.text.toLowerCase()) && /^[ \u00a0]$/.test(t[first]!.before)) first--;
    if (first === w) continue;
    const inside = scan.candidates.filter((c) => c.first >= first && c.last <= w + 1);
    if (scan.candidates.some((c) => c.first <= w + 1 && c.last >= first && !inside.includes(c))) continue;
    if (inside.some((c) => c.type === 'org' && c.first === first && c.last === w + 1)) continue;
    replace(scan, inside, first, w + 1, 'org');
  }
}
