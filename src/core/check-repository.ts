import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listDataFiles } from './files.ts';
import { type LoadOptions, loadDatabase, type PreparedFiles } from './load.ts';
import type { Database } from './model.ts';
import { parallelParse } from './parallel-parse.ts';
import { cacheKey, emptyParseCache, readParseCache, writeParseCache } from './parse-cache.ts';

export interface CheckRepositoryOptions extends Omit<LoadOptions, 'cache'> {
  /** Folder for the parse cache; none means no cache (every file is parsed). */
  cacheDir?: string;
  /** Worker threads for parsing files missing from the cache (default: one per core). */
  workers?: number;
}

/**
 * loadDatabase for command-line use on a whole repository: files missing from
 * the parse cache are parsed on all cores first, and the cache is saved after.
 * The result is exactly what loadDatabase alone returns.
 */
export async function checkRepository(root: string, options: CheckRepositoryOptions): Promise<Database> {
  const cachePath = options.cacheDir
    ? join(options.cacheDir, `parse-${createHash('sha256').update(root).digest('hex').slice(0, 16)}.json`)
    : undefined;
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
  for (const rel of [...files.advisories, ...files.rotations]) {
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
