// Worker thread for parallelParse: parses and validates a batch of files and
// returns the data of the clean ones. Files with problems are left to the main
// thread, which reports them with positions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { cacheKey, schemaCacheKey } from './parse-cache.ts';
import { parseFile } from './parse-file.ts';
import type { SchemaName } from './schema/validators.ts';

interface Job {
  root: string;
  files: { rel: string; schema: SchemaName }[];
}

const { root, files } = workerData as Job;
const results: [string, unknown][] = [];
for (const { rel, schema } of files) {
  try {
    const bytes = readFileSync(join(root, rel));
    const parsed = parseFile(rel, bytes, schema);
    if (parsed.data !== undefined) results.push([schemaCacheKey(schema, cacheKey(bytes)), parsed.data]);
  } catch {
    // Unreadable here means unreadable in the main thread too, which reports it.
  }
}
parentPort?.postMessage(results);
