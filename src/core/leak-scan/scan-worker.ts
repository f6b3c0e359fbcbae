// Worker thread for scanOutput (scan-pool.ts): scans each batch of output
// files it is sent with its own copy of the automaton and sends back what it
// found, file by file, in the batch's order.
import { parentPort, workerData } from 'node:worker_threads';
import { type MatcherTables, matcherFromTables } from './matcher.ts';
import type { LeakNeedles } from './needles.ts';
import { scanPath } from './scan-file.ts';

interface Setup {
  compact: LeakNeedles['compact'];
  tables: MatcherTables;
}

const { compact, tables } = workerData as Setup;
// The main thread built the automaton once; its typed arrays arrive copied.
const matcher = matcherFromTables(tables);
parentPort?.on('message', (paths: string[]) => {
  parentPort?.postMessage(paths.map((path) => scanPath(path, { compact }, matcher)));
});
