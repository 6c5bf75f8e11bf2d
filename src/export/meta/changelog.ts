import { createHash } from 'node:crypto';
import type { MemoInfo } from '../tei/memo-info.ts';

/** One version's changes to the memos. */
export interface Release {
  version: string;
  date: string;
  /** The version compared against (null for the first build). */
  previous: string | null;
  added: string[];
  changed: string[];
  removed: string[];
}

/**
 * output/.build/memos.json: id → content hash of every memo of this build, the memos of the
 * previous version (the baseline this version is compared with) and the release history.
 */
export interface Manifest {
  edition: { version: string; date: string };
  memos: Record<string, string>;
  titles: Record<string, string>;
  baseline: { version: string | null; memos: Record<string, string>; titles: Record<string, string> };
  history: Release[];
}

/**
 * Hash of a memo's content: its TEI without the revision history and the tool version, so a
 * rebuild on another day or with a newer tool does not count as a change.
 */
export function contentHash(xml: string): string {
  const stable = xml
    .replace(/<revisionDesc[\s\S]*?<\/revisionDesc>/g, '')
    .replace(/(<application\b[^>]*?)\sversion="[^"]*"/g, '$1')
    .replace(/\s+/g, ' ');
  return 'sha256:' + createHash('sha256').update(stable).digest('hex');
}

export function nextManifest(prev: Manifest | undefined, memos: MemoInfo[], version: string, date: string): Manifest {
  const current = Object.fromEntries(memos.map((m) => [m.id, contentHash(m.doc.xml)]));
  const titles = Object.fromEntries(memos.map((m) => [m.id, m.title]));
  let baseline: Manifest['baseline'];
  let history: Release[];
  if (!prev) [baseline, history] = [{ version: null, memos: {}, titles: {} }, []];
  else if (prev.edition.version === version) [baseline, history] = [prev.baseline, prev.history.filter((r) => r.version !== version)];
  else [baseline, history] = [{ version: prev.edition.version, memos: prev.memos, titles: prev.titles }, prev.history];
  const ids = Object.keys(current).sort();
  const release: Release = {
    version,
    date,
    previous: baseline.version,
    added: ids.filter((id) => !(id in baseline.memos)),
    changed: ids.filter((id) => id in baseline.memos && baseline.memos[id] !== current[id]),
    removed: Object.keys(baseline.memos).filter((id) => !(id in current)).sort(),
  };
  return { edition: { version, date }, memos: current, titles, baseline, history: [release, ...history] };
}

/** CHANGELOG.md in the "Keep a Changelog" layout, newest version first. */
export function changelogMarkdown(m: Manifest, title: string): string {
  const titleOf = (id: string) => m.titles[id] ?? m.baseline.titles[id];
  const item = (id: string) => (titleOf(id) ? `- ${id}: ${titleOf(id)}` : `- ${id}`);
  const lines = ['# Changelog', '', `Memos added, changed and removed in each version of ${title}.`, ''];
  for (const r of m.history) {
    lines.push(`## [${r.version}] - ${r.date}`, '');
    if (r.previous === null) lines.push('First version.', '');
    else if (!r.added.length && !r.changed.length && !r.removed.length) lines.push(`No memo changed since ${r.previous}.`, '');
    for (const [head, ids] of [['Added', r.added], ['Changed', r.changed], ['Removed', r.removed]] as const) {
      if (ids.length) lines.push(`### ${head}`, '', ...ids.map(item), '');
    }
  }
  return lines.join('\n').replace(/\n+$/, '\n');
}
