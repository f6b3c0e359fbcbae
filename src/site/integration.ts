import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Watchkeeper's Astro integration:
 * - records which command is running, so the dev preview (drafts, embargoed
 *   advisories) can only ever switch on under `astro dev` (see dev-preview.ts);
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
        const pagefind = await import('pagefind');
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const outDir = fileURLToPath(dir);
        const added = await index.addDirectory({ path: outDir, glob: 'advisories/*/index.html' });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${outDir.replace(/\/$/, '')}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`search index: ${added.page_count} advisory pages`);
      },
    },
  };
}
