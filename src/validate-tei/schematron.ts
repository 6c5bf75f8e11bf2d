import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readText } from '../cache/read-optional.ts';
import { writeAtomic } from '../write-output.ts';
import { DEFAULT_SEF_CACHE, SAXON_VERSION, loadStylesheet, transform, type Stylesheet } from '../run-xslt/index.ts';

export const SCH_PATH = fileURLToPath(new URL('../../schema/tei-edition.sch', import.meta.url));
const COMPILER = fileURLToPath(new URL('./schematron/iso-sch-to-xslt.xsl', import.meta.url));
const CACHE = join(dirname(DEFAULT_SEF_CACHE), 'schematron');

/** One failed assert (or fired report) of tei-edition.sch. */
export interface SchematronFailure {
  /** assert/@id: the diagnostic code, maybe with a "-suffix". */
  id: string;
  role: string;
  /** Element child positions from the root ("1/2/5"), then "/@name" for an attribute. */
  path: string;
  msg: string;
}

/** The bits of saxon-js used here beyond run-xslt's API: XDM maps built once and passed as parameters. */
interface SaxonXdm {
  XdmMap: new () => { inSituPut(key: unknown, value: unknown[]): void };
  XS: { string: { fromString(s: string): unknown } };
  getPlatform(): { parseXmlFromString(text: string): unknown };
}
const saxon = createRequire(import.meta.url)('saxon-js') as SaxonXdm;

let loading: Promise<{ stylesheet: Stylesheet; compileMs: number }> | undefined;

/**
 * tei-edition.sch compiled once: .sch → XSLT with the bundled ISO Schematron compiler (cached under
 * .cache/schematron/ by a hash of the schema, the compiler and saxon-js), XSLT → SEF by run-xslt
 * (cached under .cache/sef/), SEF loaded once per process.
 */
export function loadSchematron(): Promise<{ stylesheet: Stylesheet; compileMs: number }> {
  loading ??= (async () => {
    const t0 = performance.now();
    const sch = readFileSync(SCH_PATH, 'utf8');
    const hash = createHash('sha256').update(sch).update(readFileSync(COMPILER)).update(SAXON_VERSION).digest('hex').slice(0, 16);
    // One file name, so run-xslt replaces (not accumulates) the SEF when the schema changes.
    const xslPath = join(CACHE, 'tei-edition-sch.xsl');
    const stamp = `${xslPath}.hash`;
    if (!existsSync(xslPath) || readText(stamp) !== hash) {
      const compiler = await loadStylesheet(COMPILER);
      const xsl = transform(compiler, { sourceText: sch }).principal;
      mkdirSync(CACHE, { recursive: true });
      writeAtomic(xslPath, xsl);
      writeAtomic(stamp, hash);
    }
    const stylesheet = await loadStylesheet(xslPath);
    return { stylesheet, compileMs: performance.now() - t0 };
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Parses XML for saxon-js (its own tree; libxml2's cannot be shared). */
export function saxonParse(text: string): unknown {
  return saxon.getPlatform().parseXmlFromString(text);
}

/**
 * An XDM map from JS entries, built once and passed to every transform: saxon-js would otherwise
 * convert (or, for a document, re-index) a register of thousands of entries for each memo.
 */
export function xdmMap(entries: Iterable<[string, readonly string[]]>): unknown {
  const map = new saxon.XdmMap();
  for (const [k, vs] of entries) map.inSituPut(saxon.XS.string.fromString(k), vs.map((v) => saxon.XS.string.fromString(v)));
  return map;
}

export interface SchematronParams {
  /**
   * xdmMap: register xml:id → element name (person, place, org…). Omit it when there is no
   * register: the rules test whether it was given, not its size (counting a map's entries costs
   * saxon-js more than most rules), so an empty map would stand for a register without entries.
   */
  register?: unknown;
  /** xdmMap: xml:id → files of the edition that use it. */
  edition?: unknown;
  /** This document's path as used in `edition`. */
  file?: string;
}

export function runSchematron(stylesheet: Stylesheet, sourceNode: unknown, params: SchematronParams): SchematronFailure[] {
  const p: Record<string, unknown> = {};
  if (params.register) p.register = params.register;
  if (params.edition) p.edition = params.edition;
  if (params.file !== undefined) p.file = params.file;
  const { principal } = transform(stylesheet, { sourceNode, params: p, deliverResultDocuments: false });
  return JSON.parse(principal || '[]') as SchematronFailure[];
}

/** One document of a batch: its parsed tree and its own `edition` / `file` parameters. */
export interface SchematronDoc {
  sourceNode: unknown;
  edition?: unknown;
  file?: string;
}

/**
 * runSchematron over several documents in one transform (the compiled schema's tesch:batch
 * template): saxon-js's fixed cost per transform is paid once per batch. `register` is shared by
 * the batch. The result has one entry per document, in order, equal to what runSchematron gives
 * for that document alone.
 */
export function runSchematronBatch(stylesheet: Stylesheet, docs: readonly SchematronDoc[], register?: unknown): SchematronFailure[][] {
  if (!docs.length) return [];
  const p: Record<string, unknown> = {
    'tesch-docs': docs.map((d) => d.sourceNode),
    // A document without an edition map gets an empty one: the schema's default ($edition = map{}).
    'tesch-editions': docs.map((d) => d.edition ?? xdmMap([])),
    'tesch-files': docs.map((d) => d.file ?? ''),
  };
  if (register) p.register = register;
  const { principal } = transform(stylesheet, { initialTemplate: 'Q{urn:tei-edition:schematron-runtime}batch', params: p, deliverResultDocuments: false });
  const out = JSON.parse(principal || '[]') as SchematronFailure[][];
  if (out.length !== docs.length) throw new Error(`Schematron batch returned ${out.length} results for ${docs.length} documents`);
  return out;
}
