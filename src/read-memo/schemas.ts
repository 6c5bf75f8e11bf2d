import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

/**
 * The reader's two JSON Schemas, compiled once per process (compiling per file would dominate the
 * reading time of a large corpus).
 */

function load(name: string): object {
  return JSON.parse(readFileSync(new URL(`../../schema/${name}`, import.meta.url), 'utf8')) as object;
}

const ajv = new Ajv({ allErrors: true, strict: false });

export const validateRecord: ValidateFunction = ajv.compile(load('memo-record.schema.json'));
const FRONT_MATTER = load('memo-front-matter.schema.json') as { properties: Record<string, unknown> };
export const validateFrontMatter: ValidateFunction = ajv.compile(FRONT_MATTER);
const FRONT_MATTER_KEYS: ReadonlySet<string> = new Set(Object.keys(FRONT_MATTER.properties));

/** The front-matter keys the schema defines. */
export function frontMatterKeys(): ReadonlySet<string> {
  return FRONT_MATTER_KEYS;
}

export type SchemaError = ErrorObject;

/** One line per error, for diagnostics: "/date: must be string". */
export function describe(errors: readonly ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? 'is invalid'}`);
}
