import { statSync } from 'node:fs';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { EditionFile } from '../edition-file.ts';
import { convertMemo, type ConvertOptions } from '../convert-memo.ts';
import { loadMemoFile } from '../read-memo/index.ts';
import { ProposalBook, RegisterIndex } from '../find-entities/index.ts';
import { loadRegister, type Register, type RegisterEntry } from '../find-entities/register/index.ts';
import { sha256 } from '../write-output.ts';
import { neighbourDigest } from './page-neighbour.ts';

/** Register ids a TEI document points to (`ref="per:x"` → "per-x"), as the register is built from. */
export function refIds(xml: string): string[] {
  const ids = new Set<string>();
  // The word boundary is checked by hand: a regex that starts with a literal is searched for much
  // faster than one that starts with \b. (A match cannot hide another: an id holds no quote.)
  for (const r of xml.matchAll(/ref="(per|pla|org):([^"\s]+)"/g)) if (r.index === 0 || !/\w/.test(xml[r.index - 1]!)) ids.add(`${r[1]}-${r[2]}`);
  return [...ids];
}

/**
 * One memo → TEI, as a task that runs the same on a worker thread or in the build's own thread.
 * The result is plain data (structured-clonable) and holds everything the build writes or reports
 * for the memo, so it can also be cached as it is (src/cache/).
 */

/** Memos larger than this are refused (TE804): conversion is linear, but the HTML and PDF stages are not built for whole books. */
export const MAX_MEMO_BYTES = 10 * 1024 * 1024;

export interface ConvertInit {
  registerPaths: string[];
  tei: ConvertOptions['tei'];
}

export interface ConvertRequest {
  /** Absolute path of the memo file. */
  path: string;
  /** The path as diagnostics show it (relative to the working directory). */
  shown: string;
}

/** One call of ProposalBook.propose, in the order the recognizer made it. */
export interface ProposalCall {
  surface: string;
  type: RegisterEntry['type'];
  line?: number;
  /** The id the book answered. */
  id: string;
}

/** What the build needs of a converted memo besides its bodies (small: kept for cache hits). */
export interface MemoFacts {
  id: string;
  /** Sort date (when, else notBefore; '' when undated). */
  date: string;
  /** sha256 (hex) of the TEI. */
  hash: string;
  /** sha256 (hex) of the source map file. */
  mapHash: string;
  /** Register ids the TEI points to (ref="per:x" → "per-x"). */
  refs: string[];
  /** What a neighbour's memo page reads of this TEI, as a digest (page-neighbour.ts); absent in records of older builds. */
  navHash?: string;
}

export interface MemoOutcome {
  shown: string;
  /** Output name (EditionFile.stem). */
  stem: string;
  diagnostics: Diagnostic[];
  /** Set when the memo was read and its TEI built. */
  memo?: MemoFacts & {
    /** The TEI document (absent in a cached outcome until loaded: ConvertCache.body). */
    tei?: string;
    /** The source map file, `{"source", "lines": [[teiLine, memoLine, memoColumn], …]}` (output/.build/sourcemap/<stem>.json). */
    mapText?: string;
  };
  proposals: ProposalCall[];
  /** The worker running it died: not a property of the memo, so never cached. */
  failed?: true;
}

export interface Converter {
  register: Register;
  readonly index: RegisterIndex;
  registerDiagnostics: Diagnostic[];
  convert(req: ConvertRequest, book?: ProposalBook): Promise<MemoOutcome>;
}

/** The register as loaded, and its name index, built on first use. */
export interface LoadedRegister {
  register: Register;
  diagnostics: Diagnostic[];
  index(): RegisterIndex;
}

export function loadRegisterIndex(paths: string[]): LoadedRegister {
  const { register, diagnostics } = loadRegister(paths);
  // Built on the first conversion: an incremental build whose memos all come from the cache needs
  // the entries (proposal replay, the edition's register) but never matches names.
  let built: RegisterIndex | undefined;
  return { register, diagnostics, index: () => (built ??= new RegisterIndex(register)) };
}

/** Loads the register once (or takes it loaded: both are read-only); `convert` then handles memos one at a time. */
export function createConverter(init: ConvertInit, loaded: LoadedRegister = loadRegisterIndex(init.registerPaths)): Converter {
  const { register, diagnostics, index } = loaded;
  // This thread's own book: ids it gives may differ from a sequential build's; the build replays
  // every call in memo order and converts again the rare memo whose ids differ (proposals.ts).
  const shared = new ProposalBook((id) => register.byId.has(id));
  return {
    register,
    get index() {
      return index();
    },
    registerDiagnostics: diagnostics,
    async convert(req, book = shared) {
      const log: ProposalCall[] = [];
      const file = await convertFile(req, { index: index(), proposals: recorder(book, log), tei: init.tei });
      return outcome(req, file, log);
    },
  };
}

/**
 * Worker entry (src/parallel/boot.mjs): one converter per thread. Outcomes travel as JSON text:
 * one string is cheaper to pass between threads than the nested arrays of a source map, and it is
 * what the cache stores anyway.
 */
export async function setup(init: ConvertInit): Promise<(req: ConvertRequest) => Promise<string>> {
  const c = createConverter(init);
  return async (req) => JSON.stringify(await c.convert(req));
}

async function convertFile(req: ConvertRequest, o: ConvertOptions): Promise<EditionFile> {
  const size = fileSize(req.path);
  if (size > MAX_MEMO_BYTES) {
    const big = new EditionFile(req.shown, '');
    big.report('TE804', undefined, { message: `Memo file too large: ${(size / 1048576).toFixed(1)} MB (the limit is ${MAX_MEMO_BYTES / 1048576} MB); it was not converted` });
    return big;
  }
  const file = await loadMemoFile(req.shown);
  convertMemo(file, o);
  return file;
}

function outcome(req: ConvertRequest, file: EditionFile, proposals: ProposalCall[]): MemoOutcome {
  const out: MemoOutcome = { shown: req.shown, stem: file.stem, diagnostics: file.diagnostics, proposals };
  if (file.tei && file.memo) {
    const lines = (file.sourceMap ?? []).map((m) => {
      const p = file.position(m.offset);
      return [m.teiLine, p.line, p.column];
    });
    const mapText = JSON.stringify({ source: req.shown, lines }) + '\n';
    out.memo = {
      id: file.memo.id,
      date: file.memo.date?.when ?? file.memo.date?.notBefore ?? '',
      hash: sha256(file.tei),
      mapHash: sha256(mapText),
      refs: refIds(file.tei),
      navHash: neighbourDigest(file.tei),
      tei: file.tei,
      mapText,
    };
  }
  return out;
}

/** A book that answers from `book` and logs every propose() call into `log` (per memo, so concurrent memos never mix). */
function recorder(book: ProposalBook, log: ProposalCall[]): ProposalBook {
  const d = Object.create(book) as ProposalBook;
  d.propose = (surface, type, source) => {
    const e = book.propose(surface, type, source);
    log.push({ surface, type, id: e.id, ...(source.line !== undefined ? { line: source.line } : {}) });
    return e;
  };
  return d;
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0; // unreadable: loadMemoFile reports it (TE116)
  }
}
