import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeName } from '../find-entities/normalize.ts';
import type { Register, RegisterEntry } from '../find-entities/register/index.ts';
import { sha256hex, stableJson } from './digest.ts';

/**
 * Which memos a register change can touch. The recognizer finds a register entry only through a
 * written form matched token by token (find-entities/register-index.ts: all tokens of the form, in
 * order) or through its surname (a surname alone found by rule, initials before a surname); and it
 * gives proposals ids that must not collide with register ids (proposals.ts). So a changed entry
 * (added, removed or edited) can only change the conversion of a memo whose text holds every token
 * of one of the entry's forms or its surname (old or new version), or that points to the entry's
 * id or proposes an id with the same base. The memo's tokens are taken generously (periods and
 * apostrophes both dropped and split on, letter-spaced words joined), so a doubt means a
 * re-conversion, never a stale result.
 */

export interface RegisterState {
  /** Digest of every entry (id and content hash). */
  digest: string;
  /** id → [content hash, token sets: one per written form, and the surname]. */
  entries: Record<string, [string, string[][]]>;
}

export interface RegisterDelta {
  ids: Set<string>;
  /** Token sets of the changed entries' forms: a memo holding all tokens of one is touched. */
  forms: string[][];
}

export function registerState(register: Register): RegisterState {
  const entries: RegisterState['entries'] = {};
  for (const e of [...register.entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    // `source` (file and line of the definition) never reaches the TEI: moving an entry in its file changes nothing.
    const { source: _source, ...content } = e;
    entries[e.id] = [sha256hex(stableJson(content)).slice(0, 24), entryForms(e)];
  }
  const digest = sha256hex(Object.entries(entries).map(([id, [h]]) => `${id} ${h}`).join('\n'));
  return { digest, entries };
}

export function registerDelta(prev: RegisterState, next: RegisterState): RegisterDelta {
  const ids = new Set<string>();
  const forms = new Map<string, string[]>();
  const add = (id: string) => {
    ids.add(id);
    for (const f of [...(prev.entries[id]?.[1] ?? []), ...(next.entries[id]?.[1] ?? [])]) forms.set(f.join(' '), f);
  };
  for (const [id, [h]] of Object.entries(next.entries)) if (prev.entries[id]?.[0] !== h) add(id);
  for (const id of Object.keys(prev.entries)) if (!next.entries[id]) add(id);
  return { ids, forms: [...forms.values()] };
}

/**
 * The token sets through which the recognizer can find an entry: each written form (normalized as
 * the register index normalizes form tokens) and the surname alone, which covers the forms it
 * derives itself (forenames or initials before the surname, surname-first order).
 */
export function entryForms(e: RegisterEntry): string[][] {
  const out = new Map<string, string[]>();
  for (const s of [e.name, ...e.forms, e.surname]) {
    if (!s) continue;
    const toks = [...new Set(normalizeName(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean))].sort();
    if (toks.length) out.set(toks.join(' '), toks);
  }
  return [...out.values()].sort((a, b) => (a.join(' ') < b.join(' ') ? -1 : 1));
}

/** Name tokens of a text, generously: see the module comment. */
export function textTokens(text: string): Set<string> {
  const out = new Set<string>();
  const norm = normalizeName(text);
  for (const t of norm.split(/[^\p{L}\p{N}]+/u)) if (t) out.add(t);
  const split = normalizeName(text.replace(/['’ʼ`‘.]/g, ' '));
  const words = split.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  for (const t of words) out.add(t);
  // Letter-spaced names ("S H T Y K O V") are read as one word.
  let run = '';
  for (const w of [...words, '']) {
    if (w.length === 1) run += w;
    else {
      if (run.length > 1) out.add(run);
      run = '';
    }
  }
  return out;
}

/** Base of a register or proposal id: "per-kim-2" and "per-kim" collide on "per-kim". */
function base(id: string): string {
  return id.replace(/-\d+$/, '');
}

/**
 * Whether a memo converted under the previous register may convert differently now: its text holds
 * all tokens of a changed entry's form (or its surname), or `ids` (the entries it points to and the
 * ids it proposed) meet a changed id.
 */
export function memoAffected(text: string, ids: readonly string[], delta: RegisterDelta): boolean {
  if (!delta.ids.size) return false;
  const bases = new Set([...delta.ids].map(base));
  for (const id of ids) if (delta.ids.has(id) || bases.has(base(id))) return true;
  const tokens = textTokens(text);
  return delta.forms.some((form) => form.every((t) => tokens.has(t)));
}

/**
 * Digest of the register files' bytes, in the order loadRegister reads them (a folder: its .xml and
 * .csv files by name): unchanged files mean an unchanged register, without hashing every entry.
 */
export function registerFilesDigest(paths: string[]): string {
  const parts: string[] = [];
  for (const p of paths) {
    try {
      const files = statSync(p).isDirectory() ? readdirSync(p).filter((n) => /\.(xml|csv)$/i.test(n)).sort().map((n) => join(p, n)) : [p];
      for (const f of files) parts.push(f, sha256hex(readFileSync(f)));
    } catch {
      parts.push(p, 'unreadable');
    }
  }
  return sha256hex(...parts);
}
