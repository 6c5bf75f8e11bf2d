import { createWriteStream, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import yazl from 'yazl';
import { dirSource } from './source.ts';

/**
 * Zips a bag under one top-level folder, deterministically: entries sorted, one fixed mtime (the
 * build timestamp) and fixed modes. DOS timestamps are local time, so the date is built from the
 * timestamp's UTC fields to come out the same in every time zone. Returns an error message or undefined.
 */
export async function writeZip(dir: string, top: string, zipPath: string, timestamp: string): Promise<string | undefined> {
  const t = new Date(/^\d{4}-\d{2}-\d{2}$/.test(timestamp) ? `${timestamp}T00:00:00Z` : timestamp);
  const when = Number.isNaN(t.getTime()) ? new Date(2000, 0, 1) : new Date(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes(), t.getUTCSeconds());
  const zip = new yazl.ZipFile();
  const tmp = `${zipPath}.tmp-${process.pid}`;
  try {
    for (const f of dirSource(dir).files()) {
      zip.addBuffer(readFileSync(join(dir, f)), `${top}/${f}`, { mtime: when, mode: 0o100644, compress: true, compressionLevel: 9, forceDosTimestamp: true });
    }
    await new Promise<void>((res, rej) => {
      const out = createWriteStream(tmp);
      out.on('close', () => res());
      out.on('error', rej);
      zip.outputStream.on('error', rej);
      zip.outputStream.pipe(out);
      zip.end();
    });
    renameSync(tmp, zipPath);
    return undefined;
  } catch (e) {
    rmSync(tmp, { force: true });
    return (e as Error).message;
  }
}
