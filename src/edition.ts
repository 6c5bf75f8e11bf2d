import type { Diagnostic } from './diagnostics/diagnostic.ts';

/** The edition config (edition.json / edition.yaml), checked against schema/edition-config.schema.json. */
export interface EditionConfig {
  title: string;
  subtitle?: string;
  editors: string[];
  publisher: string;
  /** Base URL where the HTML edition is published; memo URIs are `${baseUrl}/memo/${id}.html`. */
  baseUrl: string;
  /** Edition version (semver-ish), used in citations, CITATION.cff and the colophon. */
  version: string;
  language: string;
  licence: { name: string; url?: string };
  /** Markdown file with the editorial introduction (relative to the config file). */
  introduction?: string;
  /** Folders or files holding memos (relative to the config file). */
  memos: string[];
  /** Register files (TEI XML) and imports (CSV), in order; later entries override earlier ones. */
  register: string[];
  /** Output folder (relative to the config file). */
  output: string;
  pdf?: { paper?: 'A4' | 'Letter'; enabled?: boolean };
  keywords?: string[];
  /** Release date of this edition version (YYYY-MM-DD); the build date when SOURCE_DATE_EPOCH is unset. */
  date?: string;
}

/** One memo TEI document as later stages see it: the TEI is the one source for renderers and exports. */
export interface TeiDoc {
  /** TEI/@xml:id, the stable memo id. */
  id: string;
  /** Path of the TEI file (output/tei/<stem>.xml). */
  path: string;
  /** File name stem (same as the memo's source file stem). */
  stem: string;
  xml: string;
  /** The memo text file it came from, when generated. */
  sourcePath?: string;
}

/**
 * What every stage after build-tei receives: the config, the memos' TEI in edition order (by date,
 * then id), the edition register, and the injected build facts (no stage reads the clock itself).
 */
export interface StageContext {
  config: EditionConfig;
  /** Directory of the config file; relative config paths resolve against it. */
  root: string;
  /** Absolute output folder ("output/"); each stage writes its own subfolder. */
  outDir: string;
  memos: TeiDoc[];
  register: { path: string; xml: string };
  build: BuildInfo;
}

export interface BuildInfo {
  /** Tool version (package.json). */
  toolVersion: string;
  /**
   * Build date, ISO 8601 (YYYY-MM-DD): from SOURCE_DATE_EPOCH when set, else the config's `date`,
   * else the injected clock (today). Set one of the first two for byte-identical rebuilds.
   */
  date: string;
  /** Full timestamp (ISO 8601, UTC) from the same source. */
  timestamp: string;
}

/** A stage's result: diagnostics as data, plus the files it wrote (relative to outDir). */
export interface StageResult {
  diagnostics: Diagnostic[];
  written: string[];
}
