import { lstatSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import { type Diagnostic, diagnostic, sortDiagnostics } from '../diagnostics.ts';
import { buildMatcher } from './matcher.ts';
import type { LeakNeedles, NeedleOwner } from './needles.ts';
import { type Batch, emptyTally, scanBatch } from './scan-batch.ts';
import { startScanPool } from './scan-pool.ts';
import { type OutputPath, outputRoot, readOutputFolder } from './walk-output.ts';

// The gate reads file names the way the scan does.
export { namesIn } from './scan-file.ts';

export interface ScanResult {
  diagnostics: Diagnostic[];
  filesScanned: number;
  bytesScanned: number;
}

export interface ScanOptions {
  /** The folder paths in diagnostics are relative to (the scanned folder by default). */
  display?: string;
  /** Worker threads; all cores by default. Small outputs are scanned in this thread. */
  threads?: number;
  /** Output of fewer files than this is scanned in this thread (tests set 0 to exercise the workers). */
  parallelFiles?: number;
  /** Files (or twice the folders) per worker batch, and what a worker keeps of a large folder (tests set it small). */
  share?: number;
  /**
   * Given the needles found anywhere, returns those that are exempt (text
   * provably older than the secret advisory, exemptions.ts). Nothing is
   * exempt without it.
   */
  exempt?: (found: ReadonlySet<number>) => ReadonlySet<number>;
}

/** Below this many files (a few MB) a worker's start-up costs more than it saves. */
const PARALLEL_FILES = 2000;
/** About 128 files a batch (a page's folder holds two or three): enough per message, small enough to even out. */
const SHARE = 128;

/**
 * Scans every file under `dir` (pages, feeds, exports, scripts, the search
 * index; compressed files decompressed, known binary formats read as their
 * printable runs) and its path for the needles, in one pass per file over
 * normalised text, on all cores. A file that cannot be read, decompressed or
 * recognised is a finding: the scan cannot vouch for it.
 */
export async function scanOutput(dir: string, needles: LeakNeedles, options: ScanOptions = {}): Promise<ScanResult> {
  const display = options.display ?? dir;
  const result: ScanResult = { diagnostics: [], filesScanned: 0, bytesScanned: 0 };
  const rel = (path: string) => relative(display, path) || path;
  const unreadable = (path: string, why: string) =>
    result.diagnostics.push(
      diagnostic(
        'LEAK_SCAN_UNREADABLE',
        rel(path),
        '',
        `${why}, so the leak scan cannot tell whether it leaks.`,
        'Find out why the build wrote it; remove it, or write it as UTF-8 text or a known image, font or index format.',
      ),
    );
  const matcher = buildMatcher(needles.needles.map((n) => n.words));
  const threads = options.threads ?? availableParallelism();
  const parallelFiles = options.parallelFiles ?? PARALLEL_FILES;
  // Only a missing or non-folder root is "no output"; anything thrown during the walk stops the scan (fail closed).
  let isFolder = false;
  try {
    isFolder = lstatSync(dir).isDirectory();
  } catch {
    // Reported below as no output.
  }
  let tally = emptyTally();
  if (isFolder) {
    // This thread walks breadth first only until it has found enough files to be worth the workers; the
    // folders not yet read go to the workers, which walk them themselves (a page is a folder: tens of thousands).
    const work: Batch = { files: [], folders: [] };
    const waiting = [outputRoot(dir)];
    let next = 0;
    const parallel = threads >= 2;
    while (next < waiting.length && (!parallel || work.files.length < parallelFiles)) {
      const sub = readOutputFolder(waiting[next++] as OutputPath, {
        file: (path, relativePath) => work.files.push([path, relativePath]),
        problem: (path, why) => tally.problems.push([path, why]),
      });
      for (const folder of sub) waiting.push(folder);
    }
    work.folders = waiting.slice(next);
    if (work.folders.length === 0 && (!parallel || work.files.length < parallelFiles)) {
      scanBatch(work, needles, matcher, Number.POSITIVE_INFINITY, tally);
    } else {
      const pool = startScanPool(threads, needles.compact, matcher.tables, options.share ?? SHARE);
      const problems = tally.problems;
      pool.add(work);
      tally = await pool.finish();
      for (const problem of problems) tally.problems.push(problem);
    }
  }
  // The order work finished in is not the output's: every list is sorted before it is reported.
  for (const [path, why] of tally.problems.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) unreadable(path, why);
  if (tally.seen === 0) {
    result.diagnostics.push(
      diagnostic(
        'LEAK_SCAN_NO_OUTPUT',
        rel(dir),
        '',
        `There are no files to scan in ${dir}; an empty scan proves nothing.`,
        'Build the site first (npm run build), or name the folder the build wrote.',
      ),
    );
    return result;
  }
  result.filesScanned = tally.scanned;
  result.bytesScanned = tally.bytes;
  const found = new Set<number>();
  for (const { names, scan } of tally.reports) {
    for (const needle of names) found.add(needle);
    if ('hits' in scan) for (const hit of scan.hits) found.add(hit.needle);
  }
  const exempt = found.size > 0 && options.exempt ? options.exempt(found) : new Set<number>();

  for (const { path, names, scan } of tally.reports) {
    if ('unreadable' in scan) {
      unreadable(path, scan.unreadable);
      continue;
    }
    const seen = new Set<string>();
    const record = (needle: number, where: string, line?: number) => {
      if (exempt.has(needle)) return;
      const owner = needles.needles[needle]?.owner as NeedleOwner;
      const key = `${owner.id}|${owner.kind}`;
      if (seen.has(key)) return;
      seen.add(key);
      result.diagnostics.push(
        diagnostic(
          'LEAK_FOUND',
          rel(path),
          '',
          `${where}${describeNeedle(owner)}, which is ${owner.state} and must not be published (${owner.file}).`,
          'Do not deploy this output. Make the page, feed or export that wrote it read only the publishable set; if a publishable advisory carries the text, take it out.',
          line ? { line, column: 1 } : undefined,
        ),
      );
    };
    for (const needle of names) record(needle, 'The file name contains ');
    for (const hit of scan.hits) record(hit.needle, 'The file contains ', hit.line);
  }
  result.diagnostics = sortDiagnostics(result.diagnostics);
  return result;
}

/** What a needle is, for a message: `the id X`, `the summary “…” of X`, `text from the details (“…”) of X`. */
export function describeNeedle(owner: NeedleOwner): string {
  if (owner.kind === 'id') return `the id ${owner.id}`;
  if (owner.kind === 'details' || owner.kind === 'notes') return `text from the ${owner.kind} (“${owner.text}”) of ${owner.id}`;
  return `the ${owner.kind} ${owner.text.includes(' ') ? `“${owner.text}”` : owner.text} of ${owner.id}`;
}
