// The official OSV and CSAF 2.0 schemas, vendored in schemas/external (source,
// commit and licence in its README), compiled once per test file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { PROJECT_ROOT } from './test-repo.ts';

const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;

export const EXTERNAL_SCHEMAS_ROOT = join(PROJECT_ROOT, 'schemas', 'external');

/** Every vendored file, relative to schemas/external, with its path under ../shared/schemas-external. */
export const VENDORED_FILES: readonly { vendored: string; shared: string }[] = [
  { vendored: 'osv/schema.json', shared: 'osv-schema.json' },
  { vendored: 'osv/ecosystems.json', shared: 'osv-ecosystems.json' },
  { vendored: 'osv/LICENSE', shared: 'LICENSE-osv-schema-Apache-2.0.txt' },
  { vendored: 'csaf/LICENSE.md', shared: 'csaf/LICENSE-OASIS.md' },
  ...['csaf_json_schema.json', 'provider_json_schema.json', 'aggregator_json_schema.json'].map((f) => ({
    vendored: `csaf/json_schema/${f}`,
    shared: `csaf/json_schema/${f}`,
  })),
  ...['2.0', '3.0', '3.1'].map((v) => ({
    vendored: `csaf/referenced_schema/first/cvss-v${v}.json`,
    shared: `csaf/referenced_schema/first/cvss-v${v}.json`,
  })),
];

/** Vendored files that ../shared does not hold: their drift check is the sha256 the README records. */
export const VENDORED_HERE_ONLY: readonly { vendored: string; sha256?: string }[] = [
  { vendored: 'openvex/openvex_json_schema.json', sha256: 'f0a7c345f2ca57d357c957a20a7f8a92ef5add747fd93813aa54b7141df85e89' },
  { vendored: 'openvex/LICENSE' },
];

/** A vendored schema, parsed. */
export function readExternalSchema(rel: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(EXTERNAL_SCHEMAS_ROOT, rel), 'utf8'));
}

let osv: ValidateFunction | undefined;

/** The official OSV schema's validator. */
export function osvValidator(): ValidateFunction {
  if (!osv) {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    osv = ajv.compile(readExternalSchema('osv/schema.json'));
  }
  return osv;
}

let csaf: { document: ValidateFunction; provider: ValidateFunction; aggregator: ValidateFunction } | undefined;

/** The CSAF 2.0 document, provider-metadata and aggregator validators, with FIRST's CVSS schemas registered. */
export function csafValidators(): { document: ValidateFunction; provider: ValidateFunction; aggregator: ValidateFunction } {
  if (!csaf) {
    // The FIRST files are draft-07/draft-04 with `?20211103`-suffixed ids; the CSAF schema names the plain URL.
    const ajv = new Ajv2020({ strict: false, validateSchema: false, allErrors: true });
    addFormats(ajv);
    for (const v of ['2.0', '3.0', '3.1']) {
      const schema = readExternalSchema(`csaf/referenced_schema/first/cvss-v${v}.json`);
      delete schema.$id;
      delete schema.id;
      delete schema.$schema;
      ajv.addSchema(schema, `https://www.first.org/cvss/cvss-v${v}.json`);
    }
    csaf = {
      document: ajv.compile(readExternalSchema('csaf/json_schema/csaf_json_schema.json')),
      provider: ajv.compile(readExternalSchema('csaf/json_schema/provider_json_schema.json')),
      aggregator: ajv.compile(readExternalSchema('csaf/json_schema/aggregator_json_schema.json')),
    };
  }
  return csaf;
}

let openvex: ValidateFunction | undefined;

/** The official OpenVEX 0.2.0 schema's validator (formats in full, as consumers read them). */
export function openvexValidator(): ValidateFunction {
  if (!openvex) {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    openvex = ajv.compile(readExternalSchema('openvex/openvex_json_schema.json'));
  }
  return openvex;
}
