// Worker thread for scanOutput: scans a share of the output files with its own
// copy of the automaton and sends back what it found, file by file.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { buildMatcher } from './matcher.ts';
import type { LeakNeedles } from './needles.ts';
import { type FileScan, scanBytes } from './scan-file.ts';

interface Job {
  needles: LeakNeedles;
  files: string[];
}

const { needles, files } = workerData as Job;
const matcher = buildMatcher(needles.needles.map((n) => n.words));
const results: FileScan[] = files.map((path) => {
  try {
    return scanBytes(path, readFileSync(path), needles, matcher);
  } catch (error) {
    return { unreadable: `The file cannot be read (${(error as Error).message})` };
  }
});
parentPort?.postMessage(results);
