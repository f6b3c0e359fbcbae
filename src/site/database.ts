import { resolve } from 'node:path';
import { loadDatabase } from '../core/load.ts';
import type { Database } from '../core/model.ts';
import { defaultCacheDir, parseCacheFile, readParseCache, writeParseCache } from '../core/parse-cache.ts';
import { type PreviewMark, type PublishedEntry, type PublishedView, publishedView } from '../core/published-view.ts';
import { historyOf } from './advisory-dates.ts';
import { buildClock } from './build-clock.ts';
import { type CheckedData, refuseErrors, SITE_CHECKED } from './check-for-build.ts';
import { dataRoot } from './data-root.ts';
import { isDevPreview } from './dev-preview.ts';

/** Why an entry is shown although it is not public: only ever set in the dev preview. */
export type { PreviewMark };

/** One advisory as the site shows it: data, derived facts and dates, computed once per build (core's PublishedEntry). */
export type Entry = PublishedEntry;

/**
 * Core's publishedView (the publishable entries and their indexes: published,
 * entries, byId, byAlias, byUpstream, byPackage) plus what the build adds.
 */
export interface SiteData extends PublishedView {
  db: Database;
  now: Date;
  preview: boolean;
}

let cached: SiteData | undefined;

/** Where the build's site data is left for the integration (see integration.ts). */
export const SITE_DATA = Symbol.for('watchkeeper.siteData');
/** Where the integration leaves a function to call when the site data has been loaded. */
export const SITE_DATA_READY = Symbol.for('watchkeeper.siteDataReady');

/**
 * The site's one view of the data: the checked database in a build, loaded
 * once per build with the build's clock, and refused outright when the data
 * has errors (the build must never publish from data that failed check). Every
 * page and endpoint calls this, so the database is read once however many
 * pages are generated.
 */
export function siteData(): SiteData {
  if (cached) return cached;
  const root = resolve(dataRoot());
  const checked = (globalThis as Record<symbol, unknown>)[SITE_CHECKED] as CheckedData | undefined;
  if (checked && checked.root === root) cached = siteDataFrom(checked.db, checked.now, false);
  else if (isDevPreview()) cached = buildSiteData(root, buildClock(), true, parseCacheFile(defaultCacheDir(process.cwd()), root));
  else
    throw new Error(`The data in ${root} was not checked by this build (astro:build:start runs checkRepository), so it is not published.`);
  // Handed to the integration's build:done step (same process), which writes the per-advisory exports from it.
  (globalThis as Record<symbol, unknown>)[SITE_DATA] = cached;
  // And announced as soon as it exists, so the search index is built while the pages render (integration.ts).
  ((globalThis as Record<symbol, unknown>)[SITE_DATA_READY] as ((data: SiteData) => void) | undefined)?.(cached);
  return cached;
}

/**
 * The same from the synchronous load alone, for a given root, clock and mode
 * (the dev preview and tests). `cachePath` is the parse cache `npm run check`
 * fills (parseCacheFile), keyed by each file's bytes and the rules.
 */
export function buildSiteData(root: string, now: Date, preview: boolean, cachePath?: string): SiteData {
  const cache = cachePath ? readParseCache(cachePath) : undefined;
  const db = loadDatabase(root, { now, ...(cache ? { cache } : {}) });
  if (cache && cachePath) writeParseCache(cachePath, cache);
  return siteDataFrom(db, now, preview);
}

/** Core's published view of a loaded database; refuses a database with errors. */
function siteDataFrom(db: Database, now: Date, preview: boolean): SiteData {
  refuseErrors(db);
  return { db, now, ...publishedView(db, now, { preview, historyOf }), preview };
}
