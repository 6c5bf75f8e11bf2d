import { SPACE, type Token, isAllCaps, isCapitalized, isInitials, letterSpaced, spacedAfterInitial } from './tokenize.ts';
import { normalizeName } from './normalize.ts';
import { japanesePair } from './japanese-names.ts';
import { HEADS } from './named-bodies.ts';
import { ARABIC_ARTICLES, ARABIC_PLACE_HEADS, CHINESE_SURNAMES, COMMON_ENGLISH, DEMONYMS, ENGLISH, FORENAMES, KOREAN_SURNAMES, NAME_CUES, NAME_PARTICLES, NOT_NAMES, PLACE_INITIALS, VIETNAMESE_SURNAMES, WORD_SURNAMES } from './word-lists.ts';

/** A person name found by rule (not in the register). */
export interface RuleName {
  first: number;
  last: number;
  start: number;
  end: number;
  cert: 'high' | 'medium';
  rule: 'cue' | 'initials' | 'forename' | 'east-asian' | 'slavic';
}

// Cyrillic surnames in any case ("ПЕРВУХИНА", "Громыко" aside): the suffix, then a case ending.
const SLAVIC = /(?:ov|ova|ev|eva|ëv|sky|skii|skiy|skyi|skij|ski|ska|cki|cka|dzki|enko|chuk|yan|vich|ić|escu|eanu|(?:ов|ев|ёв|ин|ын|ск[иоа][йя]|цк[иа][йя]|енко|чук|ян|вич)(?:а|у|ым|ом|е|ой|ого|ому|им)?)$/u;
/** Honorifics written abbreviated with a period. */
const ABBREVIATED = new Set(['c', 'cde', 'com', 'tov', 'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'capt', 'adm', 'amb', 'sen', 'gov', 'rev']);

/** May this token stand in a name found by rule? (Pure in the token's text: kept with its word.) */
function nameLike(t: Token, initial: boolean): boolean {
  const w = t.word;
  if (initial) return (w.nameLikeFirst ??= nameLikeWord(w.text, true));
  return (w.nameLikeNext ??= nameLikeWord(w.text, false));
}

/** May this word be someone's forename before a surname? Name-like, and no initials (those are matched against the register's forenames). */
export function mayBeForename(t: Token): boolean {
  return isCapitalized(t.text) && !isInitials(t.text) && nameLike(t, false);
}

const KOREAN = 1;
const CHINESE = 2;
const VIETNAMESE = 4;

/** Is the word a Korean, Chinese or Vietnamese family name? Bits, kept with the word. */
function familyName(t: Token): number {
  if (t.word.family === undefined) {
    const lw = t.text.toLowerCase();
    t.word.family =
      (KOREAN_SURNAMES.has(lw) ? KOREAN : 0) | (CHINESE_SURNAMES.has(lw) ? CHINESE : 0) | (VIETNAMESE_SURNAMES.has(normalizeName(lw)) ? VIETNAMESE : 0);
  }
  return t.word.family;
}

/** Is the token a cue (honorific, title, office) once lower-cased and without its period? */
function isCue(t: Token): boolean {
  return (t.word.cue ??= NAME_CUES.has(t.text.toLowerCase().replace(/\.$/, '')));
}

/**
 * Stems (normalizeName) of the Russian words for bodies and states, capitalized in their names
 * ("Совета Министров", "Центрального Комитета", "Республики"): no one's name, whatever the case.
 */
const CYRILLIC_COMMON = new Set(['совет', 'министров', 'министерств', 'комитет', 'республик', 'парт', 'союз', 'правительств', 'посольств', 'народн', 'един',
  'государственн', 'центральн', 'президиум', 'верховн', 'национальн', 'демократическ', 'социалистическ', 'коммунистическ', 'рабоч', 'армия', 'арм',
  'фронт', 'собран', 'организац', 'федерац', 'народ', 'революционн', 'временн', 'генеральн', 'секретариат', 'политбюро', 'бюро', 'отдел', 'управлен']);
/** A Russian adjective in "-ский" before another capitalized word is part of a name of a state or body ("Казахской ССР", "Ливийской Арабской Республики"). */
const CYRILLIC_ADJECTIVE = /ск(?:ой|ая|ого|ому|им|их|ое|ую)$/;

function nameLikeWord(w: string, initial: boolean): boolean {
  if (!isCapitalized(w) || w.length < 2 || /\d/.test(w)) return false;
  if (/[а-яё]/i.test(w) && CYRILLIC_COMMON.has(normalizeName(w))) return false;
  const lw = w.toLowerCase().replace(/[’']/g, "'");
  if (NOT_NAMES.has(lw) || DEMONYMS.has(lw) || NAME_CUES.has(lw.replace(/\.$/, ''))) return false;
  if (isAllCaps(w) && w.length <= 4 && !initial) return false; // acronyms (KWP, CC)
  return !ENGLISH.has(lw) || (initial && (KOREAN_SURNAMES.has(lw) || CHINESE_SURNAMES.has(lw) || VIETNAMESE_SURNAMES.has(lw)));
}

/** Particles that Italian, French, Dutch and Spanish surnames write with a capital ("Di Giulio", "La Malfa", "De Gaulle", "Van Agt"). */
const CAPITAL_PARTICLES = new Set(['Di', 'De', 'Da', 'Del', 'Della', 'Dalla', 'La', 'Le', 'Lo', 'Van', 'Von', 'Du', 'Dos', 'Das']);

/** A surname's particle, in lower case or with a capital ("de", "La"). */
export function isParticle(w: string): boolean {
  return PARTICLES.has(w) || CAPITAL_PARTICLES.has(w);
}

/** Words for "son of" inside Arabic and Berber names ("ben Omar", "bin Talal", "Ould Daddah"). */
const FILIAL = new Set(['ben', 'bin', 'ibn', 'bint', 'ould', 'Ould']);
/** "son of" written with a capital, where it begins a name ("Ould Ahmed", "Ibn Saud"); not "Ben", an English forename too. */
const CAPITAL_FILIAL = new Set(['Ould', 'Ibn', 'Bin']);

/** Capitalized, lower case after the first letter, no digits, not a title, demonym or known non-name. */
/** Words that follow "General" in the name of a body, an office or a thing, not of a person. */
const GENERAL_OF = new Set(('staff assembly secretary secretariat headquarters directorate direction motors electric dynamics strike agreement council ' +
  'conference department confederation union federation command inspector inspectorate prosecutor consulate consul manager director ' +
  'line plan plans election elections situation public affairs accounting office treaty act debate committee commission administration ' +
  'board bureau chamber assemblies').split(' '));

/** Capitalized words naming what a ministry or an office is for ("of Foreign Affairs", "of National Defence", "for Economic Planning"). */
const OFFICE_WORDS = new Set(('Foreign Affairs External Internal Interior Home Defence Defense National State Security Public Justice Finance Finances ' +
  'Economy Economic Economics Trade Commerce Industry Industries Agriculture Education Culture Health Labour Labor Information Communications ' +
  'Transport Planning Works War Navy Marine Oil Petroleum Mines Energy Social Welfare Religious Youth Sports Local Government Development ' +
  'Cooperation Irrigation Water Resources Supply Supplies Propaganda Relations Land Lands Reform Agrarian Fisheries Forestry Construction ' +
  'Housing Power Electricity Railways Posts Telecommunications Tourism Science Higher Instruction Veterans Refugees Unity Legal Armed Forces ' +
  'Intelligence Police Treasury Colonies Overseas Territories Heavy Food Municipal Rural Urban Cabinet Presidential Guidance ' +
  'Awqaf Endowments Hajj Emigration Immigration Customs Revenue Taxation Budget Statistics Research Technology Aviation Shipping ' +
  'Mining Metallurgy Chemical Machine Building Textile Light Coordination Integration Liberation Mobilization Mobilisation Arab African').split(' '));
/** Bodies an office is of, not names ("Chairman of the State Presidium"): the heads of named bodies and the organs and units besides. */
const OFFICE_BODIES = new Set([...HEADS, ...('Presidium Assembly Confederation Ministry Soviet Politburo Secretariat Department Board Command Staff Parliament Cabinet Office Kingdom ' +
  'Republic Authority Troops Brigade Division Regiment Battalion Corps Fleet Hospital Museum Library Radio Station Bloc Coalition Conference Commissariat ' +
  'Inspectorate Prosecutor').split(' ')]);
/** Words that begin the next sentence after an initial's period ("Minister of Finance Shoaib M. The First Secretary …"), never a surname. */
const SENTENCE_OPENERS = new Set(('The A An This That These Those He She It They We I His Her Its Their Our In On At To Of For By With As But And Or If When After Before Then There ' +
  'Later Meanwhile However').split(' '));
/** Small words inside such an office's name ("of Posts and Telecommunications"). */
const OFFICE_JOINS = new Set(['and', 'the', '&']);

/** A surname that is an English word, but no everyday one ("Enders", "Talbot"; not "Street"). */
function rareSurname(t: Token): boolean {
  return surnameShaped(t) && !COMMON_ENGLISH.has(t.text.toLowerCase());
}

function surnameShaped(t: Token): boolean {
  const lw = t.text.toLowerCase();
  return /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u.test(t.text) && !NOT_NAMES.has(lw) && !DEMONYMS.has(lw) && !NAME_CUES.has(lw);
}

/** Romanized Korean, Chinese or Vietnamese syllables ("Song", "un", "Song-un", "Dehuai", "Minh", "Thạch"). */
export function romanizedSyllables(w: string): boolean {
  // Compared without diacritics ("Nguyễn Văn Thiệu"): normalizeName also turns hyphens into spaces.
  return normalizeName(w)
    .split(' ')
    .every((s) => /^(?:[bcdfghjklmnpqrstvwxyz]{0,3})(?:[aeiouyŏŭ]{1,3})(?:ng|nh|ch|n|m|l|k|p|t|r|h|c)?$/u.test(s));
}

/** Two pinyin syllables written as one word ("mingfu", "yueran", "xiuquan"): initial, final, initial, final. */
const PINYIN_INITIAL = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])';
const PINYIN_FINAL = '(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|ve|a|o|e|i|u|v)';
const PINYIN_PAIR = new RegExp(`^${PINYIN_INITIAL}?${PINYIN_FINAL}${PINYIN_INITIAL}${PINYIN_FINAL}$`);


function lineStart(t: Token): boolean {
  return t.before === '' || t.before.includes('\n');
}

/** Words for a kind of document, in the languages of the originals (normalized): letter-spaced, a heading. */
const HEADING_WORDS = new Set(['vermerk', 'bericht', 'information', 'aktennotiz', 'niederschrift', 'protokoll', 'notiz', 'zapis', 'запис', 'записк',
  'информац', 'протокол', 'справк', 'стенограмм', 'notatka', 'informacja', 'zaznam', 'zprava', 'feljegyzes', 'jelentes', 'nota', 'informare',
  'stenograma', 'memorandum', 'telegramm', 'telegram']);
/** Lower-case particles between two of a person's names ("Guimarães de Carvalho"). */
const PARTICLES = new Set(NAME_PARTICLES.filter((p) => !p.includes(' ')));
/** Words that join two surnames ("Costa e Silva", "Ortega y Gasset"). */
const SURNAME_JOINS = new Set(['e', 'y']);
/** Words before or after a name that make it a place ("near Lai Chau", "Nghe An province"). */
const PLACE_BEFORE = new Set(['near']);
/** English words a heading in capitals goes on with after a name ("PARK ON JSA"): never part of the name. */
const CAPS_FUNCTION_WORDS = new Set(['ON', 'IN', 'AT', 'TO', 'OF', 'AND', 'OR', 'THE', 'FOR', 'BY', 'AS', 'IS', 'ABOUT', 'WITH', 'AFTER']);
const PLACE_AFTER = new Set(['province', 'provinces', 'district', 'districts', 'county', 'prefecture', 'region', 'city']);

/**
 * Names not in the register, found by shape and context (gold convention: titles and honorifics
 * stay outside the name). Tokens already covered by register matches are skipped.
 */
export function findRuleNames(tokens: Token[], covered: ({ last: number } | undefined)[], opts: { japanese?: boolean } = {}): RuleName[] {
  const out: RuleName[] = [];
  const free = (i: number) => i >= 0 && i < tokens.length && !covered[i];
  let i = 0;
  while (i < tokens.length) {
    const hit = cueName(i) ?? initialsName(i) ?? forenameName(i) ?? arabicName(i) ?? eastAsianName(i) ?? japaneseName(i) ?? slavicName(i) ?? spacedSignature(i);
    if (hit) {
      out.push(hit);
      i = hit.last + 1;
    } else i++;
  }
  return out;

  function sameLine(k: number): boolean {
    if (tokens[k]!.before === ' ') return true; // the common case, decided without the regexes
    return !/[\n.;:!?()"“”]/.test(tokens[k]!.before.replace(/^\s*,?\s*$/, ''));
  }

  /** Capitalized run starting at k (name-like tokens on one line, no punctuation between). */
  function run(k: number, max = 4): number {
    // A name may begin with its Arabic article ("Imam al-Badr", "President al-Sallal").
    const article = arabicArticleAt(k);
    if (!article && (!free(k) || !nameLike(tokens[k]!, true))) return -1;
    let e = article ? k + 1 : k;
    // An Arabic article and the name it is joined to go on the name ("Abd al-Ilah", "Muhammad Najib
    // al-Rubai"), as often as the name has them ("Abd al-Hamid al-Bakkush", "al-Hasan al-Rida al-Sanusi").
    for (let joins = 0; ; ) {
      // Initials may end a sentence: a word that opens one is not the name's ("Cde. Grebenkin F.A. The
      // meeting", where "The" and "He" would pass for romanized syllables).
      if (e + 1 < tokens.length && e - k + 1 < max + 2 * joins && free(e + 1) && sameLine(e + 1) && continues(tokens[e + 1]!) && !(isInitials(tokens[e]!.text) && SENTENCE_OPENERS.has(tokens[e + 1]!.text))) e++;
      else if (joins < 3 && (arabicArticleAt(e + 1) || sonOf(e + 1))) {
        e += 2;
        joins++;
      } else return e;
    }
  }

  /** "bin Hassan" in "Syed Ja'afar bin Hassan Albar": "son of" and the father's name go on the name. */
  function sonOf(k: number): boolean {
    const a = tokens[k];
    const b = tokens[k + 1];
    return !!a && !!b && free(k) && free(k + 1) && FILIAL.has(a.text) && SPACE.test(a.before) && SPACE.test(b.before) && isCapitalized(b.text) && !isAllCaps(b.text) && nameLike(b, true);
  }

  function arabicArticleAt(k: number): boolean {
    const a = tokens[k];
    const b = tokens[k + 1];
    // "Din" ("Salah al-Din", "Nur ad-Din") is an English word too, but not after the article.
    return !!a && !!b && free(k) && free(k + 1) && ARABIC_ARTICLES.has(a.text) && /^[ \u00a0]$/.test(a.before) && b.before === '-' && isCapitalized(b.text) && !isAllCaps(b.text) && (nameLike(b, false) || !COMMON_ENGLISH.has(b.text.toLowerCase()) || b.text === 'Din');
  }

  /**
   * The next word of a name: capitalized and name-like; after a hyphen, a romanized syllable
   * ("Song-un") or the second part of a double surname ("Loga-Sowiński", "Tömör-Ochir").
   */
  function continues(t: Token): boolean {
    if (/^[-‐]$/.test(t.before)) return romanizedSyllables(t.text) || (isCapitalized(t.text) && nameLike(t, false));
    if (!/^[ \u00a0]$/.test(t.before) || !isCapitalized(t.text) || CAPS_FUNCTION_WORDS.has(t.text)) return false;
    return nameLike(t, false) || romanizedSyllables(t.text);
  }

  /**
   * A signature letter-spaced word by word, alone on its line ("K o v á c s   J ó z s e f"): the
   * merged words are a name whatever they are.
   */
  function spacedSignature(k: number): RuleName | undefined {
    if (!letterSpaced(tokens[k]) || !free(k) || !lineStart(tokens[k]!) || !isCapitalized(tokens[k]!.text)) return undefined;
    let e = k;
    while (e - k < 2 && letterSpaced(tokens[e + 1]) && free(e + 1) && !lineStart(tokens[e + 1]!)) e++;
    const next = tokens[e + 1];
    // A heading letter-spaced the same way names the document ("R E C O R D", "V e r m e r k", "З А П И С").
    const heading = tokens.slice(k, e + 1).some((t) => ENGLISH.has(t.text.toLowerCase()) || HEADING_WORDS.has(t.word.key));
    return (!next || lineStart(next)) && !heading ? make(k, e, 'medium', 'initials') : undefined;
  }

  /** The last part of a name hyphenated from token e ("Ki-Zerbo"): capitalized parts after hyphens. */
  function hyphenTail(e: number): number {
    while (tokens[e + 1] && free(e + 1) && /^[-‐]$/.test(tokens[e + 1]!.before) && isCapitalized(tokens[e + 1]!.text) && !isAllCaps(tokens[e + 1]!.text)) e++;
    return e;
  }

  function make(first: number, last: number, cert: RuleName['cert'], rule: RuleName['rule']): RuleName {
    return { first, last, start: tokens[first]!.start, end: tokens[last]!.end, cert, rule };
  }

  /** "Ambassador Bigoa", "the Hungarian titulary Kovacz", "Ambassador to the DPRK Bigoa", "c. Ivanov". */
  function cueName(k: number): RuleName | undefined {
    if (!isCue(tokens[k]!)) return undefined;
    let n = k + 1;
    // "to the DPRK", "in Pyongyang", "of the USSR": a register place/org between title and name.
    if (tokens[n] && /^(to|in|of|at|for)$/i.test(tokens[n]!.text)) {
      let m = n + 1;
      if (tokens[m] && /^the$/i.test(tokens[m]!.text)) m++;
      if (covered[m]) {
        const reg = covered[m]!;
        n = reg.last + 1;
      } else {
        // "Minister of Foreign Affairs Hashim Jawad", "Minister of National Defence E. Menderes":
        // the office in capitals, then the name.
        let o = m;
        while (tokens[o] && free(o) && sameLine(o) && (OFFICE_WORDS.has(tokens[o]!.text) || (o > m && OFFICE_JOINS.has(tokens[o]!.text)))) o++;
        while (o > m && OFFICE_JOINS.has(tokens[o - 1]!.text)) o--;
        if (o === m || OFFICE_BODIES.has(tokens[o]?.text ?? '')) return undefined;
        n = o;
      }
      // "Co-Chairman of the Geneva Conference": an everyday word after the place goes with the place.
      if (tokens[n] && COMMON_ENGLISH.has(tokens[n]!.text.toLowerCase())) return undefined;
    }
    // "chargé d'affaires (a.i.)": the rest of a title that is not itself a cue word.
    // Lower-case "a.i." only: "Ambassador A.I. Romanov" has initials there.
    while (tokens[n] && /^(?:[Dd]['’]affaires|a\.?i\.?|ad|interim|[Ee]xtraordinary|[Pp]lenipotentiary|[Gg]eneral|EXTRAORDINARY|PLENIPOTENTIARY|GENERAL)$/.test(tokens[n]!.text)) n++;
    // Another honorific may follow the title: "Ambassador c. Bigoa", "Comrade Minister Pak".
    while (tokens[n] && isCue(tokens[n]!)) n++;
    // The period of an abbreviated honorific ("c. Holub", "Dr. Kim") does not end the sentence.
    const afterAbbrev = tokens[n] && /^\.[ \u00a0]+$/.test(tokens[n]!.before) && ABBREVIATED.has(tokens[n - 1]!.text.toLowerCase().replace(/\.$/, ''));
    if (!tokens[n] || (!sameLine(n) && !afterAbbrev)) return undefined;
    if (isInitials(tokens[n]!.text) && free(n)) {
      const e = run(n + 1);
      return e >= 0 ? make(n, e, 'high', 'cue') : undefined;
    }
    // A forename joined to another by a hyphen ("President Jean-Claude Duvalier"), though its first
    // half is an English word.
    if (/^[-‐]$/.test(tokens[n + 1]?.before ?? '')) {
      const f = forenameName(n);
      if (f) return f;
    }
    let e = run(n);
    // A last word that is a rare English word and mostly a surname ("Assistant Secretary Phillips
    // Talbot"): after a title, the name's.
    const rare = tokens[e + 1];
    if (e >= n && e - n < 2 && rare && free(e + 1) && sameLine(e + 1) && /^[ \u00a0]$/.test(rare.before) && rareSurname(rare) && !nameFollows(e + 2)) e++;
    // A name whose first word is also an English word, before a word that is none ("Foreign
    // Secretary Sultan Mohammad Khan", "Foreign Secretary Agha Shahi"): after a title, the name.
    const head = tokens[n]!;
    if (e < 0 && free(n) && isCapitalized(head.text) && !isAllCaps(head.text) && !NOT_NAMES.has(head.text.toLowerCase()) && !DEMONYMS.has(head.text.toLowerCase())
      && tokens[n + 1] && sameLine(n + 1) && /^[ \u00a0]$/.test(tokens[n + 1]!.before) && free(n + 1) && nameLike(tokens[n + 1]!, true)) {
      const rest = run(n + 1, 3);
      if (rest >= 0) return make(n, rest, 'high', 'cue');
    }
    // A surname that is also an English word, alone after a capitalized title ("Mr. Lodge",
    // "Secretary Rogers"): there the word can be nothing but a name. Not after a possessive ("the
    // Prime Minister's Talks") or "General", which also begins organs ("General Staff").
    const title = tokens[n - 1]!;
    // After "General" not a word that makes an organ, an office or a thing of it ("General Staff",
    // "General Secretary", "General Motors"), but a name ("General Clay", "General Marshall").
    const general = title.text === 'General' && GENERAL_OF.has(tokens[n]!.text.toLowerCase());
    if (e < 0 && free(n) && /^\p{Lu}/u.test(title.text) && !general && /^\.?[ \u00a0]$/.test(tokens[n]!.before) && surnameShaped(tokens[n]!) && !nameFollows(n + 1)) e = n;
    // A known forename then a surname that is also a word ("General Markus Wolf").
    const w = tokens[e + 1];
    if (e === n && FORENAMES.has(tokens[n]!.text) && w && free(e + 1) && /^[ \u00a0]$/.test(w.before) && surnameShaped(w)) e++;
    // Initials after the name: Russian order ("Cde. Kuznetsov V.V."), or the middle initial of a
    // forename and surname ("Ambassador Winthrop G. Brown"), told apart by a Slavic surname.
    const ini = tokens[e + 1];
    if (e === n && ini && isInitials(ini.text) && /^[ \u00a0]$/.test(ini.before) && free(e + 1)) {
      const sur = tokens[e + 2];
      e += !SLAVIC.test(tokens[n]!.text) && sur && free(e + 2) && /^[ \u00a0]$/.test(sur.before) && surnameShaped(sur) && !SENTENCE_OPENERS.has(sur.text) ? 2 : 1;
    }
    return e >= 0 ? make(n, e, 'high', 'cue') : undefined;
  }

  /** "V.I. Ivanov", "Ivanov V.I." */
  function initialsName(k: number): RuleName | undefined {
    const t = tokens[k]!;
    if (!free(k)) return undefined;
    // "On 3.X. Kianuri said": a Roman month after a day, not an initial.
    if (t.before === '' && /^\d+\.$/.test(tokens[k - 1]?.text ?? '')) return undefined;
    // A letter-spaced signature may stand a few spaces after its initial ("D.   M I N T O F F").
    if (isInitials(t.text) && t.text.replace(/[^\p{Lu}]/gu, '').length >= 1 && free(k + 1) && sameLine(k + 1) && (tokens[k + 1]!.before === '' || spacedAfterInitial(tokens[k + 1]!))) {
      // A particle written with a capital after initials ("F. Di Giulio", "U. La Malfa", "C.A. dalla Chiesa").
      const particle = tokens[k + 1]!;
      const after = tokens[k + 2];
      if ((CAPITAL_PARTICLES.has(particle.text) || PARTICLES.has(particle.text)) && after && free(k + 2) && SPACE.test(after.before) && isCapitalized(after.text) && !isAllCaps(after.text) && nameLike(after, false)) return make(k, k + 2, 'medium', 'initials');
      const e = run(k + 1, 2);
      if (e >= 0 && !isAllCaps(tokens[k + 1]!.text)) return make(k, e, 'high', 'initials');
      // Initials before a common surname that is an English word ("J.V. Smith"), not at a line's
      // start where "A. Background" numbers a section.
      const word = tokens[k + 1]!;
      if (WORD_SURNAMES.has(word.text) && /^[ \u00a0]$/.test(word.before) && !(t.before === '' || t.before.includes('\n'))) return make(k, hyphenTail(k + 1), 'medium', 'initials');
      // Initials before a rare English word ("H. Banda", "L. Rives"): a surname.
      // A short word may begin a double surname ("J. Ki-Zerbo").
      if ((rareSurname(word) || (word.text.length <= 3 && isCapitalized(word.text) && !isAllCaps(word.text) && hyphenTail(k + 1) > k + 1)) && /^[ \u00a0]$/.test(word.before) && !(t.before === '' || t.before.includes('\n')) && !PLACE_INITIALS.has(t.text)) return make(k, hyphenTail(k + 1), 'medium', 'initials');
      // A signature or diary heading in capitals ("A.I. ALEKSEEV"); not "U.S. NAVY".
      const sur = tokens[k + 1]!;
      // Alone on its line, a signature may be an English word too ("H. SPINDLER").
      const signature = k === 0 && tokens.length === 2;
      if (isAllCaps(sur.text) && sur.text.length >= 4 && free(k + 1) && (nameLike(sur, true) || signature) && !/^(?:[A-Z]\.){2,}$/.test(sur.text)) return make(k, k + 1, 'high', 'initials');
    }
    // Russian order: a Slavic surname and initials ("Gorelov L.N."), or any name and two initials
    // or more, as Soviet records write foreigners too ("Shoaib M.A."), or one initial where no name
    // follows it ("Stevenson A. and").
    const after = tokens[k + 1];
    const initialsAfter = !!after && isInitials(after.text) && /^[ \u00a0]$/.test(after.before) && free(k + 1);
    if (!initialsAfter || !nameLike(t, true)) return undefined;
    const slavic = SLAVIC.test(t.text.toLowerCase());
    // In capitals a Slavic surname ("SHCHERBAKOV I.S.", a record's heading), or a word of five letters
    // or more with two vowels ("GANDHI R.:", a speaker's label): "USSR A.A." is none.
    if (isAllCaps(t.text) && !(slavic && t.text.length >= 4) && !(t.text.length >= 5 && (t.text.match(/[AEIOUY]/g)?.length ?? 0) >= 2)) return undefined;
    const foreign = (isAllCaps(t.text) || surnameShaped(t)) && !ENGLISH.has(t.text.toLowerCase()) && (after!.text.replace(/[^\p{Lu}]/gu, '').length >= 2 || !nameFollows(k + 2));
    if (!slavic && !foreign) return undefined;
    // Two surnames before the initials ("Rodriguez Lara G.", "Roa Sierra J."): a Spanish name in Russian order.
    const first = tokens[k - 1];
    const double = !!first && free(k - 1) && SPACE.test(t.before) && !isAllCaps(t.text) && surnameShaped(first) && !ENGLISH.has(first.text.toLowerCase()) && !FORENAMES.has(first.text) && !isCue(first) && (out[out.length - 1]?.last ?? -1) < k - 1;
    return make(double ? k - 1 : k, k + 1, 'high', 'initials');
  }

  /**
   * A capitalized word right after (one space): "Stevenson A. Dobrynin" may be two names, the
   * initial the second's; "Stevenson A. and", "Shoaib M.," cannot.
   */
  function nameFollows(k: number): boolean {
    const n = tokens[k];
    return !!n && /^[ \u00a0]$/.test(n.before) && /^\p{Lu}/u.test(n.text);
  }

  /** "John McCloy", "John J. McCloy", "Józef Cyrankiewicz": a known forename, initials, then a name-like surname. */
  function forenameName(k: number): RuleName | undefined {
    if (!free(k) || !FORENAMES.has(tokens[k]!.text)) return undefined;
    // A forename of two joined by a hyphen ("Jean-Claude Duvalier", "Jean-Bedel Bokassa", "Ange-Félix
    // Patassé"): either half may be the known one, the other is part of it whatever it is.
    const joinedAt = (j: number) => !!tokens[j] && /^[-‐]$/.test(tokens[j]!.before) && free(j) && isCapitalized(tokens[j]!.text) && !isAllCaps(tokens[j]!.text);
    if (joinedAt(k)) {
      if (k === 0 || !free(k - 1) || !isCapitalized(tokens[k - 1]!.text) || isAllCaps(tokens[k - 1]!.text) || FORENAMES.has(tokens[k - 1]!.text)) return undefined;
      const whole = forenameAfter(k + 1);
      return whole && { ...whole, first: k - 1, start: tokens[k - 1]!.start };
    }
    return forenameAfter(joinedAt(k + 1) ? k + 2 : k + 1, k);
  }

  /** The rest of a name after its forename (which ends before token n, and begins at token k). */
  function forenameAfter(n: number, k = n - 1): RuleName | undefined {
    while (n - k <= 2 && tokens[n] && free(n) && isInitials(tokens[n]!.text) && /^[ \u00a0]$/.test(tokens[n]!.before)) n++;
    // More forenames may follow ("Ali Abdallah Salih", "Muhammad Ali Jinnah"): the surname comes after them.
    while (n - k <= 2 && tokens[n] && free(n) && FORENAMES.has(tokens[n]!.text) && /^[ \u00a0]$/.test(tokens[n]!.before) && tokens[n + 1] && !FORENAMES.has(tokens[n + 1]!.text)) n++;
    if (!tokens[n] || !/^[ \u00a0]$/.test(tokens[n]!.before) || FORENAMES.has(tokens[n]!.text)) return undefined;
    // A surname with its particle: "Eli de Gortari", "Khalid al-Naqshabandi", "Abd al-Ilah".
    const q = tokens[n + 1];
    if (arabicArticleAt(n)) return make(k, run(n), 'medium', 'forename');
    if (PARTICLES.has(tokens[n]!.text) && q && free(n) && free(n + 1) && /^[ \u00a0]$/.test(q.before) && isCapitalized(q.text) && !isAllCaps(q.text) && nameLike(q, false)) return make(k, n + 1, 'medium', 'forename');
    const e = run(n, 2);
    if (e >= 0) return make(k, e, 'medium', 'forename');
    // A surname that is also an English word ("William R. Tyler", "Lieutenant General Markus Wolf"):
    // only after initials or a title, where the words can be nothing but a name.
    if ((n > k + 1 || (k > 0 && isCue(tokens[k - 1]!) && /^[ \u00a0]$/.test(tokens[k]!.before))) && free(n) && surnameShaped(tokens[n]!)) return make(k, n, 'medium', 'forename');
    // A rare English word that is mostly a surname ("Thomas Enders", "Robert Komer"), as one word.
    if (free(n) && rareSurname(tokens[n]!) && !nameFollows(n + 1)) return make(k, n, 'medium', 'forename');
    return undefined;
  }

  /**
   * "Idris al-Sanusi", "Wanis al-Qadhafi", "Abd al-Salam Jallud": a name-like word joined to a
   * name by the Arabic article is a person's name, whatever the forename; not a place's ("Wadi al-Batin").
   */
  function arabicName(k: number): RuleName | undefined {
    const word = (j: number) => free(j) && isCapitalized(tokens[j]!.text) && !isAllCaps(tokens[j]!.text) && (j === k || /^[ \u00a0]$/.test(tokens[j]!.before));
    const t = tokens[k]!;
    if (!word(k) || ARABIC_PLACE_HEADS.has(t.text)) return undefined;
    // A name by the son it gives its bearer ("Abu Nidal", "Abou Jihad"): "father of" and the son's name,
    // whatever word that is; not where the register reads a place ("Abu Dhabi") or a preposition of
    // place comes before it ("in Abu Ghraib").
    if (/^Ab(?:u|ou|ū)$/.test(t.text) && !/^(?:in|at|near|to|from|into|outside)$/.test(tokens[k - 1]?.text ?? '') && tokens[k + 1] && free(k + 1) && SPACE.test(tokens[k + 1]!.before) && /^\p{Lu}\p{Ll}{2,}$/u.test(tokens[k + 1]!.text) && !NAME_CUES.has(tokens[k + 1]!.text.toLowerCase())) return make(k, k + 1, 'medium', 'forename');
    // "son of" may begin a name ("Ould Ahmed", "Ould Salek"), the father's name after it.
    if (CAPITAL_FILIAL.has(t.text) && tokens[k + 1] && free(k + 1) && SPACE.test(tokens[k + 1]!.before) && isCapitalized(tokens[k + 1]!.text) && !isAllCaps(tokens[k + 1]!.text) && nameLike(tokens[k + 1]!, false)) return make(k, run(k + 1, 2), 'medium', 'forename');
    // "Abd" is no name by itself but the first part of one ("Abd al-Salam"): the name may go on after
    // it; so is a word before "al-Din" ("Nur ad-Din", though "nur" is an English word).
    if (t.text !== 'Abd' && !nameLike(t, true) && tokens[k + 2]?.text !== 'Din') return undefined;
    // One more forename may come before the article ("Mahmud Sulayman al-Maghribi").
    const two = !arabicArticleAt(k + 1) && !!tokens[k + 1] && word(k + 1) && nameLike(tokens[k + 1]!, false) && arabicArticleAt(k + 2);
    // "son of" joins a name to the father's ("Driss ben Omar", "Hussein bin Talal", "Moktar Ould Daddah").
    if (nameLike(t, true) && sonOf(k + 1)) return make(k, run(k), 'medium', 'forename');
    if (!two && !arabicArticleAt(k + 1)) return undefined;
    // A first word that is an English word ("Nur") is read from its article on.
    const e = nameLike(t, true) || t.text === 'Abd' ? run(k) : run(k + 1);
    return e > k ? make(k, e, 'medium', 'forename') : undefined;
  }

  /** "Ri Song-un", "Pak Chang Ok", "Chou En-lai", "Peng Dehuai": a family name then romanized syllables. */
  function eastAsianName(k: number): RuleName | undefined {
    const t = tokens[k]!;
    if (!free(k) || !isCapitalized(t.text)) return undefined;
    const family = familyName(t);
    if (!family) return undefined;
    const chinese = (family & CHINESE) !== 0;
    const a = tokens[k + 1];
    if (!a || !free(k + 1) || !sameLine(k + 1) || !/^[ \u00a0]$/.test(a.before) || !isCapitalized(a.text)) return undefined;
    // A pinyin given name is written joined ("Mingfu", "Yueran"): two syllables in one word.
    const joined = !romanizedSyllables(a.text);
    if (joined && !((family & CHINESE) && PINYIN_PAIR.test(normalizeName(a.text)))) return undefined;
    if (DEMONYMS.has(a.text.toLowerCase()) || NOT_NAMES.has(a.text.toLowerCase())) return undefined;
    if (PLACE_BEFORE.has(tokens[k - 1]?.text.toLowerCase() ?? '')) return undefined;
    // A heading in capitals goes on in English ("PRESIDENT PARK ON JSA MURDERS"): no given name there.
    if (CAPS_FUNCTION_WORDS.has(a.text)) return undefined;
    const vietnameseOnly = family === VIETNAMESE;
    const b = tokens[k + 2];
    // Given names: two syllables, spaced, hyphenated ("Song-un": lower case after the hyphen) or joined ("Dehuai").
    if (b && free(k + 2) && /^[-‐ ]$/.test(b.before) && romanizedSyllables(b.text) && (isCapitalized(b.text) || b.before !== ' ') && b.text.length <= 5 && !DEMONYMS.has(b.text.toLowerCase()))
      return notPlace(k + 2) ? make(k, k + 2, 'medium', 'east-asian') : undefined;
    if (joined) return notPlace(k + 1) && !ENGLISH.has(a.text.toLowerCase()) ? make(k, k + 1, 'medium', 'east-asian') : undefined;
    if ((chinese || vietnameseOnly) && notPlace(k + 1) && !ENGLISH.has(a.text.toLowerCase()) && /[aeiou].*[aeiou]/i.test(a.text) && a.text.length >= 4) return make(k, k + 1, 'medium', 'east-asian');
    return undefined;
  }

  /** "Nishio Suehiro", "Inejiro Asanuma" in a memo about Japan (japanese-names.ts). */
  function japaneseName(k: number): RuleName | undefined {
    return opts.japanese && free(k) && free(k + 1) && sameLine(k + 1) && japanesePair(tokens, k) ? make(k, k + 1, 'medium', 'east-asian') : undefined;
  }

  function notPlace(last: number): boolean {
    const next = tokens[last + 1];
    return !(next && /^[ \u00a0]$/.test(next.before) && PLACE_AFTER.has(next.text.toLowerCase()));
  }

  /** A capitalized Slavic-looking surname ("Puzanov", "Moskovsky") not in the register and not a word. */
  function slavicName(k: number): RuleName | undefined {
    const t = tokens[k]!;
    if (!free(k) || isAllCaps(t.text) || !nameLike(t, true) || !SLAVIC.test(t.text) || t.text.length < 5) return undefined;
    const n = tokens[k + 1];
    if (CYRILLIC_ADJECTIVE.test(t.text) && n && /^[ \u00a0]$/.test(n.before) && /^\p{Lu}/u.test(n.text) && /[А-ЯЁ]/.test(n.text[0]!) && !isInitials(n.text)) return undefined;
    // A forename no list knows goes with it ("Wiesław Ogrodziński"): a name-like word just before,
    // on the same line, that is no title.
    const f = tokens[k - 1];
    if (f && free(k - 1) && /^[ \u00a0]$/.test(t.before) && mayBeForename(f) && !isAllCaps(f.text) && !isCue(f) && !SLAVIC.test(f.text)) return make(k - 1, k, 'medium', 'slavic');
    return make(k, k, 'medium', 'slavic');
  }
}

/**
 * A second family name after a register person named in full ("Raúl Roa García", "Osvaldo
 * Dorticós Torrado"): Spanish and Portuguese names carry the mother's surname after the father's,
 * and the register lists the short form. The word must look like a name and be nothing else the
 * register or the rules know. Likewise a known forename before one ("Mohammed Anwar el-Sadat").
 */
export function extendFullNames<C extends { first: number; last: number; start: number; end: number; type: string; source: string; proposeAs?: string; entryIds: string[] }>(tokens: Token[], candidates: C[], isTown: (c: C) => boolean = () => false): void {
  // A proposed name is its surface: it grows with the span.
  const surface = (c: { first: number; last: number }) => tokens.slice(c.first, c.last + 1).map((t, k) => (k ? t.before : '') + t.text).join('');
  const taken = new Set<number>();
  for (const c of candidates) for (let i = c.first; i <= c.last; i++) taken.add(i);
  // A one-word town right after a full name is the second surname ("Omar Torrijos Herrera"): the town yields.
  const towns = new Map<number, C>();
  for (const c of candidates) if (c.type === 'place' && c.first === c.last && isTown(c)) towns.set(c.first, c);
  const yielded = new Set<C>();
  for (const c of candidates) {
    // A name the register lacks, made of a forename and a register surname ("Carlos Castro"), goes
    // on as a full name does: Spanish and Portuguese names have two surnames ("Carlos Castro Madero").
    if (c.type !== 'person' || (c.source !== 'register' && c.source !== 'rule')) continue;
    // A register surname alone stays its person's: "Castro de la Vega" is someone else.
    if (c.source === 'register' && c.last === c.first) continue;
    // Particles and a surname after them, as often as they come ("Hervásio Guimarães de Carvalho",
    // "Haya de la Torre", "Francisco de Assis Correia de Melo", "Artur da Costa e Silva").
    let grew = false;
    for (let guard = 0; guard < 3; guard++) {
      let k = c.last + 1;
      while (k - c.last <= 2 && tokens[k] && (PARTICLES.has(tokens[k]!.text) || SURNAME_JOINS.has(tokens[k]!.text) || FILIAL.has(tokens[k]!.text)) && /^[ \u00a0]$/.test(tokens[k]!.before) && !taken.has(k)) k++;
      const q = tokens[k];
      // After a particle any capitalized word is a surname, an English word too ("da Costa", "de Mola").
      if (k === c.last + 1 || !q || !/^[ \u00a0]$/.test(q.before) || taken.has(k) || !/^\p{Lu}\p{Ll}/u.test(q.text) || isCue(q) || NOT_NAMES.has(q.text.toLowerCase()) || FORENAMES.has(q.text)) break;
      // "e" and "y" join two surnames, not a surname and another person ("Costa e Silva", not "Castro y Raúl").
      if (tokens.slice(c.last + 1, k).some((x) => SURNAME_JOINS.has(x.text)) && k - c.last !== 2) break;
      for (let j = c.last + 1; j <= k; j++) taken.add(j);
      c.last = k;
      c.end = q.end;
      grew = true;
    }
    if (grew && c.proposeAs !== undefined) c.proposeAs = surface(c);
    if (c.last === c.first) continue;
    if (isInitials(tokens[c.first]!.text)) continue; // "V.V. Kuznetsov Moskva": initials, then a surname, then anything
    if (isInitials(tokens[c.last]!.text)) continue; // "Пузанова А.М. Запись беседы": Russian order ends the name
    const n = tokens[c.last + 1];
    const town = towns.get(c.last + 1);
    const after = tokens[c.last + 2];
    // Not before another capitalized word ("Omar Torrijos Panama City"), nor a town named by a register person alone.
    const townYields = !!town && !yielded.has(town) && c.last - c.first >= 1 && !familyName(tokens[c.first]!) && (!after || !SPACE.test(after.before) || !/^\p{Lu}/u.test(after.text));
    if (!n || (taken.has(c.last + 1) && !townYields) || !/^[ \u00a0]$/.test(n.before) || isAllCaps(n.text) || !nameLike(n, false) || isCue(n)) continue;
    if (townYields) yielded.add(town!);
    c.last++;
    c.end = n.end;
    taken.add(c.last);
    if (c.proposeAs !== undefined) c.proposeAs = surface(c);
  }
  for (const y of yielded) candidates.splice(candidates.indexOf(y), 1);
  // A known forename right before a register person named in full is one more of that person's
  // forenames ("António Agostinho Neto", "Mohammad Ayub Khan"), not a person of its own.
  for (const c of candidates) {
    if (c.type !== 'person' || (c.source !== 'register' && c.source !== 'rule')) continue;
    // "Abd al-" before a name is the first part of a forename ("Abd al-Salam Jallud", where the rules read "Salam Jallud").
    const art = tokens[c.first - 1];
    const abd = tokens[c.first - 2];
    if (art && abd?.text === 'Abd' && ARABIC_ARTICLES.has(art.text) && tokens[c.first]!.before === '-' && /^[ \u00a0]$/.test(art.before) && !taken.has(c.first - 1) && !taken.has(c.first - 2)) {
      c.first -= 2;
      c.start = abd.start;
      taken.add(c.first).add(c.first + 1);
      if (c.proposeAs !== undefined) c.proposeAs = surface(c);
      continue;
    }
    // "Ismail bin Abdul Rahman": a name before "bin" and a person's name is another person, the son.
    const son = tokens[c.first - 1];
    const own = tokens[c.first - 2];
    if (son && own && FILIAL.has(son.text) && SPACE.test(tokens[c.first]!.before) && SPACE.test(son.before) && !taken.has(c.first - 1) && !taken.has(c.first - 2) && isCapitalized(own.text) && !isAllCaps(own.text) && nameLike(own, true)) {
      c.first -= 2;
      c.start = own.start;
      taken.add(c.first).add(c.first + 1);
      c.entryIds = [];
      c.source = 'rule';
      c.proposeAs = surface(c);
      continue;
    }
    if (c.last === c.first) continue;
    const p = tokens[c.first - 1];
    if (!p || taken.has(c.first - 1) || !/^[ \u00a0]$/.test(tokens[c.first]!.before) || !FORENAMES.has(p.text)) continue;
    c.first--;
    c.start = p.start;
    taken.add(c.first);
    if (c.proposeAs !== undefined) c.proposeAs = surface(c);
  }
}

