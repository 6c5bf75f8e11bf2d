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
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) if (!name.startsWith('.')) walk(join(p, name));
    } else if (MEMO_FILE.test(p)) files.push(p);
  };
  for (const p of paths) walk(resolve(root, p));
  return { files: [...new Set(files)].sort(), diagnostics };
}
