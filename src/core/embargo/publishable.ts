import type { Advisory, Database } from '../model.ts';
import type { TriageRecord } from '../triage/model.ts';
import type { AdvisoryFile, TriageFile } from '../types.gen.ts';
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

/**
 * The same decision for a triage record (vulns/): publishable only once it is
 * public upstream (published_upstream has passed) and its embargo, if any, has
 * lifted. Fail closed: a record without published_upstream, or with an instant
 * that does not read strictly, is not publishable.
 */
export function isTriagePublishable(record: Pick<TriageFile, 'published_upstream' | 'embargo'>, now: Date): boolean {
  const nowMs = now.getTime();
  const publishedMs = strictInstantMs(record.published_upstream);
  if (publishedMs === undefined || publishedMs > nowMs) return false;
  if (record.embargo) {
    const until = strictInstantMs(record.embargo.until);
    if (until === undefined || nowMs < until) return false;
  }
  return true;
}

/**
 * The publishable triage records, by id; every page, feed and export of triage
 * data reads only this. A record that shares an id or alias with an advisory
 * that is not publishable at `now` is left out too, whatever its own fields
 * say, so a record can never reveal an embargoed advisory's CVE (the check
 * TRIAGE_EMBARGO_SHORTER reports the mismatch).
 */
export function publishableTriage(db: Database, now: Date): TriageRecord[] {
  return db.triage
    .filter((t) => isTriagePublishable(t, now))
    .filter((t) =>
      [t.id, ...(t.aliases ?? [])].every((name) => {
        const key = name.toUpperCase();
        const advisories = [...(db.byAlias.get(key) ?? []), ...(db.byId.has(key) ? [db.byId.get(key) as Advisory] : [])];
        return advisories.every((a) => isPublishable(a, now) || !a.embargo);
      }),
    )
    .sort((a, b) => a.id.localeCompare(b.id));
}
