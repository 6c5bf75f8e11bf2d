// Entry of a build server process (started by client.mjs, detached): `node daemon.mjs <socket>`.
// Set up as bin/tei-edition.js sets up the CLI, then serve builds until idle.
import { allowHeapLimit, limitHeapGrowth } from '../../parallel/heap-growth.mjs';
import { registerTypeScript } from '../../parallel/register-ts.mjs';
import { toolStamp } from './address.mjs';

allowHeapLimit();
// A server keeps a large heap between builds (the session): without the limit, a server whose builds
// never start worker threads (where the CLI sets it) grew to 1.5 GB over eight rebuilds at 10,000 memos
// (0.82 GB with it; the rebuilds then take ~0.3 s more, in garbage collection).
limitHeapGrowth();
// The code this server runs: taken before any module loads, so an edit made while it starts makes it stale, not wrong.
const stamp = toolStamp();
registerTypeScript();
const { serveBuilds } = await import('./server.ts');
await serveBuilds({ socket: process.argv[2], stamp });
// Worker threads and timers are gone once the server closes; nothing else should keep the process.
process.exit(0);
