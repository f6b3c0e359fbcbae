import type { Ajv2020 as Ajv2020Class, Options, ValidateFunction } from 'ajv/dist/2020.js';
import { _ } from 'ajv/dist/compile/codegen/index.js';
import { re2RegExp, SCHEMA_FORMATS } from './schema-formats.ts';
import { SCHEMAS, type SchemaName } from './schemas.ts';

/**
 * The one AJV configuration for the three schemas. validators.ts uses the
 * precompiled form of it (validators.gen.js); this compiles it afresh, for
 * `npm run gen:types` and for a run whose schemas differ from the precompiled ones.
 * The class is passed in so AJV's compiler is loaded only when it is needed.
 */
export function compileValidators(
  Ajv2020: typeof Ajv2020Class,
  standalone = false,
): { ajv: Ajv2020Class; validate: Record<SchemaName, ValidateFunction> } {
  const options: Options = {
    strict: true,
    strictRequired: false,
    allErrors: true,
    coerceTypes: false,
    useDefaults: false,
    allowUnionTypes: true,
    // parentSchema in errors, so messages can quote field descriptions and list known fields.
    verbose: true,
    code: {
      regExp: re2RegExp as never,
      // Precompiled code reaches the formats under this name (validators.gen.js imports it).
      formats: _`SCHEMA_FORMATS`,
      ...(standalone ? { source: true, esm: true, lines: true } : {}),
    },
  };
  const ajv = new Ajv2020(options);
  for (const [name, format] of Object.entries(SCHEMA_FORMATS)) ajv.addFormat(name, format as never);
  const validate = {
    advisory: ajv.compile(SCHEMAS.advisory),
    rotation: ajv.compile(SCHEMAS.rotation),
    settings: ajv.compile(SCHEMAS.settings),
    triage: ajv.compile(SCHEMAS.triage),
    release: ajv.compile(SCHEMAS.release),
  };
  return { ajv, validate };
}
