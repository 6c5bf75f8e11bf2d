// Makes TypeScript importable in this thread (module hooks are per thread): tsx for the project's
// own .ts files, and Node's own loader for installed packages. tsx would otherwise pass every
// package module through its ES module transform and keep its source: libxml2-wasm (a 1 MB module
// with the WebAssembly inline) and saxon-js then cost ~250 MB more per thread and ~0.3 s more to
// load (measured: 289 MB vs 146 MB resident after importing both, Node 20). Plain JavaScript, so it
// runs before TypeScript is loadable (bin/tei-edition.js, src/parallel/boot.mjs).
import { register as registerHooks } from 'node:module';
import { register as registerTsx } from 'tsx/esm/api';

export function registerTypeScript() {
  registerTsx();
  // Registered after tsx, so its load hook runs first and answers for installed packages.
  registerHooks('./plain-deps-hooks.mjs', import.meta.url);
}
