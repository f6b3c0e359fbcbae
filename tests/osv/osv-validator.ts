// The official OSV schema (vendored in schemas/external/osv), as readable error lines.
import { osvValidator } from '../helpers/external-schemas.ts';

/** Returns the schema errors as readable lines; an empty list means valid. */
export function osvSchemaErrors(record: unknown): string[] {
  const validate = osvValidator();
  if (validate(record)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}
