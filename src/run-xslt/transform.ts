import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SaxonJS } from './saxon.ts';
import { compileStylesheet, stylesheetHash } from './compile.ts';

/** A compiled, loaded stylesheet; reuse it for every transform in the process. */
export interface Stylesheet {
  /** Absolute path of the entry .xsl. */
  xslPath: string;
  sefPath: string;
  hash: string;
  /** Whether the SEF came from the on-disk cache (false: compiled in this process). */
  cacheHit: boolean;
  /** @internal the parsed SEF handed to saxon-js */
  readonly sef: unknown;
}

export interface TransformOptions {
  /** Source document as text (parsed by saxon-js)… */
  sourceText?: string;
  /** …or an already parsed node (see parseXml). */
  sourceNode?: unknown;
  /** Stylesheet parameters by local name (no namespace): strings, numbers, booleans, arrays (sequences), nodes. */
  params?: Record<string, unknown>;
  /** Named template to start from (local name, e.g. "main" or "xsl:initial-template"). */
  initialTemplate?: string;
  /**
   * Keep xsl:result-document output in memory (always the case: saxon never writes to disk here).
   * Set to false to drop secondary documents instead of returning them.
   */
  deliverResultDocuments?: boolean;
}

export interface TransformResult {
  /** The serialized principal result ('' when the stylesheet produced none). */
  principal: string;
  /** Secondary result documents, keyed by their href resolved against the output root ("memo/x.html"). */
  documents: Map<string, string>;
}

export class XsltRunError extends Error {
  constructor(readonly stylesheet: string, message: string) {
    super(`${stylesheet}: ${message}`);
  }
}

/** Relative result-document hrefs resolve against this base, which is stripped again from the keys. */
const OUTPUT_BASE = 'file:///__tei-edition-output__/';

const loaded = new Map<string, Promise<Stylesheet>>();

/**
 * Compiles (or finds in the cache) and loads a stylesheet, once per process per source hash: a
 * changed .xsl (e.g. under `serve`) gets a new hash and is recompiled on the next call.
 */
export function loadStylesheet(xslPath: string, opts: { cacheDir?: string } = {}): Promise<Stylesheet> {
  const abs = resolve(xslPath);
  const key = `${abs}\n${stylesheetHash(abs)}\n${opts.cacheDir ?? ''}`;
  let p = loaded.get(key);
  if (!p) {
    p = compileStylesheet(abs, opts).then(({ sefPath, cacheHit }) => ({
      xslPath: abs,
      sefPath,
      hash: key.split('\n')[1]!,
      cacheHit,
      sef: JSON.parse(readFileSync(sefPath, 'utf8')) as unknown,
    }));
    p.catch(() => loaded.delete(key));
    loaded.set(key, p);
  }
  return p;
}

/** Runs a loaded stylesheet synchronously; throws XsltRunError on a dynamic error or xsl:message terminate. */
export function transform(stylesheet: Stylesheet, opts: TransformOptions): TransformResult {
  const documents = new Map<string, string>();
  const keep = opts.deliverResultDocuments !== false;
  const stylesheetParams: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(opts.params ?? {})) stylesheetParams[`Q{}${k}`] = v;
  try {
    const r = SaxonJS.transform(
      {
        stylesheetInternal: stylesheet.sef,
        ...(opts.sourceText !== undefined ? { sourceText: opts.sourceText } : {}),
        ...(opts.sourceNode !== undefined ? { sourceNode: opts.sourceNode } : {}),
        ...(opts.initialTemplate ? { initialTemplate: templateName(opts.initialTemplate) } : {}),
        destination: 'serialized',
        stylesheetParams,
        stylesheetBaseURI: pathToFileURL(stylesheet.xslPath).href,
        baseOutputURI: OUTPUT_BASE,
        deliverResultDocument: (target) => ({
          destination: 'serialized',
          save: (_uri, result) => {
            const uri = String(target);
            if (keep) documents.set(uri.startsWith(OUTPUT_BASE) ? uri.slice(OUTPUT_BASE.length) : uri, result);
          },
        }),
      },
      'sync',
    );
    return { principal: r.principalResult ?? '', documents };
  } catch (e) {
    throw new XsltRunError(stylesheet.xslPath, (e as Error).message ?? String(e));
  }
}

function templateName(name: string): string {
  if (name.startsWith('Q{')) return name;
  if (name === 'xsl:initial-template') return 'Q{http://www.w3.org/1999/XSL/Transform}initial-template';
  return `Q{}${name}`;
}

/** Parses XML text into a saxon-js document node, to pass as `sourceNode` or as a node parameter. */
export function parseXml(text: string): unknown {
  return SaxonJS.XPath.evaluate('parse-xml($t)', null, { params: { t: text } });
}
