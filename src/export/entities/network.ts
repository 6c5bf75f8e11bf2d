import type { StageContext, StageResult } from '../../edition.ts';
import type { ExportOptions } from '../citations/index.ts';
import { exportData, type ExportData } from '../data.ts';
import { escapeAttr, escapeText } from '../xml/tree.ts';
import { OutputWriter } from '../write.ts';
import { cmp, csv, csvRow, entityTable, type EntityRow } from './table.ts';

export interface Edge {
  source: string;
  target: string;
  /** Number of passages (paragraph, memo heading or summary) naming both entities. */
  weight: number;
  memos: number;
}

/**
 * Co-occurrence: two entities are linked once for every passage (a body paragraph, the memo
 * heading or its summary) that names both; header credits (translators) are not passages.
 */
export function cooccurrence(data: ExportData): Edge[] {
  // Memos are read one after the other: an edge's memo count grows when a new memo names the pair
  // (no set of memo ids per edge; an edition has millions of edges at 10,000 memos).
  const edges = new Map<string, { weight: number; memos: number; last: number }>();
  data.memos.forEach((m, mi) => {
    const passages = new Map<string, Set<string>>();
    for (const e of m.mentions) {
      if (e.context === 'header') continue;
      const key = e.paragraph ?? e.context;
      if (!passages.has(key)) passages.set(key, new Set());
      passages.get(key)!.add(e.id);
    }
    for (const ids of passages.values()) {
      const sorted = [...ids].sort(cmp);
      for (let i = 0; i < sorted.length; i++) {
        for (let j = i + 1; j < sorted.length; j++) {
          const k = `${sorted[i]}\u0000${sorted[j]}`;
          let e = edges.get(k);
          if (!e) edges.set(k, (e = { weight: 0, memos: 0, last: -1 }));
          e.weight++;
          if (e.last !== mi) [e.memos, e.last] = [e.memos + 1, mi];
        }
      }
    }
  });
  return [...edges.entries()]
    .map(([k, v]) => {
      const [source, target] = k.split('\u0000');
      return { source, target, weight: v.weight, memos: v.memos };
    })
    .sort((a, b) => cmp(a.source, b.source) || cmp(a.target, b.target));
}

const COLOR: Record<string, [number, number, number]> = { person: [31, 119, 180], place: [44, 160, 44], org: [214, 39, 40] };

/** GEXF 1.3 (gexf.net), undirected and static, with kind/mentions/uri node attributes and colours. */
export function gexf(nodes: EntityRow[], edges: Edge[], meta: GexfMeta): string {
  const parts: string[] = [];
  writeGexf(nodes, edges, meta, (s) => parts.push(s));
  return parts.join('');
}

type GexfMeta = { date: string; creator: string; description: string };

/** gexf(), piece by piece (the file of a large edition is hundreds of MB). */
export function writeGexf(nodes: EntityRow[], edges: Edge[], meta: GexfMeta, write: (s: string) => void): void {
  const a = escapeAttr;
  const lines = (...l: string[]) => write(l.map((x) => x + '\n').join(''));
  lines(
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${a(meta.date)}">`,
    `    <creator>${escapeText(meta.creator)}</creator>`,
    `    <description>${escapeText(meta.description)}</description>`,
    '  </meta>',
    '  <graph defaultedgetype="undirected" mode="static">',
    '    <attributes class="node" mode="static">',
    '      <attribute id="kind" title="kind" type="string"/>',
    '      <attribute id="mentions" title="mentions" type="integer"/>',
    '      <attribute id="memos" title="memos" type="integer"/>',
    '      <attribute id="uri" title="uri" type="anyURI"/>',
    '    </attributes>',
    '    <attributes class="edge" mode="static">',
    '      <attribute id="memos" title="memos" type="integer"/>',
    '    </attributes>',
    '    <nodes>',
  );
  for (const n of nodes) {
    const [r, g, b] = COLOR[n.kind];
    lines(
      `      <node id="${a(n.id)}" label="${a(n.name)}">`,
      '        <attvalues>',
      `          <attvalue for="kind" value="${n.kind}"/>`,
      `          <attvalue for="mentions" value="${n.mentions.length}"/>`,
      `          <attvalue for="memos" value="${n.memoCount}"/>`,
      `          <attvalue for="uri" value="${a(n.uri)}"/>`,
      '        </attvalues>',
      `        <viz:color r="${r}" g="${g}" b="${b}"/>`,
      `        <viz:size value="${(4 + Math.sqrt(n.mentions.length) * 2).toFixed(2)}"/>`,
      '      </node>',
    );
  }
  lines('    </nodes>', '    <edges>');
  edges.forEach((e, i) => {
    lines(
      `      <edge id="e${i}" source="${a(e.source)}" target="${a(e.target)}" weight="${e.weight}">`,
      `        <attvalues><attvalue for="memos" value="${e.memos}"/></attvalues>`,
      '      </edge>',
    );
  });
  lines('    </edges>', '  </graph>');
  write('</gexf>\n');
}

/** export/network/: nodes.csv, edges.csv (Gephi's spreadsheet import columns) and network.gexf. */
export async function exportNetwork(ctx: StageContext, opts: ExportOptions = {}): Promise<StageResult> {
  const out = new OutputWriter(opts.outDir ?? ctx.outDir);
  const data = exportData(ctx);
  const nodes = entityTable(data, ctx.config);
  const edges = cooccurrence(data);
  out.write(
    'export/network/nodes.csv',
    csv(['Id', 'Label', 'Kind', 'Mentions', 'Memos', 'URI'], nodes.map((n) => [n.id, n.name, n.kind, n.mentions.length, n.memoCount, n.uri])),
  );
  out.stream('export/network/edges.csv', (write) => {
    write(csvRow(['Source', 'Target', 'Type', 'Weight', 'Memos']));
    for (const e of edges) write(csvRow([e.source, e.target, 'Undirected', e.weight, e.memos]));
  });
  const description = `Co-occurrence of persons, places and organisations in the passages of ${ctx.config.title}, version ${ctx.config.version}`;
  out.stream('export/network/network.gexf', (write) => writeGexf(nodes, edges, { date: ctx.build.date, creator: `tei-edition ${ctx.build.toolVersion}`, description }, write));
  return out.result();
}
