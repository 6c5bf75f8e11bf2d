import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The book's fonts as @font-face rules with file:// URLs, so Chromium embeds them in the PDF.
 *
 * EB Garamond comes from @fontsource/eb-garamond (an npm dependency, so every machine has it): its
 * TrueType-flavoured WOFF2 subsets (Latin, Latin Extended, Cyrillic, Cyrillic Extended, Greek,
 * Vietnamese) cover ŏ ŭ č ř ě ü ö ł ñ and Russian, and Skia embeds them as real TrueType fonts.
 * (Debian's fonts-ebgaramond is CFF-flavoured OpenType, which Skia can only embed as Type 3.)
 * Noto Serif (Debian fonts-noto-core) is the fallback for characters EB Garamond lacks.
 */
export interface FontSetup {
  css: string;
  /** Human-readable notes on fonts that were not found (become TE5xx warnings). */
  missing: string[];
}

const require = createRequire(import.meta.url);

const GARAMOND_FILES = ['400.css', '400-italic.css', '700.css', '700-italic.css'];

const NOTO_DIR = '/usr/share/fonts/truetype/noto';
const NOTO_FACES: [file: string, style: string, weight: number][] = [
  ['NotoSerif-Regular.ttf', 'normal', 400],
  ['NotoSerif-Italic.ttf', 'italic', 400],
  ['NotoSerif-Bold.ttf', 'normal', 700],
  ['NotoSerif-BoldItalic.ttf', 'italic', 700],
];

function garamondDir(): string | undefined {
  try {
    return dirname(require.resolve('@fontsource/eb-garamond/400.css'));
  } catch {
    return undefined;
  }
}

/** Rewrites a fontsource CSS file: absolute file:// URLs, WOFF2 only, fonts block until loaded. */
export function rewriteFontsourceCss(css: string, dir: string): string {
  return css
    .replace(/url\(\.\/files\/([^)]+\.woff2)\) format\('woff2'\)(, url\([^)]*\) format\('woff'\))?/g, (_m, file: string) =>
      `url("${pathToFileURL(join(dir, 'files', file)).href}") format('woff2')`,
    )
    .replace(/font-display: swap;/g, 'font-display: block;');
}

export function fontSetup(opts: { notoDir?: string } = {}): FontSetup {
  const missing: string[] = [];
  const parts: string[] = [];
  const dir = garamondDir();
  if (dir && GARAMOND_FILES.every((f) => existsSync(join(dir, f)))) {
    for (const f of GARAMOND_FILES) parts.push(rewriteFontsourceCss(readFileSync(join(dir, f), 'utf8'), dir));
  } else {
    missing.push('EB Garamond (npm package @fontsource/eb-garamond) was not found; run "npm install".');
  }
  const noto = opts.notoDir ?? NOTO_DIR;
  const faces = NOTO_FACES.filter(([file]) => existsSync(join(noto, file)));
  if (faces.length === 0) missing.push(`Noto Serif was not found in ${noto} (Debian package fonts-noto-core).`);
  for (const [file, style, weight] of faces) {
    parts.push(
      `@font-face { font-family: "Noto Serif"; font-style: ${style}; font-weight: ${weight}; font-display: block; ` +
        `src: url("${pathToFileURL(join(noto, file)).href}") format('truetype'); }`,
    );
  }
  return { css: parts.join('\n'), missing };
}

