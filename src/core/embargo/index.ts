export { type EmbargoFacts, embargoFacts, type FixTarget, fixTarget, strictInstantMs } from './embargo-facts.ts';
export { formatEmbargoStatus } from './format-status.ts';
export { type EmbargoEntry, type EmbargoReport, embargoStatus } from './status.ts';
