import { linkSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a new file atomically and never over an existing one: the text goes
 * to a temporary file beside the target, which is then hard-linked into place
 * (link fails if the target exists, unlike rename). Readers see either no
 * file or the whole file. Returns false when the target already exists.
 */
export function writeNewFileAtomic(path: string, text: string): boolean {
  mkdirSync(dirname(path), { recursive: true });
  const temp = tempPath(path);
  writeFileSync(temp, text, { flag: 'wx' });
  try {
    linkSync(temp, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(temp, { force: true });
  }
}

/** Replaces a file's contents atomically (temporary file + rename), for fmt and renumbering. */
export function replaceFileAtomic(path: string, text: string): void {
  const temp = tempPath(path);
  writeFileSync(temp, text, { flag: 'wx' });
  try {
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

function tempPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`);
}
