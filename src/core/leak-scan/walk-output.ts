import { readdirSync } from 'node:fs';
import { normalize, sep } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';

export interface WalkVisitor {
  /** A regular file, in a fixed order (each folder's names sorted), with its path relative to the walked folder. */
  file: (path: string, relativePath: string) => void;
  /** Something the scan cannot vouch for: a symbolic link, a special file, a folder that cannot be read. */
  problem: (path: string, why: string) => void;
}

/**
 * Walks the output folder with one readdir (with file types) per folder and no
 * stat per file, calling `visit` as it goes, and gives the event loop a turn
 * every few hundred entries so worker threads already scanning can be fed
 * while the walk goes on. Nothing is skipped silently: a symbolic link (not followed),
 * a FIFO, socket or device, and a folder that cannot be read are problems.
 * Node reads the type with lstat itself where the file system does not
 * report one, so an unknown type never passes as a file.
 */
const TRAILING_SEPARATORS = /[\\/]+$/;

/** About the files a worker's batch holds: the walk lets the pool hand out work this often. */
const ENTRIES_PER_TURN = 256;

export async function walkOutput(dir: string, visit: WalkVisitor): Promise<void> {
  // Folders to read, each with its path relative to `dir` ('' for dir itself).
  const folders: [string, string][] = [[normalize(dir).replace(TRAILING_SEPARATORS, '') || sep, '']];
  let sinceTurn = 0;
  while (folders.length > 0) {
    const [folder, folderRel] = folders.pop() as [string, string];
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      visit.problem(folder, `The folder cannot be read (${(error as Error).message})`);
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const sub: [string, string][] = [];
    for (const entry of entries) {
      // The folder is already normal and a name holds no separator: no join() (which normalises again) per file.
      const path = `${folder}${sep}${entry.name}`;
      const rel = folderRel ? `${folderRel}${sep}${entry.name}` : entry.name;
      if (entry.isSymbolicLink()) visit.problem(path, 'This is a symbolic link, which the scan does not follow');
      else if (entry.isDirectory()) sub.push([path, rel]);
      else if (entry.isFile()) visit.file(path, rel);
      else visit.problem(path, 'This is not a regular file');
    }
    // Depth first, in name order: push the subfolders last-first.
    for (let i = sub.length - 1; i >= 0; i--) folders.push(sub[i] as [string, string]);
    sinceTurn += entries.length + 1;
    if (sinceTurn >= ENTRIES_PER_TURN) {
      sinceTurn = 0;
      await nextTurn();
    }
  }
}
