import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { searchRecord } from '../core/export/search-records.ts';
import { buildClock } from './build-clock.ts';
import { checkForBuild, SITE_CHECKED } from './check-for-build.ts';
import { dataRoot } from './data-root.ts';
import { SITE_DATA, SITE_DATA_READY, type SiteData } from './database.ts';
import { type ExportRun, startExports } from './export-run.ts';
import { builtRecord, forgetBuiltRecord } from './site-record.ts';
import { WHOLE_SET_PATHS, wholeSetFilesOf, writeWholeSetFiles } from './whole-set-files.ts';

/**
 * Watchkeeper's Astro integration:
 * - runs every check (checkRepository, async key and sealed-draft checks
 *   included) before anything is built, and refuses data with errors; pages
 *   read only the database it checked (see check-for-build.ts);
 * - records which command is running, so the dev preview (drafts, embargoed
 *   advisories) can only ever switch on under `astro dev` (see dev-preview.ts);
 * - writes the per-advisory exports (tracker JSON, OSV, CSAF + .sha512) from
 *   the data the pages were built from — tens of thousands of files are far
 *   cheaper written directly than routed through Astro one by one — on a
 *   worker thread while the pages render, refusing any clash with a page,
 *   an endpoint or a public/ file once Astro says what it wrote (export-run.ts);
 * - writes the files made from the whole set (osv/all.json, the record's JSON
 *   and CSV) itself after the pages, a piece at a time, instead of as Astro
 *   endpoints whose bodies Astro holds whole (whole-set-files.ts);
 * - builds the offline search index with Pagefind inside `astro build`, from the
 *   publishable advisories' records, so it is part of dist/ when the leak scan reads it.
 */
export function watchkeeper(): AstroIntegration {
  return {
    name: 'watchkeeper',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        process.env.WATCHKEEPER_ASTRO_COMMAND = command;
        // The build writes these itself after the pages (whole-set-files.ts); the dev server serves the same bytes.
        if (command === 'dev')
          for (const pattern of WHOLE_SET_PATHS) injectRoute({ pattern, entrypoint: new URL('./whole-set-route.ts', import.meta.url) });
      },
      'astro:config:done': ({ config }) => {
        output = { outDir: fileURLToPath(config.outDir), publicDir: fileURLToPath(config.publicDir) };
      },
      'astro:build:start': async () => {
        (globalThis as Record<symbol, unknown>)[SITE_CHECKED] = await checkForBuild(resolve(dataRoot()), buildClock());
        // Pagefind indexes in its own process: fed as soon as the data is loaded, it works on
        // the other core while Astro renders the pages on this one.
        // The exports likewise, on a worker thread: they are written while the pages are.
        search = undefined;
        exporting = undefined;
        forgetBuiltRecord();
        (globalThis as Record<symbol, unknown>)[SITE_DATA_READY] = (data: SiteData) => {
          search ??= startSearchIndex(data);
          exporting ??= startExportsOf(data);
        };
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        // The pages were rendered in this process from the one siteData(); the exports are made from the same data.
        const data = (globalThis as Record<symbol, unknown>)[SITE_DATA] as SiteData | undefined;
        if (!data) throw new Error('The site data was never loaded during the build, so the exports cannot be written.');
        if (fileURLToPath(dir) !== output?.outDir)
          throw new Error(`The exports were written to ${output?.outDir}, but the build's output is ${fileURLToPath(dir)}.`);
        const { outDir } = output;
        const started = performance.now();
        const indexing = search ?? startSearchIndex(data);
        const exports = exporting ?? startExportsOf(data);
        // Both ran while the pages rendered; what is left of each runs at once.
        const [written] = await Promise.all([
          exports.finish(assets).then(async ({ written }) => {
            // After every page and export, so the whole-set files can replace none of them.
            const whole = await writeWholeSetFiles(
              wholeSetFilesOf(data, () => builtRecord(data)),
              outDir,
            );
            logger.info(
              `exports: ${written} files for ${data.published.length} advisories (written while the pages rendered), ` +
                `then ${whole} made from the whole set, done in ${seconds(started)} after them`,
            );
            return written + whole;
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
/** The exports being written for this build, started by the first siteData() as well. */
let exporting: ExportRun | undefined;
/** The build's output and public folders (astro:config:done). */
let output: { outDir: string; publicDir: string } | undefined;

function startExportsOf(data: SiteData): ExportRun {
  if (!output) throw new Error('The output folder is not known (astro:config:done did not run), so the exports cannot be written.');
  return startExports(data, output.outDir, output.publicDir);
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
    // Records from the data, a batch at a time (each is a message to Pagefind's process), made
    // per batch and dropped once sent: all of them at once would be one more copy of every advisory's text.
    let added = 0;
    const { published } = data;
    for (let i = 0; i < published.length; i += 500) {
      const batch = published.slice(i, i + 500).map((e) => searchRecord(e.advisory, e.facts, e.dates.published));
      const results = await Promise.all(batch.map((r) => index.addCustomRecord(r)));
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
