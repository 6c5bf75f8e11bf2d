/**
 * Reads a register import CSV (e.g. identifiers reconciled in OpenRefine): one row per entry to add
 * or extend. Each row is checked against schema/register-import.schema.json; a bad row is a TE207
 * diagnostic with its CSV line, and the other rows still load. Pure apart from reading the schema.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.ts';
import { registerId, slug } from './slug.ts';
import { typeOfId, type EntryType, type RegisterEntry } from './types.ts';

export const CSV_COLUMNS = ['id', 'type', 'name', 'variants', 'wikidata', 'viaf', 'geonames', 'lat', 'lon', 'note'] as const;

let validateRow: ValidateFunction | undefined;
function validator(): ValidateFunction {
  if (!validateRow) {
    const schema = JSON.parse(readFileSync(new URL('../../../schema/register-import.schema.json', import.meta.url), 'utf8'));
    validateRow = new Ajv({ allErrors: true }).compile(schema);
  }
  return validateRow;
}

/** RFC 4180 records with the 1-based line each record starts on. */
export function parseCsv(text: string, unclosed?: (line: number) => void): { line: number; cells: string[] }[] {
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let atStart = true;
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const endRow = (): void => {
    cells.push(cell);
    if (cells.length > 1 || cells[0]!.trim() !== '') rows.push({ line: start, cells });
    cells = [];
    cell = '';
    atStart = true;
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (atStart) { start = line; atStart = false; }
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else { if (c === '\n') line++; cell += c; }
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') { cells.push(cell); cell = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      endRow();
      line++;
    } else cell += c;
  }
  if (quoted) unclosed?.(start);
  if (!atStart) endRow();
  return rows;
}

export function readCsvRegister(text: string, file: string): { entries: RegisterEntry[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const entries: RegisterEntry[] = [];
  const reject = (line: number, why: string): void => {
    diagnostics.push(diagnostic('TE207', { file, line, message: `Register import row rejected: ${why}` }));
  };
  let unclosedAt: number | undefined;
  const rows = parseCsv(text, (line) => (unclosedAt = line));
  // A quote that is never closed swallows the rest of the file into one cell: drop that row, say so.
  if (unclosedAt !== undefined) {
    rows.pop();
    reject(unclosedAt, 'a quoted cell is never closed (a " is missing), so the rest of the file ran into it; the row was skipped');
  }
  const header = rows.shift();
  if (!header) return { entries, diagnostics };
  const cols = header.cells.map((c) => c.trim().toLowerCase());
  const unknown = cols.filter((c) => !(CSV_COLUMNS as readonly string[]).includes(c));
  if (unknown.length || !cols.includes('id') && !cols.includes('name')) {
    reject(header.line, unknown.length
      ? `unknown column(s) ${unknown.map((c) => `"${c}"`).join(', ')} in the header; expected ${CSV_COLUMNS.join(',')}`
      : `the header needs an "id" or a "name" column; expected ${CSV_COLUMNS.join(',')}`);
    return { entries, diagnostics };
  }
  const validate = validator();
  for (const { line, cells } of rows) {
    if (cells.length > cols.length) { reject(line, `${cells.length} cells but ${cols.length} columns in the header`); continue; }
    const row: Record<string, unknown> = {};
    cols.forEach((c, i) => {
      // Cells are names and codes: line breaks and runs of spaces inside them carry no meaning.
      const v = (cells[i] ?? '').replace(/\s+/g, ' ').trim();
      if (v === '') return;
      if (c === 'variants') row[c] = v.split('|').map((x) => x.trim()).filter(Boolean);
      else if (c === 'lat' || c === 'lon') row[c] = /^[-+]?\d+(\.\d+)?$/.test(v) ? Number(v) : v;
      else if (c === 'wikidata') row[c] = v.replace(/^https?:\/\/(www\.)?wikidata\.org\/(wiki|entity)\/(Q\d+)$/i, '$3');
      else if (c === 'viaf') row[c] = v.replace(/^https?:\/\/viaf\.org\/viaf\/(\d+)\/?$/i, '$1');
      else row[c] = v;
    });
    if (!validate(row)) {
      reject(line, (validate.errors ?? []).map((e) => `${e.instancePath.slice(1) || 'row'} ${e.message}`).join('; '));
      continue;
    }
    const r = row as { id?: string; type?: EntryType; name?: string; variants?: string[]; wikidata?: string; viaf?: string; geonames?: string; lat?: number; lon?: number; note?: string };
    const type = r.id ? typeOfId(r.id)! : r.type!;
    if (r.type && r.type !== type) { reject(line, `id "${r.id}" does not fit type "${r.type}"`); continue; }
    // A person may be written "Surname, Forenames" (as OpenRefine exports often have it).
    const m = type === 'person' && r.name ? /^([^,]+),\s*([^,]+)$/.exec(r.name) : null;
    const display = m ? `${m[2]!.trim()} ${m[1]!.trim()}` : r.name ?? '';
    const e: RegisterEntry = {
      id: r.id ?? registerId(type, r.name!),
      type,
      name: display,
      sortKey: r.name ? slug(r.name) : '',
      forms: [...(display ? [display] : []), ...(r.variants ?? [])],
      idnos: [],
      source: { file, line },
    };
    if (m) { e.surname = m[1]!.trim(); e.forenames = m[2]!.trim().split(/\s+/); }
    if (r.wikidata) e.idnos.push({ type: 'wikidata', value: r.wikidata });
    if (r.viaf) e.idnos.push({ type: 'viaf', value: r.viaf });
    if (r.geonames) e.idnos.push({ type: 'geonames', value: r.geonames });
    if (r.lat !== undefined && r.lon !== undefined) e.geo = { lat: r.lat, lon: r.lon };
    if (r.note) e.notes = [r.note];
    entries.push(e);
  }
  return { entries, diagnostics };
}
