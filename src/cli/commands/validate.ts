import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Command } from '../command.ts';
import { UsageError, reportAndExit } from '../command.ts';
import { findConfig } from '../find-config.ts';
import { loadConfig } from '../../load-config.ts';

export const command: Command = {
  name: 'validate',
  summary: 'Check TEI files, the register and edition configs against the project schema and rules',
  help: `Usage: tei-edition validate [paths…] [options]

Validates TEI memos (generated, hand-edited or imported), the register, the edition corpus
(teiCorpus) and edition configs. A folder means every .xml, .json and .yaml file in it (XML that
is not TEI and JSON that is not an edition config are passed over). Each TEI file is checked for
well-formedness, against the project's RELAX NG schema (schema/tei-edition.rng, a strict subset
of TEI P5) and its Schematron rules (schema/tei-edition.sch): pointers resolve to register
entries of the right kind, xml:ids are unique across all the files given, dates are real and
plausible, the header has its provenance. Problems in generated TEI also name the memo text line
they came from. Without paths: the default edition's <output>/tei and its config.

Options:
  --register <file>    Register the @ref pointers resolve to (default: register files among the paths)
  --config <file>      Edition config whose output/tei and itself are validated when no paths are given
  --format human|json  Diagnostics format (default human)
  --quiet              Print only warnings and errors
  -h, --help           Show this help

Examples:
  tei-edition validate
  tei-edition validate output/tei
  tei-edition validate my-memo.xml --register output/tei/register.xml --format json

Exit codes: 0 valid (warnings allowed), 1 errors reported, 2 usage error.
`,
  options: {
    register: { type: 'string' },
    config: { type: 'string' },
    format: { type: 'string' },
    quiet: { type: 'boolean' },
  },
  allowPositionals: true,
  async run({ values, positionals }, io) {
    if (values.format !== undefined && values.format !== 'human' && values.format !== 'json') throw new UsageError('--format must be human or json');
    let paths = positionals.map((p) => resolveFrom(io.cwd, p));
    if (!paths.length) paths = defaultPaths(io.cwd, values.config);
    const { validatePaths } = await import('../../validate-tei/validate-paths.ts');
    const ds = await validatePaths(paths, typeof values.register === 'string' ? { register: resolveFrom(io.cwd, values.register) } : {});
    return reportAndExit(ds, io, values.format, !!values.quiet);
  },
};

/** Paths in diagnostics stay as the user typed them when relative to the working directory. */
function resolveFrom(cwd: string, p: string): string {
  return resolve(cwd) === resolve(process.cwd()) ? p : resolve(cwd, p);
}

function defaultPaths(cwd: string, given: unknown): string[] {
  const configPath = findConfig(cwd, given);
  const { config, root } = loadConfig(configPath);
  const out = [configPath];
  if (config) {
    const tei = join(resolve(root, config.output), 'tei');
    if (existsSync(tei)) out.push(tei);
  }
  // Shown relative to where the user is, when inside it.
  return out.map((p) => {
    const rel = relative(cwd, p);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) && resolve(cwd) === resolve(process.cwd()) ? rel : p;
  });
}
