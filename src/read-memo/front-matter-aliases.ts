import type { Pair } from 'yaml';
import { frontMatterKeys } from './schemas.ts';

/** Keys that name a part of the source statement when written on their own, and the part. */
const SOURCE_PARTS: Record<string, string> = { archive: 'repository', repository: 'repository', citation: 'citation', collection: 'collection', settlement: 'settlement' };

/**
 * The keys users write for the schema's keys (docs/input-format.md): snake or kebab case
 * (`record_id`, `obtained-by`), and the source's parts on their own (`archive`, `citation`): with
 * no `source` they become its parts, beside a `source` an `archive` is the original archive. The
 * pairs map follows, so diagnostics and offsets still point at the key as written.
 */
export function resolveAliases(data: Record<string, unknown>, pairs: Map<string, Pair>): void {
  const known = frontMatterKeys();
  for (const key of Object.keys(data)) {
    if (known.has(key)) continue;
    const camel = key.replace(/[-_ ]+([a-z])/g, (_, c: string) => c.toUpperCase());
    if (camel === key || !known.has(camel) || camel in data) continue;
    move(data, pairs, key, camel);
  }
  const parts = Object.keys(SOURCE_PARTS).filter((k) => typeof data[k] === 'string' && !known.has(k));
  if (!parts.length) return;
  if (!('source' in data)) {
    const source: Record<string, unknown> = {};
    for (const k of parts) source[SOURCE_PARTS[k]!] ??= data[k];
    pairs.set('source', pairs.get(parts[0]!)!);
    for (const k of parts) delete data[k];
    data.source = source;
  } else if (typeof data.archive === 'string' && !('originalArchive' in data)) move(data, pairs, 'archive', 'originalArchive');
}

function move(data: Record<string, unknown>, pairs: Map<string, Pair>, from: string, to: string): void {
  data[to] = data[from];
  delete data[from];
  const p = pairs.get(from);
  if (p) pairs.set(to, p);
}
