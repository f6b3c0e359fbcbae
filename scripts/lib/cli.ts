// Shared plumbing for the thin command-line entry points: argument parsing,
// printing diagnostics in the requested format, and exit codes.
// Exit codes: 0 clean, 1 problems found, 2 usage or internal error.
import { type ParseArgsConfig, parseArgs } from 'node:util';
// Imported from their own modules, not src/core/index.ts: every command pays
// for this file at start-up, and the index pulls in the whole library.
import { DATA_ROOT_ENV, resolveDataRoot } from '../../src/core/data-root.ts';
import { type Diagnostic, hasErrors } from '../../src/core/diagnostics.ts';
import { formatGitHub, formatHuman, formatJson, formatSummary } from '../../src/core/format-diagnostics.ts';
import { guardRunnerOutput, printCommands } from './github-output.ts';

// Every command imports this file, so under GitHub Actions every line any command prints is guarded from here on.
if (process.env.GITHUB_ACTIONS === 'true') guardRunnerOutput();

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

export type OutputFormat = 'human' | 'json' | 'github';

/** Parses argv or exits 2 with the usage text. */
export function parseCli<T extends NonNullable<ParseArgsConfig['options']>>(usage: string, options: T, allowPositionals = false) {
  try {
    const parsed = parseArgs({
      args: process.argv.slice(2),
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals,
      strict: true,
    });
    if ((parsed.values as { help?: boolean }).help) {
      console.log(usage);
      process.exit(EXIT_OK);
    }
    return parsed;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    process.exit(EXIT_USAGE);
  }
}

/**
 * The data repository: `--root` when given, else WATCHKEEPER_ROOT, else the
 * current directory (the site build follows the same rule, src/site/data-root.ts).
 */
export function dataRootOption(flag: string | undefined): string {
  return resolveDataRoot({ flag, env: process.env[DATA_ROOT_ENV], cwd: process.cwd() });
}

/** `--format` wins; otherwise GitHub Actions gets annotations, everyone else the human form. */
export function outputFormat(requested: string | undefined): OutputFormat {
  if (requested === 'github') guardRunnerOutput();
  if (requested === 'human' || requested === 'json' || requested === 'github') return requested;
  if (requested !== undefined) {
    console.error(`Unknown --format ${requested}; use human, json or github.`);
    process.exit(EXIT_USAGE);
  }
  return process.env.GITHUB_ACTIONS === 'true' ? 'github' : 'human';
}

/** Prints diagnostics and returns the exit code they call for. */
export function printDiagnostics(list: readonly Diagnostic[], filesChecked: number, format: OutputFormat): number {
  if (format === 'json') {
    console.log(formatJson(list, filesChecked));
  } else {
    if (format === 'github' && list.length > 0) printCommands(formatGitHub(list));
    if (list.length > 0) console.log(formatHuman(list));
    console.log(formatSummary(list, filesChecked));
  }
  return hasErrors(list) ? EXIT_PROBLEMS : EXIT_OK;
}

/** Runs a command body; an unexpected exception is an internal error (exit 2), never a pass. */
export async function runCommand(body: () => Promise<number> | number): Promise<void> {
  try {
    process.exitCode = await body();
  } catch (error) {
    console.error(`internal error: ${(error as Error).stack ?? String(error)}`);
    process.exitCode = EXIT_USAGE;
  }
}
