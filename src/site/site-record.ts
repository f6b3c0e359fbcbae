// The record as the site shows it: computed once per build from the same
// database and the same single history walk every other page uses.
import { buildTrackRecord } from '../core/record/track-record.ts';
import { buildVulnRecord } from '../core/record/triage-record.ts';
import type { TrackRecord, VulnTrackRecord } from '../core/record/types.ts';
import { historyOf } from './advisory-dates.ts';
import { type SiteData, siteData } from './database.ts';

/**
 * Where the build's record is left for the integration (a module of its own
 * instance, outside the pages' bundle), which writes record.json and
 * record.csv from it after the pages (whole-set-files.ts): the same record
 * the /record/ page showed, never a second computation of it.
 */
const SITE_RECORD = Symbol.for('watchkeeper.siteRecord');

let cached: TrackRecord | undefined;
let cachedVulns: VulnTrackRecord | undefined;

export function siteRecord(): TrackRecord {
  if (cached) return cached;
  cached = trackRecordOf(siteData());
  (globalThis as Record<symbol, unknown>)[SITE_RECORD] = cached;
  return cached;
}

/** For the integration as a build starts: no record of an earlier build in this process is taken for this one's. */
export function forgetBuiltRecord(): void {
  (globalThis as Record<symbol, unknown>)[SITE_RECORD] = undefined;
}

/** For the integration after the pages: the record the /record/ page showed or, where no page asked for it, the same computation. */
export function builtRecord(data: SiteData): TrackRecord {
  return ((globalThis as Record<symbol, unknown>)[SITE_RECORD] as TrackRecord | undefined) ?? trackRecordOf(data);
}

function trackRecordOf({ db, now }: SiteData): TrackRecord {
  return buildTrackRecord(db, now, historyOf(db.root));
}

/** The record over every publishable tracked vulnerability (vulns/) that affected a release. */
export function siteVulnRecord(): VulnTrackRecord {
  if (cachedVulns) return cachedVulns;
  const { db, now } = siteData();
  cachedVulns = buildVulnRecord(db, now);
  return cachedVulns;
}
