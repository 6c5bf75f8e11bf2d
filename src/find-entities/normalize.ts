import { distance } from 'fastest-levenshtein';
/**
 * Name normalization for matching: case-folded, diacritics removed, apostrophes and periods
 * dropped, hyphens and spaces collapsed to one space. "Ri Song-un", "RI SONG UN" and "Ri Song Un"
 * normalize alike; "P'yŏngyang" and "Pyongyang" too.
 */
export function normalizeName(s: string): string {
  // Recognition normalizes every token of every memo, and the same few thousand words recur:
  // a result cache makes it a lookup. Bounded, so a long run never grows it without limit (the
  // result is a pure function of `s`, so clearing it never changes output).
  const hit = cache.get(s);
  if (hit !== undefined) return hit;
  const out = ASCII_WORD.test(s) ? s.toLowerCase() : normalizeSlow(s);
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(s, out);
  return out;
}

const CACHE_MAX = 50_000;
const cache = new Map<string, string>();
/** Letters and digits only: NFKD, the replacements and trim leave it as it is but for case. */
const ASCII_WORD = /^[A-Za-z0-9]*$/;

const FOLDED: Record<string, string> = { ı: 'i', ø: 'o', Ø: 'o', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', þ: 'th', Þ: 'th', ħ: 'h', Ħ: 'h', ŧ: 't', ŋ: 'ng' };

function normalizeSlow(s: string): string {
  const out = s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, 'l')
    .replace(/[đĐðÐ]/g, 'd')
    // Letters NFKD does not take apart ("Yassıada" is "Yassiada", "Ħamrun" "Hamrun", "Søndergaard").
    .replace(/[ıøØæÆœŒþÞħĦŧŋ]/g, (c) => FOLDED[c]!)
    .toLowerCase()
    .replace(/['’ʼ`‘.]/g, '')
    .replace(/[\s\u00a0\-‐‑–—_]+/g, ' ')
    .trim();
  return /[а-я]/.test(out) ? out.replace(CYRILLIC_WORD, cyrillicStem) : out;
}

/**
 * Russian declines names ("Вышинскому", "Пекина", "в Москве"): a Cyrillic word is matched by its
 * stem, its case ending taken off, so the register's nominative form finds every case. Only
 * Cyrillic words change, and a stem keeps at least three letters ("Мао", "Ким" stay whole). The
 * ending list is ordered longest first; "й" has become "и" above (NFKD takes off its breve).
 */
const CYRILLIC_WORD = /[а-яё]+/g;
const ENDINGS = /(?:ому|ему|ого|его|ими|ыми|ии|ыи|ои|ая|яя|ое|ее|ую|юю|ым|им|ой|ей|ом|ем|ам|ям|ах|ях|ию|ия|а|я|у|ю|е|ы|и|о|ь)$/;

function cyrillicStem(w: string): string {
  const m = ENDINGS.exec(w);
  return m && w.length - m[0].length >= 3 ? w.slice(0, w.length - m[0].length) : w;
}

/**
 * Edits between two normalized words when one may be a misspelling of the other ("kulikow" for
 * "kulikov", "kissindger" for "kissinger"): the same first letter, at least three letters, and one
 * edit, two for words of six letters or more. Undefined when they are further apart.
 */
export function misspellingDistance(a: string, b: string): number | undefined {
  const shorter = Math.min(a.length, b.length);
  if (a[0] !== b[0] || shorter < 3 || Math.abs(a.length - b.length) > 2) return undefined;
  const d = distance(a, b);
  return d <= (shorter >= 6 ? 2 : 1) ? d : undefined;
}

/**
 * Whether one name word may be another's respelling in a bracket ("Sidky [Sidqi]", "Salih
 * [Saleh]"), looser than a misspelling: the same first letter and, after the transliteration
 * folds of spellingSkeleton, edits for at most 40 % of the longer word. "Prats [González]" is
 * none: a completion.
 */
export function looksRespelt(a: string, b: string): boolean {
  const [x, y] = [spellingSkeleton(normalizeName(a)), spellingSkeleton(normalizeName(b))];
  return x[0] === y[0] && distance(x, y) <= Math.ceil(0.4 * Math.max(x.length, y.length));
}

/** Normalized form of one token. */
export function normalizeToken(t: string): string {
  return normalizeName(t);
}

/**
 * A normalized name with the letters transliterations trade for one another folded: "gh" and "g",
 * "q" and "k", "w" and "v", "y", "j" and "i", doubled letters and single ones. Russian and German
 * records write "Ojukvu" for Ojukwu, Cyrillic "Багдад" for Baghdad and "Ирак" for Iraq. Kept per key:
 * the same few thousand words come back in every memo.
 */
export function spellingSkeleton(key: string): string {
  let sk = skeletons.get(key);
  if (sk === undefined) {
    // Bounded: clearing only costs recomputation.
    if (skeletons.size >= 50_000) skeletons.clear();
    sk = key.replace(/gh/g, 'g').replace(/q/g, 'k').replace(/w/g, 'v').replace(/[yj]/g, 'i').replace(/(.)\1+/g, '$1');
    skeletons.set(key, sk);
  }
  return sk;
}
const skeletons = new Map<string, string>();

/** ASCII slug for ids: "Mao Tse-tung" → "mao-tse-tung". */
export function slug(s: string, maxWords = 8): string {
  return normalizeName(s)
    .replace(/[^a-z0-9 ]+/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-');
}

const LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/**
 * The other Latin spellings a Cyrillic letter takes at the start of a name, in German, Polish or
 * English usage ("В. Ульбрихт" is Walter Ulbricht, "Гавана" Havana, "Куба" Cuba).
 */
const OTHER_LATIN: Record<string, string[]> = {
  в: ['w'], г: ['h'], е: ['ye', 'je'], ё: ['yo'], ж: ['j'], з: ['s'], и: ['y'], й: ['i', 'j'], к: ['c'], у: ['w'], ф: ['ph'], х: ['h', 'ch'],
  ц: ['c', 'z'], ч: ['c', 'tsch'], ш: ['sch', 's'], щ: ['sch'], э: ['a'], ю: ['ju', 'u'], я: ['ja'],
};

/** The Latin letters a name beginning with this letter may begin with: the letter itself, or a Cyrillic letter's transliterations. */
export function latinStarts(c: string): string[] {
  const l = c.toLowerCase();
  const primary = LATIN[l];
  return primary === undefined ? [l, ...(GERMAN_POLISH[l] ?? [])] : [primary, ...(OTHER_LATIN[l] ?? [])];
}

/** German and Polish spellings of Russian forenames begin with other letters ("W.M. Mołotow" is Vyacheslav Molotov, "J. Andropow" Yuri). */
const GERMAN_POLISH: Record<string, string[]> = { w: ['v'], j: ['y', 'i'] };

/**
 * A normalized Cyrillic stem in Latin letters as English transliterates Russian ("первухин" →
 * "pervukhin"), to find a register person whose Russian form the register lacks. Undefined for a
 * word that is not Cyrillic.
 */
export function latinOfCyrillic(key: string): string | undefined {
  if (!/^[а-яё ]+$/.test(key)) return undefined;
  return [...key].map((c) => LATIN[c] ?? c).join('');
}

