// Module hooks (see register-ts.mjs): a module of an installed package is loaded as Node loads it,
// without tsx. Node's resolver has already told its format; anything else (TypeScript, JSON, the
// project's files) goes on to tsx.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export async function load(url, context, nextLoad) {
  if (url.startsWith('file:') && url.includes('/node_modules/')) {
    if (context.format === 'module') return { format: 'module', source: await readFile(fileURLToPath(url)), shortCircuit: true };
    // No source: Node's CommonJS loader reads the file itself (and resolves its require() calls).
    if (context.format === 'commonjs') return { format: 'commonjs', source: undefined, shortCircuit: true };
  }
  return nextLoad(url, context);
}
