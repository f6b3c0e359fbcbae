import { plainDigest } from '../core/plain-digest.ts';
import type { Entry, SiteData } from './database.ts';

/**
 * Keys for Astro's incremental build (astro.config.mjs,
 * `experimental.incrementalBuild`): a page whose key and whose code (Astro
 * hashes the page's module graph, the config and the lockfile) are both what
 * the last build recorded is copied from that build instead of rendered again.
 * A key must therefore change whenever anything the page shows changes, so it
 * is a digest of everything the page reads besides its code: for the
 * advisory page (src/pages/advisories/[id].astro and the layout around it),
 * its entry (the advisory, its derived facts and its dates from the history)
 * and the site-wide part below. A page that starts reading anything else from
 * siteData() must add it here; tests/site/incremental-build.test.ts checks
 * that a rebuild equals a fresh build after the data changes.
 */

/** Bump when what the keys cover changes, so no key of the old meaning is ever matched. */
const PAGE_KEY_VERSION = 1;

/**
 * What every advisory page shows from outside its own entry: the settings
 * (the layout's name, address and contact; the default ecosystem), each
 * member's name by handle (the coordinator line), and whether this is a
 * preview.
 */
export function siteWideKey(data: Pick<SiteData, 'db' | 'preview'>): string {
  return plainDigest({
    version: PAGE_KEY_VERSION,
    settings: data.db.settings,
    members: [...data.db.memberByHandle].map(([handle, member]) => [handle, member.name]),
    preview: data.preview,
  });
}

/** The key of one advisory's page: its entry, whole, with the site-wide key. */
export function advisoryPageKey(entry: Entry, siteKey: string): string {
  return plainDigest({ site: siteKey, entry });
}
