// The public time-to-fix track record: figures, exports and the chart.
export { type ChartGroup, type ChartOptions, recordChartSvg } from './chart-svg.ts';
export { CSV_COLUMNS, recordCsv, recordJson, VULN_CSV_COLUMNS, vulnRecordCsv, vulnRecordJson } from './export.ts';
export { formatRecordHuman, formatVulnRecordHuman, shareText } from './format-human.ts';
export { measureDays, median, percentile, roundDays } from './statistics.ts';
export { buildTrackRecord, ratingOf as advisoryRating } from './track-record.ts';
export { buildVulnRecord } from './triage-record.ts';
export type {
  CommitRef,
  GroupStats,
  MeasureStats,
  RecordRow,
  TrackRecord,
  VulnGroupStats,
  VulnRecordRow,
  VulnRowStatus,
  VulnTrackRecord,
} from './types.ts';
