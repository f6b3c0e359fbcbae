// Worker thread for scanOutput: scans a share of the output files with its own
// copy of the automaton and sends back what it found, file by file.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { type MatcherTables, matcherFromTables } from './matcher.ts';
import type { LeakNeedles } from './needles.ts';
import { type FileScan, scanBytes } from './scan-file.ts';

interface Job {
  needles: LeakNeedles;
  tables: MatcherTables;
  files: string[];
}

const { needles, tables, files } = workerData as Job;
// The main thread built the automaton once; its typed arrays arrive copied.
const matcher = matcherFromTables(tables);
const results: FileScan[] = files.map((path) => {
  try {
    return scanBytes(path, readFileSync(path), needles, matcher);
  } catch (error) {
    return { unreadable: `The file cannot be read (${(error as Error).message})` };
  }
});
parentPort?.postMessage(results);
