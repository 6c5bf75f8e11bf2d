import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** TEI line → memo file, line and column (the block the TEI line holds). */
export interface SourceMap {
  source: string;
  lines: Map<number, { line: number; column: number }>;
}

export type SourceMapResult = { map: SourceMap } | { problem: string } | undefined;

/**
 * The converter's sidecar source map for a generated TEI file: the given path, or
 * `<out>/.build/sourcemap/<stem>.json` for `<out>/tei/<stem>.xml`. The map is refused when the
 * build manifest shows the TEI was changed since it was written (hand edits move lines), so
 * problems are never pinned to the wrong memo line. undefined: no map exists (hand-made TEI).
 */
export function loadSourceMap(teiPath: string, teiText: string, mapPath?: string): SourceMapResult {
  const stem = basename(teiPath).replace(/\.xml$/i, '');
  const outDir = dirname(dirname(teiPath));
  const path = mapPath ?? (basename(dirname(teiPath)) === 'tei' ? join(outDir, '.build', 'sourcemap', `${stem}.json`) : undefined);
  if (!path || !existsSync(path)) return mapPath ? { problem: `source map ${mapPath} not found` } : undefined;
  let raw: { source?: unknown; lines?: unknown };
  try {
    raw = JSON.parse(readFileSync(path, 'utf8')) as typeof raw;
  } catch (e) {
    return { problem: `source map ${path} is not readable JSON (${(e as Error).message})` };
  }
  if (typeof raw.source !== 'string' || !Array.isArray(raw.lines)) return { problem: `source map ${path} lacks "source" and "lines"` };
  const recorded = manifestHash(join(dirname(dirname(path)), 'manifest.json'), `tei/${basename(teiPath)}`);
  if (recorded && recorded !== createHash('sha256').update(teiText).digest('hex')) {
    return { problem: `${basename(teiPath)} was changed after the build that wrote its source map` };
  }
  const lines = new Map<number, { line: number; column: number }>();
  for (const entry of raw.lines) {
    if (Array.isArray(entry) && entry.length >= 2 && entry.every((n) => Number.isInteger(n))) {
      lines.set(entry[0] as number, { line: entry[1] as number, column: (entry[2] as number | undefined) ?? 1 });
    }
  }
  return { map: { source: raw.source, lines } };
}

function manifestHash(manifestPath: string, key: string): string | undefined {
  try {
    const h = readManifest(manifestPath)[key];
    return typeof h === 'string' ? h.replace(/^sha256:/, '') : undefined;
  } catch {
    return undefined;
  }
}

/** The parsed manifest, reused while the file is unchanged: one edition validates thousands of memos against it. */
let lastManifest: { path: string; mtimeMs: number; size: number; data: Record<string, unknown> } | undefined;

function readManifest(path: string): Record<string, unknown> {
  const st = statSync(path);
  if (lastManifest && lastManifest.path === path && lastManifest.mtimeMs === st.mtimeMs && lastManifest.size === st.size) return lastManifest.data;
  const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  lastManifest = { path, mtimeMs: st.mtimeMs, size: st.size, data };
  return data;
}

/** The memo location of a TEI line: only lines the converter recorded (a block per line). */
export function mapLine(map: SourceMap, teiLine: number | undefined): { file: string; line: number; column: number } | undefined {
  if (teiLine === undefined) return undefined;
  const hit = map.lines.get(teiLine);
  return hit ? { file: map.source, ...hit } : undefined;
}
