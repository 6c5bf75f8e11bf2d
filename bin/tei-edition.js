#!/usr/bin/env node
// Thin launcher: the CLI is TypeScript run through tsx, so no separate compile step is needed.
import { limitHeapGrowth } from '../src/parallel/heap-growth.mjs';
import { registerTypeScript } from '../src/parallel/register-ts.mjs';
// Before anything allocates: a build's own thread would otherwise let garbage pile up to 4× its live heap.
limitHeapGrowth();
registerTypeScript();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
