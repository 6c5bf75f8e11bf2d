import type { MemoRecord } from './memo-record.ts';

/**
 * Stable memo ids (TEI/@xml:id, file names of the HTML pages, URIs): `memo-<recordId>` when the
 * archive gave a record id, else `memo-<date>-<title slug>`. ASCII lower case, [a-z0-9-], at most
 * 60 characters, cut at a word boundary; the same inputs always give the same id.
 */

const MAX = 60;
/** Words that carry no identity in titles of this kind ("Memorandum of a Conversation with the …"). */
const STOP = new Set(['a', 'an', 'the', 'of', 'with', 'to', 'and', 'or', 'in', 'on', 'at', 'for', 'by', 'from', 'about', 'c', 'cde', 're']);

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia', і: 'i', ї: 'i', є: 'ie', ґ: 'g',
};

/** Lower-case ASCII words of a text (diacritics stripped, Cyrillic transliterated). */
export function asciiWords(text: string): string[] {
  const ascii = text
    .toLowerCase()
    .replace(/[\u0400-\u04ff]/g, (c) => CYRILLIC[c] ?? '')
    .replace(/ß/g, 'ss')
    .replace(/[æ]/g, 'ae')
    .replace(/[ø]/g, 'o')
    .replace(/[ł]/g, 'l')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  // Apostrophes join ("Korea's" → "koreas"); any other non-alphanumeric separates words.
  return ascii
    .replace(/['’‘`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

function cut(id: string): string {
  if (id.length <= MAX) return id;
  const at = id.lastIndexOf('-', MAX);
  return at > 20 ? id.slice(0, at) : id.slice(0, MAX).replace(/-+$/, '');
}

export function memoId(memo: Pick<MemoRecord, 'recordId' | 'date' | 'title'>): string {
  const rid = memo.recordId ? asciiWords(memo.recordId).join('-') : '';
  if (rid) return cut(`memo-${rid}`);
  const iso = memo.date?.when ?? memo.date?.notBefore;
  const datePart = iso && /^\d{4}(-\d\d){0,2}$/.test(iso) ? iso : 'undated';
  const words = asciiWords(memo.title?.text ?? '').filter((w) => !STOP.has(w) && !(w.length === 1 && /[a-z]/.test(w)));
  const slug = words.slice(0, 6).join('-') || 'untitled';
  return cut(`memo-${datePart}-${slug}`);
}
