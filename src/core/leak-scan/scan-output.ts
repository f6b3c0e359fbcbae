import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import { type Diagnostic, diagnostic, sortDiagnostics } from '../diagnostics.ts';
import { buildMatcher, type Matcher } from './matcher.ts';
import type { LeakNeedles, NeedleOwner } from './needles.ts';
import { decodeText } from './normalise.ts';
import { type FileScan, scanBytes } from './scan-file.ts';

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
  /** Output smaller than this many bytes is scanned in this thread (tests set 0 to exercise the workers). */
  parallelBytes?: number;
  /**
   * Given the needles found anywhere, returns those that are exempt (text
   * provably older than the secret advisory, exemptions.ts). Nothing is
   * exempt without it.
   */
  exempt?: (found: ReadonlySet<number>) => ReadonlySet<number>;
}

/** Below this much output a worker's start-up costs more than it saves. */
const PARALLEL_BYTES = 8 * 1024 * 1024;

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
  const files: { path: string; size: number }[] = [];
  const walk = (folder: string) => {
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch (error) {
      unreadable(folder, `The folder cannot be read (${(error as Error).message})`);
      return;
    }
    for (const name of names) {
      const path = join(folder, name);
      const stat = lstatSync(path);
      if (stat.isSymbolicLink()) unreadable(path, 'This is a symbolic link, which the scan does not follow');
      else if (stat.isDirectory()) walk(path);
      else if (stat.isFile()) files.push({ path, size: stat.size });
      else unreadable(path, 'This is not a regular file');
    }
  };
  try {
    if (!lstatSync(dir).isDirectory()) throw new Error('not a folder');
    walk(dir);
  } catch {
    // Reported below as no output.
  }
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

  const matcher = buildMatcher(needles.needles.map((n) => n.words));
  const scans = await scanAll(files, needles, matcher, options.threads ?? availableParallelism(), options.parallelBytes ?? PARALLEL_BYTES);
  const nameHits = files.map(({ path }) => namesIn(relative(dir, path), matcher));
  const found = new Set<number>();
  scans.forEach((scan, i) => {
    for (const needle of nameHits[i] as number[]) found.add(needle);
    if ('hits' in scan) for (const hit of scan.hits) found.add(hit.needle);
  });
  const exempt = found.size > 0 && options.exempt ? options.exempt(found) : new Set<number>();

  files.forEach(({ path, size }, i) => {
    const scan = scans[i] as FileScan;
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
  const out = new Set<number>();
  matcher.scan(decodeText(path), (needle) => out.add(needle));
  return [...out];
}

/** Scans the files in this thread, or shares them out to workers by size when there is enough to share. */
async function scanAll(
  files: readonly { path: string; size: number }[],
  needles: LeakNeedles,
  matcher: Matcher,
  threads: number,
  parallelBytes: number,
): Promise<FileScan[]> {
  const total = files.reduce((n, f) => n + f.size, 0);
  if (threads < 2 || total < parallelBytes) {
    return files.map(({ path }) => {
      try {
        return scanBytes(path, readFileSync(path), needles, matcher);
      } catch (error) {
        return { unreadable: `The file cannot be read (${(error as Error).message})` };
      }
    });
  }
  // Largest first to the least loaded worker keeps the shares even.
  const shares = Array.from({ length: threads }, () => ({ bytes: 0, files: [] as number[] }));
  const order = files.map((_, i) => i).sort((a, b) => (files[b]?.size ?? 0) - (files[a]?.size ?? 0));
  for (const i of order) {
    const share = shares.reduce((min, s) => (s.bytes < min.bytes ? s : min));
    share.files.push(i);
    share.bytes += files[i]?.size ?? 0;
  }
  const out: FileScan[] = new Array(files.length);
  await Promise.all(
    shares.map(
      (share) =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(new URL('./scan-worker.ts', import.meta.url), {
            workerData: { needles, tables: matcher.tables, files: share.files.map((i) => files[i]?.path) },
          });
          worker.once('message', (results: FileScan[]) => {
            results.forEach((scan, j) => {
              out[share.files[j] as number] = scan;
            });
            resolve();
          });
          worker.once('error', reject);
          worker.once('exit', (code) => {
            if (code !== 0) reject(new Error(`A leak-scan worker stopped with exit code ${code}.`));
          });
        }),
    ),
  );
  return out;
}
