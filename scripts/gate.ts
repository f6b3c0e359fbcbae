// npm run gate -- --base <rev> --head <rev> — the embargo gate for a merge.
import { printablePath } from '../src/core/data-paths.ts';
import { sortDiagnostics } from '../src/core/diagnostics.ts';
import { formatJson } from '../src/core/format-diagnostics.ts';
import { runGate } from '../src/core/gate/index.ts';
import { dataRootOption, EXIT_PROBLEMS, EXIT_USAGE, outputFormat, parseCli, printDiagnostics, runCommand } from './lib/cli.ts';

const USAGE = `Usage: npm run gate -- --base <rev> --head <rev> [--push] [--verify-commits] [--root DIR] [--format human|json|github]

Lists the advisory files and triage records (vulns/) the change adds, modifies,
renames or deletes between the merge base of <base> and <head>, and <head>;
fails when one is under embargo, breaks the embargo policy, or changes or
deletes a published advisory or a public triage record.
--push gates a push instead: <base> is the branch before the push and must be
an ancestor of <head> (a rewritten history fails), and <base> itself is
compared with <head>.
A shallow clone or a missing revision fails too. Reads git objects directly
(no git binary). The clock is always the real time; there is no option to set it.
--verify-commits also requires every commit that changes advisories/ or
rotations/ to carry a valid OpenPGP signature by a member on the team at its
date, as the merge base records the team (see docs/signing.md).
Exit status: 0 may merge (warnings allowed), 1 findings, 2 usage or internal error.`;

const { values } = parseCli(USAGE, {
  base: { type: 'string' },
  head: { type: 'string' },
  root: { type: 'string' },
  format: { type: 'string' },
  'verify-commits': { type: 'boolean' },
  push: { type: 'boolean' },
});

await runCommand(async () => {
  const format = outputFormat(values.format);
  if (!values.base || !values.head) {
    console.error(`--base and --head are required.\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  const result = await runGate({
    root: dataRootOption(values.root),
    base: values.base,
    head: values.head,
    push: values.push === true,
    now: new Date(),
  });
  if (values['verify-commits']) {
    // Loaded only when asked: it brings the loader and OpenPGP.js, which the plain gate does not need.
    const { verifyCommits } = await import('../src/core/commits/index.ts');
    const commits = await verifyCommits({ root: dataRootOption(values.root), base: values.base, head: values.head, now: new Date() });
    result.diagnostics = sortDiagnostics([...result.diagnostics, ...commits.diagnostics]);
    if (format !== 'json')
      console.log(
        `gate: ${commits.verdicts.length} commit(s) change advisories/ or rotations/; ${commits.verdicts.filter((v) => v.ok).length} carry a valid team signature`,
      );
  }
  if (format === 'json') {
    const { diagnostics, filesChecked, ...rest } = result;
    console.log(JSON.stringify({ ...rest, ...JSON.parse(formatJson(diagnostics, filesChecked)) }, null, 2));
    return diagnostics.some((d) => d.severity === 'error') ? EXIT_PROBLEMS : 0;
  }
  if (result.compared) {
    const what = result.mergeBase ? 'merge base' : 'pushed-over commit';
    console.log(
      `gate: ${result.changes.length} advisory and triage file(s) changed between ${what} ${result.compared.slice(0, 12)} and ${result.head?.slice(0, 12)}`,
    );
    for (const change of result.changes) {
      const from = change.from ? `${printablePath(change.from)} -> ` : '';
      console.log(`  ${change.status.padEnd(8)} ${from}${printablePath(change.path)}`);
    }
  }
  return printDiagnostics(result.diagnostics, result.filesChecked, format);
});
