import { existsSync, readFileSync, statSync } from 'node:fs';
import { getHashes } from 'node:crypto';
import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.ts';
import type { Code } from '../../diagnostics/codes.ts';
import { digests, parseManifest, parseTagFile, unsafePath } from './bagit.ts';
import { dirSource, zipSource, type BagSource } from './source.ts';

export interface VerifyResult {
  valid: boolean;
  diagnostics: Diagnostic[];
  /** Payload files and bytes found under data/. */
  payload: { files: number; bytes: number };
}

const HASHES = new Set(getHashes());

/**
 * Verifies a bag (folder or .zip) the way bagit-python's `validate()` does (RFC 8493 §3): structure
 * and bagit.txt, Payload-Oxum, completeness (every manifest entry present, every payload file in
 * every payload manifest), then every payload and tag checksum. Never throws.
 */
export function verifyBag(path: string): VerifyResult {
  const empty = { files: 0, bytes: 0 };
  if (!existsSync(path)) return fail('TE610', path, `Bag not found: ${path}`, empty);
  let src: BagSource;
  if (statSync(path).isDirectory()) src = dirSource(path);
  else {
    const z = zipSource(readFileSync(path));
    if ('error' in z) return fail('TE610', path, `Not a bag or a zip of one: ${z.error}`, empty);
    src = z;
  }
  return verifySource(src, path);
}

export function verifySource(src: BagSource, label: string): VerifyResult {
  const ds: Diagnostic[] = [];
  const at = (rel: string) => `${label}/${rel}`;
  const err = (code: Code, rel: string, message: string, line?: number) =>
    ds.push(diagnostic(code, line ? { file: at(rel), line, message } : { file: at(rel), message }));
  const all = src.files();
  const payload = all.filter((f) => f.startsWith('data/'));
  const stats = { files: payload.length, bytes: payload.reduce((n, f) => n + (src.size(f) ?? 0), 0) };

  // 1. Structure and bagit.txt.
  const bagit = src.read('bagit.txt');
  if (!bagit) {
    err('TE610', 'bagit.txt', 'Not a bag: bagit.txt is missing');
    return { valid: false, diagnostics: ds, payload: stats };
  }
  if (bagit[0] === 0xef && bagit[1] === 0xbb && bagit[2] === 0xbf) err('TE611', 'bagit.txt', 'bagit.txt starts with a byte-order mark');
  const decl = new Map(parseTagFile(bagit.toString('utf8').replace(/^\uFEFF/, '')).fields);
  if (!/^\d+\.\d+$/.test(decl.get('BagIt-Version') ?? '')) err('TE611', 'bagit.txt', 'bagit.txt has no valid "BagIt-Version: M.N" line');
  if (!decl.get('Tag-File-Character-Encoding')) err('TE611', 'bagit.txt', 'bagit.txt has no "Tag-File-Character-Encoding" line');
  if (!src.isDir('data')) err('TE611', 'data', 'The payload folder data/ is missing');
  const manifests = all.filter((f) => /^manifest-[a-z0-9]+\.txt$/.test(f) && HASHES.has(alg(f)));
  const tagmanifests = all.filter((f) => /^tagmanifest-[a-z0-9]+\.txt$/.test(f) && HASHES.has(alg(f)));
  if (!manifests.length) err('TE611', 'manifest-sha512.txt', 'The bag has no payload manifest (manifest-<algorithm>.txt)');
  if (ds.length) return { valid: false, diagnostics: ds, payload: stats };

  // 2. Manifests: well-formed, safe, payload manifests list only data/ paths, no duplicates.
  const listed = new Map<string, { file: string; entries: Map<string, { digest: string; line: number }> }>();
  for (const m of [...manifests, ...tagmanifests]) {
    const { entries, bad } = parseManifest(src.read(m)!.toString('utf8'));
    for (const b of bad) err('TE616', m, `Malformed manifest line: "${b.text.slice(0, 80)}"`, b.line);
    const map = new Map<string, { digest: string; line: number }>();
    for (const e of entries) {
      const isTag = m.startsWith('tag');
      if (unsafePath(e.path)) err('TE616', m, `Path escapes the bag: ${e.path}`, e.line);
      else if (!isTag && !e.path.startsWith('data/')) err('TE616', m, `Payload manifest lists a file outside data/: ${e.path}`, e.line);
      else if (isTag && e.path.startsWith('data/')) err('TE616', m, `Tag manifest lists a payload file: ${e.path}`, e.line);
      else if (map.has(e.path)) err('TE616', m, `Path listed twice: ${e.path}`, e.line);
      else map.set(e.path, { digest: e.digest, line: e.line });
    }
    listed.set(m, { file: m, entries: map });
  }

  // 3. Payload-Oxum (counts every file under data/, hidden ones too).
  const info = src.read('bag-info.txt');
  const oxum = info && parseTagFile(info.toString('utf8')).fields.find(([k]) => k.toLowerCase() === 'payload-oxum')?.[1];
  if (oxum !== undefined && oxum !== null) {
    const m = /^(\d+)\.(\d+)$/.exec(oxum);
    if (!m) err('TE615', 'bag-info.txt', `Malformed Payload-Oxum "${oxum}"`);
    else if (Number(m[1]) !== stats.bytes || Number(m[2]) !== stats.files) {
      err('TE615', 'bag-info.txt', `Payload-Oxum says ${m[1]} bytes in ${m[2]} files; data/ holds ${stats.bytes} bytes in ${stats.files} files`);
    }
  }

  // 4. Completeness.
  const onDisk = new Set(all.map((f) => f.normalize('NFC')));
  for (const { file, entries } of listed.values()) {
    for (const p of entries.keys()) if (!onDisk.has(p.normalize('NFC'))) err('TE612', p, `Listed in ${file} but missing from the bag: ${p}`);
  }
  for (const m of manifests) {
    const names = new Set([...listed.get(m)!.entries.keys()].map((p) => p.normalize('NFC')));
    for (const f of payload) if (!names.has(f.normalize('NFC'))) err('TE613', f, `Payload file not listed in ${m}: ${f}`);
  }

  // 5. Checksums of every entry that exists.
  for (const { file, entries } of listed.values()) {
    const a = alg(file);
    for (const [p, e] of entries) {
      const data = src.read(p);
      if (!data) continue;
      const got = digests(data, [a])[a];
      if (got !== e.digest) err('TE614', p, `${a} checksum mismatch for ${p} (${file} line ${e.line}: expected ${e.digest.slice(0, 16)}…, found ${got.slice(0, 16)}…)`);
    }
  }
  return { valid: !ds.some((d) => d.severity === 'error'), diagnostics: ds, payload: stats };
}

const alg = (manifest: string) => manifest.replace(/^(tag)?manifest-/, '').replace(/\.txt$/, '');

function fail(code: Code, file: string, message: string, payload: VerifyResult['payload']): VerifyResult {
  return { valid: false, diagnostics: [diagnostic(code, { file, message })], payload };
}
