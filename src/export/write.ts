import { closeSync, mkdirSync, openSync, renameSync, writeFileSync, writeSync, rmSync } from 'node:fs';
import { removeUnlisted } from '../write-output.ts';
import { dirname, join, relative, sep } from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';

/**
 * Writes files under one root atomically (temp file + rename) and records what it wrote, relative
 * to the stage's outDir, for the StageResult. Write failures become TE605 diagnostics.
 */
export class OutputWriter {
  readonly written: string[] = [];
  readonly diagnostics: Diagnostic[] = [];
  /** Every file this writer was asked to write (written or not), relative to outDir, "/"-separated. */
  private readonly claimed = new Set<string>();

  constructor(readonly outDir: string) {}

  write(rel: string, content: string | Uint8Array): boolean {
    const path = join(this.outDir, rel);
    this.claimed.add(relative(this.outDir, path).split(sep).join('/'));
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

  /**
   * Writes a file piece by piece (`emit` calls `write` as often as it likes), atomically like
   * write(): exports of a large edition (every mention of every entity) never exist as one string.
   */
  stream(rel: string, emit: (write: (chunk: string) => void) => void): boolean {
    const path = join(this.outDir, rel);
    this.claimed.add(relative(this.outDir, path).split(sep).join('/'));
    const tmp = `${path}.tmp-${process.pid}`;
    let fd: number | undefined;
    try {
      mkdirSync(dirname(path), { recursive: true });
      fd = openSync(tmp, 'w');
      let buf: string[] = [];
      let size = 0;
      const flush = () => {
        if (buf.length) writeSync(fd!, buf.join(''));
        buf = [];
        size = 0;
      };
      emit((chunk) => {
        buf.push(chunk);
        size += chunk.length;
        if (size >= 1 << 20) flush();
      });
      flush();
      closeSync(fd);
      fd = undefined;
      renameSync(tmp, path);
      this.written.push(relative(this.outDir, path).split(sep).join('/'));
      return true;
    } catch (e) {
      if (fd !== undefined) closeSync(fd);
      rmSync(tmp, { force: true });
      this.diagnostics.push(diagnostic('TE605', { file: path, message: `Export file could not be written: ${(e as Error).message}` }));
      return false;
    }
  }

  json(rel: string, value: unknown): boolean {
    return this.write(rel, JSON.stringify(value, null, 2) + '\n');
  }

  /**
   * Removes the files under `dir` (a folder this export alone writes) that this writer was not asked
   * to write: those of memos and paragraphs that left the edition, so the folder holds what an export
   * into an empty folder holds. Emptied folders go too.
   */
  removeUnclaimed(dir: string): void {
    removeUnlisted(join(this.outDir, dir), (rel) => this.claimed.has(`${dir}/${rel}`));
  }

  result(extra: Diagnostic[] = []) {
    return { diagnostics: [...extra, ...this.diagnostics], written: [...this.written].sort() };
  }
}
