/**
 * Phase timings for whoever tunes the build (TEI_EDITION_TRACE=1): one stderr line per phase, the
 * milliseconds since the previous line and the peak resident memory so far. Never part of the output, the report or the diagnostics;
 * off unless asked for, at the cost of one check per call.
 */
const on = !!process.env['TEI_EDITION_TRACE'];
let last = performance.now();

export function trace(phase: string): void {
  if (!on) return;
  const now = performance.now();
  // The process's peak resident memory so far: the phase that raised it is the one to look at.
  const peak = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stderr.write(`[trace] ${(now - last).toFixed(1).padStart(8)} ms  peak ${String(peak).padStart(5)} MB  ${phase}\n`);
  last = now;
}
