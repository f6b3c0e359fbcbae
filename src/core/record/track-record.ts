import { type Rating, scoreCvss } from '../cvss.ts';
import { publishableAdvisories } from '../embargo/publishable.ts';
import type { History } from '../history/types.ts';
import type { Advisory, Database } from '../model.ts';
import { commitUrl } from '../settings.ts';
import { DAY_MS, formatInstant, instantMs } from '../time.ts';
import { fixLinks } from './fix-links.ts';
import { measureDays } from './statistics.ts';
import type { CommitRef, GroupStats, MeasureStats, RecordRow, TrackRecord } from './types.ts';

const SEVERITY_ORDER: Array<Rating | 'unrated'> = ['critical', 'high', 'medium', 'low', 'none', 'unrated'];

/**
 * The public time-to-fix record: one row per publishable advisory and the
 * figures over them (median, 90th percentile and share within the policy
 * target), overall, per year and per severity. Only publishable advisories
 * appear. Rows lacking a date a figure needs stay in the table and are listed
 * as incomplete; withdrawn advisories are listed but not counted.
 */
export function buildTrackRecord(db: Database, now: Date, history?: History): TrackRecord {
  const targetDays = db.settings.policy.fix_target_days;
  const template = db.settings.forge?.commit_url;
  const ref = (point: { sha: string; date: string } | undefined): CommitRef | undefined => {
    if (!point) return undefined;
    const url = commitUrl(template, point.sha);
    return { sha: point.sha, date: point.date, ...(url ? { url } : {}) };
  };
  const rows = publishableAdvisories(db, now).map((a) => rowFor(a, now, targetDays, history, ref));
  const counted = rows.filter((r) => !r.excluded);
  const group = (key: string, list: RecordRow[]): GroupStats => ({
    key,
    rows: list.length,
    disclosureToFix: measure(list, 'disclosureToFixDays', 'disclosed', targetDays, now),
    reportToFix: measure(list, 'reportToFixDays', 'reported', targetDays, now),
  });
  const years = [...new Set(counted.map((r) => r.year))].sort((a, b) => b - a);
  const severities = SEVERITY_ORDER.filter((s) => counted.some((r) => r.severity === s));
  return {
    targetDays,
    generatedAt: formatInstant(now),
    rows,
    overall: group('all', counted),
    byYear: years.map((y) =>
      group(
        String(y),
        counted.filter((r) => r.year === y),
      ),
    ),
    bySeverity: severities.map((s) =>
      group(
        s,
        counted.filter((r) => r.severity === s),
      ),
    ),
    incomplete: rows.filter((r) => r.missing.length > 0),
    history: history?.available
      ? { used: true, ...(history.shallow ? { note: 'shallow clone: some first commits are unknown' } : {}) }
      : { used: false, note: 'no git history: commit links and recorded dates are not shown' },
  };
}

function rowFor(
  a: Advisory,
  now: Date,
  targetDays: number,
  history: History | undefined,
  ref: (p: { sha: string; date: string } | undefined) => CommitRef | undefined,
): RecordRow {
  // A date after the record's instant had not happened yet (a record computed
  // as of an earlier instant must not know later fixes).
  const known = (d: string | undefined) => (d !== undefined && instantMs(d) <= now.getTime() ? d : undefined);
  const t = { ...a.timeline, reported: known(a.timeline.reported), disclosed: known(a.timeline.disclosed), fixed: known(a.timeline.fixed) };
  const published = t.published as string;
  const { severity, score } = ratingOf(a);
  const days = (from: string | undefined, to: string | undefined) => (from && to ? (instantMs(to) - instantMs(from)) / DAY_MS : undefined);
  const disclosureToFixDays = days(t.disclosed, t.fixed);
  const reportToFixDays = days(t.reported, t.fixed);
  const missing = (['reported', 'disclosed', 'fixed'] as const).filter((k) => !t[k]);
  const entry = history?.byId.get(a.id.toUpperCase());
  const openDays = t.disclosed && !t.fixed ? (now.getTime() - instantMs(t.disclosed)) / DAY_MS : undefined;
  const fixRecorded = t.fixed ? ref(entry?.firstFixed) : undefined;
  const firstPublished = ref(entry?.firstPublished);
  return {
    id: a.id,
    summary: a.summary,
    page: `/advisories/${a.id}/`,
    status: a.status as 'published' | 'withdrawn',
    severity,
    ...(score !== undefined ? { score } : {}),
    year: new Date(t.disclosed ?? published).getUTCFullYear(),
    ...(t.reported ? { reported: t.reported } : {}),
    ...(t.disclosed ? { disclosed: t.disclosed } : {}),
    ...(t.fixed ? { fixed: t.fixed } : {}),
    published,
    ...(disclosureToFixDays !== undefined ? { disclosureToFixDays, withinTarget: disclosureToFixDays <= targetDays } : {}),
    ...(reportToFixDays !== undefined ? { reportToFixDays } : {}),
    missing,
    ...(a.status === 'withdrawn' ? { excluded: 'withdrawn: not a confirmed vulnerability, or retracted' } : {}),
    ...(openDays !== undefined ? { open: { days: openDays, overdue: openDays > targetDays } } : {}),
    fixes: fixLinks(a),
    ...(fixRecorded ? { fixRecorded } : {}),
    ...(firstPublished ? { firstPublished } : {}),
  };
}

/** The advisory's CVSS rating: the v4 vector when there is one, else v3. */
export function ratingOf(a: Advisory): { severity: Rating | 'unrated'; score?: number } {
  const vectors = a.severity ?? [];
  const chosen = vectors.find((s) => s.type === 'CVSS_V4') ?? vectors.find((s) => s.type === 'CVSS_V3');
  if (!chosen) return { severity: 'unrated' };
  try {
    const scored = scoreCvss(chosen.score);
    return { severity: scored.rating, score: scored.score };
  } catch {
    return { severity: 'unrated' };
  }
}

function measure(
  rows: RecordRow[],
  field: 'disclosureToFixDays' | 'reportToFixDays',
  start: 'disclosed' | 'reported',
  targetDays: number,
  now: Date,
): MeasureStats {
  const values = rows.map((r) => r[field]).filter((v): v is number => v !== undefined);
  // Still open past the target: a miss. Leaving it out would flatter the record.
  const overdue = rows.filter((r) => {
    const from = r[start];
    return from !== undefined && !r.fixed && (now.getTime() - instantMs(from)) / DAY_MS > targetDays;
  }).length;
  return measureDays(values, overdue, targetDays);
}
