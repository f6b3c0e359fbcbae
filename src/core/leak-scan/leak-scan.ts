import type { Diagnostic } from '../diagnostics.ts';
import type { LeakNeedles } from './needles.ts';
import { scanOutput } from './scan-output.ts';
import { secretsInThread } from './secrets-thread.ts';

export interface LeakScanOptions {
  /** The tracker's repository (data and git history). */
  root: string;
  /** The built output to scan. */
  dir: string;
  now: Date;
  /** The folder paths in diagnostics are relative to. */
  display?: string;
  threads?: number;
}

export interface LeakScanReport {
  diagnostics: Diagnostic[];
  filesScanned: number;
  bytesScanned: number;
  /** Unpublishable advisories (including unreadable files) whose text was looked for. */
  advisories: number;
  needles: number;
}

/**
 * The leak scan as the build runs it: the needles of everything not
 * publishable at `now`, one scan of the output, boilerplate let through only
 * when history proves it older than the secret (olderTextExemptions). Data
 * that does not load is reported too: unknown text means the scan cannot
 * vouch for the output.
 *
 * The data (and the parser and schemas that read it) loads in a thread of its
 * own while this one walks the output and the scan's workers read ahead, and
 * the history walk is imported only when something was found: loading them
 * was the first seconds of every scan, with the workers not yet started.
 */
export async function runLeakScan(options: LeakScanOptions): Promise<LeakScanReport> {
  let dataDiagnostics: Diagnostic[] = [];
  let secretIds = new Set<string>();
  let loaded: LeakNeedles | undefined;
  // Started before the walk: the data loads in its own thread while this one walks the output.
  const secretsLoading = secretsInThread(options.root, options.now);
  // Settled below through load(); a rejection before then is not unhandled.
  secretsLoading.catch(() => undefined);
  const load = async (): Promise<LeakNeedles> => {
    const { secretNeedles } = await import('./needles.ts');
    const { secrets, diagnostics } = await secretsLoading;
    dataDiagnostics = diagnostics;
    secretIds = new Set(secrets.map((s) => s.id.toUpperCase()));
    loaded = secretNeedles(secrets);
    return loaded;
  };
  const scan = await scanOutput(options.dir, load, {
    ...(options.display ? { display: options.display } : {}),
    ...(options.threads ? { threads: options.threads } : {}),
    async exempt(found, needles) {
      const [{ olderTextExemptions }, { loadHistory }] = await Promise.all([
        import('./exemptions.ts'),
        import('../history/walk-history.ts'),
      ]);
      // A fresh walk, never the history cache (history-cache.ts): an exemption lets secret text through,
      // so it rests only on the repository's own objects, not on a file a restored CI cache could supply.
      return olderTextExemptions(options.root, needles, secretIds, (folder) => loadHistory(options.root, { folder }))(found);
    },
  });
  const needles = loaded as LeakNeedles;
  return {
    diagnostics: [...dataDiagnostics, ...scan.diagnostics],
    filesScanned: scan.filesScanned,
    bytesScanned: scan.bytesScanned,
    advisories: needles.advisories,
    needles: needles.needles.length,
  };
}
