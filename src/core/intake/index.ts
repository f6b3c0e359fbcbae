// Intake (`npm run intake`, docs/triage.md): upstream CVE JSON 5 and OSV records matched to the inventory.
export { formatIntakeReport } from './format-report.ts';
export { buildInventory, type Inventory, type InventoryEntry } from './inventory.ts';
export { type MatchedEntry, type MatchResult, matchRecord } from './match.ts';
export { type IntakeOutcome, type IntakePlan, planIntake } from './plan.ts';
export { readUpstream } from './read-upstream.ts';
export { type IntakeRepoState, readIntakeState } from './repo-state.ts';
export { type IntakeOptions, type IntakeResult, runIntake } from './run-intake.ts';
export type { UpstreamName, UpstreamRecord } from './upstream.ts';
