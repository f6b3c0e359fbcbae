import { checkRepository } from '../core/check-repository.ts';
import { hasErrors } from '../core/diagnostics.ts';
import { formatHuman } from '../core/format-diagnostics.ts';
import type { Database } from '../core/model.ts';
import { defaultCacheDir } from '../core/parse-cache.ts';

/** Where the integration leaves the database it checked at astro:build:start (see checkForBuild). */
export const SITE_CHECKED = Symbol.for('watchkeeper.checkedDatabase');

/** A database that passed every check, with the clock it was checked at. */
export interface CheckedData {
  root: string;
  now: Date;
  db: Database;
}

/**
 * How a build is kept from publishing data that fails a check it did not run:
 * `astro build` runs ALL checks itself. The integration's astro:build:start
 * hook awaits checkForBuild — checkRepository, the same entry as `npm run
 * check`, async key and sealed-draft checks included — and leaves the checked
 * database for siteData(). A build therefore never depends on `npm run check`
 * having run first, and siteData() in a build refuses when no checked
 * database is there. Only `astro dev` (the preview, which publishes nothing)
 * loads without the async checks.
 */
export async function checkForBuild(root: string, now: Date, cacheDir = defaultCacheDir(process.cwd())): Promise<CheckedData> {
  const db = await checkRepository(root, { now, cacheDir });
  refuseErrors(db);
  return { root, now, db };
}

/** Throws the errors of a database that has any: the site is never built from it. */
export function refuseErrors(db: Database): void {
  if (hasErrors(db.diagnostics)) {
    throw new Error(`The data has errors; fix them before building:\n${formatHuman(db.diagnostics.filter((d) => d.severity === 'error'))}`);
  }
}
