import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Diagnostic, diagnostic } from './diagnostics/diagnostic.ts';

const CORPUS = resolve(dirname(fileURLToPath(import.meta.url)), '../corpus');

export interface InitOptions {
  dir: string;
  title?: string;
  /** Injected clock: the config's release date. */
  today: string;
}

/**
 * Scaffolds a new edition: edition.json, memos/ with one example memo, register/ with a CSV to
 * extend the shipped register, and an introduction. Never overwrites an existing edition.
 */
export function initEdition(o: InitOptions): { diagnostics: Diagnostic[]; written: string[] } {
  const dir = resolve(o.dir);
  const configPath = join(dir, 'edition.json');
  if (existsSync(configPath)) return { diagnostics: [diagnostic('TE706', { file: configPath })], written: [] };
  if (existsSync(dir) && readdirSync(dir).some((n) => n === 'memos' || n === 'register')) return { diagnostics: [diagnostic('TE706', { file: dir, message: `${dir} already holds memos/ or register/` })], written: [] };
  mkdirSync(join(dir, 'memos'), { recursive: true });
  mkdirSync(join(dir, 'register'), { recursive: true });
  const example = readdirSync(join(CORPUS, 'memos')).sort()[0]!;
  copyFileSync(join(CORPUS, 'memos', example), join(dir, 'memos', example));
  const shippedRegister = join(CORPUS, 'register');
  const config = {
    $schema: 'https://example.org/tei-edition/schema/edition-config.schema.json',
    title: o.title ?? 'A new edition of memoranda',
    editors: ['Your Name'],
    publisher: 'Your institution',
    baseUrl: 'https://example.org/my-edition',
    version: '0.1.0',
    date: o.today,
    language: 'en',
    licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    introduction: 'introduction.md',
    memos: ['memos'],
    // The shipped register first, then the edition's own additions (later entries extend earlier ones).
    register: [shippedRegister, 'register'],
    output: 'output',
    pdf: { paper: 'A4', enabled: true },
  };
  writeFileSync(configPath, JSON.stringify(config, null, 2) + '\n');
  writeFileSync(join(dir, 'register', 'additions.csv'), 'id,type,name,variants,wikidata,viaf,geonames,lat,lon,note\n');
  writeFileSync(join(dir, 'introduction.md'), `This edition presents … (write the editorial introduction here; Markdown).\n`);
  return { diagnostics: [], written: ['edition.json', `memos/${example}`, 'register/additions.csv', 'introduction.md'] };
}
