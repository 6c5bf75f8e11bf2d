import { createRequire } from 'node:module';
import type { BlockScan } from './candidate.ts';
import type { RegisterIndex } from './register-index.ts';
import { normalizeName } from './normalize.ts';
import { tokenize } from './tokenize.ts';

const require = createRequire(import.meta.url);

/**
 * One diplomatic mission, whatever its wording: "Hungarian Embassy", "Embassy of Hungary in North
 * Korea", "Hungarian Embassy in Pyongyang" are all (Embassy, Hungary, North Korea). Register
 * places, by id; a capital stands for its state.
 */
interface Mission { kind: string; sender: string; host?: string }

const KINDS = ['Consulate General', 'Consulate-General', 'Trade Mission', 'Military Mission', 'Embassy', 'Legation', 'Consulate'].map((k) => ({ k, re: new RegExp(`(?:^| )${k}(?: |$)`) }));
/** Most organisations are no mission: a plain search first. */
const MAY_BE_MISSION = /Embassy|Legation|Consulate|Mission/;

/** Demonyms whose state the world-countries data gets wrong for these memos, or leaves out. */
const DEMONYM_STATES: Record<string, string | null> = {
  soviet: 'USSR', russian: 'USSR', czechoslovak: 'Czechoslovakia', czech: 'Czechoslovakia', yugoslav: 'Yugoslavia',
  'east german': 'GDR', gdr: 'GDR', 'west german': 'West Germany', 'north korean': 'DPRK', 'south korean': 'South Korea',
  'north vietnamese': 'North Vietnam', 'south vietnamese': 'South Vietnam', chinese: 'China', american: 'United States',
  // One word for two states in these years: no state.
  korean: null, german: null, vietnamese: null,
};

/** Capitals that stood for another state than today's (or for two). */
const CAPITAL_STATES: Record<string, string | null> = {
  Moscow: 'USSR', Prague: 'Czechoslovakia', Belgrade: 'Yugoslavia', 'East Berlin': 'GDR', Bonn: 'West Germany', Berlin: null,
  Hanoi: 'North Vietnam', Saigon: 'South Vietnam',
};

interface MissionTables { demonyms: Map<string, string>; capitals: Map<string, string>; register: Map<string, string> }
const tables = new WeakMap<RegisterIndex, MissionTables>();

/** A register place named exactly so (every token), or undefined. */
function placeNamed(index: RegisterIndex, words: string): string | undefined {
  const keys = tokenize(words).map((t) => normalizeName(t.text));
  if (!keys.length) return undefined;
  const hit = index.candidates(keys[0]!).find((f) => f.entry.type === 'place' && f.keys.length === keys.length && f.keys.every((k, i) => k === keys[i]));
  return hit?.entry.id;
}

/** Built once per register index: demonyms and capitals resolved to register places, and the register's own missions. */
function tablesFor(index: RegisterIndex): MissionTables {
  let t = tables.get(index);
  if (t) return t;
  t = { demonyms: new Map(), capitals: new Map(), register: new Map() };
  tables.set(index, t);
  const countries = require('world-countries') as { name: { common: string }; capital?: string[]; demonyms?: { eng?: { m: string; f: string } } }[];
  for (const c of countries) {
    const state = placeNamed(index, c.name.common);
    if (!state) continue;
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (d && !t.demonyms.has(d.toLowerCase())) t.demonyms.set(d.toLowerCase(), state);
    const capital = c.capital?.[0] && placeNamed(index, c.capital[0]);
    if (capital && capital !== state) t.capitals.set(capital, state);
  }
  for (const [d, name] of Object.entries(DEMONYM_STATES)) {
    const state = name && placeNamed(index, name);
    if (state) t.demonyms.set(d, state);
    else t.demonyms.delete(d);
  }
  for (const [city, name] of Object.entries(CAPITAL_STATES)) {
    const id = placeNamed(index, city);
    const state = name && placeNamed(index, name);
    if (id && state) t.capitals.set(id, state);
    else if (id) t.capitals.delete(id);
  }
  const clash = new Set<string>();
  for (const e of index.register.entries) {
    if (e.type !== 'org') continue;
    for (const form of e.forms) {
      const m = parseMission(index, t, form);
      if (!m) continue;
      const k = keyOf(m);
      if (t.register.has(k) && t.register.get(k) !== e.id) clash.add(k);
      else t.register.set(k, e.id);
    }
  }
  for (const k of clash) t.register.delete(k);
  return t;
}

const keyOf = (m: Mission) => `${m.kind}|${m.sender}|${m.host ?? ''}`;

/** "Hungarian Embassy in Pyongyang", "Embassy of the USSR in the DPRK", "USSR Embassy": the mission, or undefined. */
function parseMission(index: RegisterIndex, t: MissionTables, text: string): Mission | undefined {
  const s = text.replace(/\s+/g, ' ').trim();
  if (!MAY_BE_MISSION.test(s)) return undefined;
  const kind = KINDS.find(({ re }) => re.test(s))?.k;
  if (!kind) return undefined;
  const at = s.indexOf(kind);
  const before = s.slice(0, at).trim();
  const m = /^(?:of (?:the )?(.+?))?(?:(?:^| )(?:in|to) (?:the )?(.+))?$/.exec(s.slice(at + kind.length).trim());
  if (!m) return undefined;
  const state = (words: string | undefined) => {
    if (!words) return undefined;
    const id = placeNamed(index, words) ?? t.demonyms.get(words.toLowerCase());
    return id && (t.capitals.get(id) ?? id);
  };
  const sender = before ? (t.demonyms.get(before.toLowerCase()) ?? state(before)) : state(m[1]);
  if (!sender || (before && m[1])) return undefined;
  const host = state(m[2]);
  if (m[2] && !host) return undefined;
  return { kind: kind.replace('-', ' '), sender, host };
}

/**
 * Every wording of one mission gets one register entry or one proposed entry (gold: one key for
 * "Hungarian Embassy" and "Embassy of Hungary in North Korea"). A mission named without its host
 * state takes the host the memo names for that sender's mission elsewhere, when it names one.
 * Runs on the whole memo, after the organisation rules.
 */
export function linkMissions(scans: BlockScan[], index: RegisterIndex): void {
  const t = tablesFor(index);
  const found: { c: BlockScan['candidates'][number]; m: Mission }[] = [];
  for (const s of scans) {
    for (const c of s.candidates) {
      if (c.type !== 'org' || c.entryIds.length > 1 || (c.source !== 'rule' && c.source !== 'register')) continue;
      const m = parseMission(index, t, s.text.slice(c.start - s.start, c.end - s.start));
      if (m) found.push({ c, m });
    }
  }
  const hosts = new Map<string, Set<string>>();
  for (const { m } of found) if (m.host) hosts.set(`${m.kind}|${m.sender}`, (hosts.get(`${m.kind}|${m.sender}`) ?? new Set()).add(m.host));
  for (const { c, m } of found) {
    if (c.source === 'register') continue;
    const known = hosts.get(`${m.kind}|${m.sender}`);
    const host = m.host ?? (known?.size === 1 ? [...known][0] : undefined);
    const id = t.register.get(keyOf({ ...m, host }));
    if (id) c.entryIds = [id];
    else {
      const name = (p: string) => index.byId.get(p)?.name ?? p;
      c.proposeAs = `${m.kind} of ${name(m.sender)}${host ? ` in ${name(host)}` : ''}`;
    }
  }
}
