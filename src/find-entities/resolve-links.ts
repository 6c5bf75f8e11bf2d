import type { EditionFile } from '../edition-file.ts';
import type { RegisterEntry } from './register/index.ts';
import type { RegisterIndex } from './register-index.ts';
import { type BlockScan, type Candidate, coveredTokens } from './candidate.ts';
import { afterFemaleTitle, capsAgree, isWoman } from './match-register.ts';
import { normalizeName } from './normalize.ts';
import { isInitials } from './tokenize.ts';
import { CHINESE_SURNAMES, KOREAN_SURNAMES, NAME_CUES, VIETNAMESE_SURNAMES } from './word-lists.ts';
import type { Token } from './tokenize.ts';

/**
 * A form shared by several register entries ("Castro", "Kim Il") resolves to the entry this memo
 * means: one that is also mentioned unambiguously in the memo, else one holding an office at the
 * memo's date, else the first listed (with a warning).
 */
export function resolveAmbiguity(scans: BlockScan[], index: RegisterIndex, memoDate: string | undefined, file: EditionFile): void {
  const confirmed = new Set<string>();
  for (const s of scans) for (const c of s.candidates) if (c.entryIds.length === 1) confirmed.add(c.entryIds[0]!);
  for (const s of scans) {
    for (const c of s.candidates) {
      if (c.entryIds.length < 2) continue;
      const entries = c.entryIds.map((id) => index.byId.get(id)).filter((e): e is RegisterEntry => !!e);
      const prevTok = s.tokens[c.first - 1]?.text.toLowerCase().replace(/\.$/, '');
      const cuedPerson = !!prevTok && NAME_CUES.has(prevTok);
      let pool = entries;
      const types = new Set(pool.map((e) => e.type));
      if (types.size > 1) {
        const want = cuedPerson ? 'person' : types.has('place') ? 'place' : 'org';
        pool = pool.filter((e) => e.type === want);
      }
      const inMemo = pool.filter((e) => confirmed.has(e.id));
      const inOffice = pool.filter((e) => heldOfficeAt(e, memoDate));
      const chosen = inMemo.length === 1 ? inMemo[0]! : inOffice.length === 1 ? inOffice[0]! : (inMemo[0] ?? pool[0]!);
      if (inMemo.length !== 1 && inOffice.length !== 1 && pool.length > 1) {
        file.report('TE204', c.start, {
          message: `"${s.text.slice(c.start - s.start, c.end - s.start)}" may be ${pool.map((e) => e.name).join(' or ')}; linked to ${chosen.name}`,
        });
        c.cert = 'medium';
      }
      c.entryIds = [chosen.id];
      c.type = chosen.type;
    }
  }
}

function heldOfficeAt(e: RegisterEntry, date: string | undefined): boolean {
  if (!date || !e.offices?.length) return false;
  return e.offices.some((o) => (!o.from || o.from <= date) && (!o.to || date.slice(0, (o.to ?? '').length) <= o.to));
}

/**
 * A name found once by rule ("the Cuban Ambassador … Bigoa") is the same name wherever else it
 * appears in the memo; a western or Russian name found in full ("V.I. Ivanov") is also found by its
 * surname alone. Korean and Chinese family names alone are never propagated (too many people share them).
 */
export function propagateNames(scans: BlockScan[]): void {
  const lexicon: { keys: string[]; raw: string[]; from: Candidate }[] = [];
  for (const s of scans) {
    for (const c of s.candidates) {
      if ((c.source !== 'rule' && c.source !== 'bracket') || c.type !== 'person') continue;
      const toks = s.tokens.slice(c.first, c.last + 1).filter((t) => !t.text.startsWith('['));
      const words = toks.map((t) => t.text);
      lexicon.push({ keys: words.map(normalizeName), raw: words, from: c });
      const lastWord = words[words.length - 1]!;
      const firstWord = words[0]!;
      const eastAsian = KOREAN_SURNAMES.has(firstWord.toLowerCase()) || CHINESE_SURNAMES.has(firstWord.toLowerCase());
      if (words.length > 1 && !eastAsian && !isInitials(lastWord) && lastWord.length > 2) lexicon.push({ keys: [normalizeName(lastWord)], raw: [lastWord], from: c });
      if (words.length > 1 && isInitials(lastWord) && !isInitials(firstWord)) lexicon.push({ keys: [normalizeName(firstWord)], raw: [firstWord], from: c });
    }
  }
  if (!lexicon.length) return;
  lexicon.sort((a, b) => b.keys.length - a.keys.length);
  // "Lazarev" found alone (before or after "S.P. Lazarev") is the same proposed person.
  for (const s of scans) {
    for (const c of s.candidates) {
      if (c.source !== 'rule' || c.type !== 'person' || c.entryIds.length || c.first !== c.last) continue;
      const key = normalizeName(s.tokens[c.first]!.text);
      const fuller = lexicon.find((l) => l.keys.length === 1 && l.keys[0] === key && l.from !== c && l.from.last > l.from.first);
      if (fuller) c.proposeAs = fuller.from.proposeAs;
    }
  }
  // Indexed by first key (longest first, as sorted) and without repeats of the same written form:
  // a plain scan of the lexicon for every token made long memos quadratic.
  const byFirst = new Map<string, typeof lexicon>();
  const seen = new Set<string>();
  for (const l of lexicon) {
    const id = `${l.keys.join('\u0000')}\u0001${l.raw.join('\u0000')}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const list = byFirst.get(l.keys[0]!) ?? [];
    list.push(l);
    byFirst.set(l.keys[0]!, list);
  }
  for (const s of scans) {
    if (s.role === 'credit') continue;
    const covered = coveredTokens(s);
    const keys = s.tokens.map((t) => t.word.key);
    const added: Candidate[] = [];
    for (let i = 0; i < s.tokens.length; i++) {
      if (covered[i]) continue;
      const hit = byFirst.get(keys[i]!)?.find(
        (l) => l.keys.every((k, j) => keys[i + j] === k && !covered[i + j] && capsAgree(l.raw[j]!, s.tokens[i + j]!.text)),
      );
      if (!hit) continue;
      const last = i + hit.keys.length - 1;
      added.push({
        start: s.tokens[i]!.start,
        end: s.tokens[last]!.end,
        first: i,
        last,
        type: hit.from.type,
        entryIds: [...hit.from.entryIds],
        proposeAs: hit.from.proposeAs,
        surnameOnly: hit.keys.length === 1,
        cert: hit.from.cert,
        source: 'propagated',
      });
      i = last;
    }
    if (added.length) s.candidates = [...s.candidates, ...added].sort((a, b) => a.start - b.start);
  }
}

/**
 * A surname found by rule ("Premier Zhou", "Comrade Kim") is the register person of that surname
 * named in full in the same memo, or failing that the only register person with that surname.
 */
export function linkSurnames(scans: BlockScan[], index: RegisterIndex): void {
  const confirmed = new Set<string>();
  for (const s of scans) for (const c of s.candidates) if (c.source === 'register' && c.entryIds.length === 1) confirmed.add(c.entryIds[0]!);
  const inTitle = new Set<string>();
  for (const s of scans) if (s.role === 'title') for (const c of s.candidates) if (c.entryIds.length === 1) inTitle.add(c.entryIds[0]!);
  // Full names the register lacks, by family name ("Ri Jae-pil" → "ri"): a "c. Ri" may be one of them.
  const unlisted = new Map<string, Map<string, { surface: string; inTitle: boolean }>>();
  for (const s of scans) {
    for (const c of s.candidates) {
      if (c.source !== 'rule' || c.type !== 'person' || c.last === c.first) continue;
      const first = normalizeName(s.tokens[c.first]!.text);
      if (!sharedFamilyName(first)) continue;
      const surface = c.proposeAs ?? s.text.slice(c.start - s.start, c.end - s.start);
      const byName = unlisted.get(first) ?? new Map<string, { surface: string; inTitle: boolean }>();
      const had = byName.get(normalizeName(surface));
      byName.set(normalizeName(surface), { surface, inTitle: !!had?.inTitle || s.role === 'title' });
      unlisted.set(first, byName);
    }
  }
  for (const s of scans) {
    for (const c of s.candidates) {
      if (c.source !== 'rule' || c.type !== 'person' || c.entryIds.length) continue;
      // A surname alone, or with initials before or after it ("V.V. Kuznetsov", "Kuznetsov V.V."):
      // then only the persons whose forename and patronymic have those initials.
      const toks = s.tokens.slice(c.first, c.last + 1).map((t) => t.text);
      const initials = toks.length === 2 ? toks.find((t) => isInitials(t)) : undefined;
      if (toks.length !== 1 && !initials) continue;
      const surname = toks.find((t) => t !== initials)!;
      const key = normalizeName(surname);
      const woman = afterFemaleTitle(s.tokens, c.first);
      const people = index.bySurname(key).filter((e) => (!initials || initialsAgree(e, initials)) && (!woman || isWoman(e)));
      const inMemo = people.filter((e) => confirmed.has(e.id));
      // Millions share a Korean, Chinese or Vietnamese family name: alone, it is the register's
      // only person of that name only when the title before it is one of that person's offices
      // ("Premier Zhou" is Zhou Enlai; "Comrade Hwang", an interpreter, is not Hwang Jang-yop).
      const candidates = sharedFamilyName(key) ? people.filter((e) => officeFits(e, titleBefore(s.tokens, c.first))) : people;
      // A family name alone among the people the memo names in full, some of them not in the
      // register ("Ri Jae-pil" … "c. Ri"): the only one, else the one in the title (the memo's
      // interlocutor), else nobody.
      const others = sharedFamilyName(key) && !initials ? [...(unlisted.get(key)?.values() ?? [])] : [];
      if (others.length) {
        const all = [...others.map((o) => ({ surface: o.surface, id: undefined, inTitle: o.inTitle })), ...inMemo.map((e) => ({ surface: undefined, id: e.id, inTitle: inTitle.has(e.id) }))];
        const titled = all.filter((a) => a.inTitle);
        const pick = all.length === 1 ? all[0] : titled.length === 1 ? titled[0] : undefined;
        if (pick?.id) c.entryIds = [pick.id];
        else if (pick) c.proposeAs = pick.surface;
        continue;
      }
      const chosen = inMemo.length === 1 ? inMemo[0] : candidates.length === 1 ? candidates[0] : undefined;
      if (chosen) c.entryIds = [chosen.id];
    }
  }
}

/** Do the initials ("V.V.", "A.Ya.", "V.") begin the person's forename and then patronymic (or second forename)? */
function initialsAgree(e: RegisterEntry, initials: string): boolean {
  const letters = initials.split('.').map((x) => x.trim()).filter(Boolean);
  const names = [...(e.forenames ?? []), ...(e.patronymic ? [e.patronymic] : [])].map((n) => normalizeName(n));
  if (!names.length || letters.length > names.length) return false;
  // "V.V." for Vasily Vasilyevich: the first forename, then the patronymic (or the next forename).
  const order = e.patronymic && letters.length === 2 ? [names[0]!, names[names.length - 1]!] : names;
  return letters.every((l, i) => order[i]?.startsWith(normalizeName(l)));
}

function sharedFamilyName(key: string): boolean {
  return KOREAN_SURNAMES.has(key) || CHINESE_SURNAMES.has(key) || VIETNAMESE_SURNAMES.has(key);
}

/** The title words right before a name ("Vice Premier", "Deputy Foreign Minister"), lower case, honorifics left out. */
function titleBefore(tokens: Token[], first: number): string[] {
  const words: string[] = [];
  for (let k = first - 1; k >= 0 && first - k <= 4; k--) {
    const w = tokens[k]!.text.toLowerCase().replace(/\.$/, '');
    if (!/^[ \u00a0]$/.test(tokens[k + 1]!.before)) break;
    if (!NAME_CUES.has(w) && !/^(foreign|defence|defense|state|party|prime|first|general)$/.test(w)) break;
    words.push(w);
  }
  return words.filter((w) => !HONORIFICS.has(w));
}

const HONORIFICS = new Set(['c', 'cde', 'comrade', 'comrades', 'tov', 'tovarishch', 'mr', 'mrs', 'miss', 'ms', 'mister', 'dr', 'herr', 'frau', 'sir', 'madame', 'mme']);

/** Does a title name one of the person's offices ("Premier" in "Premier of the People's Republic of China")? */
function officeFits(e: RegisterEntry, title: string[]): boolean {
  const head = title[0]; // the word right before the name: "minister" in "Deputy Foreign Minister"
  if (!head) return false;
  return (e.offices ?? []).some((o) => o.label.toLowerCase().split(/[^\p{L}-]+/u).includes(head));
}
