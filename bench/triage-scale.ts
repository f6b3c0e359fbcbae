// Benchmark: check and build with 10,000 synthetic advisories plus 5,000 /
// 20,000 / 50,000 synthetic triage records (issue 12: "time and peak memory
// printed, linear in the record count"). Per size: the real `npm run check`
// (scripts/check.mjs as a child process, cold, no parse cache), which must
// report no error so a figure never comes from a failed run; each check's own
// time in this process, to find a rule that grows faster than the data; and
// `astro build` of the same repository (skipped with --no-build). Then the
// per-record slope between sizes, so linearity is visible.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { advisoryChecks } from '../src/core/checks/advisory-checks.ts';
import type { CheckContext } from '../src/core/checks/context.ts';
import { crossFileChecks } from '../src/core/checks/cross-file-checks.ts';
import { loadDatabase } from '../src/core/load.ts';
import { triageDeadlineChecks } from '../src/core/triage/checks/deadline-checks.ts';
import { triageInventoryChecks } from '../src/core/triage/checks/inventory-checks.ts';
import { triageLinkChecks } from '../src/core/triage/checks/link-checks.ts';
import { triageRecordChecks } from '../src/core/triage/checks/record-checks.ts';
import { measureFolder, runStep, type StepResult } from './run-step.ts';
import { writeSyntheticRepo } from './synthetic.ts';
import { writeSyntheticTriage } from './synthetic-triage.ts';

const DEFAULT_SIZES = [5_000, 20_000, 50_000];
const DEFAULT_ADVISORIES = 10_000;

export interface TriageScaleOptions {
  /** Triage record counts given with --sizes (otherwise 5,000 / 20,000 / 50,000). */
  sizesGiven?: boolean;
  /** Advisories beside the records (--advisories; 10,000 by default). */
  advisories?: number;
  /** Skip astro build (--no-build): check alone. */
  noBuild?: boolean;
}

interface SizeRun {
  records: number;
  check: StepResult;
  build?: StepResult;
  rules: Record<string, number>;
}

export async function run(projectRoot: string, sizes: number[], options: TriageScaleOptions = {}): Promise<void> {
  const records = options.sizesGiven ? sizes : DEFAULT_SIZES;
  const advisories = options.advisories ?? DEFAULT_ADVISORIES;
  const runs: SizeRun[] = [];
  for (const n of records) {
    const work = mkdtempSync(join(tmpdir(), 'watchkeeper-bench-triage-'));
    try {
      const data = join(work, 'data');
      writeSyntheticRepo(data, projectRoot, advisories);
      writeSyntheticTriage(data, n, advisories);
      commitAll(data);
      console.log(`triage-scale  ${advisories} advisories + ${n} triage records  load average ${load()}`);
      const check = runStep(projectRoot, ['scripts/check.mjs', '--root', data, '--format', 'json', '--no-cache']);
      const verdict = checkVerdict(check);
      console.log(`  check (cold, no cache): ${fmt(check)}  ${verdict}`);
      if (check.peakMiB === 0) console.log('  (the check printed no peak-memory line: its CPU and peak figures are missing, not zero)');
      const rules = timeRules(data);
      console.log(
        `  rules in one process: ${Object.entries(rules)
          .map(([name, s]) => `${name} ${s.toFixed(2)} s`)
          .join(', ')}`,
      );
      let build: StepResult | undefined;
      if (!options.noBuild) {
        const out = join(work, 'dist');
        build = runStep(projectRoot, ['node_modules/astro/bin/astro.mjs', 'build', '--silent', '--outDir', out], {
          WATCHKEEPER_ROOT: data,
        });
        if (build.status !== 0) throw new Error(`astro build exited ${build.status}:\n${build.output.slice(-4000)}`);
        const { files, bytes } = measureFolder(out);
        console.log(`  astro build: ${fmt(build)}  output ${files} files, ${(bytes / 2 ** 20).toFixed(0)} MiB`);
      }
      runs.push({ records: n, check, rules, ...(build ? { build } : {}) });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  printSlopes(runs);
}

/** Fails the benchmark when check found an error: a timing of a failed run is no figure. */
function checkVerdict(check: StepResult): string {
  const json = check.output.slice(check.output.indexOf('{'), check.output.lastIndexOf('}') + 1);
  let parsed: { filesChecked: number; diagnostics: { severity: string; code: string }[] };
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new Error(`check printed no JSON report (exit ${check.status}):\n${check.output.slice(-4000)}`);
  }
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
  if (check.status !== 0 || errors.length > 0) {
    throw new Error(`check found ${errors.length} errors (exit ${check.status}), first: ${JSON.stringify(errors[0])}`);
  }
  return `${parsed.filesChecked} files, 0 errors, ${parsed.diagnostics.length} warnings`;
}

/** Each rule family's own time over the loaded database, the ones that read triage records by name. */
function timeRules(data: string): Record<string, number> {
  const now = new Date();
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  const db = loadDatabase(data, { now });
  const cpu = process.cpuUsage(cpu0);
  const out: Record<string, number> = {
    'load (with every check)': (performance.now() - started) / 1000,
    'its CPU': (cpu.user + cpu.system) / 1e6,
  };
  const ctx: CheckContext = { db, now, locate: () => undefined };
  const rules = { advisoryChecks, crossFileChecks, triageRecordChecks, triageInventoryChecks, triageLinkChecks, triageDeadlineChecks };
  for (const [name, rule] of Object.entries(rules)) {
    const t0 = performance.now();
    rule(ctx);
    out[name] = (performance.now() - t0) / 1000;
  }
  return out;
}

/** Seconds per 1,000 records between consecutive sizes: equal slopes mean linear. */
function printSlopes(runs: SizeRun[]): void {
  for (let i = 1; i < runs.length; i++) {
    const a = runs[i - 1] as SizeRun;
    const b = runs[i] as SizeRun;
    const per = (x: number, y: number) => (((y - x) / (b.records - a.records)) * 1000).toFixed(3);
    const parts = [
      `check ${per(a.check.seconds, b.check.seconds)} s wall, ${per(a.check.cpuSeconds, b.check.cpuSeconds)} s CPU, ${per(a.check.peakMiB, b.check.peakMiB)} MiB`,
    ];
    if (a.build && b.build) {
      parts.push(
        `build ${per(a.build.seconds, b.build.seconds)} s wall, ${per(a.build.cpuSeconds + a.build.childCpuSeconds, b.build.cpuSeconds + b.build.childCpuSeconds)} s CPU, ${per(a.build.peakMiB, b.build.peakMiB)} MiB`,
      );
    }
    for (const name of Object.keys(b.rules)) parts.push(`${name} ${per(a.rules[name] ?? 0, b.rules[name] ?? 0)} s`);
    console.log(`  slope per 1,000 records from ${a.records} to ${b.records}: ${parts.join('; ')}`);
  }
}

function commitAll(root: string): void {
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', root, '-c', 'user.name=Bench', '-c', 'user.email=bench@example.invalid', ...args], { stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'synthetic advisories and triage records');
}

const fmt = (step: StepResult) =>
  `${step.seconds.toFixed(1)} s (cpu ${(step.cpuSeconds + step.childCpuSeconds).toFixed(1)} s, peak ${step.peakMiB} MiB)`;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
