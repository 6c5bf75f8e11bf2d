import { readdirSync } from 'node:fs';

/**
 * A fixed sample of the fixture memos for tests that build whole editions several times. With
 * every fixture memo (213 in the eighteenth session) such tests took minutes and grew with each
 * fixture added; the sample keeps every shape the reader knows: the variant memos 01–27 (one per
 * variant of INPUT-FORMAT.md, the user's own transcription among them) and later memos for the
 * shapes they lack (Markdown archive pages with bold or heading date lines, hard-wrapped pages,
 * cut-off pages, Russian and Polish originals).
 */
const LATER = ['56-new-delhi-1962.txt', '75-tehran-1979.txt', '105-nicosia-1964.txt', '117-vientiane-1961.txt', '124-beijing-1989.md', '130-phnompenh-1976.md', '136-geneva-1985.md', '148-moscow-1991.txt', '183-athens-1967.md', '184-moscow-1986.txt'];

export const MEMO_FIXTURES = 'test/fixtures/memos';

export const SAMPLE_MEMOS: readonly string[] = readdirSync(MEMO_FIXTURES).filter((f) => Number.parseInt(f, 10) <= 27 || LATER.includes(f)).sort();
