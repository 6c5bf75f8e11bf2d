// Worker bootstrap: plain JavaScript, so a worker can start before TypeScript is loadable. It
// registers TypeScript in this thread (module hooks are per thread), imports the task module and
// answers requests with its handler. Protocol: { id, req } in; { id, ok, res | error } out; { ready } once.
import { parentPort, workerData } from 'node:worker_threads';
import { registerTypeScript } from './register-ts.mjs';

registerTypeScript();
try {
  const mod = await import(workerData.module);
  const handle = await mod.setup(workerData.init);
  parentPort.on('message', async ({ id, req }) => {
    try {
      parentPort.postMessage({ id, ok: true, res: await handle(req) });
    } catch (e) {
      parentPort.postMessage({ id, ok: false, error: String((e && e.stack) || e) });
    }
  });
  parentPort.postMessage({ ready: true });
} catch (e) {
  parentPort.postMessage({ ready: false, error: String((e && e.stack) || e) });
}
