// Worker thread for secretsInThread (secrets-thread.ts): loads the secrets of
// the data folder (secretsInFolder) off the main thread, which walks the
// output meanwhile, and sends them back as plain data.
import { parentPort, workerData } from 'node:worker_threads';
import { secretsInFolder } from './secrets.ts';

const { root, now } = workerData as { root: string; now: Date };
parentPort?.postMessage(secretsInFolder(root, now));
