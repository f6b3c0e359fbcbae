// Shared set-up for the tests that run the real leak scan (`node
// scripts/leak-scan.ts`) over a folder of pages, against a repository with
// history or a copy of its data without it.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runScript } from './run-script.ts';

/**
 * A new temporary folder with `parts` (files or folders) of `root` copied into
 * it: the same data with no .git, so no history can exempt anything.
 */
export function copyWithoutHistory(root: string, parts: readonly string[]): string {
  const bare = mkdtempSync(join(tmpdir(), 'watchkeeper-test-'));
  for (const part of parts) cpSync(join(root, part), join(bare, part), { recursive: true });
  return bare;
}

/** A new temporary folder standing for a built site: each path holds `<p>text</p>`. */
export function pagesFolder(pages: Record<string, string>): string {
  const dist = mkdtempSync(join(tmpdir(), 'watchkeeper-dist-'));
  for (const [path, text] of Object.entries(pages)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), `<p>${text}</p>`);
  }
  return dist;
}

export interface LeakScanRun {
  code: number | null;
  /** The file of every LEAK_FOUND line, in the order printed (a file found twice is listed twice). */
  files: string[];
  /** Standard output then standard error. */
  out: string;
}

/**
 * Runs `node scripts/leak-scan.ts <dist> --root <root>` from inside dist, end
 * to end, with CI annotations off and `env` added (WATCHKEEPER_BUILD_NOW pins
 * the clock the embargoes are judged at).
 */
export function leakScan(dist: string, root: string, env: Record<string, string> = {}): LeakScanRun {
  const r = runScript('leak-scan.ts', [dist, '--root', root], env, { cwd: dist });
  const files = r.stdout
    .split('\n')
    .filter((l) => l.includes('LEAK_FOUND'))
    .map((l) => l.split(':')[0] as string);
  return { code: r.status, files, out: r.out };
}
