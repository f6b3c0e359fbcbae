// npm run record — the public time-to-fix track record in the terminal, as JSON or as CSV.
import { fileURLToPath } from 'node:url';
import { historyChecks } from '../src/core/history/history-checks.ts';
import { historyOnce } from '../src/core/history/history-once.ts';
import { formatHuman, hasErrors, loadDatabase, sortDiagnostics } from '../src/core/index.ts';
import { defaultCacheDir } from '../src/core/parse-cache.ts';
import { recordCsv, recordJson, vulnRecordCsv, vulnRecordJson } from '../src/core/record/export.ts';
import { formatRecordHuman, formatVulnRecordHuman } from '../src/core/record/format-human.ts';
import { buildTrackRecord } from '../src/core/record/track-record.ts';
import { buildVulnRecord } from '../src/core/record/triage-record.ts';
import { dataRootOption, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, parseCli, runCommand } from './lib/cli.ts';

const USAGE = `Usage: npm run record -- [--root DIR] [--format human|json|csv] [--basis both|advisories|vulns] [--ref REF] [--at INSTANT]

Prints, for every published advisory, the days from disclosure and from report
to a fix, with the median, 90th percentile and share within the policy target
(watchkeeper.yaml policy.fix_target_days) per year and per severity. Dates of
publication and of recorded fixes come from one walk of the git history.
Beside it, the same figures over every tracked vulnerability (vulns/) that
affected a release: days from public upstream to fix available per package and
release, per year and per release; an entry without a fix past the target
(open or will not fix) is a miss.
--basis picks the record: both (the default for human and json; json then
carries the vulnerability record under the key "vulns"), advisories (the
default for csv) or vulns. csv prints one table, so it takes advisories or vulns.
--at computes the record as of a UTC instant (e.g. 2026-12-31T23:59:59Z), so a
published figure can be reproduced later. json and csv go to standard output;
problems go to standard error.
Exit status: 0 done (warnings allowed), 1 the data or history has errors, 2 usage or internal error.`;

const { values } = parseCli(USAGE, {
  root: { type: 'string' },
  format: { type: 'string' },
  ref: { type: 'string' },
  at: { type: 'string' },
  basis: { type: 'string' },
});

await runCommand(async () => {
  const format = values.format ?? 'human';
  if (!['human', 'json', 'csv'].includes(format)) {
    console.error(`Unknown --format ${format}; use human, json or csv.\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  const basis = values.basis ?? (format === 'csv' ? 'advisories' : 'both');
  if (!['both', 'advisories', 'vulns'].includes(basis)) {
    console.error(`Unknown --basis ${basis}; use both, advisories or vulns.\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (format === 'csv' && basis === 'both') {
    console.error('--format csv prints one table: use --basis advisories or --basis vulns.');
    return EXIT_USAGE;
  }
  const root = dataRootOption(values.root);
  // The data is checked against the real clock; --at only moves the instant the record is computed for.
  const clock = new Date();
  const now = values.at === undefined ? clock : new Date(values.at);
  if (values.at !== undefined && (!/Z$/.test(values.at) || Number.isNaN(now.getTime()))) {
    console.error(`--at takes a UTC instant written with Z, e.g. 2026-12-31T23:59:59Z; got ${values.at}.`);
    return EXIT_USAGE;
  }
  const db = loadDatabase(root, { now: clock });
  // The same walk-once history the site's dates come from (src/core/history/history-once.ts).
  const cacheDir = defaultCacheDir(fileURLToPath(new URL('..', import.meta.url)));
  const history = historyOnce(root, { cacheDir, ...(values.ref ? { ref: values.ref } : {}) });
  const problems = sortDiagnostics([
    ...db.diagnostics.filter((d) => d.severity === 'error'),
    ...history.diagnostics,
    ...historyChecks(db, history),
  ]);
  if (hasErrors(db.diagnostics)) {
    console.error(`The data has errors; fix them first (npm run check):\n${formatHuman(problems)}`);
    return EXIT_PROBLEMS;
  }
  const record = buildTrackRecord(db, now, history);
  const vulns = buildVulnRecord(db, now);
  const siteUrl = db.settings.site_url;
  if (format === 'json') {
    const text = basis === 'vulns' ? vulnRecordJson(vulns) : recordJson(record, basis === 'both' ? vulns : undefined);
    console.log(text.trimEnd());
  } else if (format === 'csv') process.stdout.write(basis === 'vulns' ? vulnRecordCsv(vulns, siteUrl) : recordCsv(record, siteUrl));
  else {
    const parts = [basis !== 'vulns' ? formatRecordHuman(record) : '', basis !== 'advisories' ? formatVulnRecordHuman(vulns) : ''];
    console.log(parts.filter(Boolean).join('\n\n'));
  }
  if (problems.length > 0) console.error(`\n${formatHuman(problems)}`);
  return hasErrors(problems) ? EXIT_PROBLEMS : EXIT_OK;
});
