import { resolve } from 'node:path';
import { type AdvisoryFacts, advisoryFacts } from '../core/export/facts.ts';
import { type Advisory, type Database, isPublishable, loadDatabase, publishableAdvisories } from '../core/index.ts';
import { defaultCacheDir, parseCacheFile, readParseCache, writeParseCache } from '../core/parse-cache.ts';
import { type AdvisoryDates, advisoryDates } from './advisory-dates.ts';
import { buildClock } from './build-clock.ts';
import { type CheckedData, refuseErrors, SITE_CHECKED } from './check-for-build.ts';
import { dataRoot } from './data-root.ts';
import { isDevPreview } from './dev-preview.ts';

/** Why an entry is shown although it is not public: only ever set in the dev preview. */
export type PreviewMark = 'draft' | 'embargoed' | 'scheduled';

/** One advisory as the site shows it: data, derived facts and dates, computed once per build. */
export interface Entry {
  advisory: Advisory;
  facts: AdvisoryFacts;
  dates: AdvisoryDates;
  /** Set only in `astro dev` for an advisory that is not publishable; pages show a banner. */
  preview?: PreviewMark;
}

export interface SiteData {
  db: Database;
  now: Date;
  /** The publishable set (publishableAdvisories), newest first: feeds and exports read only this. */
  published: Entry[];
  /** What pages list: the publishable set, plus marked previews in `astro dev` only. */
  entries: Entry[];
  byId: Map<string, Entry>;
  byAlias: Map<string, Entry[]>;
  /** Upstream vulnerability ids (OSV `upstream`, upper case) that are no advisory's alias, to the advisories derived from them. */
  byUpstream: Map<string, Entry[]>;
  byPackage: Map<string, Entry[]>;
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

/** Entries and indexes over a loaded database; refuses a database with errors. */
function siteDataFrom(db: Database, now: Date, preview: boolean): SiteData {
  refuseErrors(db);
  const entry = (advisory: Advisory, mark?: PreviewMark): Entry => ({
    advisory,
    facts: advisoryFacts(advisory, db.settings),
    dates: advisoryDates(db, advisory),
    ...(mark ? { preview: mark } : {}),
  });
  const published = publishableAdvisories(db, now).map((a) => entry(a));
  const previews = preview
    ? db.advisories
        .filter((a) => !isPublishable(a, now))
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((a) => entry(a, a.status === 'draft' ? 'draft' : a.status === 'embargoed' ? 'embargoed' : 'scheduled'))
    : [];
  const entries = [...previews, ...published];
  const byId = new Map<string, Entry>();
  const byAlias = new Map<string, Entry[]>();
  const byPackage = new Map<string, Entry[]>();
  for (const e of entries) {
    byId.set(e.advisory.id.toUpperCase(), e);
    for (const alias of e.advisory.aliases ?? []) push(byAlias, alias.toUpperCase(), e);
    for (const p of e.facts.packages) push(byPackage, p.key, e);
  }
  const byUpstream = new Map<string, Entry[]>();
  for (const e of entries) {
    for (const id of new Set(e.facts.upstream.map((u) => u.toUpperCase()))) if (!byAlias.has(id)) push(byUpstream, id, e);
  }
  return { db, now, published, entries, byId, byAlias, byUpstream, byPackage, preview };
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
