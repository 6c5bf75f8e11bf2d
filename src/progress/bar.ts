import cliProgress from 'cli-progress';

export interface ProgressEvent {
  stage: string;
  done: number;
  total: number;
}

/** Receives the build's progress events; draws a bar when enabled and always times the stages. */
export interface Progress {
  onProgress(e: ProgressEvent): void;
  /** Ends the bar (the terminal line is left clean for the report). */
  stop(): void;
  /** Wall time per stage, in the order the stages ran (ms). */
  timings(): [string, number][];
}

export interface ProgressOptions {
  /** Draw the bar: a terminal, not CI, not --quiet, not JSON output (see progressWanted). */
  enabled: boolean;
  stream?: NodeJS.WritableStream;
  /** Injected clock (tests). */
  now?: () => number;
}

/** A bar only where someone watches it: on a terminal, outside CI, without --quiet or --format json. */
export function progressWanted(o: { isTTY: boolean; env: NodeJS.ProcessEnv; quiet?: boolean; json?: boolean }): boolean {
  return o.isTTY && !o.quiet && !o.json && !o.env.CI;
}

export function createProgress(o: ProgressOptions): Progress {
  const now = o.now ?? (() => performance.now());
  const spans = new Map<string, { start: number; end: number }>();
  let bar: cliProgress.SingleBar | undefined;
  let current = '';
  const start = (stage: string, total: number) => {
    current = stage;
    if (!o.enabled) return;
    bar ??= new cliProgress.SingleBar(
      {
        stream: o.stream ?? process.stderr,
        format: '{stage} |{bar}| {value}/{total} memos · {rate}/s · {left} left',
        barsize: 30,
        hideCursor: true,
        clearOnComplete: true,
        etaBuffer: 50,
        fps: 5,
      },
      cliProgress.Presets.shades_classic,
    );
    if (bar.isActive) bar.setTotal(total);
    else bar.start(total, 0, { stage: stage.padEnd(8), rate: '–', left: '–' });
    bar.update(0, { stage: stage.padEnd(8), rate: '–', left: '–' });
  };
  return {
    onProgress(e) {
      const t = now();
      const span = spans.get(e.stage) ?? { start: t, end: t };
      spans.set(e.stage, span);
      span.end = t;
      if (e.stage !== current) start(e.stage, e.total);
      if (!bar) return;
      const secs = (t - span.start) / 1000;
      const rate = secs > 0.5 && e.done > 0 ? e.done / secs : 0;
      bar.update(e.done, { rate: rate ? rate.toFixed(rate < 10 ? 1 : 0) : '–', left: rate ? clock((e.total - e.done) / rate) : '–' });
    },
    stop() {
      bar?.stop();
      bar = undefined;
    },
    timings() {
      return [...spans].map(([stage, s]) => [stage, s.end - s.start]);
    },
  };
}

/** 75 → "1:15", 4000 → "1:06:40". */
function clock(secs: number): string {
  const s = Math.round(secs);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
