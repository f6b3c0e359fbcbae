// The floor under the leak scan: walk the output and read every file on every
// core, as the scan does (its own readOutputFolder: one readdir with file types
// per folder; one read per file), and match nothing. What this takes the scan
// cannot go below on this machine's file system. Run as a child process by
// bench/leak-scan.ts:
//   node bench/read-floor.ts DIST
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { type OutputPath, outputRoot, readOutputFolder } from '../src/core/leak-scan/walk-output.ts';

interface Read {
  files: number;
  bytes: number;
}

/** Reads each file and every folder under the given ones (depth first), adding to `into`. */
function readAll(files: OutputPath[], folders: OutputPath[], into: Read): Read {
  const read = (path: string) => {
    into.files++;
    into.bytes += readFileSync(path).length;
  };
  for (const [path] of files) read(path);
  const stack = [...folders];
  const visit = { file: read, problem: () => undefined };
  while (stack.length > 0) for (const sub of readOutputFolder(stack.pop() as OutputPath, visit)) stack.push(sub);
  return into;
}

/** The files and folders of one folder. */
function list(folder: OutputPath): { files: OutputPath[]; folders: OutputPath[] } {
  const files: OutputPath[] = [];
  const folders = readOutputFolder(folder, { file: (path, rel) => files.push([path, rel]), problem: () => undefined });
  return { files, folders };
}

if (isMainThread) {
  const dist = process.argv[2];
  if (!dist) throw new Error('usage: read-floor.ts DIST');
  const started = performance.now();
  // The folders two levels down, dealt out round robin (advisories/ alone holds most pages);
  // the few files above them are read here.
  const top = list(outputRoot(dist));
  const loose = [...top.files];
  const tops: OutputPath[] = [];
  for (const folder of top.folders) {
    const below = list(folder);
    loose.push(...below.files);
    tops.push(...below.folders);
  }
  const threads = Math.max(1, availableParallelism());
  const shares = await Promise.all(
    Array.from({ length: threads }, (_, t) => {
      const mine = tops.filter((_, i) => i % threads === t);
      return new Promise<Read>((resolve, reject) => {
        const worker = new Worker(new URL(import.meta.url), { workerData: mine });
        worker.once('message', resolve);
        worker.once('error', reject);
      });
    }),
  );
  const total = readAll(loose, [], { files: 0, bytes: 0 });
  for (const share of shares) {
    total.files += share.files;
    total.bytes += share.bytes;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(`READ_FLOOR files=${total.files} bytes=${total.bytes} threads=${threads} seconds=${seconds}`);
} else {
  parentPort?.postMessage(readAll([], workerData as OutputPath[], { files: 0, bytes: 0 }));
}
