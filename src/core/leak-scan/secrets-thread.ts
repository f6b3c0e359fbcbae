import { getCompileCacheDir } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Secrets } from './secrets.ts';

/**
 * secretsInFolder(root, now) in a worker thread of its own: the data (and the
 * parser and schemas that read it) loads on one core while the main thread
 * walks the output on the other. Rejects, never resolves empty, when the
 * thread fails or ends without an answer: the scan then stops (fail closed).
 */
export function secretsInThread(root: string, now: Date): Promise<Secrets> {
  const cache = getCompileCacheDir();
  const worker = new Worker(new URL('./secrets-worker.ts', import.meta.url), {
    workerData: { root, now },
    ...(cache ? { env: { ...process.env, NODE_COMPILE_CACHE: cache } } : {}),
  });
  return new Promise((resolve, reject) => {
    let answered = false;
    worker.once('message', (secrets: Secrets) => {
      answered = true;
      resolve(secrets);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`The leak scan's data thread stopped (exit code ${code}) before it sent the secrets.`));
    });
  });
}
