import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SCHEMAS } from './schema/schemas.ts';

/**
 * Remembers the data of files that read and validated cleanly, keyed by a hash
 * of their bytes and of the rules that judged them. A repeated `check` then
 * parses only the files that changed. Files with any problem are never cached,
 * so their diagnostics are always computed afresh with positions. It also
 * remembers each file's stamp with the key of its bytes, so a file whose stamp
 * is unchanged is not even read (file-stamp.ts says why that is safe).
 */
export interface ParseCache {
  entries: Map<string, unknown>;
  /** Set when entries were added since the cache was read. */
  dirty: boolean;
  /** Keys looked up in this run; only these are saved, so deleted files drop out. */
  used: Set<string>;
  /** How many entries the cache file held when it was read. */
  persisted?: number;
  /** Per data file (repo-relative), its stamp and the key of its bytes when the cache was written (file-stamp.ts). */
  stamps: Map<string, StampedKey>;
  /** The settled stamps of this run; these replace `stamps` when the cache is written. */
  freshStamps: Map<string, StampedKey>;
  /**
   * Set when this run stamped the files (check-repository.ts). A caller that
   * loads without stamping (the site's dev preview) keeps the stamps as read:
   * they are hints checked against each file's stamp before use, never trusted.
   */
  stamped: boolean;
}

export interface StampedKey {
  /** FileStamp.id when the file was stamped. */
  stamp: string;
  /** cacheKey() of the bytes the file had when stamped. */
  key: string;
}

/**
 * Bump when the reader's rules change in a way the schemas do not show
 * (YAML options, custom formats), so stale entries are ignored.
 */
const RULES_VERSION = 3;

const RULES_HASH = createHash('sha256').update(JSON.stringify({ RULES_VERSION, SCHEMAS })).digest('hex').slice(0, 16);

/** Where a tool keeps its parse caches under a project (npm run check, the site build and the benchmarks share it). */
export function defaultCacheDir(projectRoot: string): string {
  return join(projectRoot, 'node_modules/.cache/watchkeeper');
}

/** The one cache file for a data root inside a cache folder: one per repository checked. */
export function parseCacheFile(cacheDir: string, root: string): string {
  return join(cacheDir, `parse-${createHash('sha256').update(root).digest('hex').slice(0, 16)}.json`);
}

export function cacheKey(bytes: Uint8Array): string {
  return `${RULES_HASH}:${createHash('sha256').update(bytes).digest('base64url')}`;
}

/**
 * The entry key for bytes judged by one schema. The same bytes under another
 * kind of path (an advisory copied into vulns/) must be validated against
 * that kind's schema, never served the data the other schema accepted.
 */
export function schemaCacheKey(schema: string, key: string): string {
  return `${schema}/${key}`;
}

export function emptyParseCache(): ParseCache {
  return { entries: new Map(), dirty: false, used: new Set(), stamps: new Map(), freshStamps: new Map(), stamped: false };
}

/** The key remembered for a file whose stamp is unchanged, or undefined (then it must be read and hashed). */
export function stampedKey(cache: ParseCache, rel: string, stampId: string): string | undefined {
  const known = cache.stamps.get(rel);
  return known && known.stamp === stampId ? known.key : undefined;
}

/** Reads a cache file; a missing, unreadable or foreign file gives an empty cache. */
export function readParseCache(path: string): ParseCache {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as { rules?: string; entries?: [string, unknown][]; stamps?: unknown };
    if (parsed.rules !== RULES_HASH || !Array.isArray(parsed.entries)) return emptyParseCache();
    return {
      ...emptyParseCache(),
      entries: new Map(parsed.entries),
      persisted: parsed.entries.length,
      stamps: readStamps(parsed.stamps),
    };
  } catch {
    return emptyParseCache();
  }
}

/** Stamps as written by writeParseCache; anything of another shape is dropped, so those files are hashed (a wrong id never matches). */
function readStamps(value: unknown): Map<string, StampedKey> {
  const stamps = new Map<string, StampedKey>();
  if (!Array.isArray(value)) return stamps;
  for (const item of value) {
    if (!Array.isArray(item)) continue;
    const [rel, stamp, key] = item as unknown[];
    if (typeof rel === 'string' && typeof stamp === 'string' && typeof key === 'string') stamps.set(rel, { stamp, key });
  }
  return stamps;
}

/**
 * Rewriting the whole cache costs more than parsing a few files again: with
 * this few files new or gone since it was written, it is left as it is, and
 * the next run parses those few again.
 */
const REWRITE_AFTER = 16;

/** Writes the cache atomically (temp file, then rename), keeping only the keys used in this run. */
export function writeParseCache(path: string, cache: ParseCache): void {
  const restamped = changedStamps(cache);
  if (!cache.dirty && cache.entries.size === cache.used.size && restamped === 0) return;
  const persisted = cache.persisted ?? 0;
  const added = cache.entries.size - persisted;
  const gone = cache.entries.size - cache.used.size;
  if (persisted > 0 && added <= REWRITE_AFTER && gone <= REWRITE_AFTER && restamped <= REWRITE_AFTER) return;
  const entries = [...cache.entries].filter(([key]) => cache.used.has(key));
  const stamps = [...(cache.stamped ? cache.freshStamps : cache.stamps)].map(([rel, { stamp, key }]) => [rel, stamp, key]);
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify({ rules: RULES_HASH, entries, stamps }));
  renameSync(temp, path);
  pruneCaches(dirname(path));
}

/** How many stamps of this run are new or differ from the remembered ones, or were dropped. */
function changedStamps(cache: ParseCache): number {
  if (!cache.stamped) return 0;
  let changed = 0;
  for (const [rel, fresh] of cache.freshStamps) {
    const known = cache.stamps.get(rel);
    if (!known || known.key !== fresh.key || known.stamp !== fresh.stamp) changed++;
  }
  for (const rel of cache.stamps.keys()) if (!cache.freshStamps.has(rel)) changed++;
  return changed;
}

/** Caches kept per folder: one per repository checked, and tests check many temporary ones. */
const MAX_CACHE_FILES = 8;

/** Deletes all but the most recently written cache files in the folder. */
function pruneCaches(folder: string): void {
  try {
    const files = readdirSync(folder)
      .filter((name) => /^parse-[0-9a-f]+\.json$/.test(name))
      .map((name) => ({ path: join(folder, name), mtime: statSync(join(folder, name)).mtimeMs }))
      .sort((a, b) => b.mtime - a.mtime);
    for (const old of files.slice(MAX_CACHE_FILES)) rmSync(old.path, { force: true });
  } catch {
    // Pruning is housekeeping; a failure must not fail a check.
  }
}
