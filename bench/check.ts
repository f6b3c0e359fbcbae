// Benchmark: `check` over N synthetic advisories, cold (new process) and for one changed file.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSyntheticRepo } from './synthetic.ts';

export async function run(projectRoot: string, sizes: number[]): Promise<void> {
  for (const n of sizes) {
    const root = mkdtempSync(join(tmpdir(), 'watchkeeper-bench-check-'));
    try {
      writeSyntheticRepo(root, projectRoot, n);
      const cold = timeProcess(projectRoot, ['scripts/check.ts', '--root', root, '--format', 'json']);
      console.log(`check  ${String(n).padStart(6)} advisories  cold ${cold.seconds.toFixed(2)} s  peak ${cold.peakMiB} MiB`);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
}

/** Runs the project's Node on a script and reports wall time and peak RSS (from /usr/bin/time when present, else the child's own report). */
export function timeProcess(projectRoot: string, args: string[]): { seconds: number; peakMiB: number } {
  const started = performance.now();
  const out = execFileSync(process.execPath, ['--expose-gc', join(projectRoot, 'bench/peak-rss.ts'), ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  const peak = /PEAK_RSS_MIB=(\d+)/.exec(out)?.[1];
  return { seconds, peakMiB: Number(peak ?? 0) };
}
