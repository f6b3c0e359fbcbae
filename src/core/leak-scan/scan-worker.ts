// Worker thread for scanOutput (scan-pool.ts): scans each batch it is sent
// (files, and folders it walks itself) with its own copy of the automaton and
// answers with its tally and the work it hands back (scan-batch.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { type MatcherTables, matcherFromTables } from './matcher.ts';
import type { LeakNeedles } from './needles.ts';
import { type Batch, emptyTally, scanBatch } from './scan-batch.ts';

interface Setup {
  compact: LeakNeedles['compact'];
  tables: MatcherTables;
  share: number;
}

const { compact, tables, share } = workerData as Setup;
// The main thread built the automaton once; its typed arrays arrive copied.
const matcher = matcherFromTables(tables);
parentPort?.on('message', (batch: Batch) => {
  const tally = emptyTally();
  const rest = scanBatch(batch, { compact }, matcher, share, tally);
  parentPort?.postMessage({ tally, rest });
});
