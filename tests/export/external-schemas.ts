// The official CSAF 2.0 schemas (with the FIRST CVSS schemas they reference),
// read from the vendored copy where the project has one, else from ../shared
// (WATCHKEEPER_SHARED names another place). Tests that need them skip with one
// visible line when neither is there.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import draft7 from 'ajv/dist/refs/json-schema-draft-07.json' with { type: 'json' };
import addFormatsModule from 'ajv-formats';
import { PROJECT_ROOT } from '../helpers/test-repo.ts';

const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;

const CANDIDATES = [
  join(PROJECT_ROOT, 'schemas', 'external', 'csaf'),
  join(process.env.WATCHKEEPER_SHARED ?? join(PROJECT_ROOT, '..', 'shared'), 'schemas-external', 'csaf'),
];

/** The folder holding json_schema/ and referenced_schema/, or undefined when there is none. */
export const CSAF_SCHEMAS = CANDIDATES.find((dir) => existsSync(join(dir, 'json_schema', 'csaf_json_schema.json')));

const SHARED = process.env.WATCHKEEPER_SHARED ?? join(PROJECT_ROOT, '..', 'shared');

/** Why OSV schema checks skip (neither schemas/external/osv nor ../shared has the official schema), or undefined. */
export const OSV_SKIP = [
  join(PROJECT_ROOT, 'schemas', 'external', 'osv', 'schema.json'),
  join(SHARED, 'schemas-external', 'osv-schema.json'),
].some((f) => existsSync(f))
  ? undefined
  : 'official OSV schema not found (schemas/external/osv or ../shared)';

/** Why CSAF tests skip, printed once by the test that skips. */
export const CSAF_SKIP = CSAF_SCHEMAS ? undefined : `official CSAF 2.0 schemas not found (looked in ${CANDIDATES.join(', ')})`;

let compiled: { document: ValidateFunction; provider: ValidateFunction } | undefined;

function validators(): { document: ValidateFunction; provider: ValidateFunction } {
  if (compiled) return compiled;
  if (!CSAF_SCHEMAS) throw new Error(CSAF_SKIP);
  const read = (...parts: string[]) => JSON.parse(readFileSync(join(CSAF_SCHEMAS, ...parts), 'utf8'));
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addMetaSchema(draft7);
  addFormats(ajv);
  for (const version of ['2.0', '3.0', '3.1']) {
    const { $schema: _draft, id: _draft4Id, ...schema } = read('referenced_schema', 'first', `cvss-v${version}.json`);
    // The FIRST schemas' $id carries a date query the CSAF schema's $ref leaves out; their
    // draft-04/07 keywords mean the same under 2020-12, so their $schema is dropped.
    ajv.addSchema({ ...schema, $id: `https://www.first.org/cvss/cvss-v${version}.json` });
  }
  ajv.addSchema(read('json_schema', 'csaf_json_schema.json'));
  compiled = {
    document: ajv.getSchema('https://docs.oasis-open.org/csaf/csaf/v2.0/csaf_json_schema.json') as ValidateFunction,
    provider: ajv.compile(read('json_schema', 'provider_json_schema.json')),
  };
  return compiled;
}

function errorsOf(validate: ValidateFunction, value: unknown): string[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}

/** Schema errors of a CSAF document; empty when valid. */
export function csafSchemaErrors(document: unknown): string[] {
  return errorsOf(validators().document, document);
}

/** Schema errors of a provider-metadata.json; empty when valid. */
export function providerSchemaErrors(metadata: unknown): string[] {
  return errorsOf(validators().provider, metadata);
}

const strict = new Map<string, ValidateFunction>();

/**
 * The FIRST strict CVSS v3.x schema, for mandatory test 6.1.8, from the first
 * place that has it (a vendored copy may hold only the plain schemas the CSAF
 * schema references; then those are used, which check the same vector form).
 */
export function strictCvssErrors(version: '3.0' | '3.1', cvss: unknown): string[] {
  if (!CSAF_SCHEMAS) throw new Error(CSAF_SKIP);
  let validate = strict.get(version);
  if (!validate) {
    const dirs = [CSAF_SCHEMAS, ...CANDIDATES].map((d) => join(d, 'referenced_schema', 'first'));
    const file =
      dirs.map((d) => join(d, `cvss-v${version}_strict.json`)).find((f) => existsSync(f)) ??
      join(CSAF_SCHEMAS, 'referenced_schema', 'first', `cvss-v${version}.json`);
    const { $id: _id, $schema: _draft, ...rest } = JSON.parse(readFileSync(file, 'utf8'));
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    validate = ajv.compile(rest);
    strict.set(version, validate);
  }
  return errorsOf(validate, cvss);
}
