import { Worker } from 'node:worker_threads';
import type { MatcherTables } from './matcher.ts';
import type { LeakNeedles } from './needles.ts';
import { addTally, type Batch, emptyTally, type Tally } from './scan-batch.ts';

/** Batches a worker holds at once, so it never waits for the main thread between two. */
const IN_FLIGHT = 4;

export interface ScanPool {
  /** Queues files to scan and folders to walk and scan. */
  add: (work: Batch) => void;
  /** Resolves with the tally of everything queued (and handed back) once all is done; rejects when a worker fails. */
  finish: () => Promise<Tally>;
}

/**
 * Worker threads that walk and scan the output: the main thread queues the
 * files and folders its own short walk found, cut into batches of `share`
 * files or `share / 2` folders; a worker walks each folder it gets itself and
 * hands back what is over `share` (scan-batch.ts), which is queued again, so
 * the folders' readdir runs on every core and large folders even out. Each
 * worker gets the automaton's tables and only the needles it reads itself
 * (the compact ids for binary files), not every needle's owner and words.
 */
export function startScanPool(threads: number, compact: LeakNeedles['compact'], tables: MatcherTables, share: number): ScanPool {
  const tally = emptyTally();
  const queue: Batch[] = [];
  let finished = false;
  let settle: { resolve: (r: Tally) => void; reject: (e: Error) => void } | undefined;
  let failure: Error | undefined;
  const folderBatch = Math.max(1, Math.floor(share / 2));
  const enqueue = (work: Batch) => {
    for (let i = 0; i < work.files.length; i += share) queue.push({ files: work.files.slice(i, i + share), folders: [] });
    for (let i = 0; i < work.folders.length; i += folderBatch) queue.push({ files: [], folders: work.folders.slice(i, i + folderBatch) });
  };
  const workers = Array.from({ length: threads }, () => {
    const worker = new Worker(new URL('./scan-worker.ts', import.meta.url), { workerData: { compact, tables, share } });
    const slot = { worker, inFlight: 0 };
    worker.on('message', (answer: { tally: Tally; rest: Batch }) => {
      slot.inFlight--;
      addTally(tally, answer.tally);
      enqueue(answer.rest);
      dispatch();
    });
    worker.once('error', (error) => fail(error));
    worker.once('exit', (code) => {
      if (!finished || slot.inFlight > 0 || code !== 0) fail(new Error(`A leak-scan worker stopped with exit code ${code}.`));
    });
    return slot;
  });
  const stopAll = () => {
    for (const { worker } of workers) worker.removeAllListeners('exit');
    for (const { worker } of workers) void worker.terminate();
  };
  const fail = (error: Error) => {
    if (failure) return;
    failure = error;
    stopAll();
    settle?.reject(error);
  };
  const dispatch = () => {
    if (failure) return;
    // Round by round, so each worker gets a batch before any gets its second.
    for (let round = 0; round < IN_FLIGHT && queue.length > 0; round++)
      for (const slot of workers) {
        if (slot.inFlight > round || queue.length === 0) continue;
        slot.inFlight++;
        slot.worker.postMessage(queue.shift() as Batch);
      }
    if (finished && queue.length === 0 && workers.every((s) => s.inFlight === 0)) {
      stopAll();
      settle?.resolve(tally);
      settle = undefined;
    }
  };
  return {
    add(work) {
      enqueue(work);
      dispatch();
    },
    finish() {
      return new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        settle = { resolve, reject };
        finished = true;
        dispatch();
      });
    },
  };
}
