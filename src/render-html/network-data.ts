import type { Facts } from './facts.ts';
import { xmlEscape } from './xml.ts';

export const NET_WIDTH = 960;
export const NET_HEIGHT = 640;

interface Node { id: string; kind: string; name: string; memos: number; x: number; y: number }
interface Edge { source: string; target: string; weight: number }

/** Persons and organisations linked when mentioned in the same memo; weight = shared memos. */
export function coMentions(facts: Facts, maxNodes = 120): { nodes: Node[]; edges: Edge[] } {
  const kinds = new Map(facts.entities.filter((e) => e.kind !== 'place').map((e) => [e.id, e]));
  // The busiest entities first, so a large edition keeps a readable figure.
  const keep = new Set(
    [...kinds.values()].sort((a, b) => b.memos - a.memos || (a.id < b.id ? -1 : 1)).slice(0, maxNodes).map((e) => e.id),
  );
  const weights = new Map<string, number>();
  for (const memo of facts.memos) {
    const ids = [...new Set(memo.entities)].filter((id) => keep.has(id)).sort();
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const k = `${ids[i]}\t${ids[j]}`;
        weights.set(k, (weights.get(k) ?? 0) + 1);
      }
  }
  const edges = [...weights].map(([k, weight]) => {
    const [source, target] = k.split('\t') as [string, string];
    return { source, target, weight };
  }).sort((a, b) => (a.source + a.target < b.source + b.target ? -1 : 1));
  const nodes = [...keep].sort().map((id) => {
    const e = kinds.get(id)!;
    return { id, kind: e.kind, name: e.name, memos: e.memos, x: 0, y: 0 };
  });
  return { nodes, edges };
}

/**
 * Fruchterman–Reingold layout with a fixed start (nodes on a circle in id order) and a fixed number
 * of cooling steps: no randomness, so the same edition always gives the same figure.
 */
export function layout(nodes: Node[], edges: readonly Edge[], iterations = 300): void {
  const n = nodes.length;
  if (!n) return;
  const index = new Map(nodes.map((d, i) => [d.id, i]));
  nodes.forEach((d, i) => {
    const a = (2 * Math.PI * i) / n;
    d.x = Math.cos(a) * 200;
    d.y = Math.sin(a) * 200;
  });
  const k = Math.sqrt((NET_WIDTH * NET_HEIGHT) / n) * 0.5;
  for (let step = 0; step < iterations; step++) {
    const t = 60 * (1 - step / iterations) + 0.5;
    const dx = new Float64Array(n);
    const dy = new Float64Array(n);
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        const [a, b] = [nodes[i]!, nodes[j]!];
        const vx = a.x - b.x || 0.01 * (i - j);
        const vy = a.y - b.y || 0.01;
        const d2 = vx * vx + vy * vy;
        const f = (k * k) / d2;
        dx[i]! += vx * f; dy[i]! += vy * f;
        dx[j]! -= vx * f; dy[j]! -= vy * f;
      }
    for (const e of edges) {
      const [i, j] = [index.get(e.source)!, index.get(e.target)!];
      const [a, b] = [nodes[i]!, nodes[j]!];
      const vx = a.x - b.x;
      const vy = a.y - b.y;
      const d = Math.sqrt(vx * vx + vy * vy) || 0.01;
      const f = (d / k) * Math.min(e.weight, 4);
      dx[i]! -= vx * f; dy[i]! -= vy * f;
      dx[j]! += vx * f; dy[j]! += vy * f;
    }
    for (let i = 0; i < n; i++) {
      const a = nodes[i]!;
      // A little gravity keeps unconnected groups on the canvas.
      dx[i]! -= a.x * 0.05; dy[i]! -= a.y * 0.05;
      const len = Math.sqrt(dx[i]! ** 2 + dy[i]! ** 2) || 1;
      a.x += (dx[i]! / len) * Math.min(len, t);
      a.y += (dy[i]! / len) * Math.min(len, t);
    }
  }
  fit(nodes);
}

/** Scales the layout into the figure, leaving room for labels. */
function fit(nodes: Node[]): void {
  const xs = nodes.map((d) => d.x);
  const ys = nodes.map((d) => d.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // Labels are centred on their node and up to ~26 characters: keep ~110px clear at the sides.
  const sx = (NET_WIDTH - 220) / (x1 - x0 || 1);
  const sy = (NET_HEIGHT - 80) / (y1 - y0 || 1);
  for (const d of nodes) {
    d.x = x1 === x0 ? NET_WIDTH / 2 : 110 + (d.x - x0) * sx;
    d.y = y1 === y0 ? NET_HEIGHT / 2 : 50 + (d.y - y0) * sy;
  }
}

export function radius(memos: number): number {
  return Math.round((4 + 3 * Math.sqrt(memos)) * 10) / 10;
}

/** The network as data for figures.xsl. */
export function networkData(facts: Facts): string {
  return networkLayout(coMentions(facts));
}

/**
 * The network of coMentions laid out, as data for figures.xsl: a function of the graph alone, so a
 * caller can key the figure by the graph and skip the layout when it has not changed.
 */
export function networkLayout(graph: { nodes: Node[]; edges: Edge[] }): string {
  const { nodes, edges } = graph;
  layout(nodes, edges);
  const at = new Map(nodes.map((d) => [d.id, d]));
  const r1 = (v: number) => v.toFixed(1);
  const parts = [
    ...edges.map((e) => {
      const [a, b] = [at.get(e.source)!, at.get(e.target)!];
      return `<edge source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}" weight="${e.weight}" x1="${r1(a.x)}" y1="${r1(a.y)}" x2="${r1(b.x)}" y2="${r1(b.y)}"/>`;
    }),
    ...nodes.map((d) => `<node id="${xmlEscape(d.id)}" kind="${d.kind}" name="${xmlEscape(d.name)}" memos="${d.memos}" x="${r1(d.x)}" y="${r1(d.y)}" r="${radius(d.memos)}"/>`),
  ];
  return `<network width="${NET_WIDTH}" height="${NET_HEIGHT}">${parts.join('')}</network>`;
}
