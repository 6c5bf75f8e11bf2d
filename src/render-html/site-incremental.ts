import { readFileSync, rmSync } from 'node:fs';
import type { StageContext } from '../edition.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { sha256hex } from '../cache/digest.ts';
import type { BlobStore } from '../cache/store.ts';
import { writeAtomic } from '../write-output.ts';
import { collectSiteFacts } from '../parallel/memo-facts.ts';
import type { MemoFacts } from './facts.ts';
import { type MemoSiteFacts, factsStructure } from './memo-site-facts.ts';
import { type SiteSnapshot, readSnapshot, writeSnapshot } from './site-snapshot.ts';
import type { StatIndex } from '../cache/stat-index.ts';
import { type SplitDirty, type SplitSiteInput, renderSplitSite, searchShardPage } from './site-split.ts';
import { trace } from '../progress/trace.ts';
import { currentSession, fileStamp } from '../cache/session.ts';

/**
 * The incremental site stage of a large edition (docs/scaling.md, "Incremental"): after an edit to
 * a few memos, the edition-wide pages are brought up to date from the snapshot the last full site
 * stage left (site-snapshot.ts) and the facts of the memos edited since, instead of from every
 * memo's facts. It applies when the edit leaves the edition's shape as it was (the same memos in
 * the same order, and for each edited memo the same names, dates and counts: factsStructure), so
 * only text the pages show changed: a summary, the words around a name or a date, the paragraphs.
 * Otherwise the caller builds the site in full and takes a new snapshot.
 *
 * The pages that show an edited memo are computed again (and rendered when their inputs changed);
 * every other page is kept as the last build wrote it. Memos edited since the snapshot are listed
 * in a small file beside it (`.touched.json`): a memo edited and then edited back still has its
 * pages computed, since they show the version in between.
 */

/** Above this many memos edited since the snapshot, a full site stage (and a new snapshot) is cheaper. */
const MAX_TOUCHED = 64;

export interface SnapshotPlace {
  path: string;
  /** Digest of everything the pages depend on besides the memos' facts. */
  base: string;
}

type SplitInput = Omit<SplitSiteInput, 'edition' | 'facts' | 'shardFiles' | 'indexKeys' | 'dirty'>;

/** What prepareQuickSite found: the snapshot with the edited memos put in place, and what to render again. */
export interface QuickSite {
  snap: SiteSnapshot;
  notes: Diagnostic[];
  dirty: SplitDirty;
  /** Search shards to compute again, with their memos. */
  shards: Map<number, MemoFacts[]>;
}

/**
 * Reads the snapshot and the facts of the memos edited since it was taken; undefined when the site
 * must be built in full. Writes nothing but the list of edited memos.
 */
export async function prepareQuickSite(
  ctx: StageContext,
  place: SnapshotPlace,
  keys: string[],
  io: { store: BlobStore; stat: StatIndex; perShard: number; sefCacheDir?: string | undefined },
): Promise<QuickSite | undefined> {
  const { store, perShard, sefCacheDir } = io;
  // A build session keeps the snapshot as the last build left it (its edited memos put in): the
  // same as reading it and putting in every memo edited since, which this build does again anyway.
  const session = currentSession();
  const stamp = () => fileStamp([place.path, touchedPath(place.path)]);
  const snap = session?.get<SiteSnapshot>(`site-snapshot:${place.path}`, stamp()) ?? readSnapshot(place.path);
  trace('site: snapshot read');
  if (!snap || snap.base !== place.base || snap.memos.length !== ctx.memos.length) return undefined;
  if (snap.memos.some((m, i) => m.id !== ctx.memos[i]!.id || m.stem !== ctx.memos[i]!.stem)) return undefined;
  const before = readTouched(place.path);
  const touched = new Set(before);
  snap.memos.forEach((m, i) => m.key !== keys[i] && touched.add(m.id));
  if (touched.size > MAX_TOUCHED) return undefined;
  const indexOf = new Map(ctx.memos.map((m, i) => [m.id, i] as const));
  const only = new Set([...touched].map((id) => indexOf.get(id)!));
  const now = new Map<number, MemoSiteFacts>();
  let failed = false;
  await collectSiteFacts(ctx, { keys, only, ...(sefCacheDir ? { sefCacheDir } : {}) }, (doc, r) => {
    if (r.facts) now.set(indexOf.get(doc.id)!, r.facts);
    else failed = true;
  });
  if (failed || [...only].some((i) => !now.has(i) || structureDigest(now.get(i)!) !== snap.memos[i]!.structure)) return undefined;

  trace('site: facts of the edited memos');
  const shardMemos = (n: number): MemoFacts[] | undefined => {
    const memos: MemoFacts[] = [];
    for (let i = n * perShard; i < Math.min((n + 1) * perShard, keys.length); i++) {
      const f = now.get(i) ?? store.readJson<MemoSiteFacts>('site-facts', keys[i]!);
      if (!f) return undefined;
      memos.push(f.facts);
    }
    return memos;
  };
  const shards = new Map<number, MemoFacts[]>();
  for (const n of new Set([...only].map((i) => Math.floor(i / perShard)))) {
    const memos = shardMemos(n);
    if (!memos) return undefined;
    shards.set(n, memos);
  }
  // The other shards are kept as they are: their files must be as the last build wrote them.
  const intact = (file: string, n: number) => shards.has(n) || io.stat.fresh(`html/${file}`, io.stat.recorded(`html/${file}`) ?? '');
  if (!snap.shardFiles.every(intact)) return undefined;

  // Listed before any page is written: a build killed after writing pages still leaves them listed.
  if (touched.size !== before.size) writeTouched(place.path, touched);
  const dirty = { memos: new Set<number>(), entities: new Set<number>(), events: new Set<number>() };
  for (const i of only) {
    // A memo edited before this build: its pages may show a version the snapshot does not hold.
    const c = snap.edition.replace(i, now.get(i)!, { all: before.has(ctx.memos[i]!.id) });
    if (c.memo) dirty.memos.add(i);
    c.entities.forEach((n) => dirty.entities.add(n));
    c.events.forEach((k) => dirty.events.add(k));
  }
  session?.set(`site-snapshot:${place.path}`, stamp(), snap);
  return { snap, notes: snap.notes, dirty, shards };
}

/** Renders what changed and keeps the rest; the files made (relative to html/). */
export function renderQuickSite(q: QuickSite, split: SplitInput): Set<string> {
  const { snap } = q;
  for (const [n, memos] of q.shards) searchShardPage(split.pages, n, memos);
  trace('site: search shards');
  // The other shards as the last build left them (prepareQuickSite found their files intact).
  snap.shardFiles.forEach((file, n) => {
    if (!q.shards.has(n)) split.pages.made.add(file);
  });
  return renderSplitSite({ ...split, edition: snap.edition, facts: () => snap.edition.facts(snap.entities), shardFiles: snap.shardFiles, indexKeys: snap.indexKeys, dirty: q.dirty }).made;
}

/**
 * After a full site stage: the snapshot the next build starts from. The old one and its list go
 * first: a new snapshot that cannot be written must not leave the old one without its list.
 */
export function takeSnapshot(place: SnapshotPlace, s: Omit<SiteSnapshot, 'base'>): void {
  rmSync(place.path, { force: true });
  rmSync(touchedPath(place.path), { force: true });
  writeSnapshot(place.path, { ...s, base: place.base });
}

export const structureDigest = (m: MemoSiteFacts) => sha256hex(factsStructure(m));

const touchedPath = (path: string) => `${path}.touched.json`;

function readTouched(path: string): Set<string> {
  try {
    return new Set(JSON.parse(readFileSync(touchedPath(path), 'utf8')) as string[]);
  } catch {
    return new Set();
  }
}

function writeTouched(path: string, ids: Set<string>): void {
  try {
    writeAtomic(touchedPath(path), JSON.stringify([...ids].sort()));
  } catch {
    rmSync(path, { force: true }); // without the list the snapshot would mislead the next build
  }
}
