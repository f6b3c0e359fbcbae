// The record as the site shows it: computed once per build from the same
// database and the same single history walk every other page uses.
import { buildTrackRecord } from '../core/record/track-record.ts';
import { buildVulnRecord } from '../core/record/triage-record.ts';
import type { TrackRecord, VulnTrackRecord } from '../core/record/types.ts';
import { historyOf } from './advisory-dates.ts';
import { siteData } from './database.ts';

/**
 * Where the build's record is left for the integration (a module of its own
 * instance, outside the pages' bundle), which writes record.json and
 * record.csv from it after the pages (whole-set-files.ts): the same record
 * the /record/ page showed, never a second computation of it.
 */
export const SITE_RECORD = Symbol.for('watchkeeper.siteRecord');

let cached: TrackRecord | undefined;
let cachedVulns: VulnTrackRecord | undefined;

export function siteRecord(): TrackRecord {
  if (cached) return cached;
  const { db, now } = siteData();
  cached = buildTrackRecord(db, now, historyOf(db.root));
  (globalThis as Record<symbol, unknown>)[SITE_RECORD] = cached;
  return cached;
}

/** The record over every publishable tracked vulnerability (vulns/) that affected a release. */
export function siteVulnRecord(): VulnTrackRecord {
  if (cachedVulns) return cachedVulns;
  const { db, now } = siteData();
  cachedVulns = buildVulnRecord(db, now);
  return cachedVulns;
}
