import { sortDiagnostics } from '../diagnostics.ts';
import type { Database } from '../model.ts';
import { checkKeys } from './rotation-keys.ts';

/**
 * Adds the OpenPGP key checks alone to a loaded database (tests of the key
 * rules use it). Every command and the site build run all checks through
 * checkRepository (src/core/check-repository.ts), which includes these.
 */
export async function withKeyChecks(db: Database, now: Date): Promise<Database> {
  const found = await checkKeys(db, now);
  if (found.length > 0) db.diagnostics = sortDiagnostics([...db.diagnostics, ...found]);
  return db;
}
