export type { AdvisoryChange, ChangeSet } from './changes.ts';
export { type GateOptions, type GateResult, type ListedChange, runGate } from './gate.ts';
