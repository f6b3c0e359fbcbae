import type { Advisory, Database } from '../model.ts';
import type { AdvisoryFile } from '../types.gen.ts';
import { strictInstantMs } from './embargo-facts.ts';

/**
 * The one decision about what may be made public at `now`. Fail closed: only
 * an advisory that says it is published (or withdrawn after publication), whose
 * published instant has passed and whose embargo, if any, has lifted, is
 * publishable. Drafts and embargoed advisories never are; anything that cannot
 * be parsed is not. Instants are read strictly (UTC with `Z` only), so a
 * zone-less date never lifts an embargo early on a runner east of UTC.
 */
export function isPublishable(advisory: Pick<AdvisoryFile, 'status' | 'timeline' | 'embargo'>, now: Date): boolean {
  if (advisory.status !== 'published' && advisory.status !== 'withdrawn') return false;
  const nowMs = now.getTime();
  const published = advisory.timeline?.published;
  if (!published) return false;
  const publishedMs = strictInstantMs(published);
  if (publishedMs === undefined || publishedMs > nowMs) return false;
  if (advisory.embargo) {
    const until = strictInstantMs(advisory.embargo.until);
    if (until === undefined || nowMs < until) return false;
  }
  return true;
}

/** The publishable advisories, newest published first; every output reads only this. */
export function publishableAdvisories(db: Database, now: Date): Advisory[] {
  return db.advisories
    .filter((a) => isPublishable(a, now))
    .sort((a, b) => (b.timeline.published ?? '').localeCompare(a.timeline.published ?? '') || a.id.localeCompare(b.id));
}
