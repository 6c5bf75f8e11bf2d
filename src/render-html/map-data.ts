import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { EntityFacts } from './facts.ts';
import { xmlEscape } from './xml.ts';

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 540;

const require = createRequire(import.meta.url);
let countries: GeoJSON.FeatureCollection | undefined;

/** Natural Earth 1:110m country outlines (world-atlas), read once per process. */
function worldCountries(): GeoJSON.FeatureCollection {
  if (!countries) {
    const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    countries = feature(topo, topo.objects.countries) as GeoJSON.FeatureCollection;
  }
  return countries;
}

/**
 * The map as data for figures.xsl: country outlines and place markers, projected at build time
 * (Equal Earth, fitted to the mentioned places with a margin), so the page needs no JS or tiles.
 * Output is deterministic: features in atlas order, places by id, coordinates rounded.
 */
export function mapData(entities: readonly EntityFacts[]): string {
  const places = entities.filter((e) => e.kind === 'place');
  const located = places.filter((p) => p.lat !== undefined && p.lon !== undefined);
  const unplaced = places.filter((p) => p.lat === undefined || p.lon === undefined);
  const parts: string[] = [];
  if (located.length) {
    const projection = geoEqualEarth().fitExtent([[40, 30], [MAP_WIDTH - 40, MAP_HEIGHT - 30]], frame(located));
    projection.clipExtent([[0, 0], [MAP_WIDTH, MAP_HEIGHT]]);
    const path = geoPath(projection).digits(1);
    for (const f of worldCountries().features) {
      const d = path(f);
      if (d) parts.push(`<country name="${xmlEscape(String(f.properties?.name ?? ''))}" d="${d}"/>`);
    }
    const marks = located
      .map((p) => ({ p, xy: projection([p.lon!, p.lat!]), r: 4 + Math.min(p.memos, 6) }))
      .filter((m): m is { p: EntityFacts; xy: [number, number]; r: number } => !!m.xy);
    const labels = placeLabels(marks.map((m) => ({ x: m.xy[0], y: m.xy[1], r: m.r, text: m.p.name, weight: m.p.memos })));
    marks.forEach((m, i) => {
      const l = labels[i];
      const label = l ? ` lx="${l.x.toFixed(1)}" ly="${l.y.toFixed(1)}" anchor="${l.anchor}"` : '';
      parts.push(`<place id="${xmlEscape(m.p.id)}" name="${xmlEscape(m.p.name)}" x="${m.xy[0].toFixed(1)}" y="${m.xy[1].toFixed(1)}" r="${m.r}" memos="${m.p.memos}"${label}/>`);
    });
  }
  for (const p of unplaced) parts.push(`<unplaced id="${xmlEscape(p.id)}" name="${xmlEscape(p.name)}"/>`);
  return `<map width="${MAP_WIDTH}" height="${MAP_HEIGHT}">${parts.join('')}</map>`;
}

/** The area to show: the places' bounding box, padded, at least 50° × 30° so one city is not a blur. */
function frame(located: readonly EntityFacts[]): GeoJSON.MultiPoint {
  const lons = located.map((p) => p.lon!);
  const lats = located.map((p) => p.lat!);
  let [w, e, s, n] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const padLon = Math.max(8, (50 - (e - w)) / 2);
  const padLat = Math.max(5, (30 - (n - s)) / 2);
  [w, e] = [Math.max(-180, w - padLon), Math.min(180, e + padLon)];
  [s, n] = [Math.max(-85, s - padLat), Math.min(85, n + padLat)];
  const mid = (w + e) / 2;
  // Corners and edge midpoints: a projected box bulges, so the midpoints keep the edges inside.
  return { type: 'MultiPoint', coordinates: [[w, s], [w, n], [e, s], [e, n], [mid, s], [mid, n], [w, (s + n) / 2], [e, (s + n) / 2]] };
}

interface Box { x0: number; y0: number; x1: number; y1: number }
interface Label { x: number; y: number; anchor: 'start' | 'end' | 'middle' }

/**
 * Greedy label placement: places mentioned most are labelled first; each label tries right, left,
 * above, below its marker and takes the first spot inside the frame that overlaps no marker or
 * earlier label. A label with no free spot is left off (the marker keeps its name as link text).
 */
export function placeLabels(marks: { x: number; y: number; r: number; text: string; weight: number }[]): (Label | undefined)[] {
  const CHAR = 7.2;
  const H = 14;
  const taken: Box[] = marks.map((m) => ({ x0: m.x - m.r, y0: m.y - m.r, x1: m.x + m.r, y1: m.y + m.r }));
  const out: (Label | undefined)[] = marks.map(() => undefined);
  const order = marks.map((_, i) => i).sort((a, b) => marks[b]!.weight - marks[a]!.weight || marks[a]!.text.localeCompare(marks[b]!.text));
  for (const i of order) {
    const m = marks[i]!;
    const w = m.text.length * CHAR;
    const options: [Label, Box][] = [
      [{ x: m.x + m.r + 4, y: m.y + 4, anchor: 'start' }, { x0: m.x + m.r + 3, y0: m.y - H / 2, x1: m.x + m.r + 5 + w, y1: m.y + H / 2 }],
      [{ x: m.x - m.r - 4, y: m.y + 4, anchor: 'end' }, { x0: m.x - m.r - 5 - w, y0: m.y - H / 2, x1: m.x - m.r - 3, y1: m.y + H / 2 }],
      [{ x: m.x, y: m.y - m.r - 5, anchor: 'middle' }, { x0: m.x - w / 2, y0: m.y - m.r - 5 - H, x1: m.x + w / 2, y1: m.y - m.r - 3 }],
      [{ x: m.x, y: m.y + m.r + 14, anchor: 'middle' }, { x0: m.x - w / 2, y0: m.y + m.r + 2, x1: m.x + w / 2, y1: m.y + m.r + 3 + H }],
    ];
    const free = options.find(([, b]) => b.x0 >= 2 && b.y0 >= 2 && b.x1 <= MAP_WIDTH - 2 && b.y1 <= MAP_HEIGHT - 2 && !taken.some((t) => overlaps(t, b)));
    if (free) {
      out[i] = free[0];
      taken.push(free[1]);
    }
  }
  return out;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}
