// npm run rota — who is on duty now and next, upcoming handovers and coordinator gaps.
import { formatRota, hasErrors, loadDatabase, parseAtArgument, rotaHasGaps, rotaReport } from '../src/core/index.ts';
import { dataRootOption, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, parseCli, runCommand } from './lib/cli.ts';

const USAGE = `Usage: npm run rota -- [--at DATE|INSTANT] [--format human|json] [--handovers N] [--root DIR]

Shows who holds which role now (or at --at: 2027-01-01 or 2027-01-01T09:00:00Z, UTC),
who is on duty after the next handover, upcoming handovers and coordinator gaps.
Exit status: 0 covered to the end of the plan, 1 a coordinator gap or no plan, 2 usage or internal error.`;

const { values } = parseCli(USAGE, {
  at: { type: 'string' },
  format: { type: 'string' },
  handovers: { type: 'string' },
  root: { type: 'string' },
});

await runCommand(() => {
  // The clock to the second: nobody needs milliseconds in a duty roster.
  const at = values.at === undefined ? new Date(Math.floor(Date.now() / 1000) * 1000) : parseAtArgument(values.at);
  if (!at) {
    console.error(`--at ${values.at}: give a date (2027-01-01) or a UTC instant with Z (2027-01-01T09:00:00Z).\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  const format = values.format ?? 'human';
  if (format !== 'human' && format !== 'json') {
    console.error(`Unknown --format ${format}; use human or json.`);
    return EXIT_USAGE;
  }
  const limit = values.handovers === undefined ? 20 : Number(values.handovers);
  if (!Number.isInteger(limit) || limit < 0) {
    console.error(`--handovers ${values.handovers}: give a whole number.`);
    return EXIT_USAGE;
  }
  // The data is checked against today's clock; --at only changes the instant asked about.
  const db = loadDatabase(dataRootOption(values.root), { now: new Date() });
  const report = rotaReport(db, at, { handovers: limit });
  if (format === 'json') console.log(JSON.stringify(report, null, 2));
  else console.log(formatRota(report, db.settings.name));
  if (hasErrors(db.diagnostics)) console.error('\nThe data has errors; run `npm run check` to see them.');
  return rotaHasGaps(report) ? EXIT_PROBLEMS : EXIT_OK;
});
