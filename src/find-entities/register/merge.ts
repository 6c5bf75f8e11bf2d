/**
 * Merges register contributions in load order: a later file with the same xml:id extends the entry
 * (forms, identifiers, notes, offices are united) and overrides what it states (name, dates, geo…).
 */
import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.ts';
import { uniq } from './read-tei.ts';
import { TYPE_ORDER, type Register, type RegisterEntry } from './types.ts';

export interface Contribution {
  entry: RegisterEntry;
  /** CSV rows only add to an entry: they neither review a proposed entry nor need a full record. */
  partial: boolean;
}

const SCALARS = ['surname', 'forenames', 'patronymic', 'surnameFirst', 'birth', 'death', 'placeType', 'geo', 'orgType'] as const;

function mergeInto(t: RegisterEntry, c: Contribution): void {
  const p = c.entry;
  t.forms = p.name ? uniq([...p.forms, ...t.forms]) : uniq([...t.forms, ...p.forms]);
  if (p.name) { t.name = p.name; t.sortKey = p.sortKey || t.sortKey; }
  for (const k of SCALARS) if (p[k] !== undefined) (t as unknown as Record<string, unknown>)[k] = p[k];
  const idKeys = new Set(t.idnos.map((i) => `${i.type}\u0000${i.value}`));
  for (const i of p.idnos) if (!idKeys.has(`${i.type}\u0000${i.value}`)) { t.idnos.push(i); idKeys.add(`${i.type}\u0000${i.value}`); }
  if (p.notes) t.notes = uniq([...(t.notes ?? []), ...p.notes]);
  if (p.offices) {
    const key = (o: { label: string; from?: string; to?: string }): string => `${o.label}|${o.from ?? ''}|${o.to ?? ''}`;
    const have = new Set((t.offices ?? []).map(key));
    t.offices = [...(t.offices ?? []), ...p.offices.filter((o) => !have.has(key(o)))];
  }
  if (!c.partial) {
    if (p.proposed) t.proposed = true;
    else delete t.proposed;
  }
  t.source = p.source;
}

/** Copies the arrays a later merge may change, so callers' objects stay untouched. */
function clone(e: RegisterEntry): RegisterEntry {
  const c: RegisterEntry = { ...e, forms: [...e.forms], idnos: [...e.idnos] };
  if (e.notes) c.notes = [...e.notes];
  if (e.offices) c.offices = [...e.offices];
  return c;
}

export function compareEntries(a: RegisterEntry, b: RegisterEntry): number {
  return TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type)
    || (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0)
    || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function mergeContributions(contribs: Contribution[]): { register: Register; diagnostics: Diagnostic[] } {
  const byId = new Map<string, RegisterEntry>();
  for (const c of contribs) {
    const t = byId.get(c.entry.id);
    if (t) mergeInto(t, c);
    else byId.set(c.entry.id, clone(c.entry));
  }
  const diagnostics: Diagnostic[] = [];
  for (const [id, e] of byId) {
    if (e.name) continue;
    byId.delete(id);
    diagnostics.push(diagnostic('TE207', { file: e.source.file, ...(e.source.line ? { line: e.source.line } : {}),
      message: `Register import row rejected: id "${id}" is not in the register and the row gives no name` }));
  }
  const entries = [...byId.values()].sort(compareEntries);
  return { register: { entries, byId: new Map(entries.map((e) => [e.id, e])) }, diagnostics };
}
