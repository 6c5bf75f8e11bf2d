import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomic } from '../write-output.ts';

/**
 * Content-addressed files under one folder: `<dir>/<kind>/<key[0..2]>/<key>.<ext>`. Keys are hex
 * digests of everything a result depends on, so an entry is never stale, only unused; a build
 * reads what it needs and writes atomically (a killed build leaves whole entries or none). Folders
 * from several machines (shards) can be merged by copying: equal keys hold equal content.
 */
export class BlobStore {
  constructor(readonly dir: string) {}

  path(kind: string, key: string, ext = 'json'): string {
    return join(this.dir, kind, key.slice(0, 2), `${key}.${ext}`);
  }

  readText(kind: string, key: string, ext = 'json'): string | undefined {
    try {
      return readFileSync(this.path(kind, key, ext), 'utf8');
    } catch {
      return undefined;
    }
  }

  readJson<T>(kind: string, key: string): T | undefined {
    const text = this.readText(kind, key);
    if (text === undefined) return undefined;
    try {
      return JSON.parse(text) as T;
    } catch {
      return undefined; // damaged entry: recomputed and rewritten
    }
  }

  write(kind: string, key: string, content: string | Uint8Array, ext = 'json'): void {
    const p = this.path(kind, key, ext);
    try {
      writeAtomic(p, content);
    } catch {
      // A cache that cannot be written only makes the next build slower.
      rmSync(p, { force: true });
    }
  }

  ensure(): void {
    mkdirSync(this.dir, { recursive: true });
  }
}
