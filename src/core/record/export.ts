import type { RecordRow, TrackRecord } from './types.ts';

/** The columns of the downloadable table, in order; docs/record.md describes each. */
export const CSV_COLUMNS = [
  'id',
  'status',
  'severity',
  'cvss_score',
  'year',
  'reported',
  'disclosed',
  'fixed',
  'published',
  'disclosure_to_fix_days',
  'report_to_fix_days',
  'within_target',
  'missing',
  'excluded',
  'fixes',
  'fix_recorded_commit',
  'fix_recorded_date',
  'first_published_commit',
  'page',
  'summary',
] as const;

/** Days as exported: two decimals, enough to recompute every figure to the shown precision. */
const days = (value: number | undefined) => (value === undefined ? '' : (Math.round(value * 100) / 100).toFixed(2));

function cells(row: RecordRow, siteUrl: string): string[] {
  return [
    row.id,
    row.status,
    row.severity,
    row.score === undefined ? '' : String(row.score),
    String(row.year),
    row.reported ?? '',
    row.disclosed ?? '',
    row.fixed ?? '',
    row.published,
    days(row.disclosureToFixDays),
    days(row.reportToFixDays),
    row.withinTarget === undefined ? '' : String(row.withinTarget),
    row.missing.join(' '),
    row.excluded ?? '',
    row.fixes.map((f) => f.url ?? f.label).join(' '),
    row.fixRecorded?.sha ?? '',
    row.fixRecorded?.date ?? '',
    row.firstPublished?.sha ?? '',
    new URL(row.page, siteUrl).href,
    neutralise(row.summary),
  ];
}

/**
 * A spreadsheet runs a cell that starts with = + - @ as a formula; advisory
 * summaries are written by contributors, so such a cell gets a leading quote
 * (the OWASP advice on CSV injection).
 */
function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** The per-advisory table as RFC 4180 CSV with a header line. */
export function recordCsv(record: TrackRecord, siteUrl: string): string {
  const lines = [CSV_COLUMNS.join(','), ...record.rows.map((r) => cells(r, siteUrl).map(quote).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** The whole record (figures and rows) as JSON, with the method stated so it can be recomputed. */
export function recordJson(record: TrackRecord): string {
  return `${JSON.stringify(
    {
      method: {
        percentile: 'linear interpolation between closest ranks (numpy default, R type 7, PERCENTILE.INC)',
        share: 'rows within the target / (rows with both dates + rows still open past the target)',
        year: 'year (UTC) of timeline.disclosed, or of timeline.published without one',
        severity: 'CVSS rating of the advisory vector, v4 preferred over v3',
        excluded: 'withdrawn advisories are listed but not counted',
      },
      ...record,
    },
    null,
    2,
  )}\n`;
}
