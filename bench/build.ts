// Benchmark: `astro build` of the whole site (pages, feeds, OSV, CSAF, search index) for N synthetic advisories.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { timeProcess } from './check.ts';
import { writeSyntheticRepo } from './synthetic.ts';

export async function run(projectRoot: string, sizes: number[]): Promise<void> {
  for (const n of sizes) {
    const root = mkdtempSync(join(tmpdir(), 'watchkeeper-bench-build-'));
    const outDir = join(root, 'dist');
    const previous = process.env.WATCHKEEPER_ROOT;
    try {
      writeSyntheticRepo(root, projectRoot, n);
      // The child inherits the environment: point the site at the synthetic data.
      process.env.WATCHKEEPER_ROOT = root;
      // As `npm run build` does: check (which fills the parse cache), then astro build.
      const check = timeProcess(projectRoot, ['scripts/check.ts', '--root', root, '--format', 'json']);
      const build = timeProcess(projectRoot, ['node_modules/astro/bin/astro.mjs', 'build', '--silent', '--outDir', outDir]);
      const { files, bytes } = measure(outDir);
      console.log(
        `build  ${String(n).padStart(6)} advisories  check ${check.seconds.toFixed(2)} s + astro build ${build.seconds.toFixed(2)} s  ` +
          `peak ${Math.max(check.peakMiB, build.peakMiB)} MiB  ${files} files  ${(bytes / 1024 / 1024).toFixed(0)} MiB output`,
      );
    } finally {
      if (previous === undefined) delete process.env.WATCHKEEPER_ROOT;
      else process.env.WATCHKEEPER_ROOT = previous;
      rmSync(root, { recursive: true, force: true });
    }
  }
}

function measure(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      const stat = statSync(full);
      if (stat.isDirectory()) walk(full);
      else {
        files++;
        bytes += stat.size;
      }
    }
  };
  walk(dir);
  return { files, bytes };
}
