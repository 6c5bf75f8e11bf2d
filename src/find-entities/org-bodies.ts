import { type BlockScan, ruleCandidate } from './candidate.ts';
import { insert, orgWords, replace } from './org-words.ts';
import { SPACE } from './tokenize.ts';
import { DEMONYMS } from './word-lists.ts';

/** The armed forces of a people, after its capitalized adjective. */
const ARMIES = [['Army'], ['Navy'], ['Air', 'Force'], ["People's", 'Army']];
/** Words before "Democrats" that name a party by its members. */
const PARTY_MEMBERS = new Set(['Christian', 'Social', 'Free', 'Liberal']);
/** Words between a town and "Committee" in a party committee's name. */
const COMMITTEE_LEVELS = /^(City|Regional|Provincial|District|Voivodeship|Party)$/;

/**
 * Bodies of parties and peoples named from parts the register knows, each one organisation as the
 * gold's maximal spans have it: a Central Committee written before its party ("KC PZPR", as Polish
 * and Russian write it), a people's named army ("the Polish Army", not "the Polish army"), and a
 * party committee of a town ("Warsaw Committee of the PUWP"), a people's Red Cross, a movement's party
 * ("the FRELIMO Party"), a radio named by its place and a party named by its members. Part of findOrgNames.
 */
export function findPartyBodies(scan: BlockScan): void {
  const t = scan.tokens;
  const { at, candAt, isType, afterOf } = orgWords(scan);
  const inside = (i: number) => scan.candidates.some((c) => c.first <= i && c.last >= i);
  for (const c of [...scan.candidates]) {
    const k = t[c.first - 1];
    if (c.type === 'org' && c.source === 'register' && k && (k.text === 'KC' || k.text === 'CC' || k.text === 'KW') && SPACE.test(t[c.first]!.before) && !candAt(c.first - 1)) replace(scan, [c], c.first - 1, c.last, 'org');
  }
  for (let i = 1; i < t.length; i++) {
    const people = t[i - 1]!;
    if (!DEMONYMS.has(people.text.toLowerCase()) || !/^\p{Lu}/u.test(people.text) || candAt(i - 1) || !SPACE.test(t[i]!.before)) continue;
    // A people's own Red Cross society ("the Hungarian Red Cross"), not the international committee the register knows by "Red Cross".
    const cross = candAt(i);
    if (at(i, ['Red', 'Cross']) && (!cross || (cross.first === i && cross.last === i + 1))) {
      replace(scan, cross ? [cross] : [], i - 1, i + 1, 'org');
      continue;
    }
    if (inside(i)) continue;
    const army = ARMIES.find((w) => at(i, w));
    if (army) insert(scan, ruleCandidate(scan, i - 1, i + army.length - 1, 'org'));
  }
  // A country's named army by its name ("the Ghana Army"), as by its adjective.
  for (const c of [...scan.candidates]) {
    const i = c.last + 1;
    if (c.type !== 'place' || c.source !== 'register' || !t[i] || !SPACE.test(t[i]!.before) || inside(i)) continue;
    const army = ARMIES.find((w) => at(i, w));
    if (army) replace(scan, [c], c.first, i + army.length - 1, 'org');
  }
  for (const c of [...scan.candidates]) {
    const n = t[c.last + 1];
    const p = t[c.first - 1];
    // A movement's party by its name ("the FRELIMO Party"): the same organisation.
    if (c.type === 'org' && c.source === 'register' && n?.text === 'Party' && SPACE.test(n.before) && !inside(c.last + 1)) {
      c.last += 1;
      c.end = n.end;
    }
    // A state's or a town's radio ("Radio Tehran", "Radio Moscow"): a broadcaster, one organisation.
    else if (c.type === 'place' && p?.text === 'Radio' && SPACE.test(t[c.first]!.before) && !inside(c.first - 1)) replace(scan, [c], c.first - 1, c.last, 'org');
  }
  // A party by its members ("the Christian Democrats", "the Social Democrats").
  for (let i = 1; i < t.length; i++) {
    if (t[i]!.text === 'Democrats' && PARTY_MEMBERS.has(t[i - 1]!.text) && SPACE.test(t[i]!.before) && !inside(i - 1) && !inside(i)) insert(scan, ruleCandidate(scan, i - 1, i, 'org'));
  }
  for (let i = 1; i < t.length; i++) {
    if (t[i]!.text !== 'Committee') continue;
    const target = afterOf(i + 1);
    let k = i - 1;
    while (k > 0 && COMMITTEE_LEVELS.test(t[k]!.text) && !candAt(k)) k--;
    const place = scan.candidates.find((c) => c.last === k);
    if (isType(target, 'org') && isType(place, 'place') && t.slice(place!.last + 1, i + 1).every((x) => SPACE.test(x.before))) replace(scan, [place!, target!], place!.first, target!.last, 'org');
  }
}

/** The Union and its republics as Soviet bodies name them ("of the USSR", "of the Kazakh SSR"). */
const UNION = /^(?:USSR|U\.S\.S\.R\.|Soviet Union|RSFSR|\p{Lu}[\p{L}-]+ SSR)$/u;

/**
 * A body of the Union or of a republic is named with it, one organisation in the gold's maximal
 * spans ("Gosplan of the USSR", "the KGB of the Kazakh SSR", "the Presidium of the Supreme Soviet
 * of the Kazakh SSR"). The Union's body is the body the register knows; a republic's is another,
 * proposed under its written name. Part of findOrgNames.
 */
export function findUnionBodies(scan: BlockScan): void {
  const t = scan.tokens;
  const { afterOf } = orgWords(scan);
  for (const c of [...scan.candidates]) {
    if (c.type !== 'org') continue;
    const place = afterOf(c.last + 1);
    if (!place || place.type !== 'place' || !SPACE.test(t[c.last + 1]!.before)) continue;
    const name = scan.text.slice(place.start - scan.start, place.end - scan.start);
    if (!UNION.test(name)) continue;
    const union = c.entryIds.length === 1 && /^(?:USSR|U\.S\.S\.R\.|Soviet Union)$/.test(name);
    if (!union) {
      replace(scan, [c, place], c.first, place.last, 'org');
      continue;
    }
    scan.candidates = scan.candidates.filter((x) => x !== c && x !== place);
    insert(scan, { ...c, last: place.last, end: place.end });
  }
}
