import { existsSync, unlinkSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { BuildSession } from '../../cache/session.ts';
import { main } from '../main.ts';
import { tryConnect } from './client.mjs';

/** A server nobody asked anything for this long stops (seconds; TEI_EDITION_DAEMON_IDLE overrides). */
const IDLE_SECONDS = 15 * 60;

interface Request {
  argv?: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  stamp?: string;
  stop?: boolean;
}

/**
 * The build server behind `build --daemon`: runs the `build` commands it is sent, one at a time,
 * each with a build session (src/cache/session.ts) kept per working folder and command line, so a
 * rebuild reads only what changed since the last one — what `serve` does between its rebuilds,
 * for builds started from a shell, a Makefile or an editor. It runs only builds (the launcher
 * sends nothing else), answers "stale" to a client whose tool code differs from the code it
 * loaded, and stops after a quiet spell.
 */
export async function serveBuilds(o: { socket: string; stamp: string }): Promise<void> {
  const idleMs = 1000 * (Number(process.env['TEI_EDITION_DAEMON_IDLE']) || IDLE_SECONDS);
  const sessions = new Map<string, BuildSession>();
  let queue: Promise<void> = Promise.resolve();
  let idle: NodeJS.Timeout | undefined;
  let stopping = false;
  const server = createServer((socket) => {
    clearTimeout(idle);
    readRequest(socket, (req) => {
      queue = queue.then(() => handle(req, socket)).finally(armIdle);
    });
  });
  const stop = () => {
    if (stopping) return;
    stopping = true;
    clearTimeout(idle);
    server.close();
  };
  const armIdle = () => {
    clearTimeout(idle);
    if (!stopping) idle = setTimeout(stop, idleMs);
  };

  async function handle(req: Request, socket: Socket): Promise<void> {
    const send = (msg: object) => {
      if (!socket.destroyed) socket.write(`${JSON.stringify(msg)}\n`);
    };
    if (req.stop) {
      stop();
      send({ exit: 0 });
    } else if (req.stamp !== o.stamp) {
      // Built with other code than the client's: never answer with it. The client starts a new server.
      stop();
      send({ stale: true });
    } else if (!Array.isArray(req.argv) || req.argv[0] !== 'build' || typeof req.cwd !== 'string') {
      send({ err: 'tei-edition: the build server runs only "build"\n' });
      send({ exit: 2 });
    } else {
      const key = JSON.stringify([req.cwd, req.argv]);
      if (!sessions.has(key)) sessions.set(key, new BuildSession());
      const io = { out: (s: string) => send({ out: s }), err: (s: string) => send({ err: s }), cwd: req.cwd, env: req.env ?? {}, isTTY: false, session: sessions.get(key)! };
      let code: number;
      try {
        // Builds run one at a time: the process may take the client's folder, which the library
        // uses to show memo paths (and so in cache keys) as a build started there would.
        process.chdir(req.cwd);
        code = await main(req.argv, io);
      } catch (e) {
        io.err(`tei-edition: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
        code = 70;
      }
      send({ exit: code });
    }
    socket.end();
  }

  await listen(server, o.socket);
  armIdle();
  await new Promise<void>((ok) => server.once('close', ok));
}

/** Calls `onRequest` with the first JSON line the client sends. */
function readRequest(socket: Socket, onRequest: (req: Request) => void): void {
  let buf = '';
  socket.setEncoding('utf8');
  socket.on('error', () => undefined);
  const onData = (chunk: string) => {
    buf += chunk;
    const nl = buf.indexOf('\n');
    if (nl < 0) return;
    // One request per connection: what the client sends after its line is not read.
    socket.off('data', onData);
    let req: Request;
    try {
      req = JSON.parse(buf.slice(0, nl)) as Request;
    } catch {
      socket.destroy();
      return;
    }
    onRequest(req);
  };
  socket.on('data', onData);
}

/**
 * Listens on `path`. A socket file left by a server that died refuses connections: it is removed
 * and the listen retried. A live server on it (another client started one at the same moment)
 * wins, and this process stops.
 */
async function listen(server: ReturnType<typeof createServer>, path: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const err = await new Promise<NodeJS.ErrnoException | undefined>((ok) => {
      server.once('error', ok);
      server.listen(path, () => {
        server.off('error', ok);
        ok(undefined);
      });
    });
    if (!err) return;
    if (err.code !== 'EADDRINUSE' || attempt > 0 || (await alive(path))) process.exit(0);
    if (existsSync(path)) unlinkSync(path);
  }
}

async function alive(path: string): Promise<boolean> {
  const s = await tryConnect(path);
  s?.destroy();
  return !!s;
}
