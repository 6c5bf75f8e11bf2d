import type { EditionConfig } from '../../edition.ts';
import type { ExportData } from '../data.ts';
import type { EntityKind, MentionContext } from '../tei/memo-info.ts';
import { entityUri, memoUri, paragraphUri } from '../uris.ts';

export interface Identifier {
  type: string;
  value: string;
  uri?: string;
}

export interface MentionRow {
  memo: string;
  paragraph: string | null;
  n: string | null;
  context: MentionContext;
  surface: string;
  /** The paragraph URI, or the memo URI for mentions outside paragraphs. */
  uri: string;
}

/** One entity of the edition with every mention, in edition order. */
export interface EntityRow {
  id: string;
  kind: EntityKind;
  name: string;
  uri: string;
  type?: string;
  variants: string[];
  identifiers: Identifier[];
  inRegister: boolean;
  proposed: boolean;
  lat?: number;
  long?: number;
  birth?: string;
  death?: string;
  memoCount: number;
  mentions: MentionRow[];
}

const IDNO_URI: Record<string, (v: string) => string> = {
  geonames: (v) => `https://www.geonames.org/${v}`,
  wikidata: (v) => `https://www.wikidata.org/wiki/${v}`,
  viaf: (v) => `https://viaf.org/viaf/${v}`,
  gnd: (v) => `https://d-nb.info/gnd/${v}`,
  lcnaf: (v) => `https://id.loc.gov/authorities/names/${v}`,
};

function identifier(type: string, value: string): Identifier {
  if (/^https?:\/\//.test(value)) return { type, value, uri: value };
  const f = IDNO_URI[type.toLowerCase()];
  return f ? { type, value, uri: f(value) } : { type, value };
}

/**
 * The entities mentioned in the edition (the register may hold far more, e.g. GeoNames places),
 * sorted by kind, then sort key; names come from the register, or from the first surface form
 * for references the register lacks (TE603 was reported for those).
 */
export function entityTable(data: ExportData, config: EditionConfig): EntityRow[] {
  const rows = new Map<string, EntityRow>();
  for (const m of data.memos) {
    for (const e of m.mentions) {
      let row = rows.get(e.id);
      if (!row) {
        const r = data.register.get(e.id);
        const kind = r?.kind ?? e.kind;
        row = {
          id: e.id,
          kind,
          name: r?.name ?? e.surface,
          uri: entityUri(config, kind, e.id),
          variants: r?.variants ?? [],
          identifiers: (r?.idnos ?? []).map((i) => identifier(i.type, i.value)),
          inRegister: !!r,
          proposed: r?.proposed ?? true,
          memoCount: 0,
          mentions: [],
        };
        if (r?.type) row.type = r.type;
        if (r?.lat !== undefined) [row.lat, row.long] = [r.lat, r.long];
        if (r?.birth) row.birth = r.birth;
        if (r?.death) row.death = r.death;
        rows.set(e.id, row);
      }
      row.mentions.push({
        memo: m.id,
        paragraph: e.paragraph ?? null,
        n: e.paragraphN ?? null,
        context: e.context,
        surface: e.surface,
        uri: e.paragraph ? paragraphUri(config, m.id, e.paragraph) : memoUri(config, m.id),
      });
    }
  }
  const order: EntityKind[] = ['person', 'place', 'org'];
  const sortKey = (r: EntityRow) => data.register.get(r.id)?.sortKey ?? r.id;
  return [...rows.values()]
    .map((r) => ({ ...r, memoCount: new Set(r.mentions.map((x) => x.memo)).size }))
    .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || cmp(sortKey(a), sortKey(b)) || cmp(a.id, b.id));
}

export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

type Cell = string | number | boolean | null | undefined;

/** RFC 4180 CSV: CRLF line ends, fields quoted when they hold a quote, comma or line break. */
export function csv(header: string[], rows: Cell[][]): string {
  return [header, ...rows].map(csvRow).join('');
}

/** One CSV record with its CRLF. */
export function csvRow(r: Cell[]): string {
  return r.map(csvCell).join(',') + '\r\n';
}

function csvCell(v: Cell): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
