import { readFileSync } from 'node:fs';
import { fileStamp, remembered } from './session.ts';

/** A file's text, or '' when it cannot be read (a missing cache entry is not an error). */
export function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** A JSON file's value, or undefined when it is missing or not JSON. */
export function readJson<T>(path: string): T | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/**
 * readJson, or in a build session (session.ts) the value the session read while the file is
 * unchanged: shared between builds, so read-only.
 */
export function readJsonKept<T>(path: string): T | undefined {
  return remembered(`json:${path}`, () => fileStamp([path]), () => readJson<T>(path) ?? null) ?? undefined;
}
