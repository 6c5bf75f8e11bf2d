/**
 * validate-tei: the project's TEI customization (schema/tei-edition.rng, a strict subset of
 * tei_all), its Schematron rules (schema/tei-edition.sch) and the edition config schema, with
 * diagnostics that point at the TEI line and column and, for generated TEI, at the memo line.
 *
 *   const ds = await validateTei([{ path, xml }], { register: { path, xml } });
 *   const { config, diagnostics } = validateConfig('edition.json');
 *   const ds = await validatePaths(['output/tei', 'edition.json']);          // the CLI's call
 *   await validateStage(ctx);                                                  // the build stage
 */
export { validateTei, type TeiInput, type ValidateTeiOptions } from './validate-tei.ts';
export { validateConfig } from './validate-config.ts';
export { loadConfig } from '../load-config.ts';
export { validatePaths, type ValidatePathsOptions } from './validate-paths.ts';
export { validateStage, type ValidateStageOptions } from './stage.ts';
export { detectKind, type DocKind } from './parse.ts';
export { loadGrammar, RNG_PATH } from './relaxng.ts';
export { loadSchematron, SCH_PATH } from './schematron.ts';
export { digestSchema, type ElementSpec, type AttributeSpec } from './schema-digest.ts';
