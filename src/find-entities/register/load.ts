/** I/O edge of the register: reads TEI files and CSV imports from paths and merges them. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.ts';
import { mergeContributions, type Contribution } from './merge.ts';
import { readCsvRegister } from './read-csv.ts';
import { readTeiRegister } from './read-tei.ts';
import type { Register } from './types.ts';
import { screenXml } from '../../xml-guard.ts';

/** Files to read, in order: a directory contributes every .xml/.csv inside it, sorted by name. */
function expand(paths: string[], ds: Diagnostic[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    try {
      if (statSync(p).isDirectory()) {
        const names = readdirSync(p).filter((n) => /\.(xml|csv)$/i.test(n)).sort();
        files.push(...names.map((n) => join(p, n)));
      } else files.push(p);
    } catch (e) {
      ds.push(diagnostic('TE205', { file: p, message: `Register file could not be loaded: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` }));
    }
  }
  return files;
}

/**
 * Loads TEI register files and CSV imports; later files override/extend earlier ones (same xml:id →
 * merged forms and identifiers; a CSV row may add variants or identifiers to an existing id or define
 * a new entry). Never throws: every problem is a diagnostic and the rest still loads.
 */
export function loadRegister(paths: string[]): { register: Register; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const contribs: Contribution[] = [];
  // Path by path, so diagnostics come in the order the paths were given.
  for (const path of paths) {
    for (const file of expand([path], diagnostics)) {
      try {
        const text = readFileSync(file, 'utf8');
        const csv = /\.csv$/i.test(file);
        const r = csv ? readCsvRegister(text, file) : readTeiRegister(text, file);
        diagnostics.push(...r.diagnostics);
        // xi:include is never followed: say so, rather than load a register silently missing entries.
        if (!csv) diagnostics.push(...screenXml(text, file).filter((d) => d.code === 'TE802').map((d) => ({ ...d, severity: 'warning' as const, message: `${d.message}; entries in the included file are not in the register` })));
        for (const entry of r.entries) contribs.push({ entry, partial: csv });
      } catch (e) {
        diagnostics.push(diagnostic('TE205', { file, message: `Register file could not be loaded: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` }));
      }
    }
  }
  const merged = mergeContributions(contribs);
  return { register: merged.register, diagnostics: [...diagnostics, ...merged.diagnostics] };
}
