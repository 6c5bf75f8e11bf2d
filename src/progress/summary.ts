import { CODES, type Code } from '../diagnostics/codes.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';

export interface SummaryInput {
  diagnostics: readonly Diagnostic[];
  /** Memo files read. */
  files: number;
  /** Memos in the edition at the end (invalid ones are left out by validation). */
  built: number;
  outDir?: string;
  elapsedMs: number;
  timings?: [string, number][];
  stats?: { hits: number; misses: number; threads: number; reconverted: number };
  shard?: string;
}

/**
 * The one-screen account at the end of a build: what was built, how long it took and where the
 * time went, what the cache and the worker threads did, and the diagnostics by severity with the
 * most frequent codes (the details are in the report above it).
 */
export function buildSummary(s: SummaryInput): string {
  const lines: string[] = [];
  const secs = s.elapsedMs / 1000;
  const rate = secs > 0 ? ` (${fmtRate(s.files / secs)} memos/s)` : '';
  lines.push(`Built ${fmt(s.built)} of ${fmt(s.files)} memo${s.files === 1 ? '' : 's'}${s.shard ? ` (shard ${s.shard})` : ''}${s.outDir ? ` into ${s.outDir}` : ''} in ${duration(s.elapsedMs)}${rate}.`);
  if (s.stats) {
    const parts = [`${fmt(s.stats.hits)} from the cache`, `${fmt(s.stats.misses)} converted${s.stats.threads ? ` on ${s.stats.threads} worker threads` : ''}`];
    if (s.stats.reconverted) parts.push(`${fmt(s.stats.reconverted)} converted again for edition-wide proposal ids`);
    lines.push(`Memos: ${parts.join(', ')}.`);
  }
  // A stage under a millisecond did nothing (a shard build leaves the edition-wide stages to merge).
  const ran = (s.timings ?? []).filter(([, ms]) => ms >= 1);
  if (ran.length) lines.push(`Stages: ${ran.map(([name, ms]) => `${name} ${duration(ms)}`).join(' · ')}.`);
  const count = { error: 0, warning: 0, info: 0 };
  const byCode = new Map<Code, number>();
  for (const d of s.diagnostics) {
    count[d.severity]++;
    byCode.set(d.code, (byCode.get(d.code) ?? 0) + 1);
  }
  lines.push(`${fmt(count.error)} error${count.error === 1 ? '' : 's'}, ${fmt(count.warning)} warning${count.warning === 1 ? '' : 's'}, ${fmt(count.info)} note${count.info === 1 ? '' : 's'}.`);
  const top = [...byCode].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 4);
  if (top.length) lines.push(`Most frequent: ${top.map(([code, n]) => `${code} ×${fmt(n)} (${CODES[code]?.title ?? code})`).join('; ')}.`);
  const left = s.diagnostics.filter((d) => d.code === 'TE416').length;
  if (left) lines.push(`${fmt(left)} memo${left === 1 ? ' was' : 's were'} left out of the HTML, PDF and exports: ${left === 1 ? 'its' : 'their'} TEI has errors (TE416 above).`);
  return lines.join('\n') + '\n';
}

function fmt(n: number): string {
  return n.toLocaleString('en-US');
}

function fmtRate(r: number): string {
  return r >= 10 ? r.toFixed(0) : r.toFixed(1);
}

export function duration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${Math.round(s - m * 60)} s`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}
