import { createHash } from 'node:crypto';

/** BagIt 1.0 (RFC 8493) text formats: tag files and manifests, written and read. */

export const BAGIT_TXT = 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n';

/** SHA-512 is the RFC's default; SHA-256 is the other algorithm every 1.0 tool must support. */
export const ALGORITHMS = ['sha256', 'sha512'] as const;
export type Algorithm = string;

export function digests(data: Uint8Array, algs: readonly Algorithm[] = ALGORITHMS): Record<string, string> {
  return Object.fromEntries(algs.map((a) => [a, createHash(a).update(data).digest('hex')]));
}

/** RFC 8493 §2.1.3: in manifest paths only CR, LF and "%" are percent-encoded. */
export const encodePath = (p: string): string => p.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const decodePath = (p: string): string => p.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');

/** One line per file, `<checksum>  <path>`, sorted by path so the bag is byte-identical across builds. */
export function manifestText(entries: { path: string; digest: string }[]): string {
  return [...entries]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((e) => `${e.digest}  ${encodePath(e.path)}\n`)
    .join('');
}

export interface ManifestLine {
  line: number;
  digest: string;
  path: string;
}

/** Parses a manifest like bagit-python: blank and "#" lines skipped, split at the first whitespace run, a leading "*" dropped. */
export function parseManifest(text: string): { entries: ManifestLine[]; bad: { line: number; text: string }[] } {
  const entries: ManifestLine[] = [];
  const bad: { line: number; text: string }[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, i) => {
      const t = raw.trim();
      if (!t || t.startsWith('#')) return;
      const m = /^(\S+)[ \t]+\*?(.+)$/.exec(t);
      if (!m || !/^[0-9a-fA-F]+$/.test(m[1])) bad.push({ line: i + 1, text: raw });
      else entries.push({ line: i + 1, digest: m[1].toLowerCase(), path: decodePath(m[2]) });
    });
  return { entries, bad };
}

/** RFC 8493 §4.2 / bagit-python: a path must stay inside the bag. */
export function unsafePath(p: string): boolean {
  return (
    p.startsWith('/') ||
    p.startsWith('~') ||
    /^[A-Za-z]:/.test(p) ||
    p.startsWith('\\\\?\\') ||
    p.split(/[\\/]/).some((s) => s === '..')
  );
}

/**
 * bag-info.txt: `Label: value`, one element per line, values folded at 79 characters with
 * continuation lines that start with whitespace (RFC 8493 §2.2.2).
 */
export function bagInfoText(fields: [string, string][]): string {
  return fields.map(([k, v]) => fold(`${k}: ${v.replace(/\s+/g, ' ').trim()}`)).join('');
}

function fold(line: string, width = 79): string {
  const out: string[] = [];
  let cur = '';
  for (const word of line.split(' ')) {
    if (cur && (cur + ' ' + word).length > width) {
      out.push(cur);
      cur = '  ' + word;
    } else cur = cur ? `${cur} ${word}` : word;
  }
  out.push(cur);
  return out.join('\n') + '\n';
}

/** Parses a tag file (bagit.txt, bag-info.txt) into ordered [label, value] pairs, joining continuation lines. */
export function parseTagFile(text: string): { fields: [string, string][]; bad: number[] } {
  const fields: [string, string][] = [];
  const bad: number[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    if (!line.trim()) return;
    if (/^[ \t]/.test(line) && fields.length) {
      fields[fields.length - 1][1] += ' ' + line.trim();
      return;
    }
    const c = line.indexOf(':');
    if (c <= 0) bad.push(i + 1);
    else fields.push([line.slice(0, c).trim(), line.slice(c + 1).trim()]);
  });
  return { fields, bad };
}

/** "4.2 MB"-style size for Bag-Size. */
export function humanSize(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let v = bytes;
  let u = 0;
  while (v >= 1000 && u < units.length - 1) [v, u] = [v / 1000, u + 1];
  return `${u ? v.toFixed(1) : v} ${units[u]}`;
}
