import type { SourceStatement } from './memo-record.ts';
import { splitSentences, splitTopLevel } from './sentences.ts';

/**
 * Splits an archive page's source statement ("State Central Archive, Prague. Translated by Adolf
 * Kotlik.") into the parts TEI puts in msIdentifier (TEI P5 §10.4: settlement, repository,
 * collection, idno) and in the titleStmt's respStmt (translator, obtained by). The statement itself
 * is always kept whole in `text`; what cannot be split lands in `unparsed` (TE114), never lost.
 */

/** Cities that hold the archives this kind of edition draws on (matched as a whole segment). */
const CITIES = [
  'Prague', 'Moscow', 'Beijing', 'Peking', 'Budapest', 'Berlin', 'East Berlin', 'Warsaw', 'Sofia',
  'Bucharest', 'Tirana', 'Tirane', 'Belgrade', 'Hanoi', 'Pyongyang', 'Seoul', 'Tokyo', 'Washington',
  'Washington DC', 'London', 'Paris', 'Bonn', 'Koblenz', 'Ulaanbaatar', 'Ulan Bator', 'Havana', 'Rome',
  'Bratislava', 'Kyiv', 'Kiev', 'Vilnius', 'Riga', 'Tallinn', 'Minsk', 'Tbilisi', 'Nanjing', 'Shanghai',
  'Taipei', 'New Delhi', 'Vienna', 'Bern', 'Geneva', 'Stockholm', 'Helsinki', 'Brussels', 'The Hague',
  'Ottawa', 'Canberra', 'College Park', 'Kew', 'Ljubljana', 'Zagreb', 'Skopje', 'Jakarta', 'Cairo',
];
const CITY_SET = new Map(CITIES.map((c) => [c.toLowerCase(), c]));

/** Archival units (Russian and Central European finding aids, English equivalents) → a unit name. */
const UNITS: Record<string, string> = {
  fond: 'fond', fonds: 'fond', f: 'fond', opis: 'opis', op: 'opis', delo: 'delo', d: 'delo',
  papka: 'papka', list: 'list', listy: 'list', l: 'list', ll: 'list', box: 'box', folder: 'folder',
  file: 'file', dossier: 'dossier', doboz: 'doboz', karton: 'karton', kart: 'karton', sv: 'svazek',
  svazek: 'svazek', teczka: 'teczka', sygn: 'sygnatura', reel: 'reel', page: 'page', pages: 'page',
  pp: 'page', vol: 'volume', volume: 'volume', no: 'number', nr: 'number', inv: 'inventory',
  p: 'page', tétel: 'tétel',
};
// A unit's number may carry a letter prefix, as Soviet and Baltic party archives number their fonds ("fond PA-101", "f. R-9401").
const UNIT_FIRST = /^(fonds?|f|opis|op|delo|d|papka|listy|list|ll|l|box|folder|file|dossier|doboz|karton|kart|svazek|sv|teczka|sygn|reel|pages?|pp|vol(?:ume)?|no|nr|inv|p)\b\.?\s*(\d[\w/.–-]*|\p{Lu}{1,3}-?\d[\w/.–-]*)/iu;
const NUMBER_FIRST = /^(\d+)\.?\s+(doboz|tétel|karton|box|folder|file)\b/i;
const CREDIT_START = /\b(Obtained|Translated|Translation|Transcribed|Donated|Provided|Contributed)\b/i;
const COLLECTION_WORDS = /^(collection|papers|records|fonds?)\b|\b(collection|papers|records)$/i;

export function parseSourceStatement(text: string, start: number): SourceStatement {
  const st: SourceStatement = { text, start, end: start + text.length };
  const flat = text
    .replace(/\s+/g, ' ')
    .replace(/\bWashington,? D\.? ?C\.?(?=[\s,;]|$)/g, 'Washington DC')
    .trim();
  const credit = CREDIT_START.exec(flat);
  const archivePart = trimPunct(credit ? flat.slice(0, credit.index) : flat);
  const creditPart = credit ? flat.slice(credit.index) : '';
  const unparsed: string[] = [];
  if (archivePart) parseArchive(archivePart, st, unparsed);
  if (creditPart) parseCredits(creditPart, st, unparsed);
  if (unparsed.length) st.unparsed = unparsed;
  return ordered(st);
}

/** Fixed key order, so records and goldens read the same way every time. */
function ordered(st: SourceStatement): SourceStatement {
  const keys = ['text', 'start', 'end', 'repository', 'settlement', 'collection', 'citation', 'citationText', 'translator', 'obtainedBy', 'project', 'unparsed'] as const;
  const out: Record<string, unknown> = {};
  for (const k of keys) if (st[k] !== undefined) out[k] = st[k];
  return out as unknown as SourceStatement;
}

/** The name of an archive or library (a segment without digits). */
const ARCHIVE_NAME = /\b(?:Archives?|Library|Archiv\w*|Arhiv\w*|Bundesarchiv)\b/;

function parseArchive(part: string, st: SourceStatement, unparsed: string[]): void {
  const repo: string[] = [];
  const cite: string[] = [];
  let sentenceNo = 0;
  for (const sentence of splitSentences(part)) {
    // US citations put the record group first: "RG 59, Central Files 1964-66, POL KOR S-US,
    // National Archives, College Park, MD". The archive ends the citation, its place follows.
    let afterArchive = false;
    for (const raw of splitTopLevel(trimPunct(sentence), ',')) {
      const seg = trimPunct(raw);
      if (!seg) continue;
      const city = CITY_SET.get(seg.toLowerCase());
      if (city && !st.settlement) {
        st.settlement = city;
        continue;
      }
      if (cite.length > 0 && repo.length === 0 && !/\d/.test(seg) && ARCHIVE_NAME.test(seg)) {
        repo.push(seg);
        afterArchive = true;
        continue;
      }
      if (afterArchive && !/\d/.test(seg)) {
        if (!st.settlement) st.settlement = seg;
        else if (/^[A-Z]{2}$/.test(seg)) st.settlement += `, ${seg}`;
        else unparsed.push(seg);
        continue;
      }
      // In the first sentence any number starts the citation; later sentences must look like one.
      const citeLike = UNIT_FIRST.test(seg) || NUMBER_FIRST.test(seg) || (/\d/.test(seg) && (sentenceNo === 0 || seg.split(' ').length <= 3));
      if ((cite.length > 0 && (sentenceNo === 0 || citeLike)) || citeLike) {
        cite.push(seg);
        continue;
      }
      const inCity = /^(.*\S)\s+in\s+(.+)$/.exec(seg);
      if (inCity && CITY_SET.has(inCity[2]!.toLowerCase()) && !st.settlement) {
        st.settlement = CITY_SET.get(inCity[2]!.toLowerCase());
        repo.push(inCity[1]!);
      } else if (sentenceNo > 0 && repo.length > 0 && !COLLECTION_WORDS.test(seg)) {
        // A later sentence that is neither a place, a citation nor a collection: not ours to guess.
        unparsed.push(seg);
      } else if (repo.length > 0 && COLLECTION_WORDS.test(seg) && !st.collection) {
        st.collection = seg;
      } else {
        repo.push(seg);
      }
    }
    sentenceNo++;
  }
  if (repo.length) st.repository = repo.join(', ');
  if (cite.length) {
    st.citationText = cite.join(', ');
    const parts = cite.flatMap(citationParts);
    // "p." is papka in a Russian citation (fond/opis/papka/delo) but a page anywhere else.
    if (parts.some((c) => c.unit === 'fond' || c.unit === 'opis')) {
      for (const c of parts) if (c.unit === 'page' && /^p\b/i.test(c.raw)) c.unit = 'papka';
    }
    st.citation = parts.map(({ unit, value }) => ({ unit, value }));
    const fond = st.citation.find((c) => c.unit === 'fond');
    if (!st.collection && fond) st.collection = `fond ${fond.value}`;
    else if (!st.collection && st.citation[0]?.unit === 'item' && st.citation.length > 1) st.collection = st.citation[0].value;
  }
}

function citationParts(seg: string): { unit: string; value: string; raw: string }[] {
  const out: { unit: string; value: string; raw: string }[] = [];
  let rest = seg;
  let m: RegExpExecArray | null;
  while ((m = UNIT_FIRST.exec(rest))) {
    out.push({ unit: UNITS[m[1]!.toLowerCase()] ?? m[1]!.toLowerCase(), value: trimPunct(m[2]!), raw: m[0] });
    rest = rest.slice(m[0].length).replace(/^[\s,;]+/, '');
  }
  if (!rest) return out;
  if ((m = NUMBER_FIRST.exec(rest)) && m[0].length === rest.length) {
    out.push({ unit: UNITS[m[2]!.toLowerCase()] ?? m[2]!.toLowerCase(), value: m[1]!, raw: m[0] });
  } else if (/^(1[89]|20)\d\d$/.test(rest)) {
    out.push({ unit: 'year', value: rest, raw: rest });
  } else if ((m = /^([A-Za-z][A-Za-z .-]*?[A-Za-z])\s+(\d[\w/.–-]*)$/.exec(rest)) && !/\s[a-z]/.test(m[1]!)) {
    // "PRC FMA 106-00581-04", "DY 30/3603": an archive's own prefix before the number.
    out.push({ unit: m[1]!, value: m[2]!, raw: rest });
  } else {
    out.push({ unit: 'item', value: rest, raw: rest });
  }
  return out;
}

const NAMES_SPLIT = /\s*(?:,\s*and\s+|,\s*|\s+and\s+|\s*&\s*)/;

function names(s: string): string[] {
  // A body named with its article is one name, "and" and all ("the Russian and Eurasian Studies Project").
  if (/^the\s/i.test(s.trim())) return [trimPunct(s)].filter((n) => n.length > 0);
  return s
    .split(NAMES_SPLIT)
    .map((n) => trimPunct(n))
    .filter((n) => n.length > 0);
}

function addTo(list: string[] | undefined, more: string[]): string[] {
  const out = [...(list ?? [])];
  for (const n of more) if (!out.includes(n)) out.push(n);
  return out;
}

/** Credit sentences: who obtained the copy, who translated it, and for which project. */
function parseCredits(part: string, st: SourceStatement, unparsed: string[]): void {
  for (const raw of splitSentences(part)) {
    const s = trimPunct(raw);
    if (!s) continue;
    let m: RegExpExecArray | null;
    const project = (...ps: (string | undefined)[]) => {
      const p = ps.find((x) => x);
      if (p && !st.project) st.project = trimPunct(p);
    };
    // "Contributed by" names the person who obtained the copy as "Obtained by" does.
    if ((m = /^(?:Obtained|Contributed) and translated (?:for (.+?) )?by (.+?)(?: for (.+))?$/i.exec(s))) {
      st.obtainedBy = addTo(st.obtainedBy, names(m[2]!));
      st.translator = addTo(st.translator, names(m[2]!));
      project(m[1], m[3]);
    } else if ((m = /^(?:Obtained|Contributed) (?:for (.+?) )?by (.+?)(?: for (.+?))?(?:,? and translated (?:for (.+?) )?by (.+?)(?: for (.+))?)?$/i.exec(s))) {
      st.obtainedBy = addTo(st.obtainedBy, names(m[2]!));
      if (m[5]) st.translator = addTo(st.translator, names(m[5]));
      project(m[1], m[3], m[4], m[6]);
    } else if ((m = /^(?:Translated|Translation|Transcribed and translated) (?:for (.+?) )?by (.+?)(?: for (.+))?$/i.exec(s))) {
      st.translator = addTo(st.translator, names(m[2]!));
      project(m[1], m[3]);
    } else {
      unparsed.push(s);
    }
  }
}

function trimPunct(s: string): string {
  return s.replace(/^[\s,;:.]+/, '').replace(/[\s,;:.]+$/, '');
}
