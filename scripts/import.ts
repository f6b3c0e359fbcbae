// npm run import -- osv <files or folders> — converts OSV (JSON or YAML) and CVE JSON 5 records into advisories.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { SingleBar } from 'cli-progress';
import type { Diagnostic } from '../src/core/index.ts';
import {
  type Converted,
  type ImportChange,
  importState,
  planImport,
  readImportFile,
  skippedDiagnostics,
  writePlannedFile,
} from '../src/core/osv/index.ts';
import { dataRootOption, EXIT_USAGE, outputFormat, parseCli, printDiagnostics, runCommand } from './lib/cli.ts';

const USAGE = `Usage: npm run import -- osv <file or folder>… [--root DIR] [--dry-run] [--verbose] [--report FILE] [--format human|json|github]

Converts OSV advisories (.json or .yaml) and CVE JSON 5 records (.json) into
advisories/<year>/<ID>.yaml in this repository's canonical form. Each gets the
next free id for its published year; the original id is kept in aliases.
Folders are searched recursively. Nothing existing is overwritten, and a
record imported before (its original id is already an alias here) is skipped.

  --dry-run      convert and check everything, write nothing
  --verbose      list every change import had to make, not only the counts
  --report FILE  write the full report (every file, id and change) as JSON

What import changes and why: docs/import.md.`;

const { values, positionals } = parseCli(
  USAGE,
  {
    root: { type: 'string' },
    'dry-run': { type: 'boolean' },
    verbose: { type: 'boolean' },
    report: { type: 'string' },
    format: { type: 'string' },
  },
  true,
);

await runCommand(() => {
  const [kind, ...inputs] = positionals;
  if ((kind !== 'osv' && kind !== 'cve') || inputs.length === 0) {
    console.error(USAGE);
    return EXIT_USAGE;
  }
  const format = outputFormat(values.format);
  const root = dataRootOption(values.root);
  const now = new Date();
  const missing = inputs.filter((input) => !existsSync(resolve(input)));
  if (missing.length > 0) {
    for (const input of missing) console.error(`No such file or folder: ${input}`);
    console.error('Give the OSV or CVE files to import, or folders holding them.');
    return EXIT_USAGE;
  }
  const files = inputs.flatMap((input) => listInputs(resolve(input)));
  if (files.length === 0) {
    console.error('No .json, .yaml or .yml files found in the given paths.');
    return EXIT_USAGE;
  }
  const { state, settings } = importState(root, now);
  const diagnostics: Diagnostic[] = [];
  const converted: { input: string; converted: Converted }[] = [];

  const bar = progress(files.length, 'reading');
  for (const file of files) {
    const shown = relative(process.cwd(), file) || file;
    const result = readImportFile(shown, readFileSync(file), { settings, now });
    diagnostics.push(...result.diagnostics);
    converted.push(...result.records);
    bar?.increment();
  }
  bar?.stop();

  const plan = planImport(converted, state);
  diagnostics.push(...plan.diagnostics);
  diagnostics.push(...skippedDiagnostics(plan.skipped));
  let written = 0;
  if (!values['dry-run']) {
    const writeBar = progress(plan.planned.length, 'writing');
    for (const p of plan.planned) {
      const problem = writePlannedFile(root, p);
      if (problem) diagnostics.push(problem);
      else written++;
      writeBar?.increment();
    }
    writeBar?.stop();
  }

  if (values.report) {
    const report = { imported: plan.planned.map(({ text: _text, ...rest }) => rest), skipped: plan.skipped, diagnostics };
    writeFileSync(values.report, `${JSON.stringify(report, null, 2)}\n`);
  }
  if (format !== 'json') {
    printSummary(files.length, converted.length, written, plan.planned, Boolean(values['dry-run']), Boolean(values.verbose));
  }
  return printDiagnostics(diagnostics, files.length, format);
});

function listInputs(path: string): string[] {
  const stat = statSync(path);
  if (stat.isFile()) return [path];
  const out: string[] = [];
  for (const name of readdirSync(path).sort()) {
    const child = join(path, name);
    const s = statSync(child);
    if (s.isDirectory()) out.push(...listInputs(child));
    else if (/\.(json|ya?ml)$/i.test(name)) out.push(child);
  }
  return out;
}

/** A progress bar on stderr for long runs in a terminal; none in CI logs or pipes. */
function progress(total: number, label: string): SingleBar | undefined {
  if (!process.stderr.isTTY || total < 50) return undefined;
  const bar = new SingleBar({
    format: `${label.padEnd(8)} [{bar}] {value}/{total} {percentage}% eta {eta}s`,
    stream: process.stderr,
    hideCursor: true,
  });
  bar.start(total, 0);
  return bar;
}

/** `1 file`, `2 files`: counts in the report read as English. */
function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function printSummary(
  read: number,
  records: number,
  written: number,
  planned: { input: string; id: string; changes: ImportChange[] }[],
  dryRun: boolean,
  verbose: boolean,
): void {
  const byKind = new Map<string, { changes: number; files: Set<string> }>();
  for (const p of planned) {
    for (const c of p.changes) {
      const entry = byKind.get(c.kind) ?? { changes: 0, files: new Set() };
      entry.changes++;
      entry.files.add(p.input);
      byKind.set(c.kind, entry);
      if (verbose) console.log(`${p.input}${c.pointer ? `#${c.pointer}` : ''}  ${c.kind}  ${c.message}`);
    }
  }
  const clean = planned.filter((p) => p.changes.every((c) => c.kind === 'id-assigned')).length;
  const withChanges = planned.length - clean;
  const readText = `${count(read, 'file')} read${records !== read ? ` (${count(records, 'record')})` : ''}`;
  console.log(
    dryRun
      ? `Dry run: ${readText}, ${count(planned.length, 'advisory', 'advisories')} would be imported (nothing written).`
      : `${readText}, ${count(written, 'advisory', 'advisories')} written under advisories/.`,
  );
  if (planned.length === 0) return;
  const changed = [...byKind].filter(([kind]) => kind !== 'id-assigned');
  // A heading only where something follows it.
  console.log(
    `  ${clean} mapped as they were (apart from the new id)${withChanges > 0 && changed.length > 0 ? `, ${withChanges} mapped with changes:` : '.'}`,
  );
  for (const [kind, { changes, files }] of changed.sort((a, b) => b[1].files.size - a[1].files.size)) {
    console.log(`    ${kind.padEnd(20)} ${count(changes, 'change').padStart(12)} in ${count(files.size, 'record')}`);
  }
}
