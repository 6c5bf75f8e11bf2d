/**
 * The accuracy scorer, a TypeScript port of the project's reference scorer (score.py, kept beside
 * the gold fixtures' conventions): mention-level precision/recall/F1 per entity type over
 * per-document multisets of normalized text, date @when accuracy, register-link consistency and
 * header-field accuracy. Used by the accuracy test and `scripts/score.ts`.
 */
import { XMLParser } from 'fast-xml-parser';

export interface GoldEntity {
  text: string;
  type: 'person' | 'place' | 'org' | 'date';
  key?: string;
  when?: string;
  section: string;
  borderline?: boolean;
  inner?: ({ text: string; key?: string } | string)[];
}
export interface GoldDoc {
  id: string;
  date: string;
  title: string;
  source?: string | null;
  translator?: string | null;
  obtainedBy?: string | null;
  entities: GoldEntity[];
}

const TYPES: Record<string, GoldEntity['type']> = { persName: 'person', placeName: 'place', orgName: 'org', date: 'date' };
const SCORED = new Set(['dateline', 'title', 'body', 'summary']);
const HONORIFIC = /^(c\.|cde\.|comrade|comrades|tov\.|the)\s+/i;

export function norm(s: string): string {
  let t = s.normalize('NFKC').toLowerCase().trim();
  t = t.replace(HONORIFIC, '');
  // Python's \W is Unicode-aware; JavaScript's is not, so spell the class out.
  return t.replace(/[^\p{L}\p{N}\p{M}]+/gu, '');
}

interface Pred { type: GoldEntity['type']; text: string; n: string; ref?: string; when?: string }
type Node = Record<string, unknown>;

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '@', trimValues: false, parseTagValue: false, processEntities: true, htmlEntities: true });

function textOf(nodes: Node[]): string {
  let s = '';
  for (const n of nodes) {
    if ('#text' in n) s += String(n['#text']);
    else for (const [k, v] of Object.entries(n)) if (k !== ':@' && Array.isArray(v)) s += textOf(v as Node[]);
  }
  return s;
}

function walk(nodes: Node[], visit: (name: string, attrs: Record<string, string>, children: Node[]) => void): void {
  for (const n of nodes) {
    for (const [k, v] of Object.entries(n)) {
      if (k === ':@' || k === '#text' || !Array.isArray(v)) continue;
      visit(k, (n[':@'] ?? {}) as Record<string, string>, v as Node[]);
      walk(v as Node[], visit);
    }
  }
}

function predicted(xml: string): { preds: Pred[]; header: { title: string; date?: string; headertext: string } } {
  const doc = parser.parse(xml) as Node[];
  const preds: Pred[] = [];
  const scopes: Node[][] = [];
  let title = '';
  let creationDate: string | undefined;
  let datelineDate: string | undefined;
  let headertext = '';
  walk(doc, (name, attrs, children) => {
    if (name === 'text' || name === 'abstract') scopes.push(children);
    if (name === 'teiHeader') headertext = norm(textOf(children));
    if (name === 'titleStmt' && !title) {
      const t = children.find((c) => 'title' in c);
      if (t) title = textOf(t['title'] as Node[]);
    }
    if (name === 'creation') {
      const d = children.find((c) => 'date' in c);
      if (d) creationDate = (d[':@'] as Record<string, string> | undefined)?.['@when'];
    }
    if (name === 'dateline' && !datelineDate) walk(children, (n2, a2) => { if (n2 === 'date' && !datelineDate) datelineDate = a2['@when'] ?? a2['@when-iso'] ?? a2['@from'] ?? a2['@notBefore']; });
  });
  for (const scope of scopes) {
    walk(scope, (name, attrs, children) => {
      const type = TYPES[name];
      if (!type) return;
      const text = textOf(children);
      preds.push({ type, text, n: norm(text), ref: attrs['@ref'] ?? attrs['@corresp'] ?? attrs['@key'], when: attrs['@when'] ?? attrs['@when-iso'] ?? attrs['@from'] ?? attrs['@notBefore'] });
    });
  }
  return { preds, header: { title, date: creationDate ?? datelineDate, headertext } };
}

export interface Score {
  types: Record<string, { P: number; R: number; F1: number; tp: number; fp: number; fn: number }>;
  micro: { P: number; R: number; F1: number };
  dateWhenAccuracy: number;
  linkConsistency: number;
  linkOvermerge: number;
  fields: Record<string, string>;
  /** Mentions that did not match, for reading the failures. */
  misses: { doc: string; kind: 'fp' | 'fn' | 'when'; type: string; text: string }[];
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function score(pairs: { name: string; gold: GoldDoc; xml: string | undefined }[]): Score {
  const tp: Record<string, number> = {}, fp: Record<string, number> = {}, fn: Record<string, number> = {};
  const inc = (o: Record<string, number>, k: string, by = 1) => (o[k] = (o[k] ?? 0) + by);
  let dateOk = 0, dateN = 0;
  const keyRefs = new Map<string, Set<string>>();
  const refKeys = new Map<string, Set<string>>();
  const fields: Record<string, number> = {}, fieldsN: Record<string, number> = {};
  const misses: Score['misses'] = [];
  const link = (typ: string, key: string | undefined, ref: string | undefined) => {
    if (!ref) return;
    const k = `${typ}|${key}`;
    if (!keyRefs.has(k)) keyRefs.set(k, new Set());
    keyRefs.get(k)!.add(ref);
    if (!refKeys.has(ref)) refKeys.set(ref, new Set());
    refKeys.get(ref)!.add(String(key));
  };
  for (const { name, gold, xml } of pairs) {
    const gents = gold.entities.filter((e) => SCORED.has(e.section));
    if (!xml) {
      for (const e of gents) if (!e.borderline) inc(fn, e.type);
      continue;
    }
    const { preds, header } = predicted(xml);
    for (const typ of ['person', 'place', 'org', 'date'] as const) {
      const g = gents.filter((e) => e.type === typ);
      const p = preds.filter((x) => x.type === typ);
      const optional: (GoldEntity & { optional: true })[] = [];
      if (typ === 'place') {
        for (const e of gents) for (const inner of e.inner ?? []) {
          const txt = typeof inner === 'string' ? inner : inner.text;
          const key = typeof inner === 'string' ? txt : inner.key;
          optional.push({ text: txt, key, type: 'place', section: e.section, optional: true });
        }
      }
      const pool = [...g.map((e) => ({ ...e, n: norm(e.text), optional: false })), ...optional.map((e) => ({ ...e, n: norm(e.text) }))];
      const used = pool.map(() => false);
      const unmatched: Pred[] = [];
      for (const x of p) {
        const hit = pool.findIndex((e, i) => !used[i] && e.n === x.n);
        if (hit < 0) {
          unmatched.push(x);
          continue;
        }
        used[hit] = true;
        const e = pool[hit]!;
        inc(tp, typ);
        link(typ, e.key, x.ref);
        if (typ === 'date' && !e.optional) {
          dateN++;
          if (e.when && x.when && x.when.startsWith(e.when) && x.when.length === e.when.length) dateOk++;
          else misses.push({ doc: name, kind: 'when', type: typ, text: `${x.text} (${x.when ?? 'none'}; gold ${e.when ?? 'none'})` });
        }
      }
      for (const x of unmatched) {
        let done = false;
        for (let i = 0; i < pool.length - 1; i++) {
          if (!used[i] && !used[i + 1] && pool[i]!.key === pool[i + 1]!.key && pool[i]!.n + pool[i + 1]!.n === x.n) {
            used[i] = used[i + 1] = true;
            inc(tp, typ, 2);
            link(typ, pool[i]!.key, x.ref);
            done = true;
            break;
          }
        }
        if (!done) {
          inc(fp, typ);
          misses.push({ doc: name, kind: 'fp', type: typ, text: x.text });
        }
      }
      pool.forEach((e, i) => {
        if (!used[i] && !e.optional && !e.borderline) {
          inc(fn, typ);
          misses.push({ doc: name, kind: 'fn', type: typ, text: e.text });
        }
      });
    }
    inc(fieldsN, 'date');
    if (header.date === gold.date) inc(fields, 'date');
    inc(fieldsN, 'title');
    if (norm(header.title) === norm(gold.title)) inc(fields, 'title');
    for (const f of ['source', 'translator', 'obtainedBy'] as const) {
      const v = gold[f];
      if (!v) continue;
      inc(fieldsN, f);
      const toks = (v.toLowerCase().match(/[\p{L}\p{N}\p{M}_]+/gu) ?? []).filter((t) => t.length > 1);
      const got = toks.filter((t) => header.headertext.includes(norm(t))).length;
      if (toks.length && got / toks.length >= 0.9) inc(fields, f);
    }
  }
  const types: Score['types'] = {};
  let TP = 0, FP = 0, FN = 0;
  for (const typ of ['person', 'place', 'org', 'date']) {
    const t = tp[typ] ?? 0, f = fp[typ] ?? 0, n = fn[typ] ?? 0;
    const P = t + f ? t / (t + f) : 0, R = t + n ? t / (t + n) : 0;
    types[typ] = { P: round(P), R: round(R), F1: round(P + R ? (2 * P * R) / (P + R) : 0), tp: t, fp: f, fn: n };
    TP += t; FP += f; FN += n;
  }
  const P = TP + FP ? TP / (TP + FP) : 0, R = TP + FN ? TP / (TP + FN) : 0;
  return {
    types,
    micro: { P: round(P), R: round(R), F1: round(P + R ? (2 * P * R) / (P + R) : 0) },
    dateWhenAccuracy: round(dateN ? dateOk / dateN : 0),
    linkConsistency: round(keyRefs.size ? [...keyRefs.values()].filter((s) => s.size === 1).length / keyRefs.size : 0),
    linkOvermerge: round(refKeys.size ? [...refKeys.values()].filter((s) => s.size > 1).length / refKeys.size : 0),
    fields: Object.fromEntries(Object.keys(fieldsN).map((f) => [f, `${fields[f] ?? 0}/${fieldsN[f]}`])),
    misses,
  };
}
