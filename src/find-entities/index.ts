import type { EditionFile } from '../edition-file.ts';
import type { Block } from '../read-memo/memo-record.ts';
import { createDateScanner } from '../dates/index.ts';
import type { DateMention, EditorialMention, EntityMention, Mention } from './mention.ts';
import type { RegisterIndex } from './register-index.ts';
import type { ProposalBook } from './proposals.ts';
import { type BlockScan, type Candidate, coveredTokens } from './candidate.ts';
import { matchRegister, mergeLetterSpaced } from './match-register.ts';
import { extendFullNames, findRuleNames } from './name-rules.ts';
import { aboutJapan, yieldJapaneseNamePlaces } from './japanese-names.ts';
import { propagateFamilyNames } from './family-names.ts';
import { shareSurnames } from './shared-surnames.ts';
import { findCyrillicPlaces } from './find-cyrillic-places.ts';
import { findFormations, findNamedBodies, findRomanceBodies } from './named-bodies.ts';
import { findOfficeHolders, includeNameParticles, linkSpellingVariants, propagateRegisterSurnames } from './register-surnames.ts';
import { findMilitaryDistricts, findNamedInstitutions, findNamedPlants, findOrgNames } from './org-rules.ts';
import { findContextPlaces, findPlacesAfterPrepositions, yieldForenames, yieldInitialsBesideSurnames } from './place-rules.ts';
import { findGulfsAndRoutes, findNamedStreets, findRomanceStreets } from './named-places.ts';
import { tokenize } from './tokenize.ts';
import { findBrackets, findHonorifics } from './find-editorial.ts';
import { classifyBrackets } from './classify-brackets.ts';
import { linkParentheticalAliases, linkSurnames, propagateNames, resolveAmbiguity } from './resolve-links.ts';
import { linkMissions } from './missions.ts';
import { assembleMentions } from './assemble.ts';
import { dropShipNames } from './ship-names.ts';
import { findBareCongress } from './congress.ts';
import { findDefinedAcronyms, findRepeatedAcronyms } from './acronyms.ts';
import { findPressTitles } from './press-titles.ts';
import { findShortNames } from './short-names.ts';

export { RegisterIndex } from './register-index.ts';
export { ProposalBook } from './proposals.ts';
export type { Mention, EntityMention, DateMention, EditorialMention } from './mention.ts';

export interface FindEntitiesOptions {
  index: RegisterIndex;
  proposals: ProposalBook;
}

/**
 * Recognition for one memo: register matching, rules for names the register lacks, editorial
 * brackets and honorifics, dates; then memo-level linking (a surname alone resolves to the person
 * meant in this memo; a name found once by rule is found everywhere in the memo). Fills
 * file.mentions; never throws.
 */
export function findEntities(file: EditionFile, opts: FindEntitiesOptions): void {
  const memo = file.memo;
  if (!memo) return;
  const blocks: { block: Block; role: BlockScan['role'] }[] = [];
  if (memo.title) blocks.push({ block: memo.title, role: 'title' });
  if (memo.credit) blocks.push({ block: memo.credit, role: 'credit' });
  for (const p of memo.body) blocks.push({ block: p, role: 'body' });
  if (memo.summary) blocks.push({ block: memo.summary, role: 'summary' });

  const allText = blocks.map((b) => b.block.text).join('\n');
  // A plain search first: the regex's lookbehind makes it try every position of the memo.
  const usesLowerC = allText.includes('c.') && /(?<![\p{L}\p{N}.])c\.[ \u00a0]+\p{Lu}/u.test(allText);
  const editorial: EditorialMention[] = [];
  const brackets = blocks.map(({ block }) => findBrackets(block.text, block.start));

  const japanese = aboutJapan(allText);
  const lastCC: { id?: string } = {};
  const scans: BlockScan[] = blocks.map(({ block, role }) => {
    const honor = findHonorifics(block.text, block.start, usesLowerC);
    editorial.push(...honor);
    const tokens = mergeLetterSpaced(tokenize(block.text, block.start));
    const honorificTokens = new Set<number>();
    if (honor.length) {
      const starts = new Set(honor.map((h) => h.start));
      tokens.forEach((t, i) => {
        if (starts.has(t.start)) honorificTokens.add(i);
      });
    }
    const scan: BlockScan = { role, start: block.start, end: block.end, text: block.text, tokens, candidates: [], honorificTokens };
    for (const m of matchRegister(tokens, opts.index, block.text, block.start, honorificTokens)) {
      // An honorific is never part of a name ("C." is not an initial here).
      while (honorificTokens.has(m.first) && m.first < m.last) m.start = tokens[++m.first]!.start;
      if (honorificTokens.has(m.first)) continue;
      if (!m.entries.length) {
        // A forename before a register surname that is not its person's: a person to propose.
        scan.candidates.push(proposedPerson(block, m, 'medium'));
        continue;
      }
      const oneType = m.entries.every((e) => e.type === m.entries[0]!.type);
      scan.candidates.push({
        start: m.start,
        end: m.end,
        first: m.first,
        last: m.last,
        type: oneType ? m.entries[0]!.type : 'person',
        entryIds: m.entries.map((e) => e.id),
        proposeAs: undefined,
        surnameOnly: m.surnameOnly,
        cert: 'high',
        source: 'register',
      });
    }
    if (role !== 'credit') {
      findCyrillicPlaces(scan, opts.index);
      findOrgNames(scan, opts.index, lastCC);
      findNamedBodies(scan);
      findRomanceBodies(scan);
      findFormations(scan);
      yieldForenames(scan, opts.index);
      yieldInitialsBesideSurnames(scan, opts.index);
      findContextPlaces(scan, opts.index);
      if (japanese) yieldJapaneseNamePlaces(scan);
      for (const r of findRuleNames(tokens, coveredTokens(scan), { japanese })) {
        scan.candidates.push(proposedPerson(block, r, r.cert));
      }
      findNamedInstitutions(scan);
      findNamedStreets(scan);
      findRomanceStreets(scan);
      findGulfsAndRoutes(scan);
      findNamedPlants(scan);
      findMilitaryDistricts(scan);
      findPlacesAfterPrepositions(scan);
      extendFullNames(tokens, scan.candidates, (c) => c.source === 'register' && c.entryIds.length > 0 && c.entryIds.some((id) => ['settlement', 'region'].includes(opts.index.byId.get(id)?.placeType ?? '')));
      shareSurnames(scan, opts.index);
    }
    scan.candidates.sort((a, b) => a.start - b.start);
    return scan;
  });

  findPressTitles(scans);
  resolveAmbiguity(scans, opts.index, memo.date?.when ?? memo.date?.notBefore, file);
  classifyBrackets(scans, brackets, opts.index, editorial);
  linkParentheticalAliases(scans);
  findDefinedAcronyms(scans);
  linkSurnames(scans, opts.index);
  linkMissions(scans, opts.index);
  propagateNames(scans, opts.index, memo.date?.when ?? memo.date?.notBefore);
  propagateRegisterSurnames(scans, opts.index, memo.date?.when ?? memo.date?.notBefore);
  findOfficeHolders(scans, opts.index, memo.date?.when ?? memo.date?.notBefore);
  propagateFamilyNames(scans, opts.index);
  includeNameParticles(scans, opts.index);
  linkSpellingVariants(scans, opts.index);
  dropShipNames(scans);
  findBareCongress(scans);
  findRepeatedAcronyms(scans);
  findShortNames(scans);

  const entities: EntityMention[] = [];
  const reported = new Set<string>();
  for (const scan of scans) for (const c of scan.candidates) entities.push(toMention(c, scan, file, opts, reported));

  const dates: DateMention[] = [];
  if (memo.date) {
    const d = memo.date;
    dates.push(dateMention(d.start, d.end, { when: d.when, notBefore: d.notBefore, notAfter: d.notAfter, cert: d.cert }));
  }
  const docDate = memo.date?.when ?? memo.date?.notBefore;
  const bodyScanner = createDateScanner(docDate);
  for (const scan of scans) {
    const scanner = scan.role === 'body' ? bodyScanner : createDateScanner(docDate);
    for (const f of scanner.scan(scan.text)) {
      dates.push(dateMention(scan.start + f.start, scan.start + f.end, { when: f.when, notBefore: f.notBefore, notAfter: f.notAfter, cert: f.cert === 'high' ? undefined : f.cert, relative: f.relative }));
      if (f.reason === 'ambiguous-order') file.report('TE202', scan.start + f.start, { message: `Ambiguous numeric date "${f.text}"` });
    }
  }
  file.mentions = assembleMentions(entities, dates, editorial, brackets.flat());
}

function toMention(c: Candidate, scan: BlockScan, file: EditionFile, opts: FindEntitiesOptions, reported: Set<string>): EntityMention {
  let ref = c.entryIds[0];
  if (!ref) {
    const surface = (c.proposeAs ?? scan.text.slice(c.start - scan.start, c.end - scan.start)).replace(/\s+/g, ' ');
    const entry = opts.proposals.propose(surface, c.type, { file: file.path, line: file.position(c.start).line });
    ref = entry.id;
    c.entryIds = [ref];
  }
  const proposed = !opts.index.byId.has(ref);
  if (proposed && !reported.has(ref)) {
    reported.add(ref);
    file.report('TE201', c.start, { message: `Name not in the register: "${c.proposeAs ?? scan.text.slice(c.start - scan.start, c.end - scan.start)}" (proposed as ${ref})` });
  }
  // Both optional fields always present (undefined when unset): one object shape for every name
  // mention keeps property access fast where all mentions are handled (assembly, the TEI builder).
  return { kind: 'entity', type: c.type, start: c.start, end: c.end, ref, proposed: proposed ? true : undefined, cert: c.cert !== 'high' ? c.cert : undefined };
}

/**
 * A date mention with every field present (undefined when unset), in a fixed key order: one object
 * shape for all of them, rather than one per combination of set fields (or, as `delete` made
 * them, slow dictionary-mode objects).
 */
function dateMention(start: number, end: number, v: Omit<DateMention, 'kind' | 'start' | 'end'>): DateMention {
  return { kind: 'date', start, end, when: v.when, notBefore: v.notBefore, notAfter: v.notAfter, cert: v.cert, relative: v.relative };
}

export type { Mention as AnyMention };

/** A person the register lacks, found by rule: its written form becomes a proposed entry. */
function proposedPerson(block: { text: string; start: number }, n: { start: number; end: number; first: number; last: number }, cert: Candidate['cert']): Candidate {
  return { start: n.start, end: n.end, first: n.first, last: n.last, type: 'person', entryIds: [], proposeAs: closeUp(block.text.slice(n.start - block.start, n.end - block.start)), surnameOnly: false, cert, source: 'rule' };
}

/** A signature's letter-spacing closed up, so the proposed name is the name ("G. P E T R O V" → "G. PETROV", "H. A x e n" → "H. Axen"). */
function closeUp(surface: string): string {
  return surface.replace(/(?<![\p{L}\p{N}])\p{L}(?: \p{L}(?![\p{L}\p{N}])){3,}/gu, (run) => run.replace(/ /g, '')).replace(/ {2,}/g, ' ');
}
