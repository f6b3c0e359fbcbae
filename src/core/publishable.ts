import type { Advisory, Database } from './model.ts';
import { instantMs } from './time.ts';

/**
 * The one decision about what may be made public at `now`. Fail closed: only
 * an advisory that says it is published (or withdrawn after publication), whose
 * published instant has passed and whose embargo, if any, has lifted, is
 * publishable. Drafts and embargoed advisories never are; anything that cannot
 * be parsed is not.
 */
export function isPublishable(advisory: Advisory, now: Date): boolean {
  if (advisory.status !== 'published' && advisory.status !== 'withdrawn') return false;
  const nowMs = now.getTime();
  const published = advisory.timeline?.published;
  if (!published) return false;
  const publishedMs = instantMs(published);
  if (!Number.isFinite(publishedMs) || publishedMs > nowMs) return false;
  if (advisory.embargo) {
    const until = instantMs(advisory.embargo.until);
    if (!Number.isFinite(until) || nowMs < until) return false;
  }
  return true;
}

/** The publishable advisories, newest published first; every output reads only this. */
export function publishableAdvisories(db: Database, now: Date): Advisory[] {
  return db.advisories
    .filter((a) => isPublishable(a, now))
    .sort((a, b) => (b.timeline.published ?? '').localeCompare(a.timeline.published ?? '') || a.id.localeCompare(b.id));
}
