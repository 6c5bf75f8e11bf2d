import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { buildInfo } from './build-info.ts';
import type { Diagnostic } from './diagnostics/diagnostic.ts';
import type { StageContext } from './edition.ts';
import { loadConfig } from './load-config.ts';
import { teiDocOnDisk } from './tei-doc.ts';

export interface StageContextOptions {
  /** Output folder (default: the config's `output`); its tei/ holds the memos. */
  outDir?: string;
  env?: NodeJS.ProcessEnv;
  now?: () => Date;
}

/**
 * A StageContext from an edition config and the TEI a build already wrote (output/tei/), so that
 * `pdf`, `export`, `deposit` and `serve` run without converting again. Memos in edition order
 * (date, then id), as the build orders them.
 */
export function loadStageContext(configPath: string, o: StageContextOptions = {}): { ctx?: StageContext; diagnostics: Diagnostic[] } {
  const { config, root, diagnostics } = loadConfig(configPath);
  if (!config) return { diagnostics };
  const outDir = resolve(o.outDir ?? resolve(root, config.output));
  const teiDir = join(outDir, 'tei');
  const names = existsSync(teiDir) ? readdirSync(teiDir).filter((f) => f.endsWith('.xml') && f !== 'register.xml' && f !== 'edition.xml').sort() : [];
  const memos = names.map((f) => {
    const path = join(teiDir, f);
    const xml = readFileSync(path, 'utf8');
    const id = /<TEI\b[^>]*\bxml:id="([^"]+)"/.exec(xml)?.[1] ?? basename(f, '.xml');
    const date = /<creation>\s*<date\b[^>]*\b(?:when|notBefore|from)="([^"]+)"/.exec(xml)?.[1] ?? '';
    return { doc: teiDocOnDisk(path, id, basename(f, '.xml')), date };
  });
  memos.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.doc.id < b.doc.id ? -1 : a.doc.id > b.doc.id ? 1 : 0));
  const registerPath = join(teiDir, 'register.xml');
  const register = { path: registerPath, xml: existsSync(registerPath) ? readFileSync(registerPath, 'utf8') : '' };
  const build = buildInfo(config, o.env ?? process.env, o.now ?? (() => new Date()));
  return { ctx: { config, root, outDir, memos: memos.map((m) => m.doc), register, build }, diagnostics };
}
