import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { compileValidators } from './compile-validators.ts';
import { SCHEMAS, SCHEMAS_HASH, type SchemaName } from './schemas.ts';
import * as precompiled from './validators.gen.js';

export { SCHEMAS, type SchemaName };

let compiled: Record<SchemaName, ValidateFunction> | undefined;

/**
 * The validators of the three schemas. Compiling them with AJV costs more than
 * checking a changed file, so `npm run gen:types` precompiles them into
 * validators.gen.js (AJV's standalone code, calling the same format and RE2
 * functions from schema-formats.ts). They are used only while the schemas are
 * the ones they were generated from; otherwise (a schema edited and not yet
 * regenerated) AJV compiles the schemas here, so a verdict always follows the
 * schemas on disk.
 */
export function validators(): Record<SchemaName, ValidateFunction> {
  if (compiled) return compiled;
  if (precompiled.SCHEMAS_HASH === SCHEMAS_HASH) {
    compiled = {
      advisory: precompiled.advisory,
      rotation: precompiled.rotation,
      settings: precompiled.settings,
      triage: precompiled.triage,
      release: precompiled.release,
    };
  } else {
    // AJV's compiler is CommonJS; required here so runs with precompiled validators never load it.
    const { Ajv2020 } = createRequire(import.meta.url)('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
    compiled = compileValidators(Ajv2020).validate;
  }
  return compiled;
}

/** Whether validators() uses the precompiled code (false: the schemas changed since `npm run gen:types`). */
export function usesPrecompiledValidators(): boolean {
  return precompiled.SCHEMAS_HASH === SCHEMAS_HASH;
}

export type { ErrorObject };
