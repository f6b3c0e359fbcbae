import { roundDays } from './statistics.ts';
import type { GroupStats, MeasureStats, TrackRecord, VulnGroupStats, VulnTrackRecord } from './types.ts';

/** Days to one decimal, or a dash when there is no figure: the record page and the terminal show days alike. */
export function daysText(value: number | undefined): string {
  return value === undefined ? '—' : roundDays(value).toFixed(1);
}

const days = daysText;

/** "4 of 7 (57%)": the share within target as counts a reader can check. */
export function shareText(m: MeasureStats): string {
  if (m.share === undefined) return '—';
  return `${m.within} of ${m.count + m.overdue} (${Math.round(m.share * 100)}%)`;
}

function table(title: string, groups: GroupStats[], pick: (g: GroupStats) => MeasureStats): string[] {
  const lines = [title, `  ${'group'.padEnd(10)}${'fixes'.padStart(6)}${'median'.padStart(8)}${'p90'.padStart(8)}  within target`];
  for (const g of groups) {
    const m = pick(g);
    const overdue = m.overdue > 0 ? `  (${m.overdue} still open past the target)` : '';
    lines.push(
      `  ${g.key.padEnd(10)}${String(m.count).padStart(6)}${days(m.median).padStart(8)}${days(m.p90).padStart(8)}  ${shareText(m)}${overdue}`,
    );
  }
  return lines;
}

/** The record as the terminal shows it (`npm run record`). */
export function formatRecordHuman(record: TrackRecord): string {
  const groups = [record.overall, ...record.byYear];
  const lines = [
    `Time-to-fix track record at ${record.generatedAt}: ${record.rows.length} published advisories, target ${record.targetDays} days (policy.fix_target_days). Days, median and 90th percentile.`,
    '',
    ...table('Disclosure (made public) → fix available, per year', groups, (g) => g.disclosureToFix),
    '',
    ...table('Report (team learned of it) → fix available, per year', groups, (g) => g.reportToFix),
    '',
    ...table('Disclosure → fix, per severity (CVSS)', record.bySeverity, (g) => g.disclosureToFix),
  ];
  if (record.incomplete.length > 0) {
    lines.push('', 'Advisories lacking a date (in the table, left out of the figures that need it):');
    for (const row of record.incomplete) {
      const why = row.missing.map((m) =>
        m === 'fixed' && row.open
          ? `no fix yet (open ${days(row.open.days)} days${row.open.overdue ? ', past the target' : ''})`
          : `no ${m} date`,
      );
      lines.push(`  ${row.id}  ${why.join(', ')}`);
    }
  }
  const excluded = record.rows.filter((r) => r.excluded);
  if (excluded.length > 0) {
    lines.push('', 'Not counted:');
    for (const row of excluded) lines.push(`  ${row.id}  ${row.excluded}`);
  }
  lines.push(
    '',
    record.history.used
      ? `Commit dates from git history${record.history.note ? ` (${record.history.note})` : ''}.`
      : `No commit dates: ${record.history.note}.`,
  );
  return lines.join('\n');
}

function vulnTable(title: string, groups: VulnGroupStats[]): string[] {
  const lines = [title, `  ${'group'.padEnd(12)}${'fixes'.padStart(6)}${'median'.padStart(8)}${'p90'.padStart(8)}  within target`];
  for (const g of groups) {
    const m = g.publicToFix;
    const notes = [
      m.overdue > 0 ? `${m.overdue} without a fix past the target` : '',
      g.open > 0 ? `${g.open} open` : '',
      g.willNotFix > 0 ? `${g.willNotFix} will not fix` : '',
    ].filter(Boolean);
    lines.push(
      `  ${g.key.padEnd(12)}${String(m.count).padStart(6)}${days(m.median).padStart(8)}${days(m.p90).padStart(8)}  ${shareText(m)}${notes.length > 0 ? `  (${notes.join(', ')})` : ''}`,
    );
  }
  return lines;
}

/** The record over every tracked vulnerability as the terminal shows it, after the advisory record. */
export function formatVulnRecordHuman(record: VulnTrackRecord): string {
  const lines = [
    `Every tracked vulnerability that affected a release: ${record.rows.length} package × release entries, target ${record.targetDays} days (policy.fix_target_days). Days from public upstream to fix available, median and 90th percentile; an entry without a fix past the target (open or will not fix) is a miss.`,
    '',
    ...vulnTable('Public upstream → fix available, per year', [record.overall, ...record.byYear]),
    '',
    ...vulnTable('Public upstream → fix available, per release', record.byRelease),
  ];
  const misses = record.rows.filter((r) => r.daysToFix === undefined && r.withinTarget === false);
  if (misses.length > 0) {
    lines.push('', 'Without a fix past the target (counted as misses):');
    for (const r of misses) {
      const what = r.status === 'will_not_fix' ? `will not fix${r.reason ? `: ${r.reason}` : ''}` : 'still affected';
      lines.push(`  ${r.id}  ${r.package} in ${r.release}, public ${days(r.openDays)} days, ${what}`);
    }
  }
  return lines.join('\n');
}
