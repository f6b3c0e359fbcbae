import { Worker } from 'node:worker_threads';
import type { MatcherTables } from './matcher.ts';
import type { LeakNeedles } from './needles.ts';
import type { PathScan } from './scan-file.ts';

/** Files per message: small enough that the first batches reach the workers while the walk goes on. */
const BATCH_FILES = 128;
/** Batches a worker holds at once, so it never waits for the main thread between two. */
const IN_FLIGHT = 4;

export interface ScanPool {
  /** Queues file `index` of the walk for scanning. */
  add: (index: number, path: string) => void;
  /** Resolves with every queued file's scan, by index, once all are done; rejects when a worker fails. */
  finish: () => Promise<Map<number, PathScan>>;
  /** Stops every worker (the walk failed: there is nothing to finish). */
  stop: () => void;
}

/**
 * Worker threads that scan files as the walk finds them: batches go to
 * whichever worker has room, so a worker with large files gets fewer. Each
 * worker gets the automaton's tables and only the needles it reads itself
 * (the compact ids for binary files), not every needle's owner and words.
 */
export function startScanPool(threads: number, compact: LeakNeedles['compact'], tables: MatcherTables): ScanPool {
  const results = new Map<number, PathScan>();
  const queue: { indices: number[]; paths: string[] }[] = [];
  let filling: { indices: number[]; paths: string[] } = { indices: [], paths: [] };
  let finished = false;
  let settle: { resolve: (r: Map<number, PathScan>) => void; reject: (e: Error) => void } | undefined;
  let failure: Error | undefined;
  const workers = Array.from({ length: threads }, () => {
    const worker = new Worker(new URL('./scan-worker.ts', import.meta.url), { workerData: { compact, tables } });
    const slot = { worker, batches: [] as number[][] };
    worker.on('message', (scans: PathScan[]) => {
      const indices = slot.batches.shift() ?? [];
      for (const [j, scan] of scans.entries()) results.set(indices[j] as number, scan);
      dispatch();
    });
    worker.once('error', (error) => fail(error));
    worker.once('exit', (code) => {
      if (!finished || slot.batches.length > 0 || code !== 0) fail(new Error(`A leak-scan worker stopped with exit code ${code}.`));
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
    for (const slot of workers) {
      while (slot.batches.length < IN_FLIGHT && queue.length > 0) {
        const batch = queue.shift() as { indices: number[]; paths: string[] };
        slot.batches.push(batch.indices);
        slot.worker.postMessage(batch.paths);
      }
    }
    if (finished && queue.length === 0 && workers.every((s) => s.batches.length === 0)) {
      stopAll();
      settle?.resolve(results);
      settle = undefined;
    }
  };
  return {
    stop: () => fail(new Error('The leak scan stopped before the walk ended.')),
    add(index, path) {
      filling.indices.push(index);
      filling.paths.push(path);
      if (filling.indices.length >= BATCH_FILES) {
        queue.push(filling);
        filling = { indices: [], paths: [] };
        dispatch();
      }
    },
    finish() {
      return new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        settle = { resolve, reject };
        if (filling.indices.length > 0) queue.push(filling);
        filling = { indices: [], paths: [] };
        finished = true;
        dispatch();
      });
    },
  };
}
