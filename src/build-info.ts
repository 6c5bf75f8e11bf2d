import type { BuildInfo, EditionConfig } from './edition.ts';
import { TOOL_VERSION } from './version.ts';

/**
 * The build's date facts, decided once and injected into every stage: SOURCE_DATE_EPOCH (the
 * reproducible-builds convention) wins, then the edition's release date, then the injected clock.
 */
export function buildInfo(config: Pick<EditionConfig, 'date'> | undefined, env: NodeJS.ProcessEnv, now: () => Date): BuildInfo {
  const epoch = env.SOURCE_DATE_EPOCH;
  let d: Date;
  if (epoch && /^\d+$/.test(epoch)) d = new Date(Number(epoch) * 1000);
  else if (config?.date) d = new Date(`${config.date}T00:00:00Z`);
  else d = now();
  const timestamp = d.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return { toolVersion: TOOL_VERSION, date: timestamp.slice(0, 10), timestamp };
}

/** The date a standalone `convert` may write into TEI: only a reproducible one, never the wall clock. */
export function reproducibleDate(env: NodeJS.ProcessEnv): string | undefined {
  const epoch = env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000).toISOString().slice(0, 10) : undefined;
}
