import type { EditionFile } from '../edition-file.ts';
import type { RegisterEntry } from './register/index.ts';
import type { RegisterIndex } from './register-index.ts';
import { type BlockScan, type Candidate, coveredTokens } from './candidate.ts';
import { afterFemaleTitle, capsAgree, isWoman } from './match-register.ts';
import { latinOfCyrillic, latinStarts, normalizeName } from './normalize.ts';
import { SPACE, isAllCaps, isInitials } from './tokenize.ts';
import { isParticle, mayBeForename } from './name-rules.ts';
import { ARABIC_ARTICLES, CHINESE_SURNAMES, FORENAMES, KOREAN_SURNAMES, NAME_CUES, SHARED_NAMES, VIETNAMESE_SURNAMES } from './word-lists.ts';
import { familyNameAlone, familyNamesOf, sharedFamilyName } from './family-names.ts';
import { otherBearer, surnameNotTown } from './register-surnames.ts';
import { initialsFit, linkInitialsToForenames } from './initials-names.ts';

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
      // One of them named in full elsewhere in the memo ("People's Revolutionary Army … the PRA") is
      // the one meant, whatever its type.
      const namedHere = entries.filter((e) => confirmed.has(e.id));
      if (types.size > 1 && namedHere.length === 1 && !cuedPerson) pool = namedHere;
      else if (types.size > 1) {
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

/** Did the person hold one of their register offices at the date? */
export function heldOfficeAt(e: RegisterEntry, date: string | undefined): boolean {
  if (!date || !e.offices?.length) return false;
  return e.offices.some((o) => (!o.from || o.from <= date) && (!o.to || date.slice(0, (o.to ?? '').length) <= o.to));
}

/**
 * A name found once by rule ("the Cuban Ambassador … Bigoa") is the same name wherever else it
 * appears in the memo; a western or Russian name found in full ("V.I. Ivanov") is also found by its
 * surname alone. Korean and Chinese family names alone are never propagated (too many people share them).
 */
export function propagateNames(scans: BlockScan[], index: RegisterIndex, memoDate?: string): void {
  linkInitialsToForenames(scans);
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
      if (words.length > 1 && !eastAsian && !isInitials(lastWord) && lastWord.length > 2 && !SHARED_NAMES.has(normalizeName(lastWord))) lexicon.push({ keys: [normalizeName(lastWord)], raw: [lastWord], from: c });
      if (words.length > 1 && isInitials(lastWord) && !isInitials(firstWord)) lexicon.push({ keys: [normalizeName(firstWord)], raw: [firstWord], from: c });
      // A Spanish name of two surnames ("José María Velasco Ibarra", "Fidel Sánchez Hernández") is
      // named by both ("Velasco Ibarra said") or by the first ("Velasco"), as well as the last.
      const given = words.findIndex((w) => !FORENAMES.has(w));
      if (!eastAsian && given > 0 && words.length - given === 2 && !isParticle(words[given]!) && !/^(?:ould|ben|bin|ibn|bint|abu|abd)$/i.test(words[given]!) && !SHARED_NAMES.has(normalizeName(words[given]!))) {
        lexicon.push({ keys: words.slice(given).map(normalizeName), raw: words.slice(given), from: c });
        if (words[given]!.length > 2) lexicon.push({ keys: [normalizeName(words[given]!)], raw: [words[given]!], from: c });
      }
      // A surname with its particle ("U. La Malfa" … "La Malfa said") is named with the particle.
      const particle = words.findIndex((w, k) => k > 0 && k < words.length - 1 && isParticle(w));
      if (particle > 0 && !eastAsian) lexicon.push({ keys: words.slice(particle).map(normalizeName), raw: words.slice(particle), from: c });
    }
    // A Vietnamese is named by the last word of the name ("Nguyen Duy Trinh" … "Trinh said"), also
    // one the register knows: in this memo, that word alone is this person.
    for (const c of s.candidates) {
      if (c.source !== 'register' || c.type !== 'person' || c.entryIds.length !== 1 || c.last - c.first < 2) continue;
      const words = s.tokens.slice(c.first, c.last + 1).map((t) => t.text);
      const lastWord = words[words.length - 1]!;
      if (!VIETNAMESE_SURNAMES.has(normalizeName(words[0]!)) || lastWord.length < 3 || isInitials(lastWord)) continue;
      lexicon.push({ keys: [normalizeName(lastWord)], raw: [lastWord], from: c });
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
      if (fuller?.from.entryIds.length) c.entryIds = [...fuller.from.entryIds];
      else if (fuller) c.proposeAs = fuller.from.proposeAs;
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
  // A town of the surname's name is the person, in a memo that never writes it as a town ("H. Banda" … "Banda said").
  const personNotTown = surnameNotTown(scans, index, new Set(lexicon.filter((l) => l.keys.length === 1 && l.from.last > l.from.first).map((l) => l.keys[0]!)));
  // A register person found by the surname alone ("Velasco", the register's Velasco Alvarado) is the
  // memo's own person of that surname where the memo names that one in full ("José María Velasco
  // Ibarra") and never the register's.
  const namedInFull = new Set<string>();
  for (const s of scans) for (const c of s.candidates) if (c.type === 'person' && c.entryIds.length === 1 && c.last > c.first) namedInFull.add(c.entryIds[0]!);
  const fullSurnames = new Set(lexicon.filter((l) => l.keys.length === 1 && l.from.last > l.from.first && l.from.source === 'rule').map((l) => l.keys[0]!));
  // (Not where the memo's full name has a forename of the register person's: "Mohammed Ahmed Sadiq" is the register's Sadek.)
  const fullNames = lexicon.filter((l) => l.keys.length > 1 && l.from.source === 'rule');
  const registerSurnameYields = (c: Candidate | undefined, i: number, s: BlockScan) => {
    const key = s.tokens[i]!.word.key;
    if (!otherBearer(c, i, index, namedInFull, memoDate) || !fullSurnames.has(key)) return false;
    const forenames = new Set((index.byId.get(c!.entryIds[0]!)?.forenames ?? []).flatMap((f) => normalizeName(f).split(' ')));
    return !fullNames.some((l) => l.keys.includes(key) && l.keys.some((k) => forenames.has(k)));
  };
  for (const s of scans) {
    if (s.role === 'credit') continue;
    const covered = coveredTokens(s);
    const keys = s.tokens.map((t) => t.word.key);
    const added: Candidate[] = [];
    const displaced = new Set<Candidate>();
    // Displaced first, so that a name of two surnames reads through a town of its second ("Velasco Ibarra").
    for (let i = 0; i < s.tokens.length; i++) {
      if (personNotTown(covered[i], i, s) || registerSurnameYields(covered[i], i, s)) {
        displaced.add(covered[i]!);
        covered[i] = undefined;
      }
    }
    // A later word of the name may be a register place of one word the memo also names ("Velasco
    // Ibarra" and the town of Ibarra): the whole name is the person. So may its first word be a
    // register person's surname alone ("Velasco Ibarra", not the register's Velasco).
    const single = (k: number, type: string) => covered[k]!.type === type && covered[k]!.source === 'register' && covered[k]!.first === k && covered[k]!.last === k;
    for (let i = 0; i < s.tokens.length; i++) {
      if (covered[i] && !single(i, 'person')) continue;
      const open = (k: number, j: number, n: number) => !covered[k] || (j > 0 && single(k, 'place')) || (j === 0 && n > 1 && single(k, 'person'));
      const hit = byFirst.get(keys[i]!)?.find(
        (l) => l.keys.every((k, j) => keys[i + j] === k && open(i + j, j, l.keys.length) && capsAgree(l.raw[j]!, s.tokens[i + j]!.text)),
      );
      if (!hit) continue;
      for (let j = 0; j < hit.keys.length; j++) if (covered[i + j]) displaced.add(covered[i + j]!);
      const last = i + hit.keys.length - 1;
      // "Kojo Botsio" where the rules found "Botsio said": the name-like word before the surname is the person's forename.
      const p = s.tokens[i - 1];
      const forename = hit.keys.length === 1 && hit.from.source !== 'register' && !!p && !covered[i - 1] && !added.some((a) => a.last === i - 1) && SPACE.test(s.tokens[i]!.before) && mayBeForename(p) && !isAllCaps(p.text);
      if (forename) i--;
      // The Arabic article joined to the surname goes with it ("al-Bitar" after "Salah al-Din al-Bitar").
      else if (hit.keys.length === 1 && s.tokens[i]!.before === '-' && ARABIC_ARTICLES.has(s.tokens[i - 1]?.text.toLowerCase() ?? '') && !covered[i - 1] && !added.some((a) => a.last === i - 1)) i--;
      // Initials of the person's forenames go on the name ("S. K. Doe" after "Samuel Kanyon Doe").
      else if (hit.keys.length === 1 && p && isInitials(p.text) && SPACE.test(s.tokens[i]!.before) && !covered[i - 1] && !added.some((a) => a.last === i - 1) && initialsFit(p.text, hit.from.proposeAs ?? '', hit.keys[0]!)) i--;
      // Initials of the person found ("Ortega Saavedra D.") that the forename does not begin
      // ("Umberto Ortega"), or forenames of theirs it is none of ("Ovide Duvalier" after
      // "Jean-Claude Duvalier"): another person.
      const words = (hit.from.proposeAs ?? '').split(/\s+/);
      const initials = words.filter(isInitials);
      const forenames = words.filter((w) => !isInitials(w) && !hit.keys.includes(normalizeName(w))).flatMap((w) => w.split(/[-‐]/)).map(normalizeName);
      const other = forename && ((initials.length > 0 && !initials.some((x) => x[0] === p!.text[0])) || (forenames.length > 0 && !forenames.includes(normalizeName(p!.text))));
      added.push({
        start: s.tokens[i]!.start,
        end: s.tokens[last]!.end,
        first: i,
        last,
        type: hit.from.type,
        entryIds: other ? [] : [...hit.from.entryIds],
        proposeAs: other ? `${p!.text} ${s.tokens[last]!.text}` : hit.from.proposeAs,
        surnameOnly: hit.keys.length === 1 && !forename,
        cert: hit.from.cert,
        source: 'propagated',
      });
      i = last;
    }
    if (added.length || displaced.size) s.candidates = [...s.candidates.filter((c) => !displaced.has(c) || !added.some((a) => a.first <= c.first && a.last >= c.last)), ...added].sort((a, b) => a.start - b.start);
  }
}

/**
 * A surname found by rule ("Comrade Kuznetsov") is the register person of that surname named in
 * full in the same memo, or failing that the only register person with that surname. A Korean,
 * Chinese or Vietnamese family name alone follows stricter rules (family-names.ts).
 */
export function linkSurnames(scans: BlockScan[], index: RegisterIndex): void {
  const confirmed = new Set<string>();
  for (const s of scans) for (const c of s.candidates) if (c.source === 'register' && c.entryIds.length === 1) confirmed.add(c.entryIds[0]!);
  const names = familyNamesOf(scans);
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
      // A Russian original names a person the register knows only in Latin letters ("ПЕРВУХИНА
      // М.Г."): the transliterated stem begins the register's surname.
      const latin = latinOfCyrillic(key);
      const exact = index.bySurname(latin ?? key);
      // Another transliteration of a register surname ("Kossygin", "Staljin"), when no register
      // surname is written so: only a longer word, whose respelling is unlikely to be another name.
      const candidates = exact.length ? exact : latin ? index.closeSurnames(latin) : key.length >= 5 ? index.bySurnameSkeleton(key) : [];
      const people = candidates.filter((e) => (!initials || initialsAgree(e, initials)) && (!woman || isWoman(e)));
      const inMemo = people.filter((e) => confirmed.has(e.id));
      if (sharedFamilyName(key)) {
        const meant = familyNameAlone(key, s.tokens, c.first, people, inMemo, names, !!initials);
        if (meant?.id) c.entryIds = [meant.id];
        else if (meant?.surface) c.proposeAs = meant.surface;
        continue;
      }
      const chosen = inMemo.length === 1 ? inMemo[0] : people.length === 1 ? people[0] : undefined;
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
  // A Cyrillic initial agrees with its transliterations ("М." with Mikhail, "В." with Walter).
  return letters.every((l, i) => (/[а-яё]/i.test(l) ? latinStarts(l[0]!).some((x) => order[i]?.startsWith(x)) : order[i]?.startsWith(normalizeName(l))));
}

/**
 * A person's other name in parentheses right after the name ("Tang Wensheng (Nancy Tang)",
 * "Mujibur Rahman (Mujib)") is the same person: when the register does not know the second name,
 * it takes the first's entry or proposal, here and wherever else the memo repeats it.
 */
export function linkParentheticalAliases(scans: BlockScan[]): void {
  const alias = new Map<string, Candidate>();
  for (const s of scans) {
    for (let k = 1; k < s.candidates.length; k++) {
      const a = s.candidates[k - 1]!;
      const b = s.candidates[k]!;
      if (a.type !== 'person' || b.type !== 'person' || b.entryIds.length || !b.proposeAs) continue;
      if (s.text.slice(a.end - s.start, b.start - s.start) !== ' (' || s.text[b.end - s.start] !== ')') continue;
      if (a.proposeAs === b.proposeAs || (!a.entryIds.length && !a.proposeAs) || a.entryIds.length > 1) continue;
      alias.set(b.proposeAs, a);
    }
  }
  if (!alias.size) return;
  for (const s of scans) {
    for (const c of s.candidates) {
      const to = c.type === 'person' && !c.entryIds.length && c.proposeAs ? alias.get(c.proposeAs) : undefined;
      if (!to) continue;
      c.entryIds = [...to.entryIds];
      c.proposeAs = to.proposeAs;
    }
  }
}
