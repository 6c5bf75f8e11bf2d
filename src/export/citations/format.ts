import { readFileSync } from 'node:fs';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslItem } from './csl.ts';

/**
 * Citation formats through citation-js (citeproc-js for CSL styles). plugin-csl ships no Chicago
 * style, so the edition's own compact Chicago full-note style is registered here once per process.
 */
export const CHICAGO = 'tei-edition-chicago-note';

let ready = false;
function setup(): void {
  if (ready) return;
  const csl = plugins.config.get('@csl') as { styles: { add(name: string, xml: string): void } };
  csl.styles.add(CHICAGO, readFileSync(new URL('./chicago-note.csl', import.meta.url), 'utf8'));
  // Citation keys are the memo and paragraph ids: stable, and what the site shows.
  const bib = plugins.config.get('@bibtex') as { format: { useIdAsLabel: boolean; checkLabel: boolean } };
  bib.format.useIdAsLabel = true;
  // The ids are NCNames (letters, digits, "-", "."), all legal in BibTeX keys: keep them as they are.
  bib.format.checkLabel = false;
  ready = true;
}

/** The same item without `custom` (citation-js passes unknown keys through to BibTeX/RIS notes). */
function plain(item: CslItem): Omit<CslItem, 'custom'> {
  const { custom: _c, ...rest } = item;
  return rest;
}

type Engine = {
  updateItems(ids: string[]): void;
  makeCitationCluster(items: unknown[]): string;
  makeBibliography(): [{ entry_ids: string[][] }, string[]];
};

/** citeproc-js through citation-js's engine cache (one engine per style), fed the given items. */
function engine(items: CslItem[]): Engine {
  setup();
  const csl = plugins.config.get('@csl') as { engine(data: unknown[], style: string, lang: string, format: string): Engine };
  const e = csl.engine(items.map(plain), CHICAGO, 'en-US', 'text');
  e.updateItems(items.map((i) => i.id));
  return e;
}

/**
 * Chicago full notes and bibliography entries, one each per item, from one citeproc run: a locator
 * adds "para. N". Every note is a first, full note: makeCitationCluster renders a citation without
 * the position tracking of a document (which rebuildProcessorState would redo for every item, at
 * ten times the cost for a memo's paragraphs).
 */
export function chicagoCitations(items: CslItem[], paragraphs: (string | undefined)[] = []): { notes: string[]; bibliography: string[] } {
  if (!items.length) return { notes: [], bibliography: [] };
  const e = engine(items);
  const notes = items.map((item, i) => e.makeCitationCluster([paragraphs[i] ? { id: item.id, locator: paragraphs[i], label: 'paragraph' } : { id: item.id }]).trim());
  const [meta, entries] = e.makeBibliography();
  const byId = new Map(meta.entry_ids.map((ids, i) => [ids[0], entries[i].trim()]));
  return { notes, bibliography: items.map((i) => byId.get(i.id) ?? '') };
}

export const chicagoNotes = (items: CslItem[], paragraphs: (string | undefined)[] = []): string[] => chicagoCitations(items, paragraphs).notes;
export const chicagoBibliographies = (items: CslItem[]): string[] => chicagoCitations(items).bibliography;
export const chicagoNote = (item: CslItem, paragraph?: string): string => chicagoNotes([item], [paragraph])[0];
export const chicagoBibliography = (item: CslItem): string => chicagoBibliographies([item])[0];

/**
 * BibLaTeX (@unpublished). Its manuscript mapping has no archive fields, so the archive and the
 * source statement travel in `note`, as Chicago's BibLaTeX styles print them.
 */
export function formatBibtex(items: CslItem[]): string {
  setup();
  const withArchive = items.map((i) => {
    const parts = [[i.archive, i.archive_location].filter(Boolean).join(', '), ...(i.note ?? '').split('\n')];
    const note = parts.map((p) => p.trim().replace(/\.$/, '')).filter(Boolean).join('. ');
    return { ...plain(i), note: note ? note + '.' : undefined };
  });
  return new Cite(withArchive).format('biblatex', { format: 'text' }).trim() + '\n';
}

/**
 * RIS (type MANSCPT). citation-js maps archive to PB; Zotero's RIS translator reads the archive
 * location from AN and translators from A4, which citation-js does not write for manuscripts, so
 * those tags are added to citation-js's record object before it is printed.
 */
export function formatRis(items: CslItem[]): string {
  setup();
  const records = new Cite(items.map(plain)).format('ris', { format: 'object' }) as unknown as Record<string, string | string[]>[];
  return (
    records
      .map((rec, i) => {
        const item = items[i];
        if (item.archive_location && !rec.AN) rec.AN = item.archive_location;
        if (item.translator?.length && !rec.A4) rec.A4 = item.translator.map(risName);
        if (typeof rec.N1 === 'string') rec.N1 = rec.N1.split('\n');
        const lines = [`TY  - ${rec.TY}`];
        for (const tag of Object.keys(rec).sort()) {
          if (tag === 'TY') continue;
          for (const v of ([] as string[]).concat(rec[tag])) lines.push(`${tag}  - ${String(v).replace(/\s*\n\s*/g, ' ')}`);
        }
        lines.push('ER  - ');
        return lines.join('\n');
      })
      .join('\n\n') + '\n'
  );
}

function risName(n: NonNullable<CslItem['translator']>[number]): string {
  return 'literal' in n ? n.literal : n.given ? `${n.family}, ${n.given}` : n.family;
}
