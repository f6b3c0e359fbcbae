import type { Matcher } from './matcher.ts';
import type { LeakNeedles } from './needles.ts';
import { type FileScan, namesIn, scanPath } from './scan-file.ts';
import { type OutputPath, readOutputFolder } from './walk-output.ts';

/** Work for one thread: files to scan, and folders to walk (with everything under them) and scan. */
export interface Batch {
  files: OutputPath[];
  folders: OutputPath[];
}

/** A file worth reporting: it could not be read, or its name or content holds a needle. */
export interface FileReport {
  path: string;
  /** Needles in the file's path relative to the scanned folder. */
  names: number[];
  scan: FileScan;
}

/**
 * What scanning some of the output found. Files with nothing to report are
 * only counted, so a batch's answer (and what the main thread keeps) is small
 * whatever the number of files.
 */
export interface Tally {
  /** Regular files met, readable or not. */
  seen: number;
  /** Files read and scanned, and their bytes. */
  scanned: number;
  bytes: number;
  reports: FileReport[];
  /** Links, special files and folders that cannot be read: path and why. */
  problems: [string, string][];
}

export function emptyTally(): Tally {
  return { seen: 0, scanned: 0, bytes: 0, reports: [], problems: [] };
}

export function addTally(into: Tally, from: Tally): void {
  into.seen += from.seen;
  into.scanned += from.scanned;
  into.bytes += from.bytes;
  for (const report of from.reports) into.reports.push(report);
  for (const problem of from.problems) into.problems.push(problem);
}

/**
 * Scans a batch into `tally`: its files, then its folders depth first. A
 * thread that finds more than `share` files in one folder, or more than
 * `share` folders waiting, scans `share` of them and hands the rest back
 * (the answer) for other threads to take, so one large folder does not keep
 * one thread busy while the others wait. With `share` = Infinity it walks
 * everything itself.
 */
export function scanBatch(batch: Batch, needles: Pick<LeakNeedles, 'compact'>, matcher: Matcher, share: number, tally: Tally): Batch {
  const rest: Batch = { files: [], folders: [] };
  const scanOne = (path: string, rel: string) => {
    tally.seen++;
    const { scan, size } = scanPath(path, needles, matcher);
    const names = namesIn(rel, matcher);
    if ('unreadable' in scan) {
      tally.reports.push({ path, names, scan });
      return;
    }
    tally.scanned++;
    tally.bytes += size;
    if (names.length > 0 || scan.hits.length > 0) tally.reports.push({ path, names, scan });
  };
  for (const [path, rel] of batch.files) scanOne(path, rel);
  const folders = [...batch.folders].reverse();
  const problem = (path: string, why: string) => tally.problems.push([path, why]);
  while (folders.length > 0) {
    const files: OutputPath[] = [];
    const sub = readOutputFolder(folders.pop() as OutputPath, { file: (path, rel) => files.push([path, rel]), problem });
    if (files.length > share) for (const file of files.splice(share)) rest.files.push(file);
    for (const [path, rel] of files) scanOne(path, rel);
    // Depth first, in name order: push the subfolders last-first.
    for (let i = sub.length - 1; i >= 0; i--) folders.push(sub[i] as OutputPath);
    // The folders waiting longest (the stack's bottom) go back.
    if (folders.length > share) for (const folder of folders.splice(0, folders.length - share)) rest.folders.push(folder);
  }
  return rest;
}
