/**
 * The public API of tei-edition (named exports only). The CLI in src/cli/ is a thin layer over
 * these functions: each flag maps to one option here.
 */

// The carrier, diagnostics and the edition contracts.
export { EditionFile } from './edition-file.ts';
export type { EditionConfig, StageContext, StageResult, TeiDoc, BuildInfo } from './edition.ts';
export { CODES, type Code, type Severity } from './diagnostics/codes.ts';
export { diagnostic, hasErrors, type Diagnostic } from './diagnostics/diagnostic.ts';
export { formatDiagnostics, sortDiagnostics, summarize } from './diagnostics/report.ts';
export { loadConfig, DEFAULT_CONFIG } from './load-config.ts';

// Whole editions and single memos.
export { buildEdition, convertCorpus, type BuildOptions, type BuildResult, type Stage } from './build-edition.ts';
export { standardStages, type StageChoice } from './stages.ts';
export { convertFiles, DEFAULT_REGISTER, type ConvertFilesOptions } from './convert-files.ts';
export { convertMemo, type ConvertOptions } from './convert-memo.ts';
export { initEdition, type InitOptions } from './init-edition.ts';

// The pipeline stages, in order.
export { readMemo, loadMemoFile, fileFromBytes, decodeText, parseSourceStatement, memoId, type MemoRecord, type Block, type SourceStatement } from './read-memo/index.ts';
export { parseDate, findDates, createDateScanner, type DateValue, type FoundDate } from './dates/index.ts';
export { findEntities, RegisterIndex, ProposalBook, type Mention } from './find-entities/index.ts';
export { loadRegister, serializeRegister, registerId, type Register, type RegisterEntry } from './find-entities/register/index.ts';
export { buildTei, paragraphId, type BuildTeiOptions } from './build-tei/index.ts';
export { loadStylesheet, transform } from './run-xslt/index.ts';
export { renderSite, type RenderSiteOptions } from './render-html/index.ts';
export { renderPrint, type RenderPrintOptions } from './render-print/index.ts';
export { exportAll, exportKind, memoCsl, paragraphCsl, citationMeta, deposit, verifyBag, EXPORT_KINDS, type ExportKind } from './export/index.ts';
export { score, type GoldDoc, type Score } from './evaluate/score.ts';
