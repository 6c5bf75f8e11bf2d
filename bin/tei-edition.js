#!/usr/bin/env node
// Thin launcher: the CLI is TypeScript run through tsx, so no separate compile step is needed.
import { registerTypeScript } from '../src/parallel/register-ts.mjs';
registerTypeScript();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
