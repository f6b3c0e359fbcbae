import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { searchRecord } from '../core/export/search-records.ts';
import { buildClock } from './build-clock.ts';
import { checkForBuild, SITE_CHECKED } from './check-for-build.ts';
import { dataRoot } from './data-root.ts';
import { SITE_DATA, SITE_DATA_READY, type SiteData } from './database.ts';
import { exportFiles } from './exports.ts';
import { fileWriter } from './file-writer.ts';

/**
 * Watchkeeper's Astro integration:
 * - runs every check (checkRepository, async key and sealed-draft checks
 *   included) before anything is built, and refuses data with errors; pages
 *   read only the database it checked (see check-for-build.ts);
 * - records which command is running, so the dev preview (drafts, embargoed
 *   advisories) can only ever switch on under `astro dev` (see dev-preview.ts);
 * - writes the per-advisory exports (tracker JSON, OSV, CSAF + .sha512) from
 *   the data the pages were built from — tens of thousands of files are far
 *   cheaper written directly than routed through Astro one by one;
 * - builds the offline search index with Pagefind inside `astro build`, from the
 *   publishable advisories' records, so it is part of dist/ when the leak scan reads it.
 */
export function watchkeeper(): AstroIntegration {
  return {
    name: 'watchkeeper',
    hooks: {
      'astro:config:setup': ({ command }) => {
        process.env.WATCHKEEPER_ASTRO_COMMAND = command;
      },
      'astro:build:start': async () => {
        (globalThis as Record<symbol, unknown>)[SITE_CHECKED] = await checkForBuild(resolve(dataRoot()), buildClock());
        // Pagefind indexes in its own process: fed as soon as the data is loaded, it works on
        // the other core while Astro renders the pages on this one.
        search = undefined;
        (globalThis as Record<symbol, unknown>)[SITE_DATA_READY] = (data: SiteData) => {
          search ??= startSearchIndex(data);
        };
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // The pages were rendered in this process from the one siteData(); write the per-advisory exports from the same data.
        const data = (globalThis as Record<symbol, unknown>)[SITE_DATA] as SiteData | undefined;
        if (!data) throw new Error('The site data was never loaded during the build, so the exports cannot be written.');
        const started = performance.now();
        const indexing = search ?? startSearchIndex(data);
        // The exports are written on worker threads meanwhile, so the two take little more than the longer one.
        const [written] = await Promise.all([
          writeExports(data, outDir).then((count) => {
            logger.info(`exports: ${count} files for ${data.published.length} advisories in ${seconds(started)}`);
            return count;
          }),
          indexing
            .write(outDir)
            .then((added) =>
              logger.info(`search index: ${added} advisories (indexed while the pages rendered), done in ${seconds(started)} after them`),
            ),
        ]);
        logger.info(`exports and search index together: ${written} files in ${seconds(started)}`);
      },
    },
  };
}

/** The search index being built for this build, started by the first siteData() (see astro:build:start). */
let search: SearchIndexRun | undefined;

async function writeExports(data: SiteData, outDir: string): Promise<number> {
  const writer = fileWriter(outDir);
  const queued = new Set<string>();
  try {
    for (const file of exportFiles(data)) {
      // A fallback (a lower-case alias page, an old feed address) never replaces a page or an export.
      const taken = queued.has(file.path) || existsSync(join(outDir, file.path));
      if (file.ifAbsent && taken) continue;
      // Two files for one address would silently lose one (a page, or another export): refuse, so the build fails.
      if (taken) throw new Error(`Two files for ${file.path}: an export would replace a page or another export.`);
      queued.add(file.path);
      await writer.write(file.path, file.body);
    }
  } catch (error) {
    // Stop the workers; the first failure is the one the build reports.
    await writer.finish().catch(() => undefined);
    throw error;
  }
  return writer.finish();
}

interface SearchIndexRun {
  /** Waits for every record to be indexed, writes the index under outDir, and gives the number of records. */
  write(outDir: string): Promise<number>;
}

/** Starts Pagefind and feeds it the publishable advisories' records; a failure surfaces from write(). */
function startSearchIndex(data: SiteData): SearchIndexRun {
  const feeding = (async () => {
    const pagefind = await import('pagefind');
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    // Records from the data, a batch at a time (each is a message to Pagefind's process).
    let added = 0;
    const records = data.published.map((e) => searchRecord(e.advisory, e.facts, e.dates.published));
    for (let i = 0; i < records.length; i += 500) {
      const results = await Promise.all(records.slice(i, i + 500).map((r) => index.addCustomRecord(r)));
      const failed = results.flatMap((r) => r.errors);
      if (failed.length) throw new Error(`Pagefind indexing failed: ${failed.join('; ')}`);
      added += results.length;
    }
    return { pagefind, index, added };
  })();
  // Kept until write() is awaited, so an early failure is not an unhandled rejection.
  feeding.catch(() => undefined);
  return {
    async write(outDir) {
      const { pagefind, index, added } = await feeding;
      const indexWritten = await index.writeFiles({ outputPath: `${outDir.replace(/\/$/, '')}/pagefind` });
      if (indexWritten.errors.length) throw new Error(`Pagefind could not write its index: ${indexWritten.errors.join('; ')}`);
      await pagefind.close();
      return added;
    },
  };
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}
