// The official OSV schema from ../shared (never copied into the repo), compiled once per test file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { PROJECT_ROOT } from '../helpers/test-repo.ts';

const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;

// WATCHKEEPER_SHARED names another place for ../shared (a git worktree has none beside it).
export const SHARED_ROOT = process.env.WATCHKEEPER_SHARED ?? join(PROJECT_ROOT, '..', 'shared');
export const CORPUS_ROOT = join(SHARED_ROOT, 'corpus');

let validate: ValidateFunction | undefined;

/** Returns the schema errors as readable lines; an empty list means valid. */
export function osvSchemaErrors(record: unknown): string[] {
  if (!validate) {
    const schema = JSON.parse(readFileSync(join(SHARED_ROOT, 'schemas-external', 'osv-schema.json'), 'utf8'));
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    validate = ajv.compile(schema);
  }
  if (validate(record)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}
