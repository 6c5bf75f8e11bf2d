/**
 * Name normalization for matching: case-folded, diacritics removed, apostrophes and periods
 * dropped, hyphens and spaces collapsed to one space. "Ri Song-un", "RI SONG UN" and "Ri Song Un"
 * normalize alike; "P'yŏngyang" and "Pyongyang" too.
 */
export function normalizeName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, 'l')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/['’ʼ`‘.]/g, '')
    .replace(/[\s\u00a0\-‐‑–—_]+/g, ' ')
    .trim();
}

/** Normalized form of one token. */
export function normalizeToken(t: string): string {
  return normalizeName(t);
}

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
