import { jsonPieces } from '../export/json-pieces.ts';
import type { RecordRow, TrackRecord, VulnRecordRow, VulnTrackRecord } from './types.ts';

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
  return [...recordCsvPieces(record, siteUrl)].join('');
}

/** The same, a line at a time (the site streams it: src/site/streamed-response.ts). */
export function* recordCsvPieces(record: TrackRecord, siteUrl: string): Generator<string> {
  yield `${CSV_COLUMNS.join(',')}\r\n`;
  for (const r of record.rows) yield `${cells(r, siteUrl).map(quote).join(',')}\r\n`;
}

/**
 * The whole record (figures and rows) as JSON, with the method stated so it
 * can be recomputed. With `vulns`, the record over every tracked vulnerability
 * is added under the key `vulns` (every other key stays as it was).
 */
export function recordJson(record: TrackRecord, vulns?: VulnTrackRecord): string {
  return [...recordJsonPieces(record, vulns)].join('');
}

/** The same, a row at a time (the site streams it: src/site/streamed-response.ts). */
export function* recordJsonPieces(record: TrackRecord, vulns?: VulnTrackRecord): Generator<string> {
  yield* jsonPieces(
    {
      method: {
        percentile: 'linear interpolation between closest ranks (numpy default, R type 7, PERCENTILE.INC)',
        share: 'rows within the target / (rows with both dates + rows still open past the target)',
        year: 'year (UTC) of timeline.disclosed, or of timeline.published without one',
        severity: 'CVSS rating of the advisory vector, v4 preferred over v3',
        excluded: 'withdrawn advisories are listed but not counted',
      },
      ...record,
      ...(vulns ? { vulns: vulnRecordObject(vulns) } : {}),
    },
    // The record's members, and each row of its tables.
    2,
  );
  yield '\n';
}

// ---- The record over every tracked vulnerability: record-vulns.csv / record-vulns.json ----

/** The columns of the per-vulnerability table (one row per package × release), in order; docs/record.md describes each. */
export const VULN_CSV_COLUMNS = [
  'id',
  'package',
  'release',
  'status',
  'year',
  'public_upstream',
  'fix_available',
  'days_to_fix',
  'open_days',
  'within_target',
  'fixed_version',
  'advisory',
  'reason',
  'page',
  'summary',
] as const;

function vulnCells(row: VulnRecordRow, siteUrl: string): string[] {
  return [
    row.id,
    row.package,
    row.release,
    row.status,
    String(row.year),
    row.publicUpstream,
    row.fixAvailable ?? '',
    days(row.daysToFix),
    days(row.openDays),
    row.withinTarget === undefined ? '' : String(row.withinTarget),
    row.fixedVersion ?? '',
    row.advisory ?? '',
    neutralise(row.reason ?? ''),
    new URL(row.page, siteUrl).href,
    neutralise(row.summary),
  ];
}

/** The per-vulnerability table as RFC 4180 CSV with a header line. */
export function vulnRecordCsv(record: VulnTrackRecord, siteUrl: string): string {
  const lines = [VULN_CSV_COLUMNS.join(','), ...record.rows.map((r) => vulnCells(r, siteUrl).map(quote).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** The method of the vulnerability record, stated so anyone can recompute it from the table. */
const VULN_METHOD = {
  rows: 'one per package and release of a publishable triage record that was ever affected or fixed and is not now not_affected or rejected',
  start: 'published_upstream (when upstream made it public)',
  fix: 'the time of the fixed event that is the current status',
  percentile: 'linear interpolation between closest ranks (numpy default, R type 7, PERCENTILE.INC)',
  share: 'rows fixed within the target / (rows fixed + rows without a fix past the target, open or will_not_fix)',
  year: 'year (UTC) of published_upstream',
};

/** The vulnerability record as a plain object with its method (the JSON file, and the `vulns` key of `npm run record -- --format json`). */
export function vulnRecordObject(record: VulnTrackRecord): Record<string, unknown> {
  return { method: VULN_METHOD, ...record };
}

/** The vulnerability record (figures and rows) as JSON. */
export function vulnRecordJson(record: VulnTrackRecord): string {
  return `${JSON.stringify(vulnRecordObject(record), null, 2)}\n`;
}
