import { type Advisory, type Database, formatHuman, hasErrors, loadDatabase, publishableAdvisories } from '../core/index.ts';

/**
 * The site's one view of the data: loaded once per build with the build's
 * clock, and refused outright when the data has errors (the build must never
 * publish from data that failed check).
 */
let cached: { db: Database; now: Date; published: Advisory[] } | undefined;

export function siteData(): { db: Database; now: Date; published: Advisory[] } {
  if (cached) return cached;
  const now = new Date();
  const db = loadDatabase(process.cwd(), { now });
  if (hasErrors(db.diagnostics)) {
    throw new Error(`The data has errors; fix them before building:\n${formatHuman(db.diagnostics.filter((d) => d.severity === 'error'))}`);
  }
  cached = { db, now, published: publishableAdvisories(db, now) };
  return cached;
}
