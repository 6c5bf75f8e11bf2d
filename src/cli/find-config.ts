import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_CONFIG } from '../load-config.ts';

/**
 * The edition config a command uses: --config when given, else ./edition.json, ./edition.yaml or
 * ./edition.yml in the working folder, else `fallback` (the sample edition shipped with the tool).
 */
export function findConfig(cwd: string, given?: unknown): string;
export function findConfig(cwd: string, given: unknown, fallback: string | undefined): string | undefined;
export function findConfig(cwd: string, given?: unknown, fallback: string | undefined = DEFAULT_CONFIG): string | undefined {
  if (typeof given === 'string') return resolve(cwd, given);
  for (const name of ['edition.json', 'edition.yaml', 'edition.yml']) {
    const p = resolve(cwd, name);
    if (existsSync(p)) return p;
  }
  return fallback;
}
