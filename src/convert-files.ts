import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from './diagnostics/diagnostic.ts';
import { convertCorpus } from './build-edition.ts';
import { reproducibleDate } from './build-info.ts';
import { TOOL_VERSION } from './version.ts';

/** The register shipped with tei-edition. */
export const DEFAULT_REGISTER = resolve(dirname(fileURLToPath(import.meta.url)), '../corpus/register');

export interface ConvertFilesOptions {
  files: string[];
  out: string;
  /** Register files/folders; default: the shipped register. */
  register?: string[];
  force?: boolean;
  env?: NodeJS.ProcessEnv;
}

/** `tei-edition convert`: memo files → `<out>/<stem>.xml` + `<out>/register.xml`. */
export async function convertFiles(o: ConvertFilesOptions): Promise<{ diagnostics: Diagnostic[]; written: string[] }> {
  const r = await convertCorpus(
    { memoPaths: o.files, registerPaths: o.register?.length ? o.register : [DEFAULT_REGISTER], publisher: 'tei-edition', registerTitle: 'Register of persons, places and organisations' },
    o.out,
    '',
    { toolVersion: TOOL_VERSION, date: reproducibleDate(o.env ?? process.env) },
    { force: o.force },
  );
  return { diagnostics: r.diagnostics, written: r.written };
}
