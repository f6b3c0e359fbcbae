import { lstatSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import { type Diagnostic, diagnostic, sortDiagnostics } from '../diagnostics.ts';
import { buildMatcher, type Matcher } from './matcher.ts';
import type { LeakNeedles, NeedleOwner } from './needles.ts';
import { decodeText } from './normalise.ts';
import { type PathScan, scanPath } from './scan-file.ts';
import { type ScanPool, startScanPool } from './scan-pool.ts';
import { walkOutput } from './walk-output.ts';

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
  /**
   * Given the needles found anywhere, returns those that are exempt (text
   * provably older than the secret advisory, exemptions.ts). Nothing is
   * exempt without it.
   */
  exempt?: (found: ReadonlySet<number>) => ReadonlySet<number>;
}

/** Below this many files (a few MB) a worker's start-up costs more than it saves. */
const PARALLEL_FILES = 2000;

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
  const files: string[] = [];
  const nameHits: number[][] = [];
  // Workers start once the walk has found enough files to share, and scan while it goes on.
  let pool: ScanPool | undefined;
  const problems: [string, string][] = [];
  // Only a missing or non-folder root is "no output"; anything thrown during the walk stops the scan (fail closed).
  let isFolder = false;
  try {
    isFolder = lstatSync(dir).isDirectory();
  } catch {
    // Reported below as no output.
  }
  if (isFolder) {
    const walked = walkOutput(dir, {
      file(path, relativePath) {
        const index = files.push(path) - 1;
        nameHits.push(matcher.needles === 0 ? [] : namesIn(relativePath, matcher));
        if (pool) pool.add(index, path);
        else if (threads >= 2 && files.length >= parallelFiles) {
          const started = startScanPool(threads, needles.compact, matcher.tables);
          for (const [i, p] of files.entries()) started.add(i, p);
          pool = started;
        }
      },
      problem: (path, why) => problems.push([path, why]),
    });
    // A walk that throws must not leave workers running (they would keep the process alive).
    await walked.catch((error: unknown) => {
      pool?.stop();
      throw error;
    });
  }
  for (const [path, why] of problems) unreadable(path, why);
  if (files.length === 0) {
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
  const byIndex = pool ? await pool.finish() : undefined;
  const scans = files.map(
    (path, i) =>
      byIndex?.get(i) ??
      (byIndex ? { scan: { unreadable: 'The leak scan lost its result for this file' }, size: 0 } : scanPath(path, needles, matcher)),
  );
  const found = new Set<number>();
  scans.forEach(({ scan }, i) => {
    for (const needle of nameHits[i] as number[]) found.add(needle);
    if ('hits' in scan) for (const hit of scan.hits) found.add(hit.needle);
  });
  const exempt = found.size > 0 && options.exempt ? options.exempt(found) : new Set<number>();

  files.forEach((path, i) => {
    const { scan, size } = scans[i] as PathScan;
    if ('unreadable' in scan) {
      unreadable(path, scan.unreadable);
      return;
    }
    result.filesScanned++;
    result.bytesScanned += size;
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
    for (const needle of nameHits[i] as number[]) record(needle, 'The file name contains ');
    for (const hit of scan.hits) record(hit.needle, 'The file contains ', hit.line);
  });
  result.diagnostics = sortDiagnostics(result.diagnostics);
  return result;
}

/** What a needle is, for a message: `the id X`, `the summary “…” of X`, `text from the details (“…”) of X`. */
export function describeNeedle(owner: NeedleOwner): string {
  if (owner.kind === 'id') return `the id ${owner.id}`;
  if (owner.kind === 'details' || owner.kind === 'notes') return `text from the ${owner.kind} (“${owner.text}”) of ${owner.id}`;
  return `the ${owner.kind} ${owner.text.includes(' ') ? `“${owner.text}”` : owner.text} of ${owner.id}`;
}

/** Needles found in a file's path (a page named after a secret id leaks as surely as its text). */
export function namesIn(path: string, matcher: Matcher): number[] {
  if (matcher.needles === 0) return [];
  const out = new Set<number>();
  matcher.scan(decodeText(path), (needle) => out.add(needle));
  return [...out];
}
