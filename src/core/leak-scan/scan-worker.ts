// Worker thread for scanOutput (scan-pool.ts): scans each batch of output
// files it is sent with its own copy of the automaton and sends back what it
// found, file by file, in the batch's order. It starts before the needles are
// known (the main thread is still loading the data): until the automaton's
// tables arrive it reads and judges the files of its batches ahead (the part
// of a file's scan that needs no needle), then scans what it holds.
import { parentPort } from 'node:worker_threads';
import { type Matcher, type MatcherTables, matcherFromTables } from './matcher.ts';
import type { LeakNeedles } from './needles.ts';
import { type PathRead, type PathScan, readPath, scanContent } from './scan-file.ts';

/** What the pool sends: a batch of paths, or (once) the needles' tables. */
export type WorkerMessage = { paths: string[] } | { compact: LeakNeedles['compact']; tables: MatcherTables };

let needles: { compact: LeakNeedles['compact']; matcher: Matcher } | undefined;
const held: PathRead[][] = [];

function finish(reads: PathRead[], with_: { compact: LeakNeedles['compact']; matcher: Matcher }): PathScan[] {
  return reads.map((read) => ('content' in read ? { scan: scanContent(read.content, with_, with_.matcher), size: read.size } : read));
}

parentPort?.on('message', (message: WorkerMessage) => {
  if ('tables' in message) {
    // The main thread built the automaton once; its typed arrays arrive copied.
    needles = { compact: message.compact, matcher: matcherFromTables(message.tables) };
    for (const reads of held.splice(0)) parentPort?.postMessage(finish(reads, needles));
    return;
  }
  const reads = message.paths.map(readPath);
  if (needles) parentPort?.postMessage(finish(reads, needles));
  else held.push(reads);
});
