// npm run leak-scan -- [DIR] — fails when the built output mentions anything unpublishable.
import { resolve } from 'node:path';
import { buildClockAt } from '../src/core/build-clock.ts';
import { runLeakScan } from '../src/core/leak-scan/index.ts';
import { dataRootOption, outputFormat, parseCli, printDiagnostics, runCommand } from './lib/cli.ts';

const USAGE = `Usage: npm run leak-scan -- [DIR] [--root DIR] [--format human|json|github]

Scans every file in DIR (default dist/: pages, feeds, exports, sitemaps and
the search index, decompressing what is compressed) for the id, aliases,
summary or distinctive details text of any advisory or triage record (vulns/)
that is not publishable now (drafts, embargoed, not yet published, unreadable), after decoding
entities, escapes, percent-encoding, markup and look-alike characters. A file
it cannot read as UTF-8 text or a known binary format is a finding. Runs after
every build. The clock is the build's: the real time, or WATCHKEEPER_BUILD_NOW
when a build was pinned to a past instant (it can only make the scan stricter).
Exit status: 0 no leak, 1 leak or unreadable output, 2 usage or internal error.`;

const { values, positionals } = parseCli(USAGE, { root: { type: 'string' }, format: { type: 'string' } }, true);

await runCommand(async () => {
  const format = outputFormat(values.format);
  if (positionals.length > 1) throw new Error(`Name one folder to scan, not ${positionals.length}.`);
  const root = dataRootOption(values.root);
  const dir = resolve(positionals[0] ?? 'dist');
  const now = buildClockAt(process.env.WATCHKEEPER_BUILD_NOW, new Date());
  const started = performance.now();
  const report = await runLeakScan({ root, dir, now, display: process.cwd() });
  const seconds = (performance.now() - started) / 1000;
  if (format !== 'json')
    console.log(
      `leak-scan: ${report.filesScanned} files (${(report.bytesScanned / 1e6).toFixed(1)} MB) in ${dir} against ${report.advisories} unpublishable advisories and triage records (${report.needles} needles) in ${seconds.toFixed(2)} s`,
    );
  return printDiagnostics(report.diagnostics, report.filesScanned, format);
});
