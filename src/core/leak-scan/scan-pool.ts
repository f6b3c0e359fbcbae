import { getCompileCacheDir } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { MatcherTables } from './matcher.ts';
import type { LeakNeedles } from './needles.ts';
import type { PathScan } from './scan-file.ts';
import type { WorkerMessage } from './scan-worker.ts';

/** Files per message: small enough that the first batches reach the workers while the walk goes on. */
const BATCH_FILES = 128;
/** Batches a worker holds at once, so it never waits for the main thread between two. */
const IN_FLIGHT = 4;
/**
 * Batches a worker may read ahead while the needles load (about 4,000 files,
 * about 10 MB of text held per worker): enough to keep it busy for part of the
 * main thread's loading of the data, bounded so memory does not grow with the output.
 */
const READ_AHEAD = 32;

export interface ScanPool {
  /** Queues file `index` of the walk for scanning. */
  add: (index: number, path: string) => void;
  /** Sends every worker the needles; until then workers only read ahead. */
  setNeedles: (compact: LeakNeedles['compact'], tables: MatcherTables) => void;
  /** Resolves with every queued file's scan, by index, once all are done; rejects when a worker fails. */
  finish: () => Promise<Map<number, PathScan>>;
  /** Stops every worker (the walk failed: there is nothing to finish). */
  stop: () => void;
}

/**
 * Worker threads that scan files as the walk finds them: batches go to
 * whichever worker has room, so a worker with large files gets fewer. The
 * workers start before the needles are known and read ahead (a bounded number
 * of batches) until setNeedles sends each the automaton's tables and only the
 * needles it reads itself (the compact ids for binary files), not every
 * needle's owner and words.
 */
export function startScanPool(threads: number): ScanPool {
  const results = new Map<number, PathScan>();
  const queue: { indices: number[]; paths: string[] }[] = [];
  let filling: { indices: number[]; paths: string[] } = { indices: [], paths: [] };
  let finished = false;
  let settle: { resolve: (r: Map<number, PathScan>) => void; reject: (e: Error) => void } | undefined;
  let failure: Error | undefined;
  let inFlight = READ_AHEAD;
  let needlesSent = false;
  // A compile cache this thread uses (the command's, see scripts/leak-scan.ts) is passed on: a worker does not inherit it otherwise.
  const cache = getCompileCacheDir();
  const workers = Array.from({ length: threads }, () => {
    const worker = new Worker(
      new URL('./scan-worker.ts', import.meta.url),
      cache ? { env: { ...process.env, NODE_COMPILE_CACHE: cache } } : {},
    );
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
      while (slot.batches.length < inFlight && queue.length > 0) {
        const batch = queue.shift() as { indices: number[]; paths: string[] };
        slot.batches.push(batch.indices);
        slot.worker.postMessage({ paths: batch.paths } satisfies WorkerMessage);
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
    setNeedles(compact, tables) {
      for (const { worker } of workers) worker.postMessage({ compact, tables } satisfies WorkerMessage);
      inFlight = IN_FLIGHT;
      needlesSent = true;
      dispatch();
    },
    finish() {
      return new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        // Workers without the needles would hold their batches for ever.
        if (!needlesSent) return reject(new Error('The leak scan finished before it sent the needles to its workers.'));
        settle = { resolve, reject };
        if (filling.indices.length > 0) queue.push(filling);
        filling = { indices: [], paths: [] };
        finished = true;
        dispatch();
      });
    },
  };
}
