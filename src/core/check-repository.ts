import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkKeys } from './checks/rotation-keys.ts';
import { sortDiagnostics } from './diagnostics.ts';
import { listDataFiles } from './files.ts';
import { type LoadOptions, loadDatabase, type PreparedFiles } from './load.ts';
import type { Database } from './model.ts';
import { parallelParse } from './parallel-parse.ts';
import { cacheKey, emptyParseCache, parseCacheFile, readParseCache, writeParseCache } from './parse-cache.ts';
import { checkSealedDrafts } from './sealing/check-sealed.ts';

export interface CheckRepositoryOptions extends Omit<LoadOptions, 'cache'> {
  /** Folder for the parse cache; none means no cache (every file is parsed). */
  cacheDir?: string;
  /** Worker threads for parsing files missing from the cache (default: one per core). */
  workers?: number;
}

/**
 * The one entry point that runs every check on a repository: the load with
 * its per-file and cross-file checks (loadDatabase → runChecks), then the
 * checks that need async OpenPGP.js — members' keys (checkKeys) and sealed
 * drafts (checkSealedDrafts). `npm run check`, the golden runner and the site
 * build (src/site/integration.ts, astro:build:start) all call this, so no
 * caller can forget a step. Files missing from the parse cache are parsed on
 * all cores first, and the cache is saved after; the database is what
 * loadDatabase returns with the async checks' diagnostics merged in.
 */
export async function checkRepository(root: string, options: CheckRepositoryOptions): Promise<Database> {
  const db = await loadRepository(root, options);
  const found = [...(await checkKeys(db, options.now)), ...(await checkSealedDrafts(db, options.now))];
  if (found.length > 0) db.diagnostics = sortDiagnostics([...db.diagnostics, ...found]);
  return db;
}

/** loadDatabase through the parse cache and worker threads: the synchronous checks only. */
async function loadRepository(root: string, options: CheckRepositoryOptions): Promise<Database> {
  const cachePath = options.cacheDir ? parseCacheFile(options.cacheDir, root) : undefined;
  const cache = cachePath ? readParseCache(cachePath) : emptyParseCache();
  const prepared = prepareFiles(root);
  await parallelParse(root, prepared, cache, options.workers);
  const db = loadDatabase(root, { now: options.now, cache, prepared });
  if (cachePath) writeParseCache(cachePath, cache);
  return db;
}

/** Lists, reads and hashes every data file once; unreadable files are left for loadDatabase to report. */
function prepareFiles(root: string): PreparedFiles {
  const files = listDataFiles(root);
  const bytes = new Map<string, Uint8Array>();
  const keys = new Map<string, string>();
  for (const rel of [...files.advisories, ...files.rotations, ...files.triage, ...files.releases]) {
    try {
      const content = readFileSync(join(root, rel));
      bytes.set(rel, content);
      keys.set(rel, cacheKey(content));
    } catch {
      // loadDatabase reads it again and reports FILE_UNREADABLE with the reason.
    }
  }
  return { files, bytes, keys };
}
