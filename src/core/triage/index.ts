// Triage records and releases (vulns/, docs/triage.md): the model and its helpers.
export { triageChecks } from './checks/index.ts';
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
