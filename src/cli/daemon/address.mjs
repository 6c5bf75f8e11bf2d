// Where a build server listens and which code it runs. Plain JavaScript: the launcher
// (bin/tei-edition.js) uses it before TypeScript is loadable, so a build handed to a running server
// costs no module loading (the ~0.5 s a one-off build spends starting).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The tool's own folder (the one holding src/, xslt/, schema/). */
export const TOOL_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The folders and files whose change makes a running server stale: it must not build with old code. */
const CODE = ['src', 'xslt', 'schema', 'bin', 'package.json', 'package-lock.json', 'node_modules/.package-lock.json'];

/**
 * The socket of the build server for builds started in `cwd` with this copy of the tool. It lives
 * in a folder only this user can enter: the server runs whatever build it is asked for, so nobody
 * else may connect. Unix socket paths are limited to ~100 bytes, hence a digest, not the path.
 */
export function socketPath(cwd, env = process.env) {
  const id = createHash('sha256').update(`${TOOL_ROOT}\0${resolve(cwd)}`).digest('hex').slice(0, 16);
  if (process.platform === 'win32') return `\\\\.\\pipe\\tei-edition-${id}`;
  const dir = join(env.TEI_EDITION_DAEMON_DIR || tmpdir(), `tei-edition-${safeUser()}`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  // A folder someone else made (or opened to others) could hold their socket: then no server.
  const st = statSync(dir);
  if ((typeof process.getuid === 'function' && st.uid !== process.getuid()) || (st.mode & 0o077) !== 0) {
    throw new Error(`${dir} is not this user's alone`);
  }
  return join(dir, `${id}.sock`);
}

function safeUser() {
  try {
    return String(userInfo().uid >= 0 ? userInfo().uid : userInfo().username);
  } catch {
    return 'user';
  }
}

/**
 * Size and mtime of every file of the tool's code, stylesheets, schemas and installed packages'
 * lock, as one digest (a few hundred stats, a few milliseconds). The client sends its own; a server
 * started with other code answers "stale" and stops, and the client starts a new one.
 */
export function toolStamp(root = TOOL_ROOT) {
  const h = createHash('sha256');
  for (const rel of CODE) addStamps(join(root, rel), rel, h);
  return h.digest('hex');
}

function addStamps(path, rel, h) {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st) return void h.update(`${rel}\0-\0`);
  if (!st.isDirectory()) return void h.update(`${rel}\0${st.size}:${st.mtimeMs}\0`);
  for (const name of readdirSync(path).sort()) addStamps(join(path, name), `${rel}/${name}`, h);
}
