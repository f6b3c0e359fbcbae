// Runs one step of a build as a child process on the project's Node and
// measures its wall time and peak memory (bench/peak-rss.ts), keeping its output.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface StepResult {
  seconds: number;
  peakMiB: number;
  /** User and system CPU time of the step's own process (not of processes it starts, such as Pagefind's). */
  cpuSeconds: number;
  /** CPU time of the child processes it waited for (Pagefind's indexer, esbuild). */
  childCpuSeconds: number;
  status: number | null;
  output: string;
}

/** `env` is laid over this process's environment; a variable given as undefined is removed. */
export function runStep(projectRoot: string, args: string[], env: Record<string, string | undefined> = {}, cwd = projectRoot): StepResult {
  const started = performance.now();
  const child = spawnSync(process.execPath, [join(projectRoot, 'bench/peak-rss.ts'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    maxBuffer: 1024 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  const output = `${child.stdout ?? ''}${child.stderr ?? ''}`;
  const peak = /PEAK_RSS_MIB=(\d+)/.exec(output)?.[1];
  const cpu = /CPU_MS=(\d+)/.exec(output)?.[1];
  const childCpu = /CHILD_CPU_MS=(\d+)/.exec(output)?.[1];
  return {
    seconds,
    peakMiB: Number(peak ?? 0),
    cpuSeconds: Number(cpu ?? 0) / 1000,
    childCpuSeconds: Number(childCpu ?? 0) / 1000,
    status: child.status,
    output,
  };
}

/** Files and bytes under a folder. */
export function measureFolder(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        files++;
        bytes += statSync(full).size;
      }
    }
  };
  walk(dir);
  return { files, bytes };
}

/** Seconds that a step logged about itself, e.g. `exports: 40000 files for 9900 advisories in 6.1 s`. */
export function loggedSeconds(output: string, label: string): number | undefined {
  const match = new RegExp(`${label}: [^\\n]* in ([0-9.]+) s`).exec(output);
  return match?.[1] ? Number(match[1]) : undefined;
}
