// The git history of the advisories (one walk) and the dates every output uses.
export { advisoryDatesFrom, type DatedRevision, type DatesFromHistory } from './dates-from-history.ts';
export { historyChecks } from './history-checks.ts';
export { type AdvisoryDates, advisoryDates, historyOnce } from './history-once.ts';
export type { AdvisoryHistory, History, HistoryPoint, Revision } from './types.ts';
export { type HistoryOptions, loadHistory } from './walk-history.ts';
