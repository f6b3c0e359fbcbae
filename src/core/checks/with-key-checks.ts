import { sortDiagnostics } from '../diagnostics.ts';
import type { Database } from '../model.ts';
import { checkKeys } from './rotation-keys.ts';

/**
 * Adds the OpenPGP key checks to a loaded database. loadDatabase stays
 * synchronous (the site calls it from Astro frontmatter); reading keys with
 * OpenPGP.js is async, so commands that check (npm run check) await this step
 * after loading. The database is returned with the key diagnostics merged in.
 */
export async function withKeyChecks(db: Database, now: Date): Promise<Database> {
  const found = await checkKeys(db, now);
  if (found.length > 0) db.diagnostics = sortDiagnostics([...db.diagnostics, ...found]);
  return db;
}
