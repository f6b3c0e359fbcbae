import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { RE2JS } from 're2js';
import advisorySchema from '../../../schemas/advisory.schema.json' with { type: 'json' };
import rotationSchema from '../../../schemas/rotation.schema.json' with { type: 'json' };
import settingsSchema from '../../../schemas/settings.schema.json' with { type: 'json' };
import { FORMAT_CHECKERS } from './formats.ts';

// ajv-formats ships CommonJS with a default export property.
const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;

export type SchemaName = 'advisory' | 'rotation' | 'settings';

export const SCHEMAS = {
  advisory: advisorySchema,
  rotation: rotationSchema,
  settings: settingsSchema,
} as const;

/**
 * Schema `pattern`s run on RE2 (linear time), so a pattern cannot be made to
 * backtrack for minutes by a crafted value.
 */
function re2RegExp(pattern: string, flags: string) {
  const re = RE2JS.compile(pattern, flags.includes('i') ? RE2JS.CASE_INSENSITIVE : 0);
  return {
    test: (input: string) => re.matcher(input).find(),
    // AJV caches compiled patterns under toString(); without a distinct one,
    // every pattern would share the first one compiled.
    toString: () => `/${pattern}/${flags}`,
  };
}
re2RegExp.code = 'require("re2js").RE2JS';

let compiled: Record<SchemaName, ValidateFunction> | undefined;

/** Compiles the three schemas once per process. */
export function validators(): Record<SchemaName, ValidateFunction> {
  if (compiled) return compiled;
  const ajv = new Ajv2020({
    strict: true,
    strictRequired: false,
    allErrors: true,
    coerceTypes: false,
    useDefaults: false,
    allowUnionTypes: true,
    // parentSchema in errors, so messages can quote field descriptions and list known fields.
    verbose: true,
    code: { regExp: re2RegExp as never },
  });
  addFormats(ajv, { mode: 'full', formats: ['email', 'date-time'] });
  for (const [name, check] of Object.entries(FORMAT_CHECKERS)) {
    ajv.addFormat(name, { type: 'string', validate: (value: string) => check(value) === undefined });
  }
  compiled = {
    advisory: ajv.compile(SCHEMAS.advisory),
    rotation: ajv.compile(SCHEMAS.rotation),
    settings: ajv.compile(SCHEMAS.settings),
  };
  return compiled;
}

export type { ErrorObject };
