import { mkdirSync, renameSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';

/**
 * Writes files under one root atomically (temp file + rename) and records what it wrote, relative
 * to the stage's outDir, for the StageResult. Write failures become TE605 diagnostics.
 */
export class OutputWriter {
  readonly written: string[] = [];
  readonly diagnostics: Diagnostic[] = [];

  constructor(readonly outDir: string) {}

  write(rel: string, content: string | Uint8Array): boolean {
    const path = join(this.outDir, rel);
    const tmp = `${path}.tmp-${process.pid}`;
    try {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(tmp, content);
      renameSync(tmp, path);
      this.written.push(relative(this.outDir, path).split(sep).join('/'));
      return true;
    } catch (e) {
      rmSync(tmp, { force: true });
      this.diagnostics.push(diagnostic('TE605', { file: path, message: `Export file could not be written: ${(e as Error).message}` }));
      return false;
    }
  }

  json(rel: string, value: unknown): boolean {
    return this.write(rel, JSON.stringify(value, null, 2) + '\n');
  }

  result(extra: Diagnostic[] = []) {
    return { diagnostics: [...extra, ...this.diagnostics], written: [...this.written].sort() };
  }
}
