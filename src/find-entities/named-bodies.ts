import type { BlockScan, Candidate } from './candidate.ts';
import { replace } from './org-words.ts';
import { SPACE, isInitials, type Token } from './tokenize.ts';
import { DETERMINERS, ENGLISH, FORENAMES, NAME_CUES } from './word-lists.ts';

/**
 * Head nouns of named bodies. "Union" and "Front" name wars and countries too ("the Soviet Union",
 * "the Eastern Front"), so they need two capitalized words before them or a name after them.
 */
export const HEADS: ReadonlySet<string> = new Set(['Committee', 'Council', 'Commission', 'Movement', 'League', 'Federation', 'Association', 'Organization',
  'Organisation', 'Society', 'Alliance', 'Agency', 'Fund', 'Union', 'Front', 'Party', 'Tribunal', 'Bank', 'Court', 'Government', 'Forum', 'House', 'Senate',
  'Congress',
  // Schools, firms, commands and services ("Tbilisi State University", "the Kuwait Oil Company", "the National Military Directorate",
  // "the First Army", "the Contact Group", "Central Television"): the golds tag them whenever a name goes with them.
  'University', 'Institute', 'Academy', 'College', 'School', 'Conservatory', 'Company', 'Corporation', 'Directorate', 'Gendarmerie', 'Tribunals',
  'Army', 'Group', 'Television', 'Police', 'Guard', 'Militia', 'Service', 'Bureau', 'Chamber']);
const WEAK_HEADS = new Set(['Union', 'Front', 'Party', 'Bank', 'Congress']);
/**
 * A party's congress is an event, which the golds leave untagged ("the Twenty-Second Party
 * Congress", "the XX Congress of the CPSU"); a party named "Congress" is a body ("the People's
 * National Congress", "the Indian National Congress").
 */
const CONGRESS_EVENT = /^(?:[IVXL]+|\d+(?:st|nd|rd|th)|Party|Extraordinary|Founding|Constituent|(?:Twenty|Thirty|Forty|Fifty)?-?(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth|Eighteenth|Nineteenth|Twentieth|Thirtieth))$/;
/**
 * "Government" names a body only after a word for its kind ("the Provisional Government", "the
 * Revolutionary Government"): "the Soviet Government" is a country's government, which the gold
 * conventions leave untagged.
 */
const GOVERNMENT_KINDS = new Set(['Provisional', 'Revolutionary', 'Transitional', 'Interim', 'Federal', 'Military', 'National', 'Royal', 'Imperial', 'Coalition']);

/** The members a parliament's house is named after ("House of Councillors"; not the "House of Ministries", a building). */
const CHAMBERS = /^(?:Representatives|Commons|Lords|Councillors|Councilors|Delegates|Deputies|Peers|Nationalities)$/;

/** Creeds that name a party with "Party" alone after them ("the Socialist Party"). */
const CREEDS = new Set(['Socialist', 'Communist', 'Labour', 'Labor', 'Liberal', 'Conservative', 'Democratic', 'Republican', 'Radical', 'Progressive', 'Agrarian', 'Nationalist', 'Christian']);

/** Capitalized words that never begin or continue a body's name on the left. */
const NOT_MODIFIERS = new Set(['The', 'A', 'An', 'This', 'That', 'Our', 'Their', 'His', 'Its', 'Her', 'In', 'Of', 'On', 'At', 'By', 'For', 'With',
  'And', 'But', 'When', 'Then', 'Yesterday', 'Today', 'Tomorrow', 'January', 'February', 'March', 'April', 'May', 'June', 'July',
  'August', 'September', 'October', 'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday',
  'Sunday', 'Comrade', 'Chairman', 'Secretary', 'President', 'Minister', 'Ambassador', 'Premier', 'Mr', 'Mrs']);

/** Honorifics that begin a person's name after a body's "of" ("the party of Dr. Borg Olivier"). */
const HONORIFICS = new Set(['Dr', 'Mr', 'Mrs', 'Ms', 'Prof', 'Cde', 'Comrade', 'Comrades', 'Sir', 'Sheikh', 'Mme', 'Messrs', 'Mgr', 'Msgr']);

/** Words after a title that make it part of a body's name ("Directorate of General Intelligence", "Chief of General Staff"). */
const BODY_WORDS = new Set(['Staff', 'Staffs', 'Assembly', 'Secretariat', 'Intelligence', 'Security', 'Affairs', 'Command', 'Headquarters', 'Council',
  'Directorate', 'Inspectorate', 'Administration', 'Department', 'Services', 'Studies', 'Planning', 'Prosecutor', 'Purposes']);

/** Bodies the organ rules (org-rules.ts) decide about when they stand alone ("the Central Committee"). */
const ORGAN_ALONE = /^(?:Central|Political|Standing|Organizational|Military|Control|Central Control|Central Military|Security) (?:Committee|Commission|Council|Bureau)$/;

// Tokens keep no possessive: "People's Party" is People + Party with "'s " between them.
// A plural possessive keeps only its apostrophe ("Citizens' Committee").
const joined = (tok: Token) => /^(?:['’]s?)?[ \u00a0-]$/.test(tok.before);
const capitalized = (tok: Token | undefined) => !!tok && /^\p{Lu}/u.test(tok.text);

/**
 * Named bodies the register lacks: capitalized words before a head noun and a name after "of",
 * "for" or "on" ("the Afro-Asian Solidarity Committee", "the Soviet Committee for Solidarity with
 * the Peoples of Asia and Africa", "the Committee for State Security") are one organisation, with
 * the places and bodies inside it (the gold's maximal spans). A lone head, and an organ the organ
 * rules handle alone ("the Central Committee"), stay as they are. Runs after the register and the
 * organ rules, before person rules; a person found inside stops the name.
 */
export function findNamedBodies(scan: BlockScan): void {
  const t = scan.tokens;
  const covering = (k: number) => scan.candidates.find((c) => c.first <= k && c.last >= k);
  for (let w = 0; w < t.length; w++) {
    if (!HEADS.has(t[w]!.text) || covering(w)) continue;
    const inside: Candidate[] = [];
    let first = w;
    while (first > 0 && w - first < 5 && joined(t[first]!)) {
      const k = first - 1;
      const tok = t[k]!;
      if (!capitalized(tok) || NOT_MODIFIERS.has(tok.text)) break;
      const c = covering(k);
      if (c) {
        if (c.type === 'person' || c.last !== k) break;
        inside.push(c);
        first = c.first;
      } else first = k;
    }
    let last = w;
    const prep = t[w + 1];
    // "on" only after a body that deliberates ("Commission on Human Rights", not "the Front on the Eastern Front").
    // Not after a closing quotation mark: '"Steadfastness and Confrontation Front" of Libya' ends at the quote.
    if (prep && /^[ \u00a0]$/.test(prep.before) && (/^(?:of|for)$/.test(prep.text) || (prep.text === 'on' && /^(?:Commission|Committee|Council)$/.test(t[w]!.text)))) {
      let k = w + 2;
      if (t[k]?.text === 'the') k++;
      let end = -1;
      const found: Candidate[] = [];
      while (t[k] && k - w < 14) {
        const tok = t[k]!;
        // A parenthesis ends the name ("… Liberation of Oman (PFLO)"), and a comma unless a word of
        // the name's own list follows it ("Alliance of National, Democratic and Peace Forces"; not "… of Oman, Aden").
        const c = covering(k);
        if (!joined(tok) && !(tok.before === ', ' && !c && capitalized(tok) && end === k - 1)) break;
        if (c) {
          if (c.type === 'person' || c.first !== k) break;
          found.push(c);
          end = c.last;
          k = c.last + 1;
        } else if (capitalized(tok) && !NOT_MODIFIERS.has(tok.text)) {
          // A title begins a person's name, not the body's ("the Nationalist Party of Dr. Borg Olivier",
          // "the Directorate of General Gilles Andriamahazo"; not "the Directorate of General Intelligence").
          if (HONORIFICS.has(tok.text) || (NAME_CUES.has(tok.text.toLowerCase()) && capitalized(t[k + 1]) && !BODY_WORDS.has(t[k + 1]!.text) && covering(k + 1)?.type !== 'org')) break;
          // Initials after the name begin a person's ("Committee of the MFA of India D.P. Dhar").
          if (end > w && isInitials(tok.text)) break;
          end = k;
          k++;
        } else if (/^(?:of|and|with|for)$/.test(tok.text) && end === k - 1) {
          // A connector continues the name only before another capitalized word.
          const next = t[k + 1]?.text === 'the' ? k + 2 : k + 1;
          if (!capitalized(t[next]) || covering(next)?.type === 'person') break;
          // A person's title or forename and surname after the connector begin a person, not more of
          // the name ("… of the POLISARIO Front and Prime Minister …", "… of Government of Henri Namphy").
          if (FORENAMES.has(t[next]!.text) && capitalized(t[next + 1]) && /^[ \u00a0]$/.test(t[next + 1]!.before) && !HEADS.has(t[next + 1]!.text)) break;
          // "… of Nigeria and the International Court of Justice": another body after "and", not this one's name.
          let h = next;
          while (capitalized(t[h]) && !HEADS.has(t[h]!.text)) h++;
          if (t.slice(next, h).some((x, j) => NAME_CUES.has(x.text.toLowerCase()) && !BODY_WORDS.has(t[next + j + 1]?.text ?? ''))) break;
          if (tok.text === 'and' && HEADS.has(t[h]?.text ?? '')) break;
          // An acronym after "and (the)" is another body ("… for Democratic Change and the MDC").
          if (tok.text === 'and' && /^\p{Lu}{2,}$/u.test(t[next]!.text)) break;
          k = next;
        } else break;
      }
      if (end > w) {
        last = end;
        inside.push(...found.filter((c) => c.last <= end));
      }
    }
    const words = t.slice(first, last + 1).map((x) => x.text).join(' ');
    // A chamber stands alone ("the Senate", "the Sejm and Senate"); a house only with its name after it ("House of Councillors").
    if (first === w && last === w && t[w]!.text !== 'Senate') continue;
    if (t[w]!.text === 'House' && !(last === w + 2 && CHAMBERS.test(t[last]!.text))) continue;
    // A chamber only with its members or trade after it ("Chamber of Deputies", "Chamber of Commerce").
    if (t[w]!.text === 'Chamber' && !(first === w && last > w)) continue;
    if (t[w]!.text === 'Government' && !(first < w && t.slice(first, w).every((x) => GOVERNMENT_KINDS.has(x.text)))) continue;
    if (last === w && ORGAN_ALONE.test(words)) continue;
    // A congress numbered or of a body ("the CPSU Congress", "the Congress of the CPSU") is the body's meeting.
    if (t[w]!.text === 'Congress' && (inside.some((c) => c.type === 'org') || t.slice(first, last + 1).some((x) => CONGRESS_EVENT.test(x.text)))) continue;
    if (t[w]!.text === 'Party' && t.slice(first, w).some((x) => x.text !== 'Party' && CONGRESS_EVENT.test(x.text))) continue;
    // One word before "Party" names a party when it is a creed ("the Socialist Party"; not "the Soviet Party", "the DPRK Party").
    const creed = t[w]!.text === 'Party' && w - first === 1 && CREEDS.has(t[first]!.text);
    if (WEAK_HEADS.has(t[w]!.text) && last === w && w - first < 2 && !creed) continue;
    // Any word is capitalized at a sentence start ("Yesterday Committee members met"): one word
    // there names a body only with a name after the head.
    if (first < w && atSentenceStart(t, first) && w - first < 2 && last === w && !inside.length) continue;
    replace(scan, inside, first, last, 'org');
    w = last;
  }
  // A country's name before a party named by its creed is the party's own ("the Malta Labour Party",
  // not the register's Labour Party of Britain).
  for (const c of [...scan.candidates]) {
    if (c.type !== 'org' || c.last !== c.first + 1 || t[c.last]!.text !== 'Party' || !CREEDS.has(t[c.first]!.text) || !/^[ \u00a0]$/.test(t[c.first]!.before)) continue;
    const p = scan.candidates.find((x) => x.last === c.first - 1);
    if (p?.type === 'place' && p.source === 'register') replace(scan, [p, c], p.first, c.last, 'org');
  }
  // A station named after "Radio" ("Radio Soleil", "Radio Nationale", "Radio Havana"): the station
  // and the place in its name are one body, as the register writes "Radio Moscow".
  for (let i = 0; i + 1 < t.length; i++) {
    if (t[i]!.text !== 'Radio' || covering(i) || !SPACE.test(t[i + 1]!.before) || !capitalized(t[i + 1]) || NOT_MODIFIERS.has(t[i + 1]!.text)) continue;
    const c = covering(i + 1);
    if (c && (c.type !== 'place' || c.first !== i + 1)) continue;
    let last = c ? c.last : i + 1;
    if (!c && capitalized(t[last + 1]) && SPACE.test(t[last + 1]!.before) && !covering(last + 1)) last++;
    replace(scan, c ? [c] : [], i, last, 'org');
    i = last;
  }
  // A possessive word before a body's name is the start of another body's ("the People's National
  // Party" of Jamaica, not the register's National Party; "the Workers' Liberation League").
  for (const c of [...scan.candidates]) {
    const p = t[c.first - 1];
    if (c.type !== 'org' || !p || !/^['’]s?[ \u00a0]$/.test(t[c.first]!.before) || !capitalized(p) || !ENGLISH.has(p.text.toLowerCase()) || DETERMINERS.has(p.text) || covering(c.first - 1)) continue;
    replace(scan, [c], c.first - 1, c.last, 'org');
  }
}

/** Military formations after an ordinal: "the 1st Division", "the 3rd Marine Commando Division", "the 7th Fleet". */
const FORMATIONS = new Set(['Division', 'Brigade', 'Army', 'Corps', 'Regiment', 'Battalion', 'Fleet', 'Squadron', 'Flotilla']);
const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/;

/**
 * A numbered formation is a named army unit (org: "named armies" in the gold conventions), the
 * capitalized words between the number and the head with it. Runs with findNamedBodies.
 */
export function findFormations(scan: BlockScan): void {
  const t = scan.tokens;
  for (let i = 0; i < t.length; i++) {
    if (!ORDINAL.test(t[i]!.text)) continue;
    let k = i + 1;
    while (k < t.length && k - i <= 4 && capitalized(t[k]) && !FORMATIONS.has(t[k]!.text) && /^[ \u00a0-]$/.test(t[k]!.before)) k++;
    if (!t[k] || !FORMATIONS.has(t[k]!.text) || !/^[ \u00a0-]$/.test(t[k]!.before)) continue;
    if (scan.candidates.some((c) => c.first <= k && c.last >= i)) continue;
    replace(scan, [], i, k, 'org');
    i = k;
  }
}

function atSentenceStart(t: Token[], i: number): boolean {
  return i === 0 || /[.!?:]\s*$/.test(t[i]!.before);
}

/** French heads, after which French writes the rest in lower case ("Mouvement national de la révolution", "Défense civile"). */
const FRENCH_HEADS = new Set(['Parti', 'Conseil', 'Assemblée', 'Ministère', 'Mouvement', 'Rassemblement', 'Fédération', 'Confédération', 'Armée', 'Défense', 'Jeunesse', 'Comité',
  'Bloc', 'Agence', 'Banque', 'Société', 'Compagnie', 'Syndicat', 'Ligue', 'Front']);
/** Head nouns that begin a body's name in Spanish, Portuguese and French originals ("Fuerza Aérea de Chile", "Parti Démocratique de Guinée"). */
const ROMANCE_HEADS = new Set(['Partido', 'Comisión', 'Comissão', 'Comité', 'Comitê', 'Cámara', 'Câmara', 'Fuerza', 'Fuerzas', 'Força', 'Forças', 'Armada',
  'Ejército', 'Exército', 'Frente', 'Movimiento', 'Movimento', 'Unión', 'União', 'Confederación', 'Confederação', 'Consejo', 'Conselho', 'Ministerio',
  'Ministério', 'Democracia', 'Asamblea', 'Assembleia', 'Congreso', 'Senado', 'Tribunal', 'Corte', 'Organización', 'Organização', 'Federación',
  'Federação', 'Asociación', 'Associação', 'Instituto', 'Banco', 'Central', 'Juventud', 'Juventude', 'Gobierno', 'Governo', 'Concentración', 'Liga',
  // French: the heads above, and "Office" ("Office de Commercialisation Agricole"), an English word too, so no lower-case words after it.
  ...FRENCH_HEADS, 'Office']);
/** A French adjective or noun in lower case inside such a name ("national", "populaire", "syndicale", "congolaise", "révolution"). */
const FRENCH_WORD = /^(?:national|nationale|populaire|civil|civile|militaire|[a-zàâçéèêëîïôûùü]+(?:aise|ais|ienne|ien|ique|aire|ale|elle|ée|ion|iste))$/;
const ROMANCE_LINKS = new Set(['de', 'del', 'la', 'las', 'los', 'y', 'e', 'do', 'da', 'dos', 'das', 'du', 'des', 'le', 'les', 'et']);

/**
 * Bodies named in a Spanish, Portuguese or French original ("Fuerza Aérea de Chile", "Cámara de
 * Diputados", "Comisión Política del Partido Comunista de Chile", "Democracia Cristiana"): the head
 * noun first, then capitalized words joined by "de", "del", "y"…, one organisation with the places
 * and bodies inside it. A head alone is left alone, and a person inside stops the name.
 */
export function findRomanceBodies(scan: BlockScan): void {
  const t = scan.tokens;
  const covering = (k: number) => scan.candidates.find((c) => c.first <= k && c.last >= k);
  for (let w = 0; w < t.length - 1; w++) {
    if (!ROMANCE_HEADS.has(t[w]!.text) || covering(w)) continue;
    const french = FRENCH_HEADS.has(t[w]!.text);
    let last = w;
    const inside: Candidate[] = [];
    let k = w + 1;
    // After a link word an elided article may join the next word ("Parti Africain de l'Indépendance"),
    // and a hyphen two capitalized words ("Agence Bénin-Presse").
    const joins = (k: number) => /^[ \u00a0]$/.test(t[k]!.before) || (ROMANCE_LINKS.has(t[k - 1]!.text) && /^[ \u00a0][lLdD]['’]$/.test(t[k]!.before)) || (t[k]!.before === '-' && last === k - 1 && capitalized(t[k]));
    while (t[k] && k - w < 12 && joins(k)) {
      const c = covering(k);
      if (c) {
        if (c.type === 'person' || c.first !== k) break;
        inside.push(c);
        last = c.last;
        k = c.last + 1;
      } else if (capitalized(t[k]) || (french && FRENCH_WORD.test(t[k]!.text))) {
        last = k++;
      } else if (ROMANCE_LINKS.has(t[k]!.text) && last === k - 1) {
        let n = k + 1;
        while (t[n] && ROMANCE_LINKS.has(t[n]!.text)) n++; // "de la", "de los"
        if (!(capitalized(t[n]) || (french && FRENCH_WORD.test(t[n]?.text ?? ''))) || covering(n)?.type === 'person') break;
        // "la Fuerza Aérea de Chile y la Armada de Chile": another body after "y", not this one's name.
        if ((t[k]!.text === 'y' || t[k]!.text === 'e' || t[k]!.text === 'et') && (ROMANCE_HEADS.has(t[n]!.text) || covering(n)?.type === 'org')) break;
        k = n;
      } else break;
    }
    // "Central" and "Front" begin English names too ("Central Committee", "the Front Line States"):
    // only with a link word in the name ("Front de Libération du Québec").
    if (last === w || ((t[w]!.text === 'Central' || t[w]!.text === 'Front') && !t.slice(w, last + 1).some((x) => ROMANCE_LINKS.has(x.text)))) continue;
    replace(scan, inside, w, last, 'org');
    w = last;
  }
}
