export function daemonRequest(argv: string[]): 'build' | 'stop' | undefined;
export function buildThroughDaemon(
  argv: string[],
  o?: { cwd?: string; env?: NodeJS.ProcessEnv; out?: NodeJS.WritableStream; err?: NodeJS.WritableStream; stamp?: string },
): Promise<number | undefined>;
export function stopDaemon(o?: { cwd?: string; env?: NodeJS.ProcessEnv }): Promise<boolean>;
export function tryConnect(path: string): Promise<import('node:net').Socket | undefined>;
