// Worker thread of stampFilesInBackground (stamp-files.ts): lists and stamps a repository's data files.
import { parentPort, workerData } from 'node:worker_threads';
import { stampFiles, toMessage } from './stamp-files.ts';

parentPort?.postMessage(toMessage(stampFiles((workerData as { root: string }).root)));
