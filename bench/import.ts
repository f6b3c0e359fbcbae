// Benchmark: the whole real OSV corpus (../shared/corpus: PyPA YAML + AlmaLinux
// JSON, ≈8,300 advisories) imported into a temporary repository, then check,
// fmt --check, the embargo gate and the site build on that repository. Each
// step runs in its own process; wall time and peak RSS are printed per step.
// The corpus has a fixed size, so `--sizes` does not apply here.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function run(projectRoot: string, _sizes: number[]): Promise<void> {
  const corpus = join(projectRoot, '..', 'shared', 'corpus');
  const inputs = [join(corpus, 'pypa', 'vulns'), join(corpus, 'almalinux', 'advisories')];
  if (!inputs.every((dir) => existsSync(dir))) {
    console.log(`import  skipped: the corpus is not at ${corpus}`);
    return;
  }
  const root = mkdtempSync(join(tmpdir(), 'watchkeeper-bench-import-'));
  const out = mkdtempSync(join(tmpdir(), 'watchkeeper-bench-site-'));
  try {
    cpSync(join(projectRoot, 'watchkeeper.yaml'), join(root, 'watchkeeper.yaml'));
    cpSync(join(projectRoot, 'rotations'), join(root, 'rotations'), { recursive: true });

    const step = (label: string, args: string[], env: Record<string, string> = {}) => {
      const r = timeStep(projectRoot, args, env);
      const detail = r.summary ? `  (${r.summary})` : '';
      console.log(
        `import  ${label.padEnd(34)} ${r.seconds.toFixed(1).padStart(6)} s  peak ${String(r.peakMiB).padStart(5)} MiB  exit ${r.code}${detail}`,
      );
      return r;
    };
    step('import 8,341 corpus files', ['scripts/import.ts', 'osv', ...inputs, '--root', root], {});
    step('check', ['scripts/check.ts', '--root', root, '--format', 'json']);
    step('fmt --check', ['scripts/fmt.ts', '--check', '--root', root, '--format', 'json']);

    if (existsSync(join(projectRoot, 'scripts', 'gate.ts'))) {
      // History for the gate: everything imported on main, one new advisory on a branch (setup, not timed).
      const git = (...args: string[]) =>
        execFileSync('git', ['-C', root, '-c', 'user.name=Bench', '-c', 'user.email=bench@example.org', ...args], { stdio: 'ignore' });
      git('init', '-q', '-b', 'main');
      git('add', '-A');
      git('commit', '-q', '-m', 'import the corpus');
      git('checkout', '-q', '-b', 'feature');
      execFileSync(
        process.execPath,
        [
          join(projectRoot, 'scripts', 'new.ts'),
          '--root',
          root,
          '--package',
          'zlib',
          '--summary',
          'zlib: benchmark advisory',
          '--status',
          'draft',
        ],
        { stdio: 'ignore' },
      );
      git('add', '-A');
      git('commit', '-q', '-m', 'add one advisory');
      step('gate (main → feature, 1 new file)', [
        'scripts/gate.ts',
        '--root',
        root,
        '--base',
        'main',
        '--head',
        'feature',
        '--format',
        'json',
      ]);
    } else console.log('import  gate: scripts/gate.ts does not exist yet; not timed');

    const astro = join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
    if (process.env.WATCHKEEPER_BENCH_SKIP_BUILD === '1') console.log('import  site build: skipped (WATCHKEEPER_BENCH_SKIP_BUILD=1)');
    else if (existsSync(astro)) step('site build (astro build)', [astro, 'build', '--silent', '--outDir', out], { WATCHKEEPER_ROOT: root });
    else console.log('import  site build: astro is not installed; not timed');
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
}

/** Runs one script under bench/peak-rss.ts; unlike timeProcess it accepts any exit code and reports it. */
function timeStep(
  projectRoot: string,
  args: string[],
  env: Record<string, string>,
): { seconds: number; peakMiB: number; code: number; summary: string } {
  const started = performance.now();
  const r = spawnSync(process.execPath, [join(projectRoot, 'bench/peak-rss.ts'), ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    env: { ...process.env, ...env },
  });
  const seconds = (performance.now() - started) / 1000;
  const stdout = r.stdout ?? '';
  const peak = Number(/PEAK_RSS_MIB=(\d+)/.exec(stdout)?.[1] ?? 0);
  // A failing step shows the end of its error output, so the figure is never mistaken for a result.
  if (r.status !== 0) {
    const tail = `${r.stderr ?? ''}${stdout}`
      .replace(/\nPEAK_RSS_MIB=\d+\n?/, '')
      .trim()
      .split('\n')
      .slice(-12);
    for (const line of tail) console.log(`        | ${line.slice(0, 200)}`);
  }
  const summary =
    /(\d+ files read, \d+ advisories written)/.exec(stdout)?.[1] ??
    /"filesChecked":\s*(\d+)/.exec(stdout)?.[0]?.replace(/"filesChecked":\s*/, 'files checked ') ??
    (r.status !== 0 ? (r.stderr || stdout).trim().split('\n').slice(-1)[0]?.slice(0, 160) : '') ??
    '';
  return { seconds, peakMiB: peak, code: r.status ?? -1, summary };
}
