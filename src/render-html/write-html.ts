import { existsSync, readFileSync } from 'node:fs';
import { type Diagnostic, diagnostic, errorLine } from '../diagnostics/diagnostic.ts';
import { writeAtomic } from '../write-output.ts';

/**
 * Writes a file of the HTML edition unless it already holds exactly this content (an unchanged
 * page keeps its time, so tools that watch the folder see only what changed). A failure is a
 * diagnostic (TE508), never an exception: the other pages are still written.
 */
export function writeHtmlFile(full: string, content: string | Uint8Array, diagnostics: Diagnostic[]): 'written' | 'unchanged' | 'failed' {
  try {
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    if (existsSync(full) && readFileSync(full).equals(bytes)) return 'unchanged';
    writeAtomic(full, bytes);
    return 'written';
  } catch (e) {
    diagnostics.push(diagnostic('TE508', { file: full, message: `HTML file could not be written: ${errorLine(e)}` }));
    return 'failed';
  }
}
