// npm run fmt — rewrites advisories in the one canonical form, keeping comments.
import { relative, resolve } from 'node:path';
import { formatFiles } from '../src/core/authoring/index.ts';
import { dataRootOption, EXIT_OK, EXIT_PROBLEMS, outputFormat, parseCli, printDiagnostics, runCommand } from './lib/cli.ts';

const USAGE = `Usage: npm run fmt -- [--check] [--root DIR] [--format human|json|github] [FILE…]

Rewrites advisory files (all under advisories/, or the FILEs given) in the
canonical form: keys in schema order, block style, versions quoted, strings
quoted only when they must be, lines folded at 100 columns. Comments are kept
and no value ever changes (each result is read back and compared).

  --check   change nothing; list the files that would change and exit 1 if any (for CI)`;

const { values, positionals } = parseCli(USAGE, { check: { type: 'boolean' }, root: { type: 'string' }, format: { type: 'string' } }, true);

await runCommand(() => {
  const format = outputFormat(values.format);
  const root = dataRootOption(values.root);
  const files = positionals.map((f) => relative(root, resolve(f)).split('\\').join('/'));
  const check = Boolean(values.check);
  const result = formatFiles(root, files, { check });
  if (!check && format !== 'json') for (const file of result.changed) console.log(`formatted ${file}`);
  const code = printDiagnostics(result.diagnostics, result.checked, format);
  if (format !== 'json' && !check && result.changed.length === 0 && code === EXIT_OK) console.log('All advisories are already formatted.');
  return code === EXIT_OK ? EXIT_OK : EXIT_PROBLEMS;
});
