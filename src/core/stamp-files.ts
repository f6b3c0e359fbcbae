import { statSync } from 'node:fs';
import { getCompileCacheDir } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { fileStamp, stampClockNs } from './file-stamp.ts';
import { type DataFiles, listDataFiles } from './files.ts';

/**
 * The data files of a repository with the stamp id of each (file-stamp.ts),
 * and the clock read before the first was listed. Stamping 10,000 files is one
 * `stat` each: a fifth of a check with one file changed. It needs nothing the
 * library's modules hold, so `npm run check` does it on a worker thread while
 * the main thread loads those modules and parses the cache.
 */
export interface StampedFiles {
  /** The data root as given: prepareFiles stamps afresh when it is not the root it checks. */
  root: string;
  clockNs: bigint;
  files: DataFiles;
  /** FileStamp.id per file; a file missing here could not be stamped and is left for loadDatabase to report. */
  stamps: Map<string, string>;
}

/** Lists and stamps every data file on this thread. */
export function stampFiles(root: string): StampedFiles {
  // Read before any file is stamped: isSettled() measures the racy margin from it.
  const clockNs = stampClockNs();
  const files = listDataFiles(root);
  const stamps = new Map<string, string>();
  for (const rel of stampedPaths(files)) {
    try {
      stamps.set(rel, fileStamp(join(root, rel)).id);
    } catch {
      // Unstampable: prepareFiles reads it like a file whose stamp changed, and loadDatabase reports it.
    }
  }
  return { root, clockNs, files, stamps };
}

/** Every file that is stamped, in one fixed order (the worker's message relies on it). */
function stampedPaths(files: DataFiles): string[] {
  return [...files.advisories, ...files.rotations, ...files.triage, ...files.releases];
}

/**
 * The worker's first code, plain JavaScript: it turns on the compile cache the
 * main thread uses before loading the TypeScript modules, so the worker does
 * not strip their types again on every run (that would cost more than it saves).
 */
const WORKER_BOOT = `
const { workerData } = require('node:worker_threads');
if (workerData.compileCache) require('node:module').enableCompileCache(workerData.compileCache);
import(workerData.entry);
`;

/**
 * The folder the main thread's compile cache was enabled with: Node reports the
 * per-version folder it made inside it, and enabling that again would nest another.
 */
function compileCacheRoot(): string | undefined {
  const dir = getCompileCacheDir();
  return dir ? dirname(dir) : undefined;
}

/**
 * A worker costs about 85 ms of CPU to start (measured on Node 24) and stamping
 * about 15 µs a file, so below about a thousand files it saves less of the main
 * thread's time than it adds. The parse cache's size (about 1 KB a file) tells
 * how many there are before they are listed.
 */
export const WORKER_WORTH_CACHE_BYTES = 1024 * 1024;

/**
 * stampFilesInBackground when it is worth a worker: at least two cores and a
 * parse cache of a repository large enough (none yet means a cold check, which
 * reads every file anyway). Undefined otherwise: the check then stamps on its
 * own thread. Only time depends on this choice, never a verdict.
 */
export function stampFilesAhead(root: string, cacheFile: string): Promise<StampedFiles | undefined> | undefined {
  try {
    if (availableParallelism() < 2 || statSync(cacheFile).size < WORKER_WORTH_CACHE_BYTES) return undefined;
  } catch {
    return undefined;
  }
  return stampFilesInBackground(root);
}

/**
 * stampFiles on a worker thread. Resolves to undefined, never rejects, when the
 * worker fails in any way: the caller then stamps on its own thread, so a
 * failure here costs time, never a verdict.
 */
export function stampFilesInBackground(root: string): Promise<StampedFiles | undefined> {
  return new Promise((resolve) => {
    try {
      const worker = new Worker(WORKER_BOOT, {
        eval: true,
        workerData: { root, entry: new URL('./stamp-worker.ts', import.meta.url).href, compileCache: compileCacheRoot() },
      });
      worker.once('message', (message: unknown) => resolve(fromMessage(message)));
      worker.once('error', () => resolve(undefined));
      worker.once('exit', () => resolve(undefined));
    } catch {
      resolve(undefined);
    }
  });
}

/**
 * What the worker posts: the stamp ids as one array in the order of
 * stampedPaths(files), '' where a file could not be stamped. Ten thousand
 * strings cross to the main thread far faster than as many objects or a Map.
 */
export type StampMessage = Omit<StampedFiles, 'stamps'> & { ids: string[] };

export function toMessage(stamped: StampedFiles): StampMessage {
  const { stamps, ...rest } = stamped;
  return { ...rest, ids: stampedPaths(stamped.files).map((rel) => stamps.get(rel) ?? '') };
}

/** The worker's message as StampedFiles, or undefined when it is not of the shape toMessage gives. */
function fromMessage(message: unknown): StampedFiles | undefined {
  const m = message as Partial<StampMessage> | undefined;
  if (!m || typeof m.root !== 'string' || typeof m.clockNs !== 'bigint' || !m.files || !Array.isArray(m.ids)) return undefined;
  const paths = stampedPaths(m.files);
  if (paths.length !== m.ids.length) return undefined;
  const stamps = new Map<string, string>();
  for (let i = 0; i < paths.length; i++) {
    const id = m.ids[i];
    if (typeof id !== 'string') return undefined;
    if (id !== '') stamps.set(paths[i] as string, id);
  }
  return { root: m.root, clockNs: m.clockNs, files: m.files, stamps };
}
