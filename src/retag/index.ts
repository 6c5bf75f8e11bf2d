import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { type Diagnostic, diagnostic } from '../diagnostics/diagnostic.ts';
import { ProposalBook, RegisterIndex } from '../find-entities/index.ts';
import { type RegisterEntry, loadRegister, serializeRegister } from '../find-entities/register/index.ts';
import { readTeiRegister } from '../find-entities/register/read-tei.ts';
import { loadConfig } from '../load-config.ts';
import { acquireBuildLock } from '../build-lock.ts';
import { writeAtomic } from '../write-output.ts';
import { type AddedMarkup, retagXml } from './retag.ts';

export { retagXml, type RetagContext, type RetagResult, type AddedMarkup } from './retag.ts';
export { screenXml } from '../xml-guard.ts';
export { readBlocks, bodyText, type MemoFacts, type TextBlock } from './blocks.ts';
export { scanXml, decodeEntities, type XmlToken } from './xml-scan.ts';

export interface RetagOptions {
  /** Memo TEI files to retag in place. */
  files: string[];
  /** Register files/folders (TEI .xml or .csv); default: the edition config's register. */
  register?: string[];
  /** Edition config whose register is used when `register` is not given. */
  config?: string;
  /** Report what would be added without writing anything. */
  dryRun?: boolean;
}

export interface RetagReport {
  diagnostics: Diagnostic[];
  /** Files rewritten (or that would be, with dryRun). */
  changed: string[];
  added: Record<string, AddedMarkup[]>;
}

/**
 * `tei-edition retag`: re-runs recognition on hand-edited memo TEI files and adds markup only in
 * untagged text (see retagXml). The register is the edition's register plus the register.xml beside
 * each file (so proposed entries of the last build keep their ids); names it does not know are
 * proposed and added to that register.xml, so every new @ref resolves.
 */
export async function retagFiles(o: RetagOptions): Promise<RetagReport> {
  const diagnostics: Diagnostic[] = [];
  const report: RetagReport = { diagnostics, changed: [], added: {} };
  let registerPaths = o.register ?? [];
  if (!o.register && o.config) {
    const c = loadConfig(o.config);
    diagnostics.push(...c.diagnostics);
    if (c.config) registerPaths = c.config.register.map((p) => resolve(c.root, p));
  }
  const siblings = [...new Set(o.files.map((f) => join(dirname(resolve(f)), 'register.xml')))].filter((p) => existsSync(p) && !o.files.some((f) => resolve(f) === p));
  const { register, diagnostics: regDiags } = loadRegister([...registerPaths, ...siblings]);
  diagnostics.push(...regDiags);
  const index = new RegisterIndex(register);
  const proposals = new ProposalBook((id) => register.byId.has(id));
  const usedProposals = new Map<string, Set<string>>();

  for (const path of o.files) {
    const text = readUtf8(path, diagnostics);
    if (text === undefined) continue;
    const r = retagXml(text, { index, proposals, file: path });
    diagnostics.push(...r.diagnostics);
    if (!r.changed) continue;
    if (!o.dryRun && !underLock(path, diagnostics, () => writeAtomic(path, r.xml))) continue;
    report.changed.push(path);
    report.added[path] = r.added;
    const reg = join(dirname(resolve(path)), 'register.xml');
    if (!o.dryRun) for (const a of r.added) if (a.proposed) usedProposals.set(reg, (usedProposals.get(reg) ?? new Set()).add(a.value));
  }
  for (const [reg, ids] of usedProposals) underLock(reg, diagnostics, () => addProposals(reg, ids, proposals.entries(), diagnostics));
  return report;
}

/**
 * Runs a write under the build lock of the edition the file belongs to (the nearest of its folder
 * and that folder's parent holding `.build/`), so a running build never reads half a retag. Files
 * outside a built edition need no lock. False when another build holds it (TE705).
 */
function underLock(path: string, ds: Diagnostic[], write: () => void): boolean {
  const dir = dirname(resolve(path));
  const root = [dir, dirname(dir)].find((d) => existsSync(join(d, '.build')));
  if (!root) {
    write();
    return true;
  }
  const lock = acquireBuildLock(root, { command: 'retag' });
  ds.push(...lock.diagnostics);
  if (!lock.lock) return false;
  try {
    write();
    return true;
  } finally {
    lock.lock.release();
  }
}

/** Reads a file as UTF-8 text, refusing what retag could not write back byte for byte. */
function readUtf8(path: string, ds: Diagnostic[]): string | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    ds.push(diagnostic('TE116', { file: path, message: `File could not be read: ${(e as NodeJS.ErrnoException).code ?? e}` }));
    return undefined;
  }
  const refuse = (why: string) => {
    ds.push(diagnostic('TE805', { file: path, line: 1, message: `TEI file could not be retagged: ${why}` }));
    return undefined;
  };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return refuse('it is UTF-16; save it as UTF-8');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return refuse('it is not valid UTF-8');
  }
  const enc = /^\uFEFF?<\?xml[^?]*\bencoding\s*=\s*["']([^"']+)["']/.exec(text)?.[1];
  if (enc && !/^utf-?8$/i.test(enc)) return refuse(`it declares encoding="${enc}"; save it as UTF-8`);
  return text;
}

/** Adds the proposed entries retag used to the register.xml beside the files (created when missing). */
function addProposals(registerPath: string, ids: Set<string>, proposed: RegisterEntry[], ds: Diagnostic[]): void {
  let entries: RegisterEntry[] = [];
  let meta = { title: 'Register of persons, places and organisations', publisher: 'tei-edition', date: undefined as string | undefined };
  if (existsSync(registerPath)) {
    const xml = readFileSync(registerPath, 'utf8');
    const r = readTeiRegister(xml, registerPath);
    if (r.diagnostics.some((d) => d.severity === 'error')) {
      ds.push(...r.diagnostics);
      return;
    }
    entries = r.entries;
    meta = {
      title: unescape(/<titleStmt>\s*<title[^>]*>([^<]*)<\/title>/.exec(xml)?.[1]) ?? meta.title,
      publisher: unescape(/<publisher>([^<]*)<\/publisher>/.exec(xml)?.[1]) ?? meta.publisher,
      date: /<publicationStmt>[\s\S]*?<date when="([^"]+)"/.exec(xml)?.[1],
    };
  }
  const have = new Set(entries.map((e) => e.id));
  const add = proposed.filter((e) => ids.has(e.id) && !have.has(e.id));
  if (!add.length) return;
  writeAtomic(registerPath, serializeRegister([...entries, ...add], meta));
  ds.push(diagnostic('TE806', { file: registerPath, message: `Added ${add.length} proposed entr${add.length === 1 ? 'y' : 'ies'} to ${basename(registerPath)}: ${add.map((e) => e.id).join(', ')}` }));
}

function unescape(s: string | undefined): string | undefined {
  return s?.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}
