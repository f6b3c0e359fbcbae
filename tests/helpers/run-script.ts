import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from './test-repo.ts';

export interface ScriptRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Standard output then standard error, for assertions that do not care which. */
  out: string;
}

/** Where the command runs (the test's own folder, when it reads relative paths) and how long it may take. */
export interface ScriptOptions {
  cwd?: string | undefined;
  timeout?: number | undefined;
}

/** Runs `node scripts/<script> …args` with exactly `env` as its environment. */
function run(script: string, args: readonly string[], env: NodeJS.ProcessEnv, options: ScriptOptions): ScriptRun {
  const r = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts', script), ...args], { ...options, encoding: 'utf8', env });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, out: r.stdout + r.stderr };
}

/**
 * Runs `node scripts/<script> …args` as a child process, the way `npm run`
 * does, with the CI annotation format off (GITHUB_ACTIONS empty) unless `env`
 * sets it. Commands are tested end to end: exit status and output.
 */
export function runScript(
  script: string,
  args: readonly string[],
  env: Record<string, string> = {},
  options: ScriptOptions = {},
): ScriptRun {
  return run(script, args, { ...process.env, GITHUB_ACTIONS: '', ...env }, options);
}

/**
 * The same in a clean environment: only PATH and `env`, so nothing from the
 * test runner's environment (a signing key, a data root, CI variables) reaches
 * the command.
 */
export function runScriptClean(
  script: string,
  args: readonly string[],
  env: Record<string, string> = {},
  options: ScriptOptions = {},
): ScriptRun {
  return run(script, args, { PATH: process.env.PATH ?? '', ...env }, options);
}
