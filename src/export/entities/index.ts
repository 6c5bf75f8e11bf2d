import type { StageContext, StageResult } from '../../edition.ts';
import type { ExportOptions } from '../citations/index.ts';
import { exportData } from '../data.ts';
import type { EntityKind } from '../tei/memo-info.ts';
import { OutputWriter } from '../write.ts';
import { csv, csvRow, entityTable, type EntityRow } from './table.ts';

export { entityTable, type EntityRow, type MentionRow } from './table.ts';
export { exportNetwork, cooccurrence, gexf } from './network.ts';
export { exportJsonLd } from './jsonld.ts';

const FILES: Record<EntityKind, string> = { person: 'persons', place: 'places', org: 'orgs' };

/**
 * export/entities/: persons.csv, places.csv, orgs.csv (one row per entity, with identifiers),
 * mentions.csv (one row per mention: memo, paragraph, surface form) and entities.json (both).
 */
export async function exportEntities(ctx: StageContext, opts: ExportOptions = {}): Promise<StageResult> {
  const out = new OutputWriter(opts.outDir ?? ctx.outDir);
  const rows = entityTable(exportData(ctx), ctx.config);
  const kinds: EntityKind[] = ['person', 'place', 'org'];
  for (const kind of kinds) out.write(`export/entities/${FILES[kind]}.csv`, entityCsv(rows.filter((r) => r.kind === kind), kind));
  // The two files with every mention are written row by row (hundreds of MB at 10,000 memos).
  out.stream('export/entities/mentions.csv', (write) => {
    write(csvRow(['entity_id', 'kind', 'memo_id', 'paragraph_id', 'paragraph_n', 'context', 'surface', 'uri']));
    for (const r of rows) for (const m of r.mentions) write(csvRow([r.id, r.kind, m.memo, m.paragraph, m.n, m.context, m.surface, m.uri]));
  });
  // JSON.stringify({ persons, places, orgs }, null, 2), one entity at a time.
  out.stream('export/entities/entities.json', (write) => {
    write('{');
    kinds.forEach((kind, k) => {
      const of = rows.filter((r) => r.kind === kind);
      write(`${k ? ',' : ''}\n  "${FILES[kind]}": ${of.length ? '[' : '[]'}`);
      of.forEach((r, i) => write(`${i ? ',' : ''}\n    ${JSON.stringify(r, null, 2).replace(/\n/g, '\n    ')}`));
      if (of.length) write('\n  ]');
    });
    write('\n}\n');
  });
  return out.result();
}

function entityCsv(rows: EntityRow[], kind: EntityKind): string {
  const extra = kind === 'place' ? ['lat', 'long'] : kind === 'person' ? ['birth', 'death'] : [];
  return csv(
    ['id', 'name', 'uri', 'type', 'variants', 'identifiers', ...extra, 'in_register', 'proposed', 'mentions', 'memos'],
    rows.map((r) => [
      r.id,
      r.name,
      r.uri,
      r.type,
      r.variants.join(' | '),
      r.identifiers.map((i) => `${i.type}:${i.value}`).join(' | '),
      ...(kind === 'place' ? [r.lat, r.long] : kind === 'person' ? [r.birth, r.death] : []),
      r.inRegister,
      r.proposed,
      r.mentions.length,
      r.memoCount,
    ]),
  );
}
