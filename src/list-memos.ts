import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Diagnostic, diagnostic } from './diagnostics/diagnostic.ts';

const MEMO_FILE = /\.(txt|md|markdown|text)$/i;

/** Memo files under the given files/folders (recursively), sorted so builds do not depend on directory order. */
export function listMemos(paths: string[], root: string): { files: string[]; diagnostics: Diagnostic[] } {
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const walk = (p: string) => {
    let st;
    try {
      st = statSync(p);
    } catch {
      diagnostics.push(diagnostic('TE116', { file: p, message: `Memo path not found: ${p}` }));
      return;
    }
    if (st.isDirectory()) dir(p);
    else if (MEMO_FILE.test(p)) files.push(p);
  };
  // A folder's entries say whether they are files: no stat per memo (10,000 in a large edition); links are followed by walk.
  const dir = (p: string) => {
    for (const e of readdirSync(p, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (e.name.startsWith('.')) continue;
      const q = join(p, e.name);
      if (e.isFile()) {
        if (MEMO_FILE.test(q)) files.push(q);
      } else if (e.isDirectory()) dir(q);
      else walk(q);
    }
  };
  for (const p of paths) walk(resolve(root, p));
  return { files: [...new Set(files)].sort(), diagnostics };
}
