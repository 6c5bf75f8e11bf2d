import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { inflateRawSync } from 'node:zlib';

/** A bag to verify, on disk or inside a zip (read in memory: nothing is extracted, so no zip-slip). */
export interface BagSource {
  /** Every file of the bag (hidden files included), as bag-relative paths with "/". */
  files(): string[];
  read(rel: string): Buffer | undefined;
  size(rel: string): number | undefined;
  isDir(rel: string): boolean;
}

export function dirSource(root: string): BagSource {
  const walk = (dir: string, out: string[]): string[] => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p, out);
      else if (e.isFile()) out.push(relative(root, p).split(sep).join('/'));
    }
    return out;
  };
  const stat = (rel: string) => {
    try {
      return statSync(join(root, rel));
    } catch {
      return undefined;
    }
  };
  return {
    files: () => walk(root, []).sort(),
    read: (rel) => (stat(rel)?.isFile() ? readFileSync(join(root, rel)) : undefined),
    size: (rel) => (stat(rel)?.isFile() ? stat(rel)!.size : undefined),
    isDir: (rel) => !!stat(rel)?.isDirectory(),
  };
}

/**
 * Reads a zip holding one bag (one top-level folder, the usual serialization). Supports stored
 * and deflated entries without zip64, which is what `tei-edition deposit` writes.
 */
export function zipSource(zip: Buffer): BagSource | { error: string } {
  const entries = readZip(zip);
  if ('error' in entries) return entries;
  const tops = new Set([...entries.keys()].map((k) => k.split('/')[0]));
  const prefix = tops.size === 1 && [...entries.keys()].every((k) => k.includes('/')) ? [...tops][0] + '/' : '';
  const files = new Map<string, Buffer>();
  for (const [k, v] of entries) if (!k.endsWith('/')) files.set(k.slice(prefix.length), v);
  const dirs = new Set([...files.keys()].flatMap((f) => f.split('/').slice(0, -1).map((_, i, a) => a.slice(0, i + 1).join('/'))));
  return {
    files: () => [...files.keys()].sort(),
    read: (rel) => files.get(rel),
    size: (rel) => files.get(rel)?.length,
    isDir: (rel) => dirs.has(rel),
  };
}

function readZip(buf: Buffer): Map<string, Buffer> | { error: string } {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { error: 'not a zip file (no end-of-central-directory record)' };
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out = new Map<string, Buffer>();
  try {
    for (let n = 0; n < count; n++) {
      if (buf.readUInt32LE(p) !== 0x02014b50) return { error: 'corrupt central directory' };
      const method = buf.readUInt16LE(p + 10);
      const csize = buf.readUInt32LE(p + 20);
      const nameLen = buf.readUInt16LE(p + 28);
      const extraLen = buf.readUInt16LE(p + 30);
      const commentLen = buf.readUInt16LE(p + 32);
      const local = buf.readUInt32LE(p + 42);
      const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
      if (csize === 0xffffffff || local === 0xffffffff) return { error: 'zip64 archives are not supported' };
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + csize);
      if (method === 0) out.set(name, Buffer.from(data));
      else if (method === 8) out.set(name, inflateRawSync(data));
      else return { error: `unsupported compression method ${method} for ${name}` };
      p += 46 + nameLen + extraLen + commentLen;
    }
  } catch (e) {
    return { error: `corrupt zip: ${(e as Error).message}` };
  }
  return out;
}
