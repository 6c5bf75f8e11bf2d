import { XmlElement, type XmlAttribute, type XmlDocument } from 'libxml2-wasm';
import { CODES, type Code } from '../diagnostics/codes.ts';
import { type Diagnostic, diagnostic } from '../diagnostics/diagnostic.ts';
import { Locator } from './locate.ts';
import { type DocKind, TEI_NS, detectKind, parseForValidation, rootProblem } from './parse.ts';
import { validateGrammar } from './relaxng.ts';
import type { Stylesheet } from '../run-xslt/index.ts';
import { loadSchematron, runSchematron, runSchematronBatch, saxonParse, xdmMap, type SchematronDoc, type SchematronFailure } from './schematron.ts';
import { loadSourceMap, mapLine, type SourceMap } from './source-map.ts';

export interface TeiInput {
  path: string;
  xml: string;
  /** Sidecar source map of a generated file; found next to output/tei/ files when not given. */
  sourceMapPath?: string;
}

export interface ValidateTeiOptions {
  /** The register(s) @ref pointers resolve to; default: the register documents among `docs`. */
  register?: { path: string; xml: string } | { path: string; xml: string }[];
  /** Run the Schematron rules (default true); the grammar always runs. */
  schematron?: boolean;
}

interface Checked {
  input: TeiInput;
  kind: DocKind;
  /** A teiCorpus that carries its own register: its pointers resolve inside it. */
  ownRegister: boolean;
  ids: string[];
  sourceMap?: SourceMap;
}

/**
 * Validates TEI documents (memos, registers, teiCorpus) against schema/tei-edition.rng and
 * schema/tei-edition.sch. Per document: well-formedness and XML attacks first (nothing else runs
 * on a broken file), then the grammar (libxml2, compiled once), then the Schematron rules
 * (saxon-js, compiled once) with the register and the edition's xml:ids as cross-document
 * context. Problems in generated TEI also carry the memo line (source map). Never throws.
 */
export async function validateTei(docs: readonly TeiInput[], opts: ValidateTeiOptions = {}): Promise<Diagnostic[]> {
  const out: Diagnostic[] = [];
  const checked: Checked[] = [];
  for (const input of docs) {
    try {
      const c = checkGrammar(input, out);
      if (c) checked.push(c);
    } catch (e) {
      out.push(internal(input.path, e));
    }
  }
  if (opts.schematron === false || !checked.length) return out;

  const registers = opts.register ? [opts.register].flat() : checked.filter((c) => c.kind === 'register').map((c) => c.input);
  const register = registerKinds(registers, out);
  const edition = new Map<string, string[]>();
  for (const c of checked) {
    if (c.kind === 'corpus') continue; // the corpus repeats every memo's ids by design
    for (const id of c.ids) edition.set(id, [...(edition.get(id) ?? []), c.input.path]);
  }
  let stylesheet;
  try {
    stylesheet = (await loadSchematron()).stylesheet;
  } catch (e) {
    out.push(internal(checked[0]!.input.path, e));
    return out;
  }
  const registerMap = register.size ? xdmMap([...register].map(([k, v]) => [k, [v]])) : undefined;
  // Each document gets only the entries of its own ids that other files share: the rule needs
  // no more, and a small map is cheap however large the edition.
  const editionFor = (c: Checked) => xdmMap(c.ids.flatMap((id) => ((edition.get(id)?.length ?? 0) > 1 ? [[id, edition.get(id)!] as [string, string[]]] : [])));
  const memos = checked.filter((c) => c.kind === 'memo');
  if (!register.size && memos.length) out.push(diagnostic('TE413', { file: memos[0]!.input.path }));

  // Documents go through the rules BATCH at a time, in one transform each (runSchematronBatch):
  // saxon-js has a fixed cost per transform. Results are reported in document order, as one by one.
  for (let i = 0; i < checked.length; i += BATCH) {
    const chunk = checked.slice(i, i + BATCH);
    const results = schematronChunk(stylesheet, chunk, registerMap, editionFor);
    chunk.forEach((c, k) => {
      const r = results[k]!;
      if ('error' in r) out.push(internal(c.input.path, r.error));
      else if (r.failures.length) {
        try {
          out.push(...schematronDiagnostics(c, r.failures));
        } catch (e) {
          out.push(internal(c.input.path, e));
        }
      }
    });
  }
  return out;
}

/** Documents per Schematron transform: enough to spread the fixed cost, few parsed trees held at once. */
const BATCH = 32;

type ChunkResult = { failures: SchematronFailure[] } | { error: unknown };

/**
 * The Schematron failures of each document of a chunk. Documents checked against the shared
 * register run in one batch transform; a teiCorpus with its own register (no register parameter)
 * runs alone. Should the batch fail (a dynamic error in one document), its documents are run
 * one by one, so the error is reported for that document only, as before batching.
 */
function schematronChunk(stylesheet: Stylesheet, chunk: readonly Checked[], registerMap: unknown, editionFor: (c: Checked) => unknown): ChunkResult[] {
  const results: ChunkResult[] = [];
  const batch: { k: number; doc: SchematronDoc }[] = [];
  chunk.forEach((c, k) => {
    try {
      // The corpus repeats every memo's ids (no edition index) and may carry its own register.
      const p = c.kind === 'corpus' ? { register: c.ownRegister ? undefined : registerMap } : { register: registerMap, edition: editionFor(c) };
      const sourceNode = saxonParse(stripBom(c.input.xml));
      if (p.register === registerMap) batch.push({ k, doc: { sourceNode, edition: p.edition, file: c.input.path } });
      else results[k] = { failures: runSchematron(stylesheet, sourceNode, { ...p, file: c.input.path }) };
    } catch (error) {
      results[k] = { error };
    }
  });
  let failures: SchematronFailure[][] | undefined;
  if (batch.length > 1) {
    try {
      failures = runSchematronBatch(stylesheet, batch.map((b) => b.doc), registerMap);
    } catch {
      /* one by one below */
    }
  }
  batch.forEach(({ k, doc }, j) => {
    try {
      results[k] = { failures: failures ? failures[j]! : runSchematron(stylesheet, doc.sourceNode, { register: registerMap, edition: doc.edition, file: doc.file }) };
    } catch (error) {
      results[k] = { error };
    }
  });
  return results;
}

/** Well-formedness, root, grammar; returns what the Schematron pass needs, or undefined to stop. */
function checkGrammar(input: TeiInput, out: Diagnostic[]): Checked | undefined {
  const text = stripBom(input.xml);
  const parsed = parseForValidation(input.path, text);
  out.push(...parsed.diagnostics);
  if (!parsed.doc) return undefined;
  const doc = parsed.doc;
  try {
    const root = rootProblem(input.path, doc);
    if (root) {
      out.push(root);
      return undefined;
    }
    const map = loadSourceMap(input.path, text, input.sourceMapPath);
    if (map && 'problem' in map) out.push(diagnostic('TE412', { file: input.path, message: `Memo line numbers not available: ${map.problem}` }));
    const sourceMap = map && 'map' in map ? map.map : undefined;
    const grammar = validateGrammar(input.path, doc, new Locator(doc, text));
    out.push(...(sourceMap ? grammar.map((d) => withSource(d, sourceMap)) : grammar));
    const ids = (doc.find('//@xml:id') as XmlAttribute[]).map((a) => a.value);
    const kind = detectKind(doc)!;
    const ownRegister = kind === 'corpus' && !!doc.get('//tei:body/tei:listPerson | //tei:body/tei:listPlace | //tei:body/tei:listOrg', { tei: TEI_NS });
    return { input, kind, ownRegister, ids, sourceMap };
  } finally {
    doc.dispose();
  }
}

/** xml:id → element name for every entry of the register file(s); later files override earlier ones. */
function registerKinds(registers: readonly { path: string; xml: string }[], out: Diagnostic[]): Map<string, string> {
  const kinds = new Map<string, string>();
  for (const r of registers) {
    let doc: XmlDocument | undefined;
    try {
      const parsed = parseForValidation(r.path, stripBom(r.xml));
      doc = parsed.doc;
      if (!doc) continue; // its problems are reported when it is validated itself
      for (const el of doc.find('//tei:body//*[@xml:id]', { tei: TEI_NS })) {
        const id = el instanceof XmlElement ? el.attr('id', 'xml')?.value : undefined;
        if (id) kinds.set(id, (el as XmlElement).name);
      }
    } catch (e) {
      out.push(internal(r.path, e));
    } finally {
      doc?.dispose();
    }
  }
  return kinds;
}

function schematronDiagnostics(c: Checked, failures: SchematronFailure[]): Diagnostic[] {
  const text = stripBom(c.input.xml);
  const doc = parseForValidation(c.input.path, text).doc;
  if (!doc) return [];
  try {
    const locator = new Locator(doc, text);
    return failures.map((f) => {
      const code = f.id.replace(/-.*$/, '');
      const place = locator.byIndexPath(f.path);
      const d = diagnostic(code in CODES ? (code as Code) : 'TE414', {
        file: c.input.path,
        line: place?.line,
        column: place?.column,
        message: code in CODES ? f.msg : `Schematron rule ${f.id}: ${f.msg}`,
        severity: f.role === 'warning' || f.role === 'info' ? f.role : 'error',
      });
      return c.sourceMap ? withSource(d, c.sourceMap) : d;
    });
  } finally {
    doc.dispose();
  }
}

function withSource(d: Diagnostic, map: SourceMap): Diagnostic {
  const source = mapLine(map, d.line);
  return source ? { ...d, source } : d;
}

function internal(file: string, e: unknown): Diagnostic {
  return diagnostic('TE414', { file, message: `Validation could not run: ${String((e as Error)?.message ?? e).split('\n')[0]}` });
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}
