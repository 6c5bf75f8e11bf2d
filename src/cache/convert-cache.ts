import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { MemoOutcome } from '../parallel/convert-task.ts';
import { writeAtomic } from '../write-output.ts';
import { codeDigest, sha256hex, stableJson } from './digest.ts';
import { type RegisterDelta, type RegisterState, memoAffected, registerDelta } from './register-delta.ts';
import { BlobStore } from './store.ts';
import { type PackedDiagnostic, packDiagnostic, unpackDiagnostic } from './compact.ts';
import { readJsonKept, readText } from './read-optional.ts';
import { type Journal, readJournal, writeJournal } from './journal.ts';

/**
 * Conversion results by content: key = digest(tool code, conversion options, memo path as shown,
 * memo bytes). The register is not in the key (a register edit would redo every memo): each memo's
 * record says which register state its result holds for, and a register change re-does only the
 * memos it can touch (register-delta.ts); the others are carried over to the new state.
 *
 * Files: `<dir>/convert/…/<key>.json` (the MemoOutcome without its bodies), `<dir>/tei/…/<sha>.xml`
 * and `<dir>/map/…/<sha>.json` (the bodies, by content), `<dir>/convert-index.json` (path → size,
 * mtime, input digest, key, register state, ids: a stat match skips reading and hashing the memo; a
 * snapshot plus a log of changes, journal.ts),
 * `<dir>/register-state.json` (the register state of the last build, for the next delta).
 */

interface Record_ {
  size: number;
  mtimeMs: number;
  input: string;
  key: string;
  /** Register state digest this result holds for. */
  reg: string;
  /** Register ids the TEI points to and ids it proposed (for register deltas); from `meta` when absent. */
  ids?: string[];
  /** The outcome without its bodies, diagnostics packed: an incremental build reads one index, not 10,000 files. */
  meta?: PackedOutcome;
}

type PackedOutcome = Omit<MemoOutcome, 'diagnostics'> & { diagnostics: PackedDiagnostic[] };

/** Diagnostics of the memo file itself name it once, in the outcome (`file` left out). */
function pack(o: MemoOutcome): PackedOutcome {
  return { ...o, diagnostics: o.diagnostics.map((d) => packDiagnostic(d.file === o.shown ? { ...d, file: '' } : d)) };
}

/** Unpacked outcomes by packed record: a build session's next build gets the same records (journal.ts), and the same outcomes, read-only. */
const unpacked = new WeakMap<PackedOutcome, MemoOutcome>();

function unpack(o: PackedOutcome): MemoOutcome {
  let u = unpacked.get(o);
  if (!u) unpacked.set(o, (u = { ...o, diagnostics: o.diagnostics.map((p) => unpackDiagnostic(p.file === '' ? { ...p, file: o.shown } : p)) }));
  return u;
}

function idsOf(o: { memo?: { refs: string[] }; proposals: { id: string }[] } | undefined): string[] {
  return [...new Set([...(o?.memo?.refs ?? []), ...(o?.proposals ?? []).map((p) => p.id)])].sort();
}

export interface CacheStats {
  hits: number;
  misses: number;
  /** Hits that a register change forced to convert again. */
  registerMisses: number;
}

export class ConvertCache {
  private readonly store: BlobStore;
  private readonly journal: Journal<Record_>;
  private readonly index: Record<string, Record_>;
  private readonly next: Record<string, Record_> = {};
  /** Memos whose record differs from the index's (written to the journal on save). */
  private readonly changed = new Set<string>();
  private readonly storedState?: { files: string; state: RegisterState };
  /** Records computed by probe(), reused by put(). */
  private readonly probed = new Map<string, Omit<Record_, 'reg' | 'ids'>>();
  private readonly optionsDigest: string;
  private delta?: RegisterDelta;
  private prevReg?: string;
  readonly stats: CacheStats = { hits: 0, misses: 0, registerMisses: 0 };

  private readonly register: RegisterState;
  private readonly registerFiles: string;

  /**
   * `registerFiles`: a digest of the register files' bytes; while it is unchanged the stored state
   * is reused and `state()` (hashing every entry) is not called.
   */
  constructor(
    readonly dir: string,
    options: unknown,
    register: { files: string; state: () => RegisterState },
  ) {
    this.registerFiles = register.files;
    this.store = new BlobStore(dir);
    this.optionsDigest = sha256hex(codeDigest('convert'), stableJson(options));
    this.journal = readJournal<Record_>(join(dir, 'convert-index.json'));
    this.index = this.journal.records;
    const stored = readJsonKept<{ files: string; state: RegisterState }>(join(dir, 'register-state.json'));
    this.storedState = stored;
    const prev = stored?.state;
    this.register = prev && stored.files === register.files ? prev : register.state();
    if (prev && prev.digest !== this.register.digest) {
      this.prevReg = prev.digest;
      this.delta = registerDelta(prev, this.register);
    }
  }

  /**
   * Whether a memo file has a valid cached outcome (stat, index and, after a register change, the
   * memo's tokens; the outcome itself is not read). Call load() for a hit, else convert and put().
   */
  probe(path: string, shown: string): boolean {
    const rec = this.record(path, shown);
    if (rec) this.probed.set(shown, rec);
    const old = this.index[shown];
    if (!rec || old?.key !== rec.key) return false;
    if (old.reg === this.register.digest) return this.keep(shown, rec, old);
    if (old.reg !== this.prevReg || !this.delta) return false;
    if (memoAffected(readText(path), old.ids ?? idsOf(old.meta), this.delta)) {
      this.stats.registerMisses++;
      return false;
    }
    return this.keep(shown, rec, old);
  }

  /**
   * The outcome probe() found, without its bodies (TEI, source map: read them with body() when an
   * output file must be written); undefined if an entry is gone or damaged: convert then.
   * `needsBodies`: whether the bodies will be read (the outputs are not up to date); only then is
   * their presence checked (two file look-ups per memo, 10,000 of them in an incremental build).
   */
  load(shown: string, needsBodies: (o: MemoOutcome) => boolean = () => true): MemoOutcome | undefined {
    const rec = this.next[shown];
    const packed = rec ? (rec.meta ?? this.store.readJson<PackedOutcome>('convert', rec.key)) : undefined;
    const hit = packed && unpack(packed);
    const bodies = !hit?.memo || !needsBodies(hit) || (existsSync(this.store.path('tei', hit.memo.hash, 'xml')) && existsSync(this.store.path('map', hit.memo.mapHash)));
    if (hit && hit.shown === shown && bodies) {
      this.stats.hits++;
      return hit;
    }
    delete this.next[shown];
    return undefined;
  }

  /** A memo's TEI or source map text by its sha256 (content-addressed, shared by every memo and build). */
  body(kind: 'tei' | 'map', hash: string): string | undefined {
    return this.store.readText(kind, hash, kind === 'tei' ? 'xml' : 'json');
  }

  /** Counts a conversion (a probe miss or a lost entry). */
  missed(): void {
    this.stats.misses++;
  }

  private keep(shown: string, rec: Omit<Record_, 'reg' | 'ids'>, old: Record_): true {
    this.next[shown] = old.meta ? { ...rec, reg: this.register.digest, meta: old.meta } : { ...rec, reg: this.register.digest, ids: old.ids ?? [] };
    // Saved again when it changed, or when it was saved too soon after the memo's mtime to be trusted (record()).
    const untrusted = rec.mtimeMs >= (this.journal.savedAt.get(shown) ?? 0) - 2000;
    if (untrusted || rec.size !== old.size || rec.mtimeMs !== old.mtimeMs || rec.input !== old.input || old.reg !== this.register.digest) this.changed.add(shown);
    return true;
  }

  put(path: string, outcome: MemoOutcome): void {
    const rec = this.probed.get(outcome.shown) ?? this.record(path, outcome.shown);
    if (!rec) return;
    const { memo, ...rest } = outcome;
    let meta: PackedOutcome;
    if (memo) {
      const { tei, mapText, ...facts } = memo;
      if (tei !== undefined) this.store.write('tei', facts.hash, tei, 'xml');
      if (mapText !== undefined) this.store.write('map', facts.mapHash, mapText);
      meta = pack({ ...rest, memo: facts });
    } else meta = pack(rest);
    this.store.write('convert', rec.key, JSON.stringify(meta));
    this.next[outcome.shown] = { ...rec, reg: this.register.digest, meta };
    this.changed.add(outcome.shown);
  }

  /** Writes the index (memos of this build only) and the register state. */
  save(): void {
    this.store.ensure();
    try {
      // Wall clock on purpose: cache bookkeeping, never output (see record()).
      writeJournal(join(this.dir, 'convert-index.json'), this.journal, this.next, this.changed, Date.now());
    } catch {
      /* a cache that cannot be written only makes the next build slower */
    }
    if (this.storedState?.files !== this.registerFiles || this.storedState.state.digest !== this.register.digest) {
      safeWrite(join(this.dir, 'register-state.json'), JSON.stringify({ files: this.registerFiles, state: this.register }));
    }
  }

  /** Size, mtime and content digest of a memo file; the digest is reused while size and mtime match. */
  private record(path: string, shown: string): Omit<Record_, 'reg' | 'ids'> | undefined {
    let st;
    try {
      st = statSync(path);
    } catch {
      return undefined;
    }
    const old = this.index[shown];
    // A memo modified shortly before its record was saved may share its size and mtime with an older version.
    const trusted = old && old.size === st.size && old.mtimeMs === st.mtimeMs && st.mtimeMs < (this.journal.savedAt.get(shown) ?? 0) - 2000;
    const input = trusted ? old.input : digestFile(path);
    if (!input) return undefined;
    return { size: st.size, mtimeMs: st.mtimeMs, input, key: sha256hex(this.optionsDigest, shown, input) };
  }
}

function digestFile(path: string): string | undefined {
  try {
    return sha256hex(readFileSync(path));
  } catch {
    return undefined;
  }
}


function safeWrite(path: string, text: string): void {
  try {
    writeAtomic(path, text);
  } catch {
    /* a cache that cannot be written only makes the next build slower */
  }
}
