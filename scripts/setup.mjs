#!/usr/bin/env node
// Installs what the build and the tests need, so a newcomer's `npm run build` / `npm test` work on a
// fresh machine: npm packages (npm ci) and, where missing, the Debian packages for the browser,
// RELAX NG reference validator, PDF checks and fonts. Plain Node, no dependencies: it runs before
// node_modules exists.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const log = (s) => process.stderr.write(`[setup] ${s}\n`);
const run = (cmd) => execSync(cmd, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });

const marker = join(root, 'node_modules', '.package-lock.json');
if (!existsSync(marker) || statSync(marker).mtimeMs < statSync(join(root, 'package-lock.json')).mtimeMs) {
  log('installing npm packages (npm ci)…');
  run('npm ci --no-audit --no-fund');
}

// Debian packages: chromium (HTML screenshots, PDF, browser tests), jing (reference RELAX NG
// validator, needs the preinstalled Java), poppler-utils (PDF checks), fonts for the print edition.
const needs = [
  ['chromium', '/usr/bin/chromium'],
  ['jing', '/usr/bin/jing'],
  ['poppler-utils', '/usr/bin/pdffonts'],
  ['fonts-ebgaramond', '/usr/share/fonts/opentype/ebgaramond'],
  ['fonts-noto-core', '/usr/share/fonts/truetype/noto'],
];
const missing = needs.filter(([, path]) => !existsSync(path)).map(([pkg]) => pkg);
if (missing.length && process.env.TEI_EDITION_SKIP_APT !== '1') {
  const isRoot = process.getuid?.() === 0;
  const sudo = isRoot ? '' : 'sudo ';
  try {
    log(`installing Debian packages: ${missing.join(' ')}…`);
    run(`${sudo}apt-get update -qq`);
    run(`DEBIAN_FRONTEND=noninteractive ${sudo}apt-get install -y -qq --no-install-recommends ${missing.join(' ')}`);
  } catch {
    log(`could not install ${missing.join(' ')}: install them with apt-get (the PDF and browser parts need them).`);
  }
}
