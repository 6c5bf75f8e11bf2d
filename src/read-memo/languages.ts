/**
 * Language names as archive pages print them → BCP 47 codes (the TEI @xml:lang / langUsage values).
 * Only the languages of this kind of corpus; anything else that already is a code is kept.
 */
const CODES: Record<string, string> = {
  english: 'en', russian: 'ru', chinese: 'zh', korean: 'ko', czech: 'cs', slovak: 'sk', hungarian: 'hu',
  german: 'de', polish: 'pl', bulgarian: 'bg', romanian: 'ro', albanian: 'sq', mongolian: 'mn',
  vietnamese: 'vi', japanese: 'ja', french: 'fr', italian: 'it', spanish: 'es', serbian: 'sr',
  croatian: 'hr', 'serbo-croatian': 'sh', slovenian: 'sl', macedonian: 'mk', ukrainian: 'uk',
  lithuanian: 'lt', latvian: 'lv', estonian: 'et', finnish: 'fi', swedish: 'sv', portuguese: 'pt',
  arabic: 'ar', persian: 'fa', hindi: 'hi', indonesian: 'id', khmer: 'km', lao: 'lo', greek: 'el',
  turkish: 'tr', hebrew: 'he', dutch: 'nl', norwegian: 'no', danish: 'da',
};

const CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** "Russian" → "ru"; "ru" → "ru"; unknown → null. */
export function languageCode(name: string): string | null {
  const s = name.trim();
  if (CODE.test(s)) return s;
  return CODES[s.toLowerCase()] ?? null;
}

/** The codes of a list such as "Russian, English" or "Czech; English", in order. */
export function languageCodes(list: string): string[] {
  return list
    .split(/\s*(?:[,;/]|\band\b)\s*/)
    .map(languageCode)
    .filter((c): c is string => c !== null);
}
