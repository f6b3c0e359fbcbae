import { sortDiagnostics } from '../diagnostics.ts';
import type { Database } from '../model.ts';
import { checkSealedDrafts } from './check-sealed.ts';

/**
 * Adds the sealed-draft checks to a loaded database, like withKeyChecks: they
 * read OpenPGP packets (async), so `npm run check` awaits them after loading.
 */
export async function withSealingChecks(db: Database, now: Date): Promise<Database> {
  const found = await checkSealedDrafts(db, now);
  if (found.length > 0) db.diagnostics = sortDiagnostics([...db.diagnostics, ...found]);
  return db;
}
