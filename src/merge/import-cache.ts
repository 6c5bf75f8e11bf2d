import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeAtomic } from '../write-output.ts';
import { logPath, readJournal } from '../cache/journal.ts';
import { readText } from '../cache/read-optional.ts';

/** Blob kinds a shard's cache holds (src/cache/store.ts layout). */
const KINDS = ['convert', 'tei', 'map', 'validate', 'html'];

/**
 * Adds a shard's cache to the merge's: blob files are content-addressed, so a file already present
 * is the same file and is kept; index records of the shard's memos are added (they name the memo
 * files by path, so shards never disagree on one). Hard links where the file system allows.
 */
export function importCache(from: string, to: string): { blobs: number; memos: number } {
  let blobs = 0;
  for (const kind of KINDS) {
    const dir = join(from, kind);
    if (!existsSync(dir)) continue;
    for (const sub of readdirSync(dir)) {
      for (const name of readdirSync(join(dir, sub))) {
        const dest = join(to, kind, sub, name);
        if (name.includes('.tmp-') || existsSync(dest)) continue;
        mkdirSync(dirname(dest), { recursive: true });
        try {
          linkSync(join(dir, sub, name), dest);
        } catch {
          copyFileSync(join(dir, sub, name), dest);
        }
        blobs++;
      }
    }
  }
  const theirs = readJournal<unknown>(join(from, 'convert-index.json')).records;
  const ours = readJournal<unknown>(join(to, 'convert-index.json')).records;
  const memos = { ...ours, ...theirs };
  // savedAt 0: file times recorded on another machine say nothing here, so every memo is hashed once.
  writeAtomic(join(to, 'convert-index.json'), JSON.stringify({ savedAt: 0, memos }));
  rmSync(logPath(join(to, 'convert-index.json')), { force: true });
  const state = readText(join(from, 'register-state.json'));
  if (state) writeAtomic(join(to, 'register-state.json'), state);
  return { blobs, memos: Object.keys(theirs).length };
}
