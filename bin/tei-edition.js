#!/usr/bin/env node
// Thin launcher: the CLI is TypeScript run through tsx, so no separate compile step is needed.
import { allowHeapLimit } from '../src/parallel/heap-growth.mjs';
import { registerTypeScript } from '../src/parallel/register-ts.mjs';
import { buildThroughDaemon, daemonRequest } from '../src/cli/daemon/client.mjs';

const argv = process.argv.slice(2);
// `build --daemon`: the build server builds (src/cli/daemon); in this process only if none can be reached.
const served = daemonRequest(argv) === 'build' ? await buildThroughDaemon(argv) : undefined;
if (served !== undefined) process.exitCode = served;
else {
  if (daemonRequest(argv) === 'build') process.stderr.write('tei-edition: no build server could be started; building in this process\n');
  // A build's own thread would otherwise let garbage pile up to 4× its live heap (heap-growth.mjs).
  allowHeapLimit();
  registerTypeScript();
  const { main } = await import('../src/cli/main.ts');
  process.exitCode = await main(argv);
}
