import { type BlockScan, coveredTokens, ruleCandidate } from './candidate.ts';
import { latinOfCyrillic, latinStarts } from './normalize.ts';
import type { RegisterEntry } from './register/index.ts';
import type { RegisterIndex } from './register-index.ts';

/**
 * Places of a Russian original the register lists only in Latin letters ("Киев", "в Ленинграде",
 * "Ташкент", "на Кубе"): a capitalized Cyrillic word, its case ending off (normalizeName's stem),
 * transliterated, is the register's one-word place whose Latin name without its final vowels is
 * that stem, when exactly one place is. Runs after the register, whose Cyrillic forms come first.
 */
export function findCyrillicPlaces(scan: BlockScan, index: RegisterIndex): void {
  const covered = coveredTokens(scan);
  const added = scan.tokens.flatMap((t, i) => {
    if (covered[i] || !/^[А-ЯЁ][а-яё]{3,}$/.test(t.text)) return [];
    // After a capitalized word nothing read, a name's second part ("Ахмед Хасан ал-Бакър"), not a
    // place (before a name it may be one: "Премьер-министром Кубы Фиделем Кастро").
    const prev = scan.tokens[i - 1];
    if (prev && !covered[i - 1] && /^[ \u00a0]$/.test(t.before) && /^[А-ЯЁ]/.test(prev.text)) return [];
    // Words of state and party that Russian capitalizes in names ("Советом революционного
    // командования") are no place, whatever a transliteration finds ("Советом" is not Soweto).
    if (STATE_WORDS.test(t.word.key)) return [];
    // An adjective's ending on a short stem is a word, not a place ("Строго [секретно]": "стр").
    if (t.text.length - t.word.key.length >= 2 && t.word.key.length < 5) return [];
    const entry = placeOf(t.word.key, index);
    return entry ? [{ ...ruleCandidate(scan, i, i, 'place'), entryIds: [entry.id], proposeAs: undefined, source: 'register' as const }] : [];
  });
  if (added.length) scan.candidates = [...scan.candidates, ...added].sort((a, b) => a.start - b.start);
}

const STATE_WORDS = /^(?:совет|союз|министр|посол|президент|правительств|республик|комитет|парти|народ|государств|секретар|председател|генерал|товарищ|центральн|верховн|революц|командован)/;

function placeOf(key: string, index: RegisterIndex): RegisterEntry | undefined {
  const rest = latinOfCyrillic(key.slice(1));
  if (rest === undefined) return undefined;
  // The first letter in each of its spellings ("Гавана" Havana, "Куба" Cuba), the final vowels off.
  const found = new Set<RegisterEntry>();
  // Spelled as Cyrillic would spell it ("Багдад" Baghdad, "Ирак" Iraq) only where no Latin form has the stem itself.
  for (const skeleton of [false, true]) {
    for (const first of latinStarts(key[0]!)) for (const e of index.placesByLatinStem((first + rest).replace(/[aeiouy]+$/, ''), skeleton) ?? []) found.add(e);
    if (found.size) break;
  }
  return found.size === 1 ? [...found][0] : undefined;
}
