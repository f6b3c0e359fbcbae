import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PreparedFiles } from './load.ts';
import { cacheKey, type ParseCache, schemaCacheKey } from './parse-cache.ts';
import type { SchemaName } from './schema/validators.ts';

/**
 * Parses every data file missing from the cache on all cores and adds the clean
 * ones to it, so the synchronous loadDatabase() that follows finds them there
 * (advisories, rotations, triage records and releases).
 * Parsing YAML is most of the cost of a cold check; this is how a cold check
 * of 10,000 advisories stays within a few seconds on two cores.
 */
export async function parallelParse(
  root: string,
  prepared: PreparedFiles,
  cache: ParseCache,
  workers = availableParallelism(),
): Promise<void> {
  const { files, bytes, keys } = prepared;
  const jobs: { rel: string; schema: SchemaName }[] = [
    ...files.advisories.map((rel) => ({ rel, schema: 'advisory' as const })),
    ...files.rotations.map((rel) => ({ rel, schema: 'rotation' as const })),
    // Triage records can number tens of thousands: parsed on workers like advisories.
    ...files.triage.map((rel) => ({ rel, schema: 'triage' as const })),
    ...files.releases.map((rel) => ({ rel, schema: 'release' as const })),
  ].filter(({ rel, schema }) => {
    const content = bytes.get(rel);
    return content !== undefined && !cache.entries.has(schemaCacheKey(schema, keys?.get(rel) ?? cacheKey(content)));
  });
  // Below a few hundred files a worker's start-up costs more than it saves.
  if (jobs.length < 500 || workers < 2) return;
  const batches = Array.from({ length: workers }, (_, i) => jobs.filter((_, j) => j % workers === i));
  const results = await Promise.all(
    batches.map(
      (batch) =>
        new Promise<[string, unknown][]>((resolve, reject) => {
          // A larger young generation: parsing allocates many short-lived nodes.
          const worker = new Worker(new URL('./parse-worker.ts', import.meta.url), {
            workerData: { root, files: batch },
            resourceLimits: { maxYoungGenerationSizeMb: 64 },
          });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  for (const list of results) for (const [key, data] of list) cache.entries.set(key, data);
  if (results.some((list) => list.length > 0)) cache.dirty = true;
}
