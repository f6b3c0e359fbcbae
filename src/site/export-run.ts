import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SiteData } from './database.ts';
import { type ExportFile, legacyFeedFiles } from './export-files.ts';
import type { ExportWorkerData, ExportWorkerReply, WrittenByAstro } from './export-worker.ts';
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

/**
 * Starts the exports of the build's checked site data on a worker thread, so
 * they are computed and written on the core Astro's page rendering leaves idle.
 * The worker gets a structured clone of the data the pages read (exportDataOf),
 * never the YAML again.
 */
export function startExports(data: SiteData, outDir: string, publicDir: string): ExportRun {
  const exportData = exportDataOf(data);
  const workerData: ExportWorkerData = { outDir, publicDir, data: exportData };
  const worker = new Worker(new URL('./export-worker.ts', import.meta.url), { workerData });
  const result = new Promise<{ written: number; exports: number }>((resolve, reject) => {
    worker.once('message', (reply: ExportWorkerReply) =>
      'error' in reply ? reject(new Error(`The exports failed: ${reply.error}`)) : resolve(reply),
    );
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The export worker stopped (exit code ${code}) before the exports were written.`)));
  });
  // Kept until finish() is awaited, so an early failure is not an unhandled rejection.
  result.catch(() => undefined);
  return {
    async finish(assets) {
      worker.postMessage(writtenByAstro(assets, outDir));
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
