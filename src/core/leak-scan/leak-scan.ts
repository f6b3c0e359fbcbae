import type { Diagnostic } from '../diagnostics.ts';
import { loadHistory } from '../history/walk-history.ts';
import { olderTextExemptions } from './exemptions.ts';
import { secretNeedles } from './needles.ts';
import { scanOutput } from './scan-output.ts';
import { secretsInFolder } from './secrets.ts';

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
 */
export async function runLeakScan(options: LeakScanOptions): Promise<LeakScanReport> {
  const { secrets, diagnostics } = secretsInFolder(options.root, options.now);
  const needles = secretNeedles(secrets);
  const secretIds = new Set(secrets.map((s) => s.id.toUpperCase()));
  const scan = await scanOutput(options.dir, needles, {
    ...(options.display ? { display: options.display } : {}),
    ...(options.threads ? { threads: options.threads } : {}),
    // A fresh walk, never the history cache (history-cache.ts): an exemption lets secret text through,
    // so it rests only on the repository's own objects, not on a file a restored CI cache could supply.
    exempt: olderTextExemptions(options.root, needles, secretIds, (folder) => loadHistory(options.root, { folder })),
  });
  return {
    diagnostics: [...diagnostics, ...scan.diagnostics],
    filesScanned: scan.filesScanned,
    bytesScanned: scan.bytesScanned,
    advisories: needles.advisories,
    needles: needles.needles.length,
  };
}
