// `node --import ./scripts/with-ts.mjs file.ts`: runs a TypeScript file as the CLI runs (tsx for the
// project's files, Node's loader for installed packages: src/parallel/register-ts.mjs; the CLI's
// heap growth limit: src/parallel/heap-growth.mjs), so that the benchmark measures the memory and
// start-up of the real thing, not of tsx's whole-tree transform.
import { allowHeapLimit } from '../src/parallel/heap-growth.mjs';
import { registerTypeScript } from '../src/parallel/register-ts.mjs';

allowHeapLimit();
registerTypeScript();
