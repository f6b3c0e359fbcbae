import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkKeys } from './checks/rotation-keys.ts';
import { sortDiagnostics } from './diagnostics.ts';
import { isSettled, stampFromId } from './file-stamp.ts';
import { type LoadOptions, loadDatabase, type PreparedFiles } from './load.ts';
import type { Database } from './model.ts';
import { parallelParse } from './parallel-parse.ts';
import {
  cacheKey,
  emptyParseCache,
  type ParseCache,
  parseCacheFile,
  readParseCache,
  schemaCacheKey,
  stampedKey,
  writeParseCache,
} from './parse-cache.ts';
import type { SchemaName } from './schema/validators.ts';
import { checkSealedDrafts } from './sealing/check-sealed.ts';
import { type StampedFiles, stampFiles } from './stamp-files.ts';

export interface CheckRepositoryOptions extends Omit<LoadOptions, 'cache'> {
  /** Folder for the parse cache; none means no cache (every file is parsed). */
  cacheDir?: string;
  /** Worker threads for parsing files missing from the cache (default: one per core). */
  workers?: number;
  /**
   * The files listed and stamped ahead, on a worker thread started before the
   * library loaded (stampFilesInBackground; scripts/check.ts). Undefined, or a
   * promise that resolves to undefined, means they are stamped here.
   */
  stamped?: Promise<StampedFiles | undefined>;
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
  const ahead = await options.stamped;
  const prepared = prepareFiles(root, cache, ahead?.root === root ? ahead : stampFiles(root));
  await parallelParse(root, prepared, cache, options.workers);
  const db = loadDatabase(root, { now: options.now, cache, prepared });
  if (cachePath) writeParseCache(cachePath, cache);
  return db;
}

/**
 * Lists every data file, and reads and hashes each one once — except a file
 * whose stamp is what the cache remembers with a hash whose clean entry it
 * still holds (file-stamp.ts says why that cannot hide an edit): it keeps its
 * key and no bytes, and loadDatabase takes its entry. Unreadable files are
 * left for loadDatabase to report.
 */
function prepareFiles(root: string, cache: ParseCache, { clockNs, files, stamps }: StampedFiles): PreparedFiles {
  cache.stamped = true;
  const bytes = new Map<string, Uint8Array>();
  const keys = new Map<string, string>();
  const kinds: [SchemaName, string[]][] = [
    ['advisory', files.advisories],
    ['rotation', files.rotations],
    ['triage', files.triage],
    ['release', files.releases],
  ];
  for (const [schema, list] of kinds) {
    for (const rel of list) {
      // Stamped before reading (stampFiles): a write in between leaves a stamp that no longer matches, never the reverse.
      const stamp = stamps.get(rel);
      if (stamp === undefined) continue; // Unstampable: loadDatabase reads it and reports FILE_UNREADABLE with the reason.
      try {
        const remembered = stampedKey(cache, rel, stamp);
        if (remembered !== undefined && cache.entries.has(schemaCacheKey(schema, remembered))) {
          keys.set(rel, remembered);
          cache.freshStamps.set(rel, { stamp, key: remembered });
          continue;
        }
        const content = readFileSync(join(root, rel));
        const key = cacheKey(content);
        bytes.set(rel, content);
        keys.set(rel, key);
        if (isSettled(stampFromId(stamp), clockNs)) cache.freshStamps.set(rel, { stamp, key });
      } catch {
        // loadDatabase reads it again and reports FILE_UNREADABLE with the reason.
      }
    }
  }
  return { files, bytes, keys };
}
