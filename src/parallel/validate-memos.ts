import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Diagnostic, diagnostic } from '../diagnostics/diagnostic.ts';
import type { StageContext, StageResult, TeiDoc } from '../edition.ts';
import { codeDigest, sha256hex } from '../cache/digest.ts';
import { BlobStore } from '../cache/store.ts';
import { validateTei } from '../validate-tei/index.ts';
import { sha256 } from '../write-output.ts';
import { readJournal, writeJournal } from '../cache/journal.ts';
import { packDiagnostic, unpackDiagnostic } from '../cache/compact.ts';
import { refIds } from './convert-memos.ts';
import { createExecutor, orderedMap, runOrLocal, type Executor } from './pool.ts';
import { docFacts, runtimeOf } from './runtime.ts';
import { type MemoValidation, type ValidateBatch, validateBatch, xmlIds } from './validate-task.ts';
import { editionSlices, pointedIds } from './register-slices.ts';
import { remembered } from '../cache/session.ts';
import { readJsonKept, readText } from '../cache/read-optional.ts';
import { trace } from '../progress/trace.ts';

/**
 * The build's validation stage, per memo: the same checks as validate-tei's validateStage (RELAX NG
 * and Schematron, memo lines from the source maps, invalid memos left out of later stages), run in
 * batches on worker threads and cached by content. A memo's result depends on its TEI, its source
 * map, whether the manifest still vouches for the TEI (hand edits), and the kinds of the register
 * entries it points to; edition-wide xml:id uniqueness, the one check that spans memos, is done
 * here and the memos it concerns are validated together, as validateStage would.
 */

const TASK = fileURLToPath(new URL('./validate-task.ts', import.meta.url));
const BATCH = 64;
/** Stands for the TEI file's own path in cached diagnostics (the output folder may move: shards). */
const HERE = '\u0000';

interface Item { doc: TeiDoc; key: string; sourceMapPath?: string; result?: MemoValidation }

export async function validateMemos(ctx: StageContext, opts: { dropInvalid?: boolean } = {}): Promise<StageResult> {
  const rt = runtimeOf(ctx);
  const store = rt.cacheDir ? new BlobStore(rt.cacheDir) : undefined;
  const manifest = readJsonKept<Record<string, string>>(join(ctx.outDir, '.build', 'manifest.json')) ?? {};
  const { pointedOf } = editionKinds(ctx.register.xml);
  const register = ctx.register.xml ? ctx.register : undefined;
  const slices = editionSlices(ctx.register.xml);
  const base = sha256hex(codeDigest('validate'), 'validate');
  const items: Item[] = ctx.memos.map((doc) => {
    const f = docFacts(doc) ?? factsOf(doc.xml);
    const sourceMapPath = doc.sourcePath ? join(ctx.outDir, '.build', 'sourcemap', `${doc.stem}.json`) : undefined;
    // The build knows the digest of the source map it wrote; otherwise the file says.
    const sm = f.mapHash ?? (sourceMapPath ? sha256(readText(sourceMapPath)) : '');
    const pointed = pointedOf(f.refs);
    return { doc, sourceMapPath, key: sha256hex(base, doc.id, f.hash, sm, manifest[`tei/${basename(doc.path)}`] ?? '', pointed) };
  });
  trace('validate: keys');
  // The last build's results in one file (an incremental build reads it, not 10,000 entries), then the store.
  const indexPath = rt.cacheDir ? join(rt.cacheDir, `validate-index-${sha256(ctx.outDir).slice(0, 12)}.json`) : undefined;
  const journal = indexPath ? readJournal<MemoValidation>(indexPath) : undefined;
  const last = journal?.records ?? {};
  for (const it of items) {
    const hit = last[it.key] ?? store?.readJson<MemoValidation>('validate', it.key);
    if (hit) it.result = restore(hit, it.doc.path, it.doc.id);
  }
  const misses = items.filter((it) => !it.result);
  trace('validate: results looked up');
  const batches: Item[][] = [];
  for (let i = 0; i < misses.length; i += BATCH) batches.push(misses.slice(i, i + BATCH));
  const exec = rt.jobs > 1 && batches.length > 1 ? createExecutor<undefined, ValidateBatch, string>({ module: TASK, init: undefined, jobs: Math.min(rt.jobs, batches.length) }) : undefined;
  let done = items.length - misses.length;
  // The register document is validated on a thread beside the memo batches (1–2 s for thousands of
  // entries, which would otherwise run alone after them); without threads, after them as before.
  const registerRun = register && exec ? validateRegister(register, store, base, exec) : undefined;
  registerRun?.then(() => trace('validate: register validated (beside the memos)'), () => undefined); // awaited below
  let registerResult: Diagnostic[] = [];
  try {
    await orderedMap(
      batches,
      async (batch) => {
        const docs = batch.map((it) => ({ path: it.doc.path, xml: it.doc.xml, ...(it.sourceMapPath ? { sourceMapPath: it.sourceMapPath } : {}) }));
        // The entries the batch points to: the checks look entries up by id (register-slices.ts).
        const ids = new Set(docs.flatMap((d) => [...pointedIds(d.xml)]));
        const req: ValidateBatch = { docs, register: register ? [{ path: register.path, xml: slices.mini(ids, { nonEmpty: true })! }] : [] };
        return runOrLocal(exec, req, validateBatch, (json) => JSON.parse(json) as MemoValidation[]);
      },
      (results, b) => {
        batches[b]!.forEach((it, k) => {
          it.result = results[k]!;
          store?.write('validate', it.key, JSON.stringify(placeholder(it.result, it.doc.path, it.doc.id)));
        });
        done += batches[b]!.length;
        rt.onProgress?.({ stage: 'validate', done, total: items.length });
      },
      exec ? exec.threads * 2 : 1,
    );
    registerResult = registerRun ? await registerRun : register ? await validateRegister(register, store, base) : [];
  } finally {
    await exec?.close();
  }
  trace('validate: memos validated');
  if (indexPath && journal) {
    // A journal (src/cache/journal.ts): an edit appends the results it changed.
    const next: Record<string, MemoValidation> = {};
    const changed = new Set<string>();
    for (const it of items) {
      next[it.key] = it.key in last ? last[it.key]! : placeholder(it.result!, it.doc.path, it.doc.id);
      if (!(it.key in last)) changed.add(it.key);
    }
    try {
      writeJournal(indexPath, journal, next, changed, Date.now());
    } catch {
      /* only the next build's speed suffers */
    }
  }
  trace('validate: index saved');
  // The register's side of an id it shares with a memo: validateRegister sees the register alone.
  const seen = new Set(registerResult.map(sameKey));
  const registerClashes = (await editionIds(items, register)).filter((d) => !seen.has(sameKey(d)));
  const diagnostics = [...items.flatMap((it) => it.result!.diagnostics), ...registerResult, ...registerClashes];
  trace('validate: edition-wide ids');
  if (opts.dropInvalid !== false) dropInvalid(ctx, diagnostics);
  return { diagnostics, written: [] };
}

async function validateRegister(register: { path: string; xml: string }, store: BlobStore | undefined, base: string, exec?: Executor<ValidateBatch, string>): Promise<Diagnostic[]> {
  const key = sha256hex(base, 'register', register.xml);
  const hit = store?.readJson<MemoValidation>('validate', key);
  if (hit) return restore(hit, register.path, '').diagnostics;
  // validateBatch([register]) is validateTei([register], { register }), its diagnostics filed under the register.
  const req: ValidateBatch = { docs: [register], register: [register] };
  const diagnostics = (await runOrLocal(exec, req, validateBatch, (json) => JSON.parse(json) as MemoValidation[]))[0]!.diagnostics;
  store?.write('validate', key, JSON.stringify(placeholder({ path: register.path, diagnostics, ids: [] }, register.path, '')));
  return diagnostics;
}

/**
 * xml:ids must be unique across the edition (memos and register). Generated TEI prefixes every id
 * with its memo id, so only hand-edited files can clash; those are validated together, which gives
 * the cross-document diagnostics validateTei gives for a whole edition.
 */
async function editionIds(items: Item[], register: { path: string; xml: string } | undefined): Promise<Diagnostic[]> {
  const registerIds = new Set(register ? xmlIds(register.xml) : []);
  const owners = new Map<string, number[]>();
  const add = (id: string, i: number) => owners.set(id, [...(owners.get(id) ?? []), i]);
  // A memo's own ids (its id, or its id and "-…") cannot be another memo's own ids while no memo id
  // is another's followed by "-"; nor another memo's other ids or a register id unless those start
  // so. Then only the other ids (hand-edited files) need the edition-wide table: a few, not the
  // million ids of 10,000 generated memos.
  const docIds = new Set(items.map((it) => it.doc.id));
  // The memo id that `id` is, or starts with followed by "-".
  const prefixOwner = (id: string): string | undefined => {
    for (let k = id.indexOf('-'); k > 0; k = id.indexOf('-', k + 1)) if (docIds.has(id.slice(0, k))) return id.slice(0, k);
    return undefined;
  };
  const owner = (id: string) => (docIds.has(id) ? id : prefixOwner(id));
  // The same memos and register as the last build of a session: the same answer (0.1 s at 10,000 memos).
  const idsApart = remembered(
    'edition-ids-apart',
    () => `${items.map((it) => it.doc.id).join('\n')}\0${register?.xml ?? ''}`,
    () => ![...docIds].some((d) => prefixOwner(d) !== undefined) && ![...registerIds].some((r) => owner(r) !== undefined),
  );
  let separate = docIds.size === items.length && idsApart;
  if (separate) {
    items.forEach((it, i) => {
      for (const id of otherIds(it.result!, it.doc.id)) {
        if (owner(id) !== undefined) separate = false;
        add(id, i);
      }
    });
  }
  if (!separate) {
    owners.clear();
    items.forEach((it, i) => {
      for (const id of new Set(it.result!.ids)) add(id, i);
    });
  }
  const involved = new Set<number>();
  for (const [id, who] of owners) if (who.length > 1 || registerIds.has(id)) for (const i of who) involved.add(i);
  if (!involved.size) return [];
  const group = [...involved].sort((a, b) => a - b).map((i) => items[i]!);
  const docs = group.map((it) => ({ path: it.doc.path, xml: it.doc.xml, ...(it.sourceMapPath ? { sourceMapPath: it.sourceMapPath } : {}) }));
  const ds = await validateTei(register ? [...docs, register] : docs, { register: register ? [register] : [] });
  for (const it of group) it.result = { ...it.result!, diagnostics: ds.filter((d) => d.file === it.doc.path) };
  return register ? ds.filter((d) => d.file === register.path) : [];
}

const sameKey = (d: Diagnostic) => JSON.stringify([d.file, d.line, d.column, d.code, d.message]);

function dropInvalid(ctx: StageContext, diagnostics: Diagnostic[]): void {
  const bad = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
  const kept = ctx.memos.filter((m) => !bad.has(m.path));
  for (const m of ctx.memos) if (bad.has(m.path)) diagnostics.push(diagnostic('TE416', { file: m.path, message: `${m.id} is left out of the HTML, PDF and exports: its TEI has errors` }));
  ctx.memos.splice(0, ctx.memos.length, ...kept);
}

/** Register xml:id → element name (person, place, org): what the Schematron checks a pointer against. */
function registerKinds(xml: string): Map<string, string> {
  const kinds = new Map<string, string>();
  for (const m of xml.matchAll(/<(\w+)\b[^>]*?\bxml:id="([^"]+)"/g)) kinds.set(m[2]!, m[1]!);
  return kinds;
}

/**
 * The register's kinds, and a memo's pointers with the kinds they point to (its part of the cache
 * key) kept per list of ids: a build session (src/cache/session.ts) hands the next build the same
 * object while the register is the same, and unchanged memos the same lists.
 */
function editionKinds(xml: string): { kinds: Map<string, string>; pointedOf(refs: readonly string[]): string } {
  return remembered('register-kinds', () => xml, () => {
    const kinds = registerKinds(xml);
    const pointed = new WeakMap<readonly string[], string>();
    return {
      kinds,
      pointedOf(refs) {
        let p = pointed.get(refs);
        if (p === undefined) pointed.set(refs, (p = refs.map((id) => `${id}=${kinds.get(id) ?? ''}`).join(' ')));
        return p;
      },
    };
  });
}

/** Facts of a TEI the build did not convert itself (stage run outside a build): its hash and every register-like pointer. */
function factsOf(xml: string): { hash: string; refs: string[]; mapHash?: string } {
  const pointers = [...xml.matchAll(/(?:#|\b)(per|pla|org)[:-]([^"\s#]+)/g)].map((m) => `${m[1]}-${m[2]}`);
  return { hash: sha256(xml), refs: [...new Set([...refIds(xml), ...pointers])].sort() };
}

/**
 * A result as cached: the file's own path as a placeholder (the output folder may move: shards),
 * diagnostics packed, and ids that start with the document's own id (all of a generated memo's)
 * shortened to "~" and the rest.
 */
function placeholder(r: MemoValidation, path: string, docId: string): MemoValidation {
  const ids = r.ids.map((id) => (id.startsWith(`${docId}-`) ? `~${id.slice(docId.length + 1)}` : id === docId ? '~' : id));
  return { path: HERE, ids, diagnostics: r.diagnostics.map((d) => packDiagnostic(d.file === path ? { ...d, file: HERE } : d) as Diagnostic) };
}

/** Distinct ids of a memo that are not its own (its id, or its id and "-…"), kept per result. */
const others = new WeakMap<MemoValidation, string[]>();
function otherIds(r: MemoValidation, docId: string): string[] {
  let o = others.get(r);
  if (!o) others.set(r, (o = [...new Set(r.ids.filter((id) => id !== docId && !id.startsWith(`${docId}-`)))]));
  return o;
}

/** Restored results by cached record: a build session's next build gets the same records (journal.ts), and the same results, read-only. */
const restored = new WeakMap<MemoValidation, { path: string; docId: string; r: MemoValidation }>();

function restore(r: MemoValidation, path: string, docId: string): MemoValidation {
  const kept = restored.get(r);
  if (kept && kept.path === path && kept.docId === docId) return kept.r;
  const out = restoreNew(r, path, docId);
  restored.set(r, { path, docId, r: out });
  return out;
}

function restoreNew(r: MemoValidation, path: string, docId: string): MemoValidation {
  const ids = r.ids.map((id) => (id === '~' ? docId : id.startsWith('~') ? `${docId}-${id.slice(1)}` : id));
  return { path, ids, diagnostics: r.diagnostics.map((p) => unpackDiagnostic(p.file === HERE ? { ...p, file: path } : p)) };
}

