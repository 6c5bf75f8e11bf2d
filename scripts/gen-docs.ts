/**
 * Generates the documentation that must never drift from the code:
 *   docs/diagnostics.md         every diagnostic code (src/diagnostics/codes.ts)
 *   docs/encoding/reference.md  every element of the customization with its attributes and closed
 *                               value lists (schema/tei-edition.rng)
 *
 *   npx tsx scripts/gen-docs.ts           write both files
 *   npx tsx scripts/gen-docs.ts --check   exit 1 when a file is out of date (test/validate-tei.test.ts does the same)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CODES, type CodeInfo } from '../src/diagnostics/codes.ts';
import { digestSchema, oneOf, type ElementSpec } from '../src/validate-tei/schema-digest.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DIAGNOSTICS_DOC = `${ROOT}docs/diagnostics.md`;
export const REFERENCE_DOC = `${ROOT}docs/encoding/reference.md`;

const RANGES: Record<string, string> = {
  TE1: 'Reading memos and front matter',
  TE2: 'Recognizing entities and dates',
  TE3: 'Building TEI',
  TE4: 'Validation (schema, Schematron rules, edition config)',
  TE5: 'Rendering (HTML and PDF)',
  TE6: 'Exports and deposit',
  TE7: 'Build, cache and command line',
  TE8: 'Malformed and hostile input',
};

/** Markdown table cell: no line breaks, no table pipes, tags shown as text. */
function cell(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function renderDiagnosticsDoc(codes: Record<string, CodeInfo> = CODES): string {
  const out = [
    '# Diagnostic codes',
    '',
    '<!-- Generated from src/diagnostics/codes.ts by scripts/gen-docs.ts: edit the table there, then run `npx tsx scripts/gen-docs.ts`. -->',
    '',
    'Every problem tei-edition reports is a diagnostic with a stable code, a severity, the file, line and',
    'column, a message and a hint. Codes are never renumbered or reused; a retired code keeps its row.',
    'For TEI generated from a memo, a diagnostic also names the memo text line it came from.',
    '',
    '- **error**: the file (or memo) is wrong; `build` leaves a memo with errors out of the HTML, PDF and exports,',
    '  and commands exit with status 1.',
    '- **warning**: probably wrong, worth a look; nothing is left out.',
    '- **info**: a note on what was done.',
    '',
    '`tei-edition validate --format json` prints the same diagnostics as JSON.',
    '',
  ];
  const byRange = new Map<string, [string, CodeInfo][]>();
  for (const [code, info] of Object.entries(codes)) {
    const range = code.slice(0, 3);
    byRange.set(range, [...(byRange.get(range) ?? []), [code, info]]);
  }
  for (const [range, rows] of [...byRange].sort(([a], [b]) => a.localeCompare(b))) {
    out.push(`## ${range}xx: ${RANGES[range] ?? 'Other'}`, '', '| Code | Severity | Problem | What to do |', '|---|---|---|---|');
    for (const [code, info] of rows.sort(([a], [b]) => a.localeCompare(b))) {
      out.push(`| <a id="${code.toLowerCase()}"></a>${code} | ${info.severity}${info.retired ? ' (retired)' : ''} | ${cell(info.title)} | ${cell(info.hint)} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

function describeAttribute(a: { values?: string[]; describe?: string; list?: boolean }): string {
  if (a.values?.length) return `${a.list ? 'one or more of ' : ''}${oneOf(a.values.map((v) => `\`${v}\``))}`;
  return a.describe ?? 'text';
}

const GLOBAL = ['xml:id', 'xml:lang', 'n', 'rend', 'resp', 'cert'];

export function renderReferenceDoc(rngText = readFileSync(`${ROOT}schema/tei-edition.rng`, 'utf8')): string {
  const digest = digestSchema(rngText);
  const specs = [...digest.values()].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || a.name.localeCompare(b.name));
  const rend = [...digest.values()].find((s) => s.attributes.get('rend')?.values)?.attributes.get('rend');
  const cert = [...digest.values()].find((s) => s.attributes.get('cert')?.values)?.attributes.get('cert');
  const out = [
    '# Element reference',
    '',
    '<!-- Generated from schema/tei-edition.rng by scripts/gen-docs.ts: edit the schema, then run `npx tsx scripts/gen-docs.ts`. -->',
    '',
    `The ${specs.length} elements of the tei-edition customization of TEI P5, with their attributes and the value`,
    'lists the project closes. The family pages in this folder explain how to use them, with examples;',
    'the [TEI Guidelines](https://tei-c.org/release/doc/tei-p5-doc/en/html/) give the full meaning of each element.',
    '',
    '**Attributes every element has** (unless listed otherwise): `xml:id` (an identifier, unique across the',
    'edition), `xml:lang` (a language code), `n` (a number or label), `resp` (who is responsible: pointers),',
    `\`cert\` (${cert?.values ? oneOf(cert.values.map((v) => `\`${v}\``)) : 'certainty'}) and \`rend\` (how the source shows it: ${rend?.values ? `one or more of ${oneOf(rend.values.map((v) => `\`${v}\``))}` : 'rendition'}).`,
    '',
  ];
  // Most elements share the phrase-level content of <p>: list it once.
  const phrase = digest.get('p')?.children ?? [];
  out.push(
    '## Phrase content',
    '',
    `Paragraphs, headings, names, notes and most other elements hold text mixed with these elements: ${phrase.map((c) => `\`<${c}>\``).join(' ')}.`,
    '',
  );
  for (const s of specs) out.push(...elementSection(s, phrase));
  return out.join('\n');
}

function elementSection(s: ElementSpec, phrase: readonly string[]): string[] {
  const lines = [`## \`<${s.name}>\``, ''];
  const own = [...s.attributes.values()].filter((a) => !GLOBAL.includes(a.name) || a.required);
  if (own.length) {
    lines.push('| Attribute | Required | Value |', '|---|---|---|');
    for (const a of own) lines.push(`| \`@${a.name}\` | ${a.required ? 'yes' : ''} | ${cell(describeAttribute(a))} |`);
    lines.push('');
  }
  const missingGlobals = GLOBAL.filter((g) => !s.attributes.has(g));
  if (missingGlobals.length) lines.push(`Not allowed here: ${missingGlobals.map((g) => `\`@${g}\``).join(', ')}.`, '');
  const content: string[] = [];
  if (s.values?.length) content.push(`text, one of ${oneOf(s.values.map((v) => `“${v}”`))}`);
  else if (s.describe) content.push(s.describe.replace(/\|/g, '\\|'));
  else if (s.text && sameSet(s.children, phrase)) content.push('[phrase content](#phrase-content)');
  else if (s.text && s.children.length) {
    const extra = s.children.filter((c) => !phrase.includes(c));
    const less = phrase.filter((c) => !s.children.includes(c));
    if (!extra.length && less.length <= 3) content.push(`[phrase content](#phrase-content) without ${less.map((c) => `\`<${c}>\``).join(', ')}`);
    else if (!less.length && extra.length <= 6) content.push(`[phrase content](#phrase-content) and ${extra.map((c) => `\`<${c}>\``).join(' ')}`);
    else content.push(`text mixed with ${s.children.map((c) => `\`<${c}>\``).join(' ')}`);
  } else if (s.text) content.push('text');
  else if (s.children.length) content.push(`elements: ${s.children.map((c) => `\`<${c}>\``).join(' ')}`);
  lines.push(`Contains: ${content.length ? content.join('; ') : 'nothing (empty element)'}.`);
  if (s.required.length) lines.push('', `Must contain: ${s.required.map((c) => `\`<${c}>\``).join(', ')}.`);
  lines.push('');
  return lines;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function main(): void {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [path, text] of [
    [DIAGNOSTICS_DOC, renderDiagnosticsDoc()],
    [REFERENCE_DOC, renderReferenceDoc()],
  ] as const) {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      current = '';
    }
    if (current === text) continue;
    if (check) {
      console.error(`${path} is out of date: run npx tsx scripts/gen-docs.ts`);
      stale++;
    } else {
      writeFileSync(path, text);
      console.log(`wrote ${path}`);
    }
  }
  process.exitCode = stale ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
