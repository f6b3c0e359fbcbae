import { mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SiteData } from './database.ts';
import { exportFiles } from './exports.ts';

/**
 * Watchkeeper's Astro integration:
 * - records which command is running, so the dev preview (drafts, embargoed
 *   advisories) can only ever switch on under `astro dev` (see dev-preview.ts);
 * - writes the per-advisory exports (tracker JSON, OSV, CSAF + .sha512) from
 *   the data the pages were built from — tens of thousands of files are far
 *   cheaper written directly than routed through Astro one by one;
 * - builds the offline search index with Pagefind inside `astro build`, over
 *   the advisory pages only, so it is part of dist/ when the leak scan reads it.
 */
export function watchkeeper(): AstroIntegration {
  return {
    name: 'watchkeeper',
    hooks: {
      'astro:config:setup': ({ command }) => {
        process.env.WATCHKEEPER_ASTRO_COMMAND = command;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // The pages were rendered in this process from the one siteData(); write the per-advisory exports from the same data.
        const data = (globalThis as Record<symbol, unknown>)[Symbol.for('watchkeeper.siteData')] as SiteData | undefined;
        if (!data) throw new Error('The site data was never loaded during the build, so the exports cannot be written.');
        const started = performance.now();
        let written = 0;
        const folders = new Set<string>();
        // Many small files: keep several writes in flight so the disk's latency overlaps.
        let pending: Promise<void>[] = [];
        for (const file of exportFiles(data)) {
          const target = join(outDir, file.path);
          const folder = dirname(target);
          if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
          folders.add(folder);
          pending.push(writeFile(target, file.body));
          written++;
          if (pending.length >= 64) {
            await Promise.all(pending);
            pending = [];
          }
        }
        await Promise.all(pending);
        logger.info(`exports: ${written} files for ${data.published.length} advisories in ${seconds(started)}`);
        const indexing = performance.now();

        const pagefind = await import('pagefind');
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir, glob: 'advisories/*/index.html' });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const indexWritten = await index.writeFiles({ outputPath: `${outDir.replace(/\/$/, '')}/pagefind` });
        if (indexWritten.errors.length) throw new Error(`Pagefind could not write its index: ${indexWritten.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`search index: ${added.page_count} advisory pages in ${seconds(indexing)}`);
      },
    },
  };
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}
