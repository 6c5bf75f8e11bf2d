import { createRequire } from 'node:module';

/**
 * The slice of the saxon-js 2.7 API this project uses (it ships without type declarations).
 * Loaded through createRequire because saxon-js is a CommonJS bundle.
 */
export interface SaxonResultDelivery {
  destination: 'serialized';
  save: (uri: unknown, result: string, encoding: string) => void;
}

export interface SaxonTransformOptions {
  stylesheetInternal: unknown;
  sourceText?: string;
  sourceNode?: unknown;
  initialTemplate?: string;
  destination: 'serialized';
  stylesheetParams?: Record<string, unknown>;
  baseOutputURI?: string;
  stylesheetBaseURI?: string;
  /** `uri` is the absolute result URI (a string or URL-like object, depending on the call site). */
  deliverResultDocument?: (uri: unknown) => SaxonResultDelivery;
  logLevel?: number;
}

export interface SaxonApi {
  transform(opts: SaxonTransformOptions, mode: 'sync'): { principalResult?: string };
  XPath: {
    evaluate(expr: string, context: unknown, opts?: { params?: Record<string, unknown> }): unknown;
  };
  getProcessorInfo(): { productVersion: string };
}

const require = createRequire(import.meta.url);

export const SaxonJS = require('saxon-js') as SaxonApi;

export const SAXON_VERSION: string = (require('saxon-js/package.json') as { version: string }).version;
