import { Worker } from 'node:worker_threads';

/**
 * Writes many small files on worker threads, so the main thread can go on
 * computing (the next exports, the search index) while the kernel creates
 * files: at tens of thousands of files the writes, not the bytes, are the
 * cost, and two writers keep both cores busy. Batches are bounded in flight,
 * so memory stays flat however many files there are. Any failed write rejects
 * finish(), which fails the build.
 */
export interface FileWriter {
  /** Queues one file (path relative to the folder); resolves when there is room for more. */
  write(path: string, body: string): Promise<void>;
  /** Waits for every queued file to be written and stops the workers; rejects on the first failed write. */
  finish(): Promise<number>;
}

// Plain CommonJS evaluated in the worker: no module to resolve, wherever the build bundles this file.
const WORKER = `
const { mkdirSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { parentPort, workerData } = require('node:worker_threads');
const made = new Set();
parentPort.on('message', (batch) => {
  try {
    for (const [path, body] of batch) {
      const target = join(workerData.folder, path);
      const folder = dirname(target);
      if (!made.has(folder)) mkdirSync(folder, { recursive: true });
      made.add(folder);
      writeFileSync(target, body);
    }
    parentPort.postMessage({ written: batch.length });
  } catch (error) {
    parentPort.postMessage({ error: String(error && error.message || error) });
  }
});
`;

const BATCH = 200;
const IN_FLIGHT_PER_WORKER = 4;

export function fileWriter(folder: string, workers = 2): FileWriter {
  const pool = Array.from({ length: Math.max(1, workers) }, () => ({
    worker: new Worker(WORKER, { eval: true, workerData: { folder } }),
    inFlight: 0,
  }));
  let batch: [string, string][] = [];
  let written = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const settled = () => {
    const resolve = wake;
    wake = undefined;
    resolve?.();
  };
  for (const slot of pool) {
    slot.worker.on('message', (message: { written?: number; error?: string }) => {
      slot.inFlight--;
      if (message.error) failure ??= new Error(`An export could not be written: ${message.error}`);
      written += message.written ?? 0;
      settled();
    });
    slot.worker.on('error', (error) => {
      failure ??= error;
      settled();
    });
  }
  const idle = () => pool.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
  const waitForRoom = async (limit: number) => {
    while (!failure && pool.reduce((n, s) => n + s.inFlight, 0) > limit) await new Promise<void>((r) => (wake = r));
    if (failure) throw failure;
  };
  const flush = async () => {
    if (batch.length === 0) return;
    await waitForRoom(pool.length * IN_FLIGHT_PER_WORKER - 1);
    const slot = idle();
    slot.inFlight++;
    slot.worker.postMessage(batch);
    batch = [];
  };
  return {
    async write(path, body) {
      if (failure) throw failure;
      batch.push([path, body]);
      if (batch.length >= BATCH) await flush();
    },
    async finish() {
      try {
        await flush();
        await waitForRoom(0);
        return written;
      } finally {
        await Promise.all(pool.map((s) => s.worker.terminate()));
      }
    },
  };
}
