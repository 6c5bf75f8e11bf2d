/**
 * Writes docs/cli.md from the commands' own --help texts, so the reference cannot drift from the
 * tool: `npx tsx scripts/gen-cli-doc.ts` (test/cli.test.ts fails when the file is out of date).
 */
import { writeFileSync } from 'node:fs';
import { cliReference } from '../src/cli/reference.ts';

writeFileSync(new URL('../docs/cli.md', import.meta.url), await cliReference());
console.log('wrote docs/cli.md');
