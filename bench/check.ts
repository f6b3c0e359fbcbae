// Benchmark: `npm run check` over N synthetic advisories — cold (no cache, new
// process) and after changing one file (the parse cache holds the rest).
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RACY_MARGIN_NS } from '../src/core/file-stamp.ts';
import { writeSyntheticRepo } from './synthetic.ts';

export async function run(projectRoot: string, sizes: number[]): Promise<void> {
  for (const n of sizes) {
    const root = mkdtempSync(join(tmpdir(), 'watchkeeper-bench-check-'));
    const cacheDir = mkdtempSync(join(tmpdir(), 'watchkeeper-bench-cache-'));
    try {
      const paths = writeSyntheticRepo(root, projectRoot, n);
      // As in a real checkout, the files are older than the racy margin when check first runs, so the
      // cold run remembers their stamps (src/core/file-stamp.ts) instead of the second run doing it.
      await new Promise((resolve) => setTimeout(resolve, Number(RACY_MARGIN_NS / 1_000_000n) + 100));
      const args = ['scripts/check.mjs', '--root', root, '--format', 'json', '--cache-dir', cacheDir];
      const cold = timeProcess(projectRoot, args);
      appendFileSync(join(root, paths[0] ?? ''), '# a contributor edits one file\n');
      const one = timeProcess(projectRoot, args);
      // Once more, so Node's compile cache (scripts/check.ts) is warm as on a contributor's machine.
      appendFileSync(join(root, paths[1] ?? ''), '# and then another one\n');
      const again = timeProcess(projectRoot, args);
      console.log(
        `check  ${String(n).padStart(6)} advisories  cold ${cold.seconds.toFixed(2)} s (cpu ${cold.cpuSeconds.toFixed(2)} s, peak ${cold.peakMiB} MiB)  ` +
          `one file changed ${one.seconds.toFixed(2)} s (cpu ${one.cpuSeconds.toFixed(2)} s, peak ${one.peakMiB} MiB), ` +
          `another ${again.seconds.toFixed(2)} s (cpu ${again.cpuSeconds.toFixed(2)} s)  (target at 10,000: ≤ 0.5 s)`,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
      rmSync(cacheDir, { recursive: true, force: true });
    }
  }
}

/** Runs the project's Node on a script and reports wall time and the child's peak RSS. */
export function timeProcess(projectRoot: string, args: string[]): { seconds: number; peakMiB: number; cpuSeconds: number } {
  const started = performance.now();
  let out: string;
  try {
    out = execFileSync(process.execPath, [join(projectRoot, 'bench/peak-rss.ts'), ...args], {
      cwd: projectRoot,
      encoding: 'utf8',
      maxBuffer: 1024 * 1024 * 1024,
    });
  } catch (error) {
    // Exit 1 (problems found) still has figures; the benchmark reports time, not verdicts.
    out = String((error as { stdout?: string }).stdout ?? '');
  }
  const seconds = (performance.now() - started) / 1000;
  const peak = /PEAK_RSS_MIB=(\d+)/.exec(out)?.[1];
  const cpu = /CPU_MS=(\d+)/.exec(out)?.[1];
  return { seconds, peakMiB: Number(peak ?? 0), cpuSeconds: Number(cpu ?? 0) / 1000 };
}
