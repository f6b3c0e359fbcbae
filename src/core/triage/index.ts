// Triage records and releases (vulns/, docs/triage.md): the model and its helpers.
export { triageChecks } from './checks/index.ts';
export { type Deadline, deadlineOf } from './deadline.ts';
export { loadTriage } from './load-triage.ts';
export {
  CLOSED,
  currentEvent,
  expectedYear,
  NEEDS_TRIAGE,
  type Release,
  STATUS_FIELDS,
  type TriageData,
  type TriageRecord,
  type TriageStatus,
} from './model.ts';
// Triage in the terminal (triagecli): the queue, `triage set`, and an advisory draft from a record.
export {
  publishableTriageQueue,
  type QueueFilters,
  type QueueItem,
  TRIAGE_STATUSES,
  type TriageQueue,
  triageQueue,
} from './queue.ts';
export { type SetStatusInput, type SetStatusResult, setTriageStatus } from './set-status.ts';
// The readers' view of the publishable records (vulnpages: /vulns/<ID>/, the vulns index, package pages).
export {
  cellEvents,
  cellsOfPackage,
  type EventView,
  JUSTIFICATION_LABELS,
  type ReleaseColumn,
  STATUS_LABELS,
  STATUS_ORDER,
  upstreamLink,
  type VulnCell,
  type VulnRow,
  type VulnView,
  type VulnViews,
  vulnViews,
  worstStatus,
} from './vuln-view.ts';
