/**
 * run-xslt: XSLT 3.0 on saxon-js, compiled once and cached.
 *
 *   const ss = await loadStylesheet('xslt/html/memo.xsl');          // compile-or-cache + load, memoized
 *   const { principal, documents } = transform(ss, {
 *     sourceText: teiXml,                 // or sourceNode: parseXml(teiXml)
 *     params: { 'base-url': 'https://…', register: parseXml(registerXml) },
 *     initialTemplate: 'main',            // optional named template
 *   });
 *   // documents: Map<'memo/x.html', '<!DOCTYPE html>…'> from xsl:result-document (relative hrefs)
 *
 * SEFs go to `.cache/sef/<name>-<hash>.sef.json` where the hash covers the .xsl, every module it
 * includes/imports (transitively) and the saxon-js version; a SEF is recompiled (with the xslt3 CLI)
 * only when that hash changes. Each SEF is parsed once per process. Saxon never writes to disk:
 * secondary result documents are delivered in memory. Errors: XsltCompileError (static error,
 * missing file) from loadStylesheet, XsltRunError (dynamic error) from transform.
 */
export { compileStylesheet, stylesheetHash, stylesheetModules, XsltCompileError, DEFAULT_SEF_CACHE, type CompileResult } from './compile.ts';
export { loadStylesheet, transform, parseXml, XsltRunError, type Stylesheet, type TransformOptions, type TransformResult } from './transform.ts';
export { SAXON_VERSION } from './saxon.ts';
