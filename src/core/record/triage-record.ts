import { shownTriage } from '../embargo/hidden-advisories.ts';
import { paths } from '../export/paths.ts';
import type { Database } from '../model.ts';
import { DAY_MS, formatInstant, instantMs } from '../time.ts';
import { currentEvent } from '../triage/model.ts';
import type { TriageEvent } from '../types.gen.ts';
import { measureDays } from './statistics.ts';
import type { VulnGroupStats, VulnRecordRow, VulnTrackRecord } from './types.ts';

/** A current status that says the entry does not (or no longer) count: the team found it never affected the release. */
const NOT_A_ROW: readonly TriageEvent['status'][] = ['not_affected', 'rejected'];

/**
 * The time-to-fix record over every tracked vulnerability that affected a
 * release, beside the advisory-only record: one row per package × release
 * entry of a publishable triage record (publishableTriage: an embargoed
 * record is not in it until the embargo lifts) that was ever `affected` or
 * `fixed` and is not now `not_affected` or `rejected`. The clock runs from
 * public upstream (published_upstream) to the `fixed` event, against the same
 * policy.fix_target_days as the advisory record; an entry still without a fix
 * past the target, or marked will_not_fix past it, is a miss.
 */
export function buildVulnRecord(db: Database, now: Date): VulnTrackRecord {
  const targetDays = db.settings.policy.fix_target_days;
  const rows: VulnRecordRow[] = [];
  for (const t of shownTriage(db, now)) {
    for (const pkg of t.packages) {
      for (const rel of pkg.releases) {
        // An event after the record's instant had not happened yet (`npm run record -- --at`).
        const events = rel.events.filter((e) => instantMs(e.at) <= now.getTime());
        const current = currentEvent(events);
        if (!current || NOT_A_ROW.includes(current.status)) continue;
        if (!events.some((e) => e.status === 'affected' || e.status === 'fixed')) continue;
        const start = t.published_upstream ?? (events[0] as TriageEvent).at;
        rows.push({
          id: t.id,
          package: pkg.name,
          release: rel.release,
          publicUpstream: start,
          year: new Date(instantMs(start)).getUTCFullYear(),
          ...timing(current, start, now, targetDays),
          page: paths.vuln(t.id),
          summary: t.summary,
        });
      }
    }
  }
  rows.sort((a, b) => a.id.localeCompare(b.id) || a.package.localeCompare(b.package) || a.release.localeCompare(b.release));
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => b - a);
  const releases = [...new Set(rows.map((r) => r.release))].sort();
  return {
    targetDays,
    generatedAt: formatInstant(now),
    rows,
    overall: vulnGroup('all', rows, targetDays),
    byYear: years.map((y) =>
      vulnGroup(
        String(y),
        rows.filter((r) => r.year === y),
        targetDays,
      ),
    ),
    byRelease: releases.map((id) =>
      vulnGroup(
        id,
        rows.filter((r) => r.release === id),
        targetDays,
      ),
    ),
  };
}

type Timing = Pick<
  VulnRecordRow,
  'status' | 'fixAvailable' | 'fixedVersion' | 'advisory' | 'daysToFix' | 'openDays' | 'withinTarget' | 'reason'
>;

/** The row's dates and status from its current event: a fix that stands, a decision not to fix, or still open. */
function timing(current: TriageEvent, start: string, now: Date, targetDays: number): Timing {
  if (current.status === 'fixed') {
    // The fix that stands is the current one: an earlier fix that was found not to fix (affected again) does not count.
    const daysToFix = (instantMs(current.at) - instantMs(start)) / DAY_MS;
    const withinTarget = daysToFix <= targetDays;
    return {
      status: withinTarget ? 'fixed_in_time' : 'fixed_late',
      fixAvailable: current.at,
      ...(current.version ? { fixedVersion: current.version } : {}),
      ...(current.advisory ? { advisory: current.advisory } : {}),
      daysToFix,
      withinTarget,
    };
  }
  const openDays = (now.getTime() - instantMs(start)) / DAY_MS;
  const past = openDays > targetDays;
  if (current.status === 'will_not_fix') {
    // Users stay exposed either way: not fixing is a miss once the target has passed, whatever the reason.
    return {
      status: 'will_not_fix',
      openDays,
      ...(past ? { withinTarget: false } : {}),
      ...(current.reason ? { reason: current.reason } : {}),
    };
  }
  return { status: past ? 'open_past_target' : 'open_within_target', openDays, ...(past ? { withinTarget: false } : {}) };
}

function vulnGroup(key: string, rows: readonly VulnRecordRow[], targetDays: number): VulnGroupStats {
  const values = rows.map((r) => r.daysToFix).filter((v): v is number => v !== undefined);
  const overdue = rows.filter((r) => r.daysToFix === undefined && r.withinTarget === false).length;
  return {
    key,
    rows: rows.length,
    publicToFix: measureDays(values, overdue, targetDays),
    open: rows.filter((r) => r.status === 'open_within_target' || r.status === 'open_past_target').length,
    willNotFix: rows.filter((r) => r.status === 'will_not_fix').length,
  };
}
