import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { buildInfo } from '../build-info.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { StageContext, TeiDoc } from '../edition.ts';
import { loadConfig } from '../load-config.ts';

/**
 * A StageContext from an edition config and the TEI already in its output folder (output/tei/),
 * for rendering without re-running the converter (`serve` when no build pipeline is available,
 * tests). Memos are ordered by date, then id, as the build orders them.
 */
export function loadSiteContext(configPath: string, env: NodeJS.ProcessEnv = process.env, now: () => Date = () => new Date()): { ctx?: StageContext; diagnostics: Diagnostic[] } {
  const { config, root, diagnostics } = loadConfig(configPath);
  if (!config) return { diagnostics };
  const outDir = resolve(root, config.output);
  const teiDir = join(outDir, 'tei');
  const files = existsSync(teiDir) ? readdirSync(teiDir).filter((f) => f.endsWith('.xml') && !['register.xml', 'edition.xml'].includes(f)) : [];
  const memos: (TeiDoc & { date: string })[] = files.map((f) => {
    const path = join(teiDir, f);
    const xml = readFileSync(path, 'utf8');
    const id = /<TEI\b[^>]*\bxml:id="([^"]+)"/.exec(xml)?.[1] ?? basename(f, '.xml');
    const date = /<creation>\s*<date\b[^>]*\bwhen="([^"]+)"/.exec(xml)?.[1] ?? '';
    return { id, path, stem: basename(f, '.xml'), xml, date };
  });
  memos.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const registerPath = join(teiDir, 'register.xml');
  const register = { path: registerPath, xml: existsSync(registerPath) ? readFileSync(registerPath, 'utf8') : '<TEI xmlns="http://www.tei-c.org/ns/1.0"/>' };
  const ctx: StageContext = {
    config,
    root,
    outDir,
    memos: memos.map(({ date: _date, ...m }) => m),
    register,
    build: buildInfo(config, env, now),
  };
  return { ctx, diagnostics };
}
