import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EditionFile } from '../src/edition-file.ts';
import { decodeText, fileFromBytes, memoId, parseSourceStatement, readMemo, splitBlocks } from '../src/read-memo/index.ts';
import type { Block, MemoRecord } from '../src/read-memo/memo-record.ts';
import { validateRecord } from '../src/read-memo/schemas.ts';

const MEMOS = 'test/fixtures/memos';
const GOLDEN = 'test/fixtures/read-memo';
const SEEDS = 'corpus/memos';
const UPDATE = process.env.UPDATE_GOLDENS === '1';

function read(path: string, bytes: Uint8Array = readFileSync(path)): EditionFile {
  const file = fileFromBytes(path, bytes);
  readMemo(file);
  return file;
}

function codes(file: EditionFile): string[] {
  return file.diagnostics.map((d) => d.code);
}

/** Every block-like slot of a record (including the source statement and the date). */
function allBlocks(m: MemoRecord): (Block & { where: string })[] {
  const out: (Block & { where: string })[] = [];
  const add = (where: string, b: Block | null | undefined) => b && out.push({ ...b, where });
  add('title', m.title);
  add('credit', m.credit);
  add('summary', m.summary);
  add('preamble', m.preamble);
  add('originalArchive', m.originalArchive);
  add('date', m.date);
  m.body.forEach((b, i) => add(`body[${i}]`, b));
  m.rights.forEach((b, i) => add(`rights[${i}]`, b));
  m.metadata?.forEach((g) => g.values.forEach((b) => add(g.label, b)));
  if (m.format === 'archive-page') add('source', m.source);
  return out;
}

function expectExactOffsets(file: EditionFile): void {
  for (const b of allBlocks(file.memo!)) {
    if (b.normalized) continue;
    expect(file.text.slice(b.start, b.end), b.where).toBe(b.text);
    expect(b.text, b.where).toBe(b.text.trim());
  }
}

const fixtures = readdirSync(MEMOS).filter((f) => /\.(txt|md)$/.test(f)).sort();

/** Diagnostics each variant memo must produce (and no other codes). */
const EXPECTED: Record<string, string[]> = {
  '01-no-skip-line.txt': [],
  '02-no-document-information.txt': ['TE115', 'TE115'],
  '03-empty-labels.txt': ['TE107', ...Array(10).fill('TE115')],
  '04-stray-preamble.txt': ['TE105'],
  '05-cut-off.txt': ['TE106'],
  '06-original-language.txt': [],
  '07-russian-citation.txt': [],
  '08-nkidp.txt': [],
  '09-month-year.txt': [],
  '10-year-only.txt': [],
  '11-date-range.txt': [],
  '12-day-range.txt': [],
  '13-credit-line.txt': [],
  '14-signatures.txt': [],
  '15-roman-dates.txt': [],
  '16-brackets.txt': [],
  '17-transcription.txt': ['TE112'],
  '18-transcription.md': [],
  '19-hungarian-metadata.txt': ['TE115', 'TE115', 'TE115'],
  '20-source-label.txt': [],
  '21-footnotes-catalogue.txt': [],
  '22-gdr-mongolia.txt': [],
  '23-hanoi-diary.txt': [],
  '24-beijing-1959.txt': [],
  '25-budapest-1956.txt': [],
  '27-brioni-1956.txt': [],
  '26-moscow-telegram.txt': ['TE114'], // 'Secret; Priority.' after the citation is not split
  '31-warsaw-1981.txt': Array(7).fill('TE115'),
  '32-tashkent-1966.txt': Array(6).fill('TE115'),
  '33-luanda-1976.txt': ['TE105', ...Array(5).fill('TE115')], // a stray summary before the date line
  '34-prague-1968.txt': Array(5).fill('TE115'),
  '35-damascus-1973.txt': ['TE115'],
  '36-kabul-1979.md': ['TE112'], // editorNote: a front-matter key of its own, kept in xenoData
  '41-pyongyang-1956.txt': ['TE105', 'TE115', 'TE115'],
  '42-havana-1962.md': [], // an archive page saved as Markdown
  '43-jakarta-1965.txt': ['TE115', 'TE119'], // the page stops mid-word in its rights statement
  '44-addis-ababa-1977.txt': ['TE105'],
  '45-beijing-1971.md': [],
  '46-moscow-1983.txt': ['TE115', 'TE115', 'TE115', 'TE115', 'TE119'],
  '47-hanoi-1965.txt': [],
  '48-moscow-1948.txt': ['TE105', ...Array(7).fill('TE115')],
  '49-tirana-1961.txt': ['TE106'], // cut off mid-word in the body
  '50-seoul-1965.txt': ['TE115', 'TE115', 'TE115'],
  '51-cairo-1967.txt': ['TE105', 'TE115', 'TE115'],
  '52-erfurt-1970.txt': ['TE106'],
  '53-warsaw-1956.txt': ['TE105', 'TE115'], // a stray paragraph of another document before the date line
  '54-moscow-1963.md': [...Array(4).fill('TE115')], // Markdown, labels without values
  '55-ulaanbaatar-1962.txt': ['TE115', 'TE115', 'TE119'], // no Document Information heading, cut off mid-word
  '56-new-delhi-1962.txt': ['TE105', ...Array(6).fill('TE115')], // hard-wrapped lines
  '57-sofia-1968.txt': ['TE115', 'TE115', 'TE115'], // the Bulgarian original first
  '58-bucharest-1969.txt': ['TE119'], // cut off mid-word in the rights statement
  '59-havana-1962.txt': ['TE105', ...Array(5).fill('TE115')], // a stray paragraph before the date line
  '60-cairo-1956.md': ['TE108'], // a transcription: front matter, the Czech original first, no summary
  '61-hanoi-1972.txt': ['TE114', 'TE115', 'TE119'], // a German credit in the source line, cut off mid-word
  '62-budapest-1963.txt': ['TE105', 'TE115', 'TE115', 'TE115'], // no Document Information heading, labels reordered, a Hungarian citation ("32/1963/12. ő.e.")
  '63-new-delhi-1961.txt': ['TE115', 'TE115', 'TE119'], // the Serbo-Croatian heading first, cut off in the rights statement
  '64-pyongyang-1968.txt': ['TE115', 'TE115'], // a telegram, names in capitals
  '65-moscow-1980.txt': ['TE105', 'TE115', 'TE115', 'TE115'], // a stray summary before a month-only date line
  '66-beijing-1975.txt': ['TE115'], // the Chinese original first, a funder line
  '67-luanda-1978.txt': ['TE115', 'TE115', 'TE119'], // no Document Information heading, cut off in the rights statement
  '68-aden-1979.txt': ['TE105'], // a stray paragraph, an organisation's credit line
  '69-phnompenh-1979.txt': ['TE119'], // the Vietnamese original first, cut off mid-word
  '70-washington-1972.md': ['TE115', 'TE115', 'TE115'], // Markdown with a "Skip to content" link (furniture, not a stray paragraph)
  '71-santiago-1972.txt': ['TE105', 'TE115', 'TE115', 'TE115'], // a stray paragraph, a German original header, labels without values
  '72-daressalaam-1965.txt': ['TE115', 'TE119'], // no-break spaces on blank lines, cut off mid-word in the rights statement
  '73-belgrade-1955.md': ['TE115', 'TE115', 'TE115'], // Markdown, a date range line, the Russian original first
  '74-rawalpindi-1971.txt': [], // a month-only date line, brackets of every kind
  '75-tehran-1979.txt': ['TE105', 'TE115', 'TE115', 'TE115', 'TE119'], // hard-wrapped, a range date line, cut off mid-word
  '76-berlin-1961.md': [], // front matter with keys of its own (archive, citation, record_id), the Russian original first
  '77-newdelhi-1960.txt': ['TE105', 'TE115', 'TE115'], // a stray summary of another document, a funder line
  '78-moscow-1963.txt': ['TE115', 'TE115', 'TE119'], // the Russian original first, no Document Information heading, cut off
  '79-warsaw-1970.md': Array(5).fill('TE115'), // Markdown, a letter-spaced heading, empty bold labels
  '80-maputo-1977.txt': ['TE105', 'TE115'], // a stray summary, a month-only date line, no Document Information heading
  '81-beijing-1971.txt': Array(4).fill('TE115'), // the Romanian original first, a translation laid out by speaker
  '82-vienna-1961.md': [], // front matter with the documented keys (source as parts, recordId), a date range
  '83-lagos-1967.txt': ['TE105', ...Array(3).fill('TE115')], // another document's summary before the date line, labels without values
  '84-baghdad-1978.txt': ['TE119'], // the Bulgarian original first, the page cut off mid-word in the rights statement
  '85-algiers-1965.md': Array(3).fill('TE115'), // Markdown with a credit line, a bold "Source" label and labels without values
  '86-leopoldville-1960.txt': Array(4).fill('TE115'), // the French original first, a "Source" label, labels without values
  '87-moscow-1956.txt': ['TE105', 'TE115'], // hard-wrapped at 70 columns, a stray summary before the date line
  '88-moscow-1955.md': [], // front matter with the documented keys, a German date line under a Markdown heading
  '89-pyongyang-1967.txt': ['TE105', ...Array(5).fill('TE115')], // a stray summary before the date line, a "Source" label, labels without values
  '90-pyongyang-1968.txt': ['TE115'], // a credit line, the German original header first, a month-only date line
  '91-pyongyang-1971.md': ['TE119'], // Markdown with bold labels and no Document Information heading, cut off in the rights statement
  '92-beijing-1968.txt': ['TE105', 'TE107', ...Array(4).fill('TE115')], // a stray summary, no Document Information at all (no source), empty headings
  '93-buenosaires-1980.txt': [], // the Spanish original first, a credit line, "Contributed by … and translated by …"
  '94-pretoria-1977.md': [], // front matter with source as an object and a statement, Markdown labels in the body
  '95-berlin-1953.txt': ['TE105'], // a stray summary before a date-range line, a "Source" label without a Document Information heading
  '96-novosibirsk-1961.txt': [...Array(4).fill('TE115'), 'TE119'], // hard-wrapped, a credit line, the Finnish original first, cut off mid-word
  '97-lisbon-1975.md': Array(3).fill('TE115'), // Markdown with a month-only date line and bold labels without values
  '98-colombo-1971.txt': ['TE105', 'TE115'], // a stray summary, a credit line, a "Source" label and no Document Information heading
  '99-stgeorges-1983.md': [], // front matter with the documented keys, the Russian original heading first
  '100-moscow-1976.txt': Array(5).fill('TE115'), // an addressee line, empty headings, Document Information with trailing fields
  '101-beijing-1969.txt': ['TE105', ...Array(5).fill('TE115')], // a stray summary before the date line, a "Source" label, empty labels
  '102-saigon-1966.txt': [], // a credit line, the Polish original header first, full Document Information
  '103-pyongyang-1950.md': ['TE119'], // telegrams under Markdown headings, a date-range date line, cut off mid-word
  '104-jakarta-1962.txt': Array(3).fill('TE115'), // a credit line, empty headings, Russian order, a letter-spaced signature
  '105-nicosia-1964.txt': ['TE105', ...Array(6).fill('TE115')], // hard-wrapped, a stray paragraph, a "Source" label, empty trailing fields
  '106-lusaka-1970.md': [], // front matter with source as an object, the Serbo-Croatian original first
  '107-moscow-1972.txt': Array(6).fill('TE115'), // a credit line, a "Source" label, empty headings and trailing labels
  '108-saigon-1975.txt': ['TE105', 'TE119'], // a stray summary, the Hungarian original header first, cut off mid-word in the rights statement
  '109-pyongyang-1984.md': Array(2).fill('TE115'), // Markdown with a date-range date line, bold labels without values
  '110-cairo-1972.txt': ['TE105', ...Array(5).fill('TE115')], // hard-wrapped, a stray summary, a month-only date line, empty labels
  '111-kabul-1973.txt': ['TE106'], // the Russian original first, no Document Information, cut off mid-word inside the body
  '112-beijing-1972.md': [], // front matter with source as an object and a statement
  '113-managua-1981.txt': Array(4).fill('TE115'), // the Spanish original first, a "Source" label, "Obtained by … and translated by", empty labels
  '114-washington-1963.md': Array(5).fill('TE115'), // a link-style "Skip to content", bold labels in the body and empty ones in the metadata
  '115-islamabad-1979.txt': ['TE105', 'TE106'], // a stray summary, two-digit years, cut off mid-word inside the body
  '116-tokyo-1960.txt': ['TE105', ...Array(3).fill('TE115')], // a stray summary before the date line, no "Skip to content", a letter-spaced signature
  '117-vientiane-1961.txt': ['TE119'], // hard-wrapped (the source statement over two lines), a credit line, the Polish original first, a month-only date line
  '118-budapest-1989.md': Array(2).fill('TE115'), // the Russian original as a blockquote, link lists under headings, bold labels with values after a colon
  '119-berlin-1989.txt': ['TE105', ...Array(7).fill('TE115')], // a stray summary, the German original header first, many empty labels
  '120-bucharest-1989.txt': ['TE107', ...Array(5).fill('TE115')], // a date-range date line, a credit line, telegrams, no Document Information
  '121-mogadishu-1977.md': [...Array(3).fill('TE115'), 'TE119'], // a bold letterhead, an italic summary, cut off mid-word with no final newline
  '122-geneva-1954.txt': ['TE105', 'TE115'], // a stray summary, a month-only date line, a credit line, a signature in Wade-Giles capitals
  '123-warsaw-1989.txt': Array(5).fill('TE115'), // the Polish original first, a participant list in Russian order, empty headings
  '124-beijing-1989.md': ['TE119'], // the date line in bold, speaker labels in bold, cut off mid-word in the rights statement
  '125-havana-1968.txt': [], // the Spanish original first (an excerpt), full Document Information with an obtained-by/translated-by credit
  '126-belgrade-1948.md': Array(2).fill('TE115'), // no "Skip to content", a credit line, bold labels without values
  '127-jakarta-1955.txt': ['TE105', 'TE119'], // hard-wrapped, a stray summary, a bare "Source:" line over two lines, cut off mid-word
  '128-kabul-1980.txt': ['TE115'], // a credit line, a diary header, Russian order, a letter-spaced signature
  '129-prague-1977.txt': ['TE105', 'TE119'], // a stray summary, the Czech original header first, cut off mid-word in the rights statement
  '130-phnompenh-1976.md': Array(3).fill('TE115'), // the date line as a Markdown heading, a year-first Chinese date, bold labels
  '131-addis-ababa-1978.txt': ['TE107', ...Array(5).fill('TE115')], // a month-only date line, a credit line, no Document Information
  '132-ulaanbaatar-1966.txt': ['TE105', ...Array(5).fill('TE115')], // a stray summary, Mongolian names in Russian order, a citation by fond/dans/kh/n
  '133-luanda-1975.md': ['TE119'], // a link-style "Skip to content", the Spanish original first, cut off mid-word in the rights statement
  '134-santiago-1973.txt': ['TE105', ...Array(4).fill('TE115')], // a stray summary, the Spanish original first, a bare "Source" label
  '135-panmunjom-1976.txt': ['TE119'], // hard-wrapped, a cable header in capitals, cut off mid-word with no final newline
  '136-geneva-1985.md': Array(5).fill('TE115'), // the date line in bold, headings inside the body, bold labels without values
  '137-hanoi-1968.txt': ['TE105', ...Array(5).fill('TE115')], // a stray summary, Vietnamese names with and without diacritics, a letter-spaced signature
  '138-bucharest-1964.md': Array(3).fill('TE115'), // the date line as a heading, an italic credit line, Russian order in capitals
  '139-tirana-1978.txt': ['TE115', 'TE119'], // the Albanian original header in capitals first, no "Source" label, cut off mid-word
  '140-new-delhi-1971.txt': ['TE105', ...Array(5).fill('TE115')], // hard-wrapped, a stray summary before the date line, a quoted day, Russian order in capitals
  '141-damascus-1982.md': Array(2).fill('TE115'), // a link-style "Skip to content", bold letterhead labels, the German original first, Arabic names in several spellings
  '142-baghdad-1980.txt': ['TE107', ...Array(4).fill('TE115')], // a month-only date line, a credit line, no Document Information (only its empty headings)
  '143-maputo-1984.txt': Array(2).fill('TE115'), // the Portuguese original first, Russian order, a "Source" label, "Obtained and translated for CWIHP by"
  '144-tehran-1953.md': Array(2).fill('TE115'), // a link-style "Skip to content", the date line in bold, a credit line, Persian names in several spellings
  '145-berlin-1958.txt': ['TE105', 'TE119'], // a stray summary, a letter-spaced signature, cut off mid-word with no final newline
  '146-beijing-1960.txt': ['TE105', 'TE115'], // hard-wrapped (the title over two lines), a stray summary, the source statement over two lines
  '147-havana-1979.md': Array(5).fill('TE115'), // the date line in bold, a letterhead in Serbo-Croatian capitals, empty headings
  '148-moscow-1991.txt': ['TE119'], // the Russian original header first, no "Source" label, cut off mid-word with no final newline
  '149-accra-1961.txt': ['TE105', 'TE115'], // a stray summary, Russian order in capitals, a signature in capitals, "Source:" labels
  '150-helsinki-1975.md': ['TE115'], // the Polish original as a blockquote, a credit line, a numbered list, bold labels
  '151-damascus-1982.txt': ['TE119'], // hard-wrapped, no Document Information heading, a letter-spaced signature, cut off mid-word
  '152-moscow-1970.txt': ['TE115'], // the German original first, a credit line, a letter-spaced signature ("gez. B a h r")
  '153-kinshasa-1978.md': ['TE105', ...Array(2).fill('TE115')], // a stray summary, Russian order, labels without values
  '154-hanoi-1979.txt': ['TE119'], // a Hungarian year-first date, Wade-Giles and pinyin pairs, cut off in the rights text
  '155-conakry-1970.txt': Array(2).fill('TE115'), // the French original first, a "Source" label on its own line
  '156-dhaka-1972.md': ['TE105', ...Array(4).fill('TE115')], // a stray summary, the date line in bold, empty headings, a signature in capitals
  '157-sofia-1985.txt': ['TE115'], // a month-only date line, headings in capitals, Cyrillic signatures, cut off in the last field
  '158-baghdad-1958.txt': ['TE105', 'TE115'], // a stray summary, a letterhead in capitals, Roman-month dates with two-digit years
  '159-mexicocity-1968.md': Array(4).fill('TE115'), // the Russian original first, a credit line, bold labels without values
  '160-delhi-1986.txt': ['TE106'], // speaker labels in capitals, Russian order with initials, no Document Information, cut off mid-word
  '161-daressalaam-1964.txt': ['TE105', ...Array(6).fill('TE115')], // a stray summary, a credit line, empty labels and headings, brackets of every kind
  '162-jakarta-1966.md': [...Array(3).fill('TE115'), 'TE119'], // headings for labels, Russian order in capitals, cut off in the rights text
  '163-moscow-1961.txt': [], // the Russian original header first, an unlabelled citation with two credits, a letter-spaced signature
  '164-addis-ababa-1984.txt': ['TE105', 'TE115'], // hard-wrapped, a stray summary, a letter-spaced classification, cut off in the last field
  '165-harare-1980.md': Array(2).fill('TE115'), // the Serbo-Croatian original first, a "## Document Information" heading
  '166-tehran-1979.txt': ['TE107', ...Array(4).fill('TE115')], // no Document Information (empty headings and a bare record id), a cable heading in capitals
  '167-gdansk-1980.txt': [], // the Polish original first with inflected names, a credit line, a letter-spaced signature
  '168-kabul-1988.md': ['TE105', 'TE115'], // a stray italic paragraph, the date line in bold, speaker labels in bold, cut off in the last field
  '169-prague-1989.txt': Array(4).fill('TE115'), // empty metadata headings, a letterhead, Hungarian name order
  '170-pyongyang-1983.txt': ['TE105'], // a stray summary, Russian order, a letter-spaced signature, a translator's note with a date
  '171-managua-1984.md': ['TE115'], // the date line as a heading, a Spanish letterhead first, bold labels
  '172-moscow-1974.txt': ['TE106'], // a month-only date line, the Russian header first, cut off mid-word before any metadata
  '173-riodejaneiro-1964.txt': Array(3).fill('TE115'), // the Portuguese original first, a letterhead, no "Document Information" heading before its labels
  '174-buenosaires-1982.md': ['TE105', ...Array(2).fill('TE115')], // a stray summary, the date line and title as headings, Russian order with a double surname
  '175-lima-1968.txt': ['TE119'], // a month-only date line, a credit line, names in capitals in a quoted headline, cut off mid-word
  '176-sanaa-1962.txt': ['TE105', 'TE115'], // hard-wrapped, a stray summary, Russian order in capitals, a letter-spaced signature
  '177-amman-1970.md': Array(2).fill('TE115'), // a credit line, headings inside the body, bold labels without values
  '178-cairo-1977.txt': ['TE107', ...Array(4).fill('TE115')], // the Bulgarian header in Cyrillic first, no Document Information (empty headings and a bare record id)
  '179-phnompenh-1970.txt': ['TE115'], // a letterhead in capitals, Russian order, a letter-spaced signature
  '180-manila-1986.md': ['TE105', 'TE115', 'TE119'], // a stray summary, numbered paragraphs, cut off in the rights text
  '181-madrid-1975.txt': Array(2).fill('TE115'), // a credit line, the Spanish original first, names in capitals
  '182-stanleyville-1964.txt': ['TE105', ...Array(4).fill('TE115')], // a stray summary, empty labels and headings, brackets of every kind
  '183-athens-1967.md': Array(2).fill('TE115'), // the date line in bold, an address block in capitals, a "## Document Information" heading
  '184-moscow-1986.txt': ['TE115'], // the Russian diary header with a quoted day, Russian order in capitals, cut off in the last field
  '185-bamako-1960.txt': ['TE105', 'TE107', ...Array(5).fill('TE115')], // a stray summary, "Source" and "Original Archive" labels without values
  '186-conakry-1973.md': ['TE115'], // the date line in bold, an italic credit line, Roman-month dates
  '187-luanda-1988.txt': ['TE106'], // hard-wrapped (the title over two lines, names broken across lines), cut off mid-word in the body
  '188-tripoli-1969.txt': [], // the Russian original first, a name in five spellings, Russian order in capitals
  '189-khartoum-1971.md': [], // the date line in bold, day-first and month-first numeric dates
  '190-algiers-1963.txt': ['TE107', ...Array(3).fill('TE115')], // a cable with a place line in capitals, no Document Information (only empty headings)
  '191-lapaz-1967.txt': Array(4).fill('TE115'), // the Spanish original first, brackets of every kind, weekdays in dates
  '192-santodomingo-1965.md': ['TE115'], // a credit line, Russian order in capitals, relative years
  '193-panama-1977.txt': Array(4).fill('TE115'), // a US cable as an annex (FM/TO lines, names in capitals), footnotes in the body
  '194-almaata-1986.txt': Array(2).fill('TE115'), // a credit line, the Russian original first with inflected names, Roman-month dates
  '195-vilnius-1990.md': [], // names with and without their diacritics, a Polish cipher telegram
  '196-beijing-1969.txt': Array(2).fill('TE115'), // hard-wrapped (the title over two lines), Wade-Giles and pinyin pairs, a translator's note
  '197-kampala-1971.txt': ['TE105', ...Array(3).fill('TE115')], // a stray summary, an address block in capitals, a translator's note
  '198-ndjamena-1983.md': ['TE115'], // the French original first, an italic credit line
  '199-salalah-1975.txt': [...Array(2).fill('TE115'), 'TE119'], // hard-wrapped (names broken across lines), cut off in the rights text
  '200-guatemala-1954.txt': Array(4).fill('TE115'), // the Spanish original first, weekdays in dates
  '201-montevideo-1973.md': Array(4).fill('TE115'), // a credit line, Spanish double surnames, a letter-spaced signature
  '202-sansalvador-1981.txt': ['TE107', ...Array(3).fill('TE115')], // a US cable quoted in the body, no Document Information (only empty headings)
  '203-nicosia-1974.txt': Array(4).fill('TE115'), // Turkish and Greek names with and without diacritics, brackets completing names
  '204-rome-1978.md': Array(2).fill('TE115'), // a credit line, the Italian original as a blockquote, Italian particles
  '205-zagreb-1971.txt': Array(3).fill('TE115'), // a Serbo-Croatian passage with inflected names, Russian order, a letter-spaced signature
  '206-kualalumpur-1965.txt': Array(2).fill('TE115'), // Malay names with "bin" and titles, Hokkien romanizations, a month-first date
  '207-dili-1975.md': Array(2).fill('TE115'), // the Portuguese original first, Portuguese particles
  '208-yining-1962.txt': Array(2).fill('TE115'), // hard-wrapped, the Russian original first, Turkic and Chinese names in several romanizations
  '209-accra-1966.txt': ['TE105', ...Array(3).fill('TE115')], // a stray summary, a list of names in capitals
  '210-brazzaville-1968.md': ['TE115'], // a credit line, the French original first, French names with particles and hyphens
  '211-nairobi-1969.txt': ['TE106'], // hard-wrapped (names broken across lines), cut off mid-word in the summary
  '212-beirut-1958.txt': Array(4).fill('TE115'), // the Russian original first, Arabic names with the article in several spellings
  '213-baghdad-1963.md': Array(2).fill('TE115'), // names with "Abd al-" and two articles, Roman-month dates
  '214-damascus-1966.txt': ['TE107', ...Array(3).fill('TE115')], // a cipher-telegram header, no Document Information (only empty headings)
  '215-rangoon-1962.txt': ['TE105', ...Array(4).fill('TE115')], // a stray summary, Burmese honorifics, a list of names in capitals
  '216-bangkok-1976.md': [], // a credit line, Thai names by the given name alone
  '217-kathmandu-1960.txt': Array(3).fill('TE115'), // a US telegram in the body, Rana compound names
  '218-paris-1968.txt': Array(2).fill('TE115'), // a credit line, the French original first, French names with particles
  '219-bonn-1969.md': [], // umlauts written also as ae/oe/ue, German titles
  '220-caracas-1958.txt': Array(2).fill('TE115'), // the Spanish original first, Spanish double surnames, a letter-spaced signature
  '221-tbilisi-1989.txt': Array(3).fill('TE115'), // a Russian citation with "Obtained by X and translated by Y", Russian order with initials, Roman months
  '222-stepanakert-1988.md': [], // a date range in the date line, dates without a year
  '223-riga-1989.txt': ['TE115', 'TE115', 'TE119'], // no Skip line, cut off mid-word in the rights paragraph, Latvian diacritics with and without
  '224-antananarivo-1975.txt': Array(2).fill('TE115'), // the French original first, places in two forms
  '225-ouagadougou-1984.md': ['TE105'], // a stray summary before the date line
  '226-windhoek-1978.txt': [...Array(8).fill('TE115'), 'TE107'], // a credit line, the Document Information labels without values
  '227-ankara-1960.txt': Array(3).fill('TE115'), // a month-year date line, month-first numeric dates, Turkish diacritics with and without
  '228-kuwait-1961.md': ['TE115'], // editorial brackets of every kind, a translator's note
  '229-aden-1986.txt': Array(3).fill('TE115'), // "Obtained and translated for NKIDP by X", a Hungarian citation ("41. ő.e."), Roman months
  '230-bogota-1948.txt': ['TE115'], // no Document Information heading, a year alone
  '231-georgetown-1964.md': Array(2).fill('TE115'), // footnotes and an archival signature line in the body
  '232-valletta-1971.txt': Array(4).fill('TE115'), // letter-spaced signatures of both parties, names in capitals
  '233-reykjavik-1986.txt': Array(3).fill('TE115'), // a Russian citation with "Obtained by X and translated by Y", Russian order with initials, Roman months
  '234-kiev-1986.md': [], // a date range in the date line, dates without a year, names in two transliterations
  '235-dushanbe-1990.txt': ['TE115', 'TE115', 'TE119'], // no Skip line, cut off mid-word in the rights paragraph
  '236-dakar-1962.txt': Array(2).fill('TE115'), // the French original first, a credit line
  '237-cotonou-1977.md': ['TE105'], // a stray summary before the date line
  '238-monrovia-1980.txt': [...Array(8).fill('TE115'), 'TE107'], // the Document Information labels without values, numeric dates both ways
  '239-asmara-1978.txt': Array(2).fill('TE115'), // a month-year date line, month-first numeric dates
  '240-tindouf-1976.md': Array(2).fill('TE115'), // editorial brackets of every kind, a translator's note
  '241-xiamen-1958.txt': Array(2).fill('TE115'), // "Obtained and translated for CWIHP by X", Roman months, two-digit years
  '242-port-au-prince-1986.txt': ['TE115'], // no Document Information heading, a year alone
  '243-kingston-1976.md': ['TE115'], // footnotes and an archival signature line in the body
  '244-stockholm-1986.txt': ['TE115'], // letter-spaced signatures of both parties, names in capitals
  '245-baku-1990.txt': Array(3).fill('TE115'), // a Russian citation with "Obtained by X and translated by Y", Russian order with initials, Roman months
  '246-tallinn-1988.md': [], // a date range in the date line, dates without a year, Estonian letters both ways
  '247-ljubljana-1988.txt': ['TE115', 'TE115', 'TE119'], // no Skip line, cut off mid-word in the rights paragraph
  '248-tunis-1985.txt': Array(2).fill('TE115'), // the French original first, a credit line
  '249-rabat-1975.md': ['TE105'], // a stray summary before the date line
  '250-bangui-1979.txt': [...Array(9).fill('TE115'), 'TE107'], // the Document Information labels without values, numeric dates both ways
  '251-tegucigalpa-1969.txt': Array(3).fill('TE115'), // a month-year date line, month-first numeric dates
  '252-quito-1972.md': [], // editorial brackets of every kind, a translator's note
  '253-lhasa-1959.txt': Array(2).fill('TE115'), // "Obtained and translated for CWIHP by X", Roman months, two-digit years
  '254-ottawa-1970.txt': ['TE115'], // no Document Information heading, a year alone
  '255-paramaribo-1980.md': Array(2).fill('TE115'), // footnotes and an archival signature line in the body
  '256-hongkong-1967.txt': Array(4).fill('TE115'), // letter-spaced signatures of both parties with spaced initials, names in capitals
};

describe('variant memos (golden records)', () => {
  it('has at least 14 variant memos, each with expectations', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(14);
    expect(Object.keys(EXPECTED).sort()).toEqual(fixtures);
  });

  for (const name of fixtures) {
    it(name, () => {
      const file = read(join(MEMOS, name));
      const memo = file.memo!;
      const goldenPath = join(GOLDEN, name.replace(/\.(txt|md)$/, '.record.json'));
      const json = JSON.stringify(memo, null, 2) + '\n';
      if (UPDATE) {
        mkdirSync(GOLDEN, { recursive: true });
        writeFileSync(goldenPath, json);
      }
      expect(json).toBe(readFileSync(goldenPath, 'utf8'));
      expect(validateRecord(memo), JSON.stringify(validateRecord.errors)).toBe(true);
      expect([...codes(file)].sort()).toEqual([...EXPECTED[name]!].sort());
      expectExactOffsets(file);
      for (const d of file.diagnostics) expect(d.line ?? 1).toBeGreaterThan(0);
    });
  }
});

describe('variant specifics', () => {
  const memo = (name: string) => read(join(MEMOS, name)).memo!;

  it('reads a page without "Skip to content" and with filled trailing fields', () => {
    const m = memo('01-no-skip-line.txt');
    expect(m.date?.when).toBe('1958-04-14');
    expect(m.recordId).toBe('119408');
    expect(m.id).toBe('memo-119408');
    expect(m.documentType).toBe('Diary Entry');
    expect(m.classification).toBe('Top Secret');
    expect(m.uploadedDate).toBe('2014-03-11');
    expect(m.originalLanguage).toBe('ru');
    expect(m.body.at(-1)!.text).toBe('Ambassador of the USSR in the DPRK\nA. Puzanov');
    expect(m.summary!.text).toMatch(/^Puzanov and Kim Il Sung discuss/);
  });

  it('finds an unlabelled source line when "Document Information" is missing', () => {
    const m = memo('02-no-document-information.txt');
    expect(m.summary!.text).toMatch(/^Stalin informs Zhou Enlai/);
    expect(m.source).toMatchObject({ settlement: 'Moscow', collection: 'fond 45', translator: ['Kathryn Weathersby'] });
    expect(m.rights).toHaveLength(2);
    expect(m.complete).toBe(true);
  });

  it('keeps a stray paragraph out of body and summary', () => {
    const m = memo('04-stray-preamble.txt');
    expect(m.preamble!.text).toMatch(/^Kim Il Sung tells the Czechoslovak/);
    expect(m.title!.text).toMatch(/^Record of a Conversation with the Hungarian/);
    expect(m.body.map((b) => b.text).join(' ')).not.toContain('Czechoslovak ambassador about the harvest');
  });

  it('marks a page cut off mid-word as incomplete, with no summary', () => {
    const m = memo('05-cut-off.txt');
    expect(m.complete).toBe(false);
    expect(m.summary).toBeNull();
    expect(m.body).toHaveLength(3);
    expect(m.body[2]!.text.endsWith('Ministry of Foreign Affai')).toBe(true);
  });

  it('keeps original-language text in the body before the translation', () => {
    const m = memo('06-original-language.txt');
    expect(m.body[0]!.text).toBe('Шифртелеграмма');
    expect(m.body.at(-1)!.text).toBe('SHTYKOV');
    expect(m.originalArchive!.text).toBe('Archive of Foreign Policy of the Russian Federation (AVP RF)');
  });

  it('reads date lines in every form', () => {
    expect(memo('09-month-year.txt').date).toMatchObject({ text: 'March 1953', when: '1953-03' });
    expect(memo('10-year-only.txt').date).toMatchObject({ text: '1956', when: '1956' });
    expect(memo('11-date-range.txt').date).toMatchObject({ notBefore: '1950', notAfter: '1953' });
    expect(memo('12-day-range.txt').date).toMatchObject({ notBefore: '1964-03-03', notAfter: '1964-03-05' });
    expect(memo('20-source-label.txt').date).toMatchObject({ text: 'Sept. 12, 1958', when: '1958-09-12' });
  });

  it('reads the credit line and keeps signatures, copy numbers and [signature] as body', () => {
    expect(memo('13-credit-line.txt').credit!.text).toBe('This document was made possible with support from the Leon Levy Foundation.');
    const body = memo('14-signatures.txt').body.map((b) => b.text);
    expect(body).toContain('S H T Y K O V');
    expect(body).toContain('[signature]');
    expect(body).toContain('Copy No. 1');
    expect(body[2]).toBe('To Comrade Vyshinsky A.Ya.\nMoscow');
  });

  it('reads metadata headings with values, same-line labels and the Hungarian citation', () => {
    const m = memo('19-hungarian-metadata.txt');
    expect(m.metadata).toEqual([
      { label: 'Author(s)', values: [expect.objectContaining({ text: 'Embassy of Hungary in the DPRK' })] },
      {
        label: 'Associated People & Organizations',
        values: [expect.objectContaining({ text: 'Kosygin, Aleksey Nikolayevich, 1904-1980' }), expect.objectContaining({ text: 'Kim, Il-sŏng, 1912-1994' })],
      },
      { label: 'Associated Places', values: [expect.objectContaining({ text: 'Korea (North)' }), expect.objectContaining({ text: 'Soviet Union' })] },
    ]);
    expect(m.source).toMatchObject({ repository: 'National Archives of Hungary (MNL OL)', obtainedBy: ['Balazs Szalontai'], translator: ['Balazs Szalontai'] });
    expect(m).toMatchObject({ recordId: '116310', documentType: 'Report', originalLanguage: 'hu', classification: 'Top Secret', uploadedDate: '2013-11-12' });
    expect(m.rights).toHaveLength(2);
  });

  it('reads a "Source" label whose statement spans two lines', () => {
    const m = memo('20-source-label.txt');
    expect(m.source).toMatchObject({ citationText: 'Fond 5, Opis 30, Delo 163, Listy 45-47', translator: ['Vladislav Zubok'], project: 'CWIHP' });
    expect(m.originalArchive!.text).toBe('Russian State Archive of Contemporary History (RGANI)');
  });

  it('reads a transcription with front matter', () => {
    const f = read(join(MEMOS, '17-transcription.txt'));
    const m = f.memo!;
    expect(m.format).toBe('transcription');
    expect(m).toMatchObject({ recordId: '112125', id: 'memo-112125', classification: 'Secret', language: 'en', originalLanguage: 'ru' });
    expect(m.extra).toEqual({ editorNote: 'transcribed from the printed bulletin' });
    expect(m.source).toMatchObject({ repository: 'AVPRF', translator: ['Kathryn Weathersby'], obtainedBy: ['Kathryn Weathersby'], project: 'CWIHP' });
    expect(m.body[0]!.text).toBe('Dear Comrade Stalin!');
    expect(f.diagnostics[0]).toMatchObject({ code: 'TE112', line: 14, column: 1 });
    // Offsets point into the original file, front matter included.
    expect(f.position(m.title!.start).line).toBe(2);
    expect(f.position(m.body[0]!.start).line).toBe(16);
  });

  it('reads a Markdown transcription: headings stay as body paragraphs, source given as parts', () => {
    const m = read(join(MEMOS, '18-transcription.md')).memo!;
    expect(m.title!.text).toBe('Report of the Bulgarian Embassy in Pyongyang, 17 October 1961');
    expect(m.title!.normalized).toBeUndefined();
    expect(m.summary!.normalized).toBe(true);
    expect(m.body.filter((b) => b.heading).map((b) => b.text)).toEqual(['Report', 'I. The Fourth Congress of the KWP', 'II. Relations with the PRC']);
    expect(m.body.some((b) => b.text.startsWith('#') || b.text === '---')).toBe(false);
    expect(m.summary!.text).toBe('The Bulgarian Embassy reports on the Fourth Congress of the KWP and on the growing Chinese influence in Pyongyang.');
    expect(m.source).toMatchObject({ repository: 'Central State Archive', settlement: 'Sofia', collection: 'fond 1477', translator: ['Kalina Bratanova', 'Sveta Karagyozova'] });
    expect(m.originalLanguage).toBe('bg');
  });
});

describe('seed memos', () => {
  // Section offsets of the seeds' gold annotations (dateline, title, summary).
  const seeds: [string, { date: [number, number]; title: [number, number]; summary: [number, number]; when: string; body: number }][] = [
    ['000_e5fc993b11dadff5.txt', { date: [17, 34], title: [36, 123], summary: [9231, 9323], when: '1964-02-26', body: 11 }],
    ['002_8b7530e566ca3308.txt', { date: [17, 32], title: [34, 108], summary: [5933, 6116], when: '1964-01-07', body: 15 }],
  ];
  for (const [name, want] of seeds) {
    it(name, () => {
      const f = read(join(SEEDS, name));
      const m = f.memo!;
      expect([m.date!.start, m.date!.end]).toEqual(want.date);
      expect(m.date!.when).toBe(want.when);
      expect([m.title!.start, m.title!.end]).toEqual(want.title);
      expect([m.summary!.start, m.summary!.end]).toEqual(want.summary);
      expect(m.body).toHaveLength(want.body);
      expect(m.body[0]!.start).toBeGreaterThan(want.title[1]);
      expect(m.body.at(-1)!.end).toBeLessThan(want.summary[0]);
      expect(m.source).toMatchObject({ repository: 'State Central Archive', settlement: 'Prague', translator: ['Adolf Kotlik'] });
      expect(m.rights.map((r) => r.text.slice(0, 20))).toEqual(['The History and Publ', 'To enquire about thi']);
      expect(m.complete).toBe(true);
      expect(m.id).toMatch(new RegExp(`^memo-${want.when}-memorandum-conversation-`));
      expect(codes(f)).toEqual(['TE115', 'TE115']);
      expectExactOffsets(f);
    });
  }
});

describe('line ends and encodings', () => {
  const seed = readFileSync(join(SEEDS, '000_e5fc993b11dadff5.txt'), 'utf8');
  const texts = (m: MemoRecord) => allBlocks(m).map((b) => `${b.where}:${b.text.replace(/\r\n?/g, '\n')}`);
  const reference = read('seed.txt', Buffer.from(seed)).memo!;

  it.each([
    ['CRLF', '\r\n'],
    ['lone CR', '\r'],
  ])('reads %s line ends like LF', (_, eol) => {
    const f = read('seed.txt', Buffer.from(seed.replace(/\n/g, eol)));
    expect(texts(f.memo!)).toEqual(texts(reference));
    expect(f.memo!.id).toBe(reference.id);
    expectExactOffsets(f);
    expect(f.position(f.memo!.title!.start).line).toBe(5);
  });

  it('strips a UTF-8 BOM', () => {
    const d = decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed)]));
    expect(d).toMatchObject({ encoding: 'utf-8', problems: [] });
    expect(d.text).toBe(seed);
  });

  it.each(['utf-16le', 'utf-16be'] as const)('decodes %s with BOM', (enc) => {
    const le = Buffer.from('\ufeff' + seed, 'utf16le');
    const bytes = enc === 'utf-16le' ? le : Buffer.from(le).swap16();
    const d = decodeText(bytes);
    expect(d.encoding).toBe(enc);
    expect(d.text).toBe(seed);
    expect(read('seed.txt', bytes).memo).toEqual(reference);
  });

  it('decodes UTF-16 LE without BOM by its NUL pattern', () => {
    expect(decodeText(Buffer.from('January 7, 1964\n\nTitle\n', 'utf16le'))).toMatchObject({ encoding: 'utf-16le', text: 'January 7, 1964\n\nTitle\n' });
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8 (TE117)', () => {
    const bytes = Buffer.from('October 2, 1959\n\nConversation with K\xe1roly P\xe1sztor \x93in Pyongyang\x94\n\nBody.\n', 'latin1');
    const f = read('latin1.txt', bytes);
    expect(f.text).toContain('Károly Pásztor “in Pyongyang”');
    expect(f.diagnostics[0]).toMatchObject({ code: 'TE117', severity: 'warning', line: 3, column: 20 });
    expect(f.memo!.title!.text).toBe('Conversation with Károly Pásztor “in Pyongyang”');
  });

  it('reports NUL bytes as binary content (TE118) without throwing', () => {
    const f = read('binary.txt', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x41, 0x0a]));
    expect(codes(f)).toEqual(['TE118']);
    expect(f.diagnostics[0]!.severity).toBe('error');
    expect(f.memo!.body).toEqual([]);
    expect(validateRecord(f.memo)).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['blank lines only', '\n \u00a0\t\r\n\n'],
  ])('reports an %s file (TE101)', (_, text) => {
    const f = read('empty.txt', Buffer.from(text));
    expect(codes(f)).toEqual(['TE101']);
    expect(f.memo!.id).toBe('memo-undated-empty');
    expect(validateRecord(f.memo)).toBe(true);
  });
});

describe('archive page edge cases', () => {
  const page = (text: string) => {
    const f = new EditionFile('page.txt', text);
    readMemo(f);
    return f;
  };

  it('reads a page saved as Markdown: a "#" title, an emphasized credit line, "##" and bold labels', () => {
    const f = page(
      'November 4, 1962\n\n# Record of Conversation with Fidel Castro\n\n*This document was made possible with support from the Leon Levy Foundation.*\n\n' +
        '**Mikoyan:** We withdraw.\n\nSummary of the talk.\n\n## Document Information\n\n**Source**\n\nAVPRF, fond 0104, opis 18. Translated for CWIHP by Anna Kerimova.\n\n' +
        '**Original Archive:** Archive of Foreign Policy of the Russian Federation\n\n**Record ID**\n\n208771\n\n**Original Classification:** Top Secret\n',
    );
    expect(f.memo).toMatchObject({
      title: { text: 'Record of Conversation with Fidel Castro' },
      credit: { text: 'This document was made possible with support from the Leon Levy Foundation.' },
      summary: { text: 'Summary of the talk.' },
      originalArchive: { text: 'Archive of Foreign Policy of the Russian Federation' },
      recordId: '208771',
      classification: 'Top Secret',
    });
    expect(f.memo!.body.map((b) => b.text)).toEqual(['**Mikoyan:** We withdraw.']);
    expect(f.memo!.source).toMatchObject({ translator: ['Anna Kerimova'] });
    expect(f.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('reads title and body when there is no date line (TE102)', () => {
    const f = page('Memorandum on Korea\n\nFirst paragraph.\n\nSummary here.\n\nDocument Information\n\nState Central Archive, Prague.\n');
    expect(f.memo).toMatchObject({ date: null, title: { text: 'Memorandum on Korea' }, summary: { text: 'Summary here.' } });
    expect(f.diagnostics[0]).toMatchObject({ code: 'TE102', line: 1 });
    expect(f.memo!.id).toBe('memo-undated-memorandum-korea');
  });

  it('keeps a date line it cannot normalize (TE109)', () => {
    const f = page('March 32, 1964\n\nTitle\n\nBody.\n\nSummary.\n\nDocument Information\n\nRGANI, fond 5, opis 28, delo 410.\n');
    expect(f.memo!.date).toEqual({ text: 'March 32, 1964', start: 0, end: 14 });
    expect(codes(f)).toEqual(['TE109']);
  });

  it('reads a qualified date line: approximate, doubted, part of a year or month', () => {
    const cases: [string, object][] = [
      ['c. 1955', { when: '1955', cert: 'medium' }],
      ['ca. June 1961', { when: '1961-06', cert: 'medium' }],
      ['March 1961 [?]', { when: '1961-03', cert: 'low' }],
      ['Late 1950', { when: '1950', cert: 'high' }],
      ['Summer 1959', { when: '1959', cert: 'high' }],
      ['early June 1961', { when: '1961-06', cert: 'high' }],
    ];
    for (const [line, want] of cases) {
      const f = page(`${line}\n\nTitle\n\nBody.\n\nSummary.\n\nDocument Information\n\nRGANI, fond 5, opis 28, delo 410.\n`);
      expect(f.memo!.date, line).toMatchObject({ text: line, ...want });
      expect(codes(f), line).toEqual([]);
    }
  });

  it('splits a date line and title that share a block, and "Skip to content" without a blank line', () => {
    const f = page('Skip to content\nJune 3, 1963\nTitle of it\n\nBody.\n\nSummary.\n\nDocument Information\n\nState Central Archive, Prague.');
    expect(f.memo).toMatchObject({ date: { when: '1963-06-03' }, title: { text: 'Title of it' }, body: [{ text: 'Body.' }], summary: { text: 'Summary.' } });
  });

  it('takes a single paragraph before the metadata as body, not summary (TE108)', () => {
    const f = page('June 3, 1963\n\nTitle\n\nOnly paragraph.\n\nDocument Information\n\nState Central Archive, Prague.');
    expect(f.memo).toMatchObject({ body: [{ text: 'Only paragraph.' }], summary: null });
    expect(codes(f)).toEqual(['TE108']);
  });

  it('reports a title-only page: no body (TE104), truncated (TE106)', () => {
    const f = page('June 3, 1963\n\nTitle');
    expect(codes(f).sort()).toEqual(['TE104', 'TE106']);
  });

  it('reports a source statement it only partly understands (TE114), keeping all of it', () => {
    const f = page('June 3, 1963\n\nTitle\n\nBody.\n\nSummary.\n\nDocument Information\n\nState Central Archive, Prague. Published in Sbornik in 1994. Translated by Adolf Kotlik.');
    expect(codes(f)).toEqual(['TE114']);
    expect(f.memo!.source).toMatchObject({ text: 'State Central Archive, Prague. Published in Sbornik in 1994. Translated by Adolf Kotlik.', repository: 'State Central Archive', translator: ['Adolf Kotlik'] });
  });
});

describe('front matter errors', () => {
  const tr = (text: string) => {
    const f = new EditionFile('t.md', text);
    readMemo(f);
    return f;
  };

  it('reports invalid YAML (TE110) at its line and still reads the body', () => {
    const f = tr('---\ntitle: A\ndate: [1964\n---\nBody text.\n');
    expect(f.diagnostics[0]).toMatchObject({ code: 'TE110', severity: 'error' });
    expect(f.diagnostics[0]!.line).toBeGreaterThanOrEqual(3);
    expect(f.memo!.body.map((b) => b.text)).toEqual(['Body text.']);
  });

  it('reports a front matter that is never closed (TE110)', () => {
    expect(codes(tr('---\ntitle: A\n\nBody.\n'))).toContain('TE110');
  });

  it('reports a wrong type (TE111) at the key line and ignores the value', () => {
    const f = tr('---\ntitle: Letter\ndate: 1964-02-26\ntranslator: {name: X}\nsource: State Central Archive, Prague.\nsummary: S.\n---\nBody.\n');
    const d = f.diagnostics.find((x) => x.code === 'TE111')!;
    expect(d).toMatchObject({ line: 4, column: 1 });
    expect(d.message).toContain('translator');
    expect(f.memo!.source!.translator).toBeUndefined();
    expect(f.memo!.date!.when).toBe('1964-02-26');
  });

  it('reports an unknown key (TE112) and keeps it as extra', () => {
    const f = tr('---\ntitle: Letter\ndate: 1964\nsource: RGANI.\nsummary: S.\nautor: Me\n---\nBody.\n');
    expect(f.diagnostics).toMatchObject([{ code: 'TE112', line: 6 }]);
    expect(f.memo!.extra).toEqual({ autor: 'Me' });
    expect(f.memo!.date!.when).toBe('1964');
  });

  it('reads keys in snake case and the source parts written on their own (archive, citation) as the schema\'s keys', () => {
    const f = tr('---\ntitle: Letter\ndate: 1961-08-18\narchive: AVPRF\ncitation: fond 0742, opis 6, delo 4\nrecord_id: "231861"\nobtained_by: A. Smith\nsummary: S.\n---\nBody.\n');
    expect(codes(f)).toEqual([]);
    expect(f.memo!.source).toMatchObject({ repository: 'AVPRF', citationText: 'fond 0742, opis 6, delo 4', obtainedBy: ['A. Smith'] });
    expect(f.memo!.id).toBe('memo-231861');
    const beside = tr('---\ntitle: Letter\ndate: 1961\nsource: RGANI.\narchive: RGANI\nsummary: S.\n---\nB.\n');
    expect(codes(beside)).toEqual([]);
    expect(beside.memo!.originalArchive).toMatchObject({ text: 'RGANI' });
    expect(beside.memo!.extra).toBeUndefined();
  });

  it('uses an explicit id, and rejects an invalid one (TE111)', () => {
    expect(tr('---\nid: memo-kim-letter\ntitle: T\ndate: 1949\nsource: RGANI.\nsummary: S.\n---\nB.\n').memo!.id).toBe('memo-kim-letter');
    const bad = tr('---\nid: "1 bad id"\ntitle: Kim Letter\ndate: 1949\nsource: RGANI.\nsummary: S.\n---\nB.\n');
    expect(codes(bad)).toEqual(['TE111']);
    expect(bad.memo!.id).toBe('memo-1949-kim-letter');
  });

  it('reports the missing date, title and source of a bare transcription', () => {
    expect(codes(tr('---\n---\nJust text.\n')).sort()).toEqual(['TE102', 'TE103', 'TE107', 'TE108']);
  });
});

describe('parseSourceStatement', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['State Central Archive, Prague. Translated by Adolf Kotlik.', { repository: 'State Central Archive', settlement: 'Prague', translator: ['Adolf Kotlik'] }],
    ['State Central Archive in Prague.', { repository: 'State Central Archive', settlement: 'Prague' }],
    [
      'AVPRF, fond 0102, opis 19, papka 97, delo 4, list 169.',
      {
        repository: 'AVPRF',
        collection: 'fond 0102',
        citationText: 'fond 0102, opis 19, papka 97, delo 4, list 169',
        citation: [
          { unit: 'fond', value: '0102' },
          { unit: 'opis', value: '19' },
          { unit: 'papka', value: '97' },
          { unit: 'delo', value: '4' },
          { unit: 'list', value: '169' },
        ],
      },
    ],
    ['Fond 5, Opis 28, Delo 410, List 210', { citation: [{ unit: 'fond', value: '5' }, { unit: 'opis', value: '28' }, { unit: 'delo', value: '410' }, { unit: 'list', value: '210' }] }],
    ['RGANI, f. 5, op. 28, d. 410, ll. 45-47.', { repository: 'RGANI', citationText: 'f. 5, op. 28, d. 410, ll. 45-47', citation: [{ unit: 'fond', value: '5' }, { unit: 'opis', value: '28' }, { unit: 'delo', value: '410' }, { unit: 'list', value: '45-47' }] }],
    ['RGANI, fond 5, opis 28, delo 410, listy 210-215.', { repository: 'RGANI', citation: expect.arrayContaining([{ unit: 'list', value: '210-215' }]) }],
    ['Obtained by James Person and translated by Gary Goldberg.', { obtainedBy: ['James Person'], translator: ['Gary Goldberg'] }],
    ['Obtained and translated for NKIDP by Jae-Hyung Jang.', { obtainedBy: ['Jae-Hyung Jang'], translator: ['Jae-Hyung Jang'], project: 'NKIDP' }],
    ['Contributed by Paweł Machcewicz and translated by Jan Chowaniec.', { obtainedBy: ['Paweł Machcewicz'], translator: ['Jan Chowaniec'] }],
    ['Translated for CWIHP by Gary Goldberg.', { translator: ['Gary Goldberg'], project: 'CWIHP' }],
    // A body named with its article is one name, "and" and all (held-out memo 174).
    ['Obtained by the Russian and Eurasian Studies Project and translated for CWIHP by Svetlana Savranskaya.', { obtainedBy: ['the Russian and Eurasian Studies Project'], translator: ['Svetlana Savranskaya'], project: 'CWIHP' }],
    ['Translated by V. P. Smith and Kathryn Weathersby.', { translator: ['V. P. Smith', 'Kathryn Weathersby'] }],
    ['Archive of the Ministry of Foreign Affairs of the Russian Federation (AVPRF), Moscow', { repository: 'Archive of the Ministry of Foreign Affairs of the Russian Federation (AVPRF)', settlement: 'Moscow' }],
    ['Diplomatic Archives, Ministry of Foreign Affairs, Budapest', { repository: 'Diplomatic Archives, Ministry of Foreign Affairs', settlement: 'Budapest' }],
    ['National Archives of Hungary (MNL OL), XIX-J-1-j Korea, 1964, 11. doboz, 1, 001232/1964.', { repository: 'National Archives of Hungary (MNL OL)', citationText: 'XIX-J-1-j Korea, 1964, 11. doboz, 1, 001232/1964', citation: expect.arrayContaining([{ unit: 'doboz', value: '11' }]) }],
    ['Archive of the Chinese Foreign Ministry, PRC FMA 106-00581-04.', { repository: 'Archive of the Chinese Foreign Ministry', citationText: 'PRC FMA 106-00581-04', citation: [{ unit: 'PRC FMA', value: '106-00581-04' }] }],
    // A US citation, the record group first and the archive after it (held-out memo 50).
    ['RG 59, Central Files 1964-66, POL KOR S-US, National Archives, College Park, MD. Obtained for NKIDP by Daniel Whitcomb.', { repository: 'National Archives', settlement: 'College Park, MD', citationText: 'RG 59, Central Files 1964-66, POL KOR S-US', obtainedBy: ['Daniel Whitcomb'], project: 'NKIDP' }],
  ];
  it.each(cases)('%s', (text, want) => {
    const st = parseSourceStatement(text, 100);
    expect(st).toMatchObject({ text, start: 100, end: 100 + text.length, ...want });
    expect(st.unparsed).toBeUndefined();
  });

  it('keeps what it cannot split in `unparsed`', () => {
    const st = parseSourceStatement('Courtesy of the family. Donated by Mr. Kim in 1990.', 0);
    expect(st.unparsed).toEqual(['Donated by Mr. Kim in 1990']);
  });
});

describe('memoId', () => {
  const t = (text: string): Block => ({ text, start: 0, end: text.length });
  it('uses the record id when there is one', () => {
    expect(memoId({ recordId: '116789', date: null, title: t('X') })).toBe('memo-116789');
    expect(memoId({ recordId: 'AB 12/3', date: null, title: null })).toBe('memo-ab-12-3');
  });
  it('else the date and six significant title words, at most 60 characters', () => {
    const date = { text: '', start: 0, end: 0, when: '1964-02-26' };
    expect(memoId({ recordId: null, date, title: t('Memorandum of a Conversation with the Soviet Ambassador to the DPRK c. V.P. Moskowskyi.') })).toBe(
      'memo-1964-02-26-memorandum-conversation-soviet-ambassador',
    );
    expect(memoId({ recordId: null, date: { ...date, when: '1964-02' }, title: t('Записка о беседе с Ким Ир Сеном') })).toBe('memo-1964-02-zapiska-besede-kim-ir-senom');
    expect(memoId({ recordId: null, date: null, title: t('Über Pásztor’s Visit') })).toBe('memo-undated-uber-pasztors-visit');
    expect(memoId({ recordId: null, date: null, title: null })).toBe('memo-undated-untitled');
  });
  it('always gives an ASCII NCName of at most 60 characters', () => {
    fc.assert(
      fc.property(fc.option(fc.string()), fc.string(), (rid, title) => {
        const id = memoId({ recordId: rid, date: null, title: t(title) });
        expect(id).toMatch(/^memo-[a-z0-9-]*[a-z0-9]$/);
        expect(id.length).toBeLessThanOrEqual(60);
        expect(memoId({ recordId: rid, date: null, title: t(title) })).toBe(id);
      }),
      { numRuns: 300 },
    );
  });
});

describe('properties', () => {
  const memoish = fc.array(
    fc.oneof(
      fc.string(),
      fc.constantFrom('\n', '\r\n', '\r', '\n\n', ' \u00a0\n', '---\n', 'Skip to content', 'February 26, 1964', '1950-1953', 'Document Information', 'Source', 'Record ID', 'Type: Report', 'State Central Archive, Prague. Translated by Adolf Kotlik.', 'The History and Public Policy Program welcomes reuse', '# Heading', 'title: x', 'date: [', '\u0000', '\ufeff', '😀'),
    ),
    { maxLength: 40 },
  );

  it('never throws on arbitrary text; every block slices back to its text', () => {
    fc.assert(
      fc.property(memoish, (parts) => {
        const f = new EditionFile('p.txt', parts.join(''));
        readMemo(f);
        expect(f.memo).toBeDefined();
        expect(f.diagnostics.some((d) => d.code === 'TE113' || d.code === 'TE703')).toBe(false);
        expectExactOffsets(f);
      }),
      { numRuns: 400 },
    );
  });

  it('splitBlocks: offsets slice back, blocks are trimmed, ordered and hold no blank line', () => {
    fc.assert(
      fc.property(memoish, (parts) => {
        const text = parts.join('');
        let last = 0;
        for (const b of splitBlocks(text)) {
          expect(text.slice(b.start, b.end)).toBe(b.text);
          expect(b.text).toBe(b.text.trim());
          expect(b.start).toBeGreaterThanOrEqual(last);
          expect(b.text).not.toMatch(/(\r\n|\r(?!\n)|\n)[^\S\r\n]*(\r\n|\r|\n)/);
          last = b.end;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('decodeText never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const d = decodeText(bytes);
        expect(typeof d.text).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
});
