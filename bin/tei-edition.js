#!/usr/bin/env node
// Thin launcher: the CLI is TypeScript run through tsx, so no separate compile step is needed.
import { allowHeapLimit } from '../src/parallel/heap-growth.mjs';
import { registerTypeScript } from '../src/parallel/register-ts.mjs';
// A build's own thread would otherwise let garbage pile up to 4× its live heap (heap-growth.mjs).
allowHeapLimit();
registerTypeScript();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
