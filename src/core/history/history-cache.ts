import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { AdvisoryHistory, History } from './types.ts';
import { type HistoryOptions, loadHistory, type PreviousWalk, WALK_CODE_VERSION } from './walk-history.ts';

/**
 * The history walk, remembered between processes: a walk from commit X is
 * valid for X forever (commit ids are content hashes), so the file keeps the
 * last complete walk per data root and folder, keyed by the code that made it.
 * loadHistory decides whether it can be reused or extended (walk-history.ts,
 * fromPrevious); anything unreadable, corrupt, foreign or from other code is
 * ignored and the walk is done afresh. Shallow or damaged histories are never
 * stored: their diagnostics are always computed afresh.
 */
export function cachedHistory(root: string, options: HistoryOptions, cacheDir: string): History {
  const folder = options.folder ?? 'advisories';
  const file = historyCacheFile(cacheDir, root, folder);
  const previous = readHistoryCache(file, root, folder);
  const history = loadHistory(root, { ...options, ...(previous ? { previous } : {}) });
  const storable = history.available && !history.shallow && history.diagnostics.length === 0 && history.head !== undefined;
  if (storable && history.head !== previous?.head) writeHistoryCache(file, root, folder, history);
  return history;
}

/** The one history cache file for a data root and folder inside a cache folder. */
export function historyCacheFile(cacheDir: string, root: string, folder: string): string {
  const key = createHash('sha256')
    .update(`${resolve(root)}\0${folder}`)
    .digest('hex')
    .slice(0, 16);
  return join(cacheDir, `history-${folder}-${key}.json`);
}

interface CacheFile {
  version: string;
  root: string;
  folder: string;
  head: string;
  commits: number;
  entries: AdvisoryHistory[];
}

const COMMIT_ID = /^[0-9a-f]{40}$/;

/** The previous walk in `file`, or undefined when it is absent, unreadable, or not this root's, folder's and code's. */
export function readHistoryCache(file: string, root: string, folder: string): PreviousWalk | undefined {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheFile>;
    if (data.version !== WALK_CODE_VERSION || data.root !== resolve(root) || data.folder !== folder) return undefined;
    if (typeof data.head !== 'string' || !COMMIT_ID.test(data.head)) return undefined;
    if (!Number.isSafeInteger(data.commits) || (data.commits as number) < 1 || !Array.isArray(data.entries)) return undefined;
    const byId = new Map<string, AdvisoryHistory>();
    for (const entry of data.entries) {
      if (!isEntry(entry) || byId.has(entry.id)) return undefined;
      byId.set(entry.id, entry);
    }
    return { head: data.head, commits: data.commits as number, byId };
  } catch {
    // Absent, unreadable or not JSON: walk afresh.
    return undefined;
  }
}

/** The shape a walk writes; anything else means the file is not one of ours. */
function isEntry(entry: unknown): entry is AdvisoryHistory {
  if (typeof entry !== 'object' || entry === null) return false;
  const e = entry as Partial<AdvisoryHistory>;
  if (typeof e.id !== 'string' || typeof e.path !== 'string' || typeof e.truncated !== 'boolean') return false;
  if (!Array.isArray(e.revisions) || e.revisions.length === 0) return false;
  return e.revisions.every(
    (r) =>
      typeof r === 'object' &&
      r !== null &&
      typeof r.sha === 'string' &&
      typeof r.landedSha === 'string' &&
      typeof r.landedOrder === 'number' &&
      typeof r.path === 'string' &&
      typeof r.date === 'string' &&
      typeof r.landedDate === 'string' &&
      typeof r.change === 'string',
  );
}

/** Writes the walk atomically (a temporary file renamed over the old one); a cache that cannot be written is no error. */
function writeHistoryCache(file: string, root: string, folder: string, history: History): void {
  const data: CacheFile = {
    version: WALK_CODE_VERSION,
    root: resolve(root),
    folder,
    head: history.head as string,
    commits: history.commits,
    entries: [...history.byId.values()],
  };
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temporary, JSON.stringify(data));
    renameSync(temporary, file);
  } catch {
    rmSync(temporary, { force: true });
  }
}
