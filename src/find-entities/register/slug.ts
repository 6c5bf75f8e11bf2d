import { TYPE_PREFIX, type EntryType } from './types.ts';

/** Letters that NFKD does not decompose into ASCII. */
const SPECIAL: Record<string, string> = {
  ß: 'ss', ẞ: 'SS', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', þ: 'th', Þ: 'Th',
  æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ı: 'i', ħ: 'h', Ħ: 'H', ŧ: 't', ŋ: 'ng', ĸ: 'k',
};

/** Removes diacritics and typographic apostrophes: 'Namp’o' → "Nampo", 'Hamhŭng' → 'Hamhung'. */
export function asciiFold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ßẞøØłŁđĐðÐþÞæÆœŒıħĦŧŋĸ]/g, (c) => SPECIAL[c] ?? c)
    .replace(/[’‘ʼʻ`´']/g, '');
}

/** Lower-case ASCII slug: letters and digits joined by single hyphens. */
export function slug(s: string): string {
  const out = asciiFold(s).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (out) return out;
  // Names in a non-Latin script still need a stable, valid id.
  let h = 0x811c9dc5;
  for (const ch of s) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return 'u' + h.toString(16).padStart(8, '0');
}

/**
 * Makes a register id from a name: prefix + ASCII slug, deterministic. For persons pass
 * "Surname, Forenames" ('Khrushchev, Nikita' → 'per-khrushchev-nikita') or an East Asian name in
 * its written order ('Kim Il Sung' → 'per-kim-il-sung').
 */
export function registerId(type: EntryType, name: string): string {
  return `${TYPE_PREFIX[type]}-${slug(name)}`;
}
