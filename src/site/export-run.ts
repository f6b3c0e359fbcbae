import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SiteData } from './database.ts';
import { type ExportFile, exportIndexOf, legacyFeedFiles } from './export-files.ts';
import type { ExportWorkerData, ExportWorkerMessage, ExportWorkerReply, WrittenByAstro } from './export-worker.ts';
import { exportDataOf } from './exports.ts';
import { fileWriter } from './file-writer.ts';

/** The exports being computed and written on their own thread (export-worker.ts). */
export interface ExportRun {
  /**
   * Called once Astro has written every page: hands the worker what Astro wrote
   * (astro:build:done's `assets`, route → files), so any clash fails the build,
   * then waits for the fallbacks; gives the number of files written. Rejects
   * on any failure of the worker, so the build fails.
   */
  finish(assets: Map<string, URL[]>): Promise<{ written: number; exports: number }>;
}

/** Entries per message to the worker: a few MiB cloned at a time, never the whole set. */
const BATCH = 250;

/**
 * Starts the exports of the build's checked site data on a worker thread, so
 * they are computed and written on the core Astro's page rendering leaves idle.
 * The worker gets a structured clone of the data the pages read, never the
 * YAML again: the small part whole (exportIndexOf), the publishable entries a
 * batch at a time, the next sent when it has written one, so it never holds
 * a copy of them all.
 */
export function startExports(data: SiteData, outDir: string, publicDir: string): ExportRun {
  const exportData = exportDataOf(data);
  const workerData: ExportWorkerData = { outDir, publicDir, index: exportIndexOf(exportData) };
  const worker = new Worker(new URL('./export-worker.ts', import.meta.url), { workerData });
  const { published } = exportData;
  let sent = 0;
  let ended = false;
  const send = (message: ExportWorkerMessage) => worker.postMessage(message);
  const sendNext = () => {
    if (sent < published.length) {
      send({ entries: published.slice(sent, sent + BATCH) });
      sent += BATCH;
    } else if (!ended) {
      ended = true;
      send({ end: true });
    }
  };
  const result = new Promise<{ written: number; exports: number }>((resolve, reject) => {
    worker.on('message', (reply: ExportWorkerReply) => {
      if ('more' in reply) sendNext();
      else if ('error' in reply) reject(new Error(`The exports failed: ${reply.error}`));
      else resolve(reply);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The export worker stopped (exit code ${code}) before the exports were written.`)));
  });
  // Two batches in flight, so the worker never waits for the next one.
  sendNext();
  sendNext();
  // Kept until finish() is awaited, so an early failure is not an unhandled rejection.
  result.catch(() => undefined);
  return {
    async finish(assets) {
      send({ pages: writtenByAstro(assets, outDir) });
      let done: { written: number; exports: number };
      try {
        done = await result;
      } finally {
        await worker.terminate();
      }
      // Then the old package feed addresses, here: the pages' feeds left each advisory's rendered Markdown cached in this thread.
      return { ...done, written: done.written + (await writeAbsent(legacyFeedFiles(exportData), outDir)) };
    },
  };
}

/** Writes each file where nothing is (a page, a public file, an export, an earlier one of these); gives how many were written. */
async function writeAbsent(files: Iterable<ExportFile>, outDir: string): Promise<number> {
  const writer = fileWriter(outDir);
  const queued = new Set<string>();
  try {
    for (const file of files) {
      if (queued.has(file.path) || existsSync(join(outDir, file.path))) continue;
      queued.add(file.path);
      await writer.write(file.path, file.body);
    }
  } catch (error) {
    await writer.finish().catch(() => undefined);
    throw error;
  }
  return writer.finish();
}

/** Every file Astro wrote for a route, as a dist/ path, with the route that wrote it. */
function writtenByAstro(assets: Map<string, URL[]>, outDir: string): WrittenByAstro {
  const written: WrittenByAstro = [];
  for (const [route, urls] of assets)
    for (const url of urls)
      written.push([`/${relative(outDir, fileURLToPath(url)).split(sep).join('/')}`, `the page or endpoint ${route}`]);
  return written;
}
