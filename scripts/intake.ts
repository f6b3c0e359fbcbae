// npm run intake -- <CVE JSON 5 or OSV files or folders> — matches upstream records to the inventory and creates or updates triage records.
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { SingleBar } from 'cli-progress';
import { hasErrors } from '../src/core/diagnostics.ts';
import { formatJson } from '../src/core/format-diagnostics.ts';
import { formatIntakeReport, runIntake } from '../src/core/intake/index.ts';
import { dataRootOption, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, outputFormat, parseCli, printDiagnostics, runCommand } from './lib/cli.ts';

const USAGE = `Usage: npm run intake -- <file or folder>… [--root DIR] [--release ID] [--dry-run] [--format human|json|github]

Matches CVE JSON 5 and OSV records (.json; folders are searched recursively)
against the package inventories in vulns/releases/, and creates
vulns/<year>/<ID>.yaml records in status \`detected\` or adds the package and
release entries an existing record lacks. It never changes or removes an
event or a team decision; a REJECTED CVE marks the entries still open as
rejected. A second run with the same input writes nothing.

  --release ID  match only this release's packages
  --dry-run     match, plan and validate everything, write nothing

Exit 0 when all is well, 1 when an input or a record had an error (then
nothing is written), 2 on a usage error. Rules: docs/triage.md, "Intake".`;

const { values, positionals } = parseCli(
  USAGE,
  {
    root: { type: 'string' },
    release: { type: 'string' },
    'dry-run': { type: 'boolean' },
    format: { type: 'string' },
  },
  true,
);

await runCommand(() => {
  if (positionals.length === 0) {
    console.error(USAGE);
    return EXIT_USAGE;
  }
  const format = outputFormat(values.format);
  const root = dataRootOption(values.root);
  const missing = positionals.filter((input) => !existsSync(resolve(input)));
  if (missing.length > 0) {
    for (const input of missing) console.error(`No such file or folder: ${input}`);
    return EXIT_USAGE;
  }
  const refused: string[] = [];
  const files = positionals.flatMap((input) => listInputs(resolve(input), refused, true));
  if (refused.length > 0) {
    for (const line of refused) console.error(line);
    return EXIT_USAGE;
  }
  if (files.length === 0) {
    console.error('No .json files found in the given paths.');
    return EXIT_USAGE;
  }
  const bar = progress(files.length);
  const result = runIntake({
    root,
    inputs: files.map((file) => ({ file: relative(process.cwd(), file) || file, bytes: readFileSync(file) })),
    now: new Date(),
    ...(values.release ? { release: values.release } : {}),
    ...(values['dry-run'] ? { dryRun: true } : {}),
    onRead: () => bar?.increment(),
  });
  bar?.stop();
  if (format === 'json') {
    // One document: the same filesChecked and diagnostics as every command's JSON, plus what intake decided.
    const { diagnostics, ...rest } = result;
    const report = JSON.parse(formatJson(diagnostics, files.length)) as object;
    console.log(JSON.stringify({ ...report, ...rest, dryRun: Boolean(values['dry-run']) }, null, 2));
    return hasErrors(diagnostics) ? EXIT_PROBLEMS : EXIT_OK;
  }
  console.log(formatIntakeReport(result, files.length, Boolean(values['dry-run'])));
  return printDiagnostics(result.diagnostics, files.length, format);
});

/**
 * The .json files under a path. A path given on the command line is followed
 * (the operator named it); inside a folder a symbolic link is refused, not
 * skipped, since an unpacked download could point it anywhere, and a FIFO,
 * socket or device is refused wherever it is (reading one would hang).
 */
function listInputs(path: string, refused: string[], named = false): string[] {
  const stat = named ? statSync(path) : lstatSync(path);
  const shown = relative(process.cwd(), path) || path;
  if (stat.isSymbolicLink()) {
    refused.push(`${shown} is a symbolic link inside an input folder; intake does not follow those. Name the file it points to instead.`);
    return [];
  }
  if (stat.isFile()) return [path];
  if (!stat.isDirectory()) {
    refused.push(`${shown} is not a regular file or folder (a FIFO, socket or device); intake reads .json files only.`);
    return [];
  }
  const out: string[] = [];
  for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) out.push(...listInputs(child, refused));
    else if (entry.isFile()) {
      if (/\.json$/i.test(entry.name)) out.push(child);
    } else if (entry.isSymbolicLink() || /\.json$/i.test(entry.name)) out.push(...listInputs(child, refused));
  }
  return out;
}

/** A progress bar on stderr in a terminal only; none in CI logs or pipes. */
function progress(total: number): SingleBar | undefined {
  if (!process.stderr.isTTY || total < 20) return undefined;
  const bar = new SingleBar({
    format: 'reading  [{bar}] {value}/{total} {percentage}% eta {eta}s',
    stream: process.stderr,
    hideCursor: true,
  });
  bar.start(total, 0);
  return bar;
}
