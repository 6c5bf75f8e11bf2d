import { createServer, type ServerResponse } from 'node:http';
import { existsSync, watch, type FSWatcher } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';

/** One build of the site; returns what it wrote (relative to the output folder) and its diagnostics. */
export type Rebuild = () => Promise<{ written: string[]; diagnostics: Diagnostic[]; htmlDir?: string }>;

export interface ServeOptions {
  rebuild: Rebuild;
  /** Files and folders whose changes trigger a rebuild (memos, register, config, xslt, assets). */
  watch: string[];
  port?: number;
  /** Called after every rebuild (the CLI prints the diagnostics). */
  onBuild?: (r: { written: string[]; diagnostics: Diagnostic[] }) => void;
}

export interface SiteServer {
  url: string;
  close(): Promise<void>;
  /** Resolves after the next rebuild triggered by a change (for tests). */
  nextBuild(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.xml': 'application/xml', '.woff2': 'font/woff2', '.png': 'image/png', '.svg': 'image/svg+xml',
};
/** Injected into HTML responses only (never into the files): a file script, so the CSP allows it. */
const RELOAD_TAG = '<script src="/__serve/reload.js" defer></script>';
const RELOAD_JS = "new EventSource('/__serve/events').addEventListener('reload', function () { location.reload(); });\n";

/** Folders a preview should always watch: the stylesheets and the site assets. */
export const TOOL_WATCH = [fileURLToPath(new URL('../../xslt/', import.meta.url)), fileURLToPath(new URL('./assets/', import.meta.url))];

/**
 * A localhost preview of output/html: builds once, serves the files on 127.0.0.1, watches the
 * sources, rebuilds on change (debounced) and tells open pages to reload (server-sent events) when
 * the rebuild wrote something.
 */
export async function serveSite(o: ServeOptions): Promise<SiteServer> {
  let htmlDir = '';
  const clients = new Set<ServerResponse>();
  let waiters: (() => void)[] = [];
  const build = async () => {
    const r = await o.rebuild();
    if (r.htmlDir) htmlDir = r.htmlDir;
    o.onBuild?.(r);
    if (r.written.length) for (const c of clients) c.write('event: reload\ndata: {}\n\n');
    const w = waiters;
    waiters = [];
    w.forEach((f) => f());
  };
  await build();

  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (path === '/__serve/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    if (path === '/__serve/reload.js') {
      res.writeHead(200, { 'content-type': TYPES['.js']! }).end(RELOAD_JS);
      return;
    }
    const file = resolve(htmlDir, '.' + normalize(path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(htmlDir + sep) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    try {
      let body: Buffer | string = await readFile(file);
      if (extname(file) === '.html') body = body.toString('utf8').replace('</head>', `${RELOAD_TAG}</head>`);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((ok) => server.listen(o.port ?? 8080, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;

  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => { running = running.then(build, build); }, 100);
  };
  const watchers: FSWatcher[] = [];
  for (const p of o.watch) {
    if (!existsSync(p)) continue;
    try {
      watchers.push(watch(p, { recursive: true }, (_e, f) => {
        // Our own writes into an output folder inside a watched folder must not loop.
        if (f && htmlDir && join(p, String(f)).startsWith(resolve(htmlDir, '..'))) return;
        schedule();
      }));
    } catch {
      /* a path that cannot be watched (e.g. removed meanwhile) is skipped */
    }
  }
  return {
    url,
    nextBuild: () => new Promise<void>((ok) => waiters.push(ok)),
    close: async () => {
      clearTimeout(timer);
      watchers.forEach((w) => w.close());
      for (const c of clients) c.end();
      await running;
      await new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}
