import { type Dirent, readdirSync } from 'node:fs';
import { normalize, sep } from 'node:path';

/** A file or folder of the output: its path, and its path relative to the scanned folder. */
export type OutputPath = [path: string, relativePath: string];

export interface FolderVisitor {
  /** A regular file, in name order. */
  file: (path: string, relativePath: string) => void;
  /** Something the scan cannot vouch for: a symbolic link, a special file, a folder that cannot be read. */
  problem: (path: string, why: string) => void;
}

const TRAILING_SEPARATORS = /[\\/]+$/;

/** The scanned folder itself, as the walk starts from it. */
export function outputRoot(dir: string): OutputPath {
  return [normalize(dir).replace(TRAILING_SEPARATORS, '') || sep, ''];
}

/**
 * Reads one folder of the output with one readdir with file types (no stat
 * per file), calling `visit` for its files and problems in name order, and
 * returns its subfolders in name order. Nothing is skipped silently: a
 * symbolic link (not followed), a FIFO, socket or device, and a folder that
 * cannot be read are problems. Node reads the type with lstat itself where
 * the file system does not report one, so an unknown type never passes as a
 * file. Both the main thread and the scan's workers walk with it (scan-batch.ts).
 */
export function readOutputFolder([folder, folderRel]: OutputPath, visit: FolderVisitor): OutputPath[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    visit.problem(folder, `The folder cannot be read (${(error as Error).message})`);
    return [];
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const sub: OutputPath[] = [];
  for (const entry of entries) {
    // The folder is already normal and a name holds no separator: no join() (which normalises again) per file.
    const path = `${folder}${sep}${entry.name}`;
    const rel = folderRel ? `${folderRel}${sep}${entry.name}` : entry.name;
    if (entry.isSymbolicLink()) visit.problem(path, 'This is a symbolic link, which the scan does not follow');
    else if (entry.isDirectory()) sub.push([path, rel]);
    else if (entry.isFile()) visit.file(path, rel);
    else visit.problem(path, 'This is not a regular file');
  }
  return sub;
}
