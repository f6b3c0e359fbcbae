// The public time-to-fix track record: figures, exports and the chart.
export { type ChartGroup, type ChartOptions, recordChartSvg } from './chart-svg.ts';
export { CSV_COLUMNS, recordCsv, recordJson } from './export.ts';
export { formatRecordHuman, shareText } from './format-human.ts';
export { median, percentile, roundDays } from './statistics.ts';
export { buildTrackRecord, ratingOf as advisoryRating } from './track-record.ts';
export type { CommitRef, GroupStats, MeasureStats, RecordRow, TrackRecord } from './types.ts';
