// npm run leak-scan -- [DIR] — fails when the built output mentions anything unpublishable.
import { resolve } from 'node:path';
import { hasErrors } from '../src/core/diagnostics.ts';
import { leakNeedles, scanOutput, unreadableAdvisories } from '../src/core/leak-scan/index.ts';
import { loadDatabase } from '../src/core/load.ts';
import { buildClock } from '../src/site/build-clock.ts';
import { dataRootOption, outputFormat, parseCli, printDiagnostics, runCommand } from './lib/cli.ts';

const USAGE = `Usage: npm run leak-scan -- [DIR] [--root DIR] [--format human|json|github]

Scans every file in DIR (default dist/: pages, feeds, exports, sitemaps and
the search index, decompressing what is compressed) for the id, aliases,
summary or distinctive details text of any advisory that is not publishable
now (drafts, embargoed, not yet published, unreadable). Runs after every build.
The clock is the build's: the real time, or WATCHKEEPER_BUILD_NOW when a build
was pinned to a past instant (it can only make the scan stricter).
Exit status: 0 no leak, 1 leak or unreadable output, 2 usage or internal error.`;

const { values, positionals } = parseCli(USAGE, { root: { type: 'string' }, format: { type: 'string' } }, true);

await runCommand(() => {
  const format = outputFormat(values.format);
  if (positionals.length > 1) throw new Error(`Name one folder to scan, not ${positionals.length}.`);
  const root = dataRootOption(values.root);
  const dir = resolve(positionals[0] ?? 'dist');
  const now = buildClock();
  const db = loadDatabase(root, { now });
  const needles = leakNeedles(db, now, unreadableAdvisories(db));
  const scan = scanOutput(dir, needles, process.cwd());
  // Data that does not load means unknown text: the scan cannot vouch for the output.
  const dataErrors = hasErrors(db.diagnostics) ? db.diagnostics.filter((d) => d.severity === 'error') : [];
  if (format !== 'json')
    console.log(`leak-scan: ${scan.filesScanned} files in ${dir} against ${needles.advisories} unpublishable advisories`);
  return printDiagnostics([...dataErrors, ...scan.diagnostics], scan.filesScanned, format);
});
