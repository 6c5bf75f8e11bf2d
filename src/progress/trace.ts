/**
 * Phase timings for whoever tunes the build (TEI_EDITION_TRACE=1): one stderr line per phase, the
 * milliseconds since the previous line. Never part of the output, the report or the diagnostics;
 * off unless asked for, at the cost of one check per call.
 */
const on = !!process.env['TEI_EDITION_TRACE'];
let last = performance.now();

export function trace(phase: string): void {
  if (!on) return;
  const now = performance.now();
  process.stderr.write(`[trace] ${(now - last).toFixed(1).padStart(8)} ms  ${phase}\n`);
  last = now;
}
