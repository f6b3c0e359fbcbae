// The floor under the leak scan: walk the output and read every file on every
// core, as the scan does (one readdir with file types per folder, one read per
// file), and match nothing. What this takes the scan cannot go below on this
// machine's file system. Run as a child process by bench/leak-scan.ts:
//   node bench/read-floor.ts DIST
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

/** Walks each folder it is given depth first and reads every file in it: the file and byte count. */
function readAll(folders: string[]): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const stack = [...folders];
  while (stack.length > 0) {
    const folder = stack.pop() as string;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) stack.push(path);
      else if (entry.isFile()) {
        files++;
        bytes += readFileSync(path).length;
      }
    }
  }
  return { files, bytes };
}

if (isMainThread) {
  const dist = process.argv[2];
  if (!dist) throw new Error('usage: read-floor.ts DIST');
  const started = performance.now();
  // The folders two levels down, dealt out round robin (advisories/ alone holds most pages);
  // the few files above them are read here.
  const tops: string[] = [];
  const loose: string[] = [];
  const sort = (path: string, isDirectory: boolean, into: string[]) => (isDirectory ? into : loose).push(path);
  for (const entry of readdirSync(dist, { withFileTypes: true })) {
    const path = join(dist, entry.name);
    if (!entry.isDirectory()) {
      if (entry.isFile()) loose.push(path);
      continue;
    }
    for (const sub of readdirSync(path, { withFileTypes: true }))
      if (sub.isDirectory() || sub.isFile()) sort(join(path, sub.name), sub.isDirectory(), tops);
  }
  const threads = Math.max(1, availableParallelism());
  const shares = await Promise.all(
    Array.from({ length: threads }, (_, t) => {
      const mine = tops.filter((_, i) => i % threads === t);
      return new Promise<{ files: number; bytes: number }>((resolve, reject) => {
        const worker = new Worker(new URL(import.meta.url), { workerData: mine });
        worker.once('message', resolve);
        worker.once('error', reject);
      });
    }),
  );
  let files = loose.length;
  let bytes = 0;
  for (const path of loose) bytes += readFileSync(path).length;
  for (const share of shares) {
    files += share.files;
    bytes += share.bytes;
  }
  console.log(`READ_FLOOR files=${files} bytes=${bytes} threads=${threads} seconds=${((performance.now() - started) / 1000).toFixed(2)}`);
} else {
  parentPort?.postMessage(readAll(workerData as string[]));
}
