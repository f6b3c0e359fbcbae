// npm run embargo-status — what is embargoed, when each lifts, what is overdue.
import { embargoStatus, formatEmbargoStatus } from '../src/core/embargo/index.ts';
import { unreadableAdvisories } from '../src/core/leak-scan/index.ts';
import { loadDatabase } from '../src/core/load.ts';
import { dataRootOption, EXIT_OK, parseCli, runCommand } from './lib/cli.ts';

const USAGE = `Usage: npm run embargo-status -- [--root DIR] [--format human|json]

Reports every advisory that is not public yet: those under embargo and when
each lifts, those whose embargo has lifted and wait to be published, and which
are overdue against the fix target (policy.fix_target_days from the report).
--format json prints the same for bots (instants in UTC, remainingMs in ms).
Exit status: 0 report printed, 2 usage or internal error.`;

const { values } = parseCli(USAGE, { root: { type: 'string' }, format: { type: 'string' } });

await runCommand(() => {
  const format = values.format ?? 'human';
  if (format !== 'human' && format !== 'json') throw new Error(`Unknown --format ${format}; use human or json.`);
  const now = new Date();
  const db = loadDatabase(dataRootOption(values.root), { now });
  const report = embargoStatus(db, now, unreadableAdvisories(db));
  console.log(format === 'json' ? JSON.stringify(report, null, 2) : formatEmbargoStatus(report));
  return EXIT_OK;
});
