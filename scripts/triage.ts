// npm run triage — the triage queue; npm run triage -- set … — records one triage event.
import { buildClockAt } from '../src/core/build-clock.ts';
import { formatHuman } from '../src/core/format-diagnostics.ts';
import { loadDatabase } from '../src/core/load.ts';
import type { TriageStatus } from '../src/core/triage/model.ts';
import { type QueueItem, TRIAGE_STATUSES, type TriageQueue, triageQueue } from '../src/core/triage/queue.ts';
import { type SetStatusInput, setTriageStatus } from '../src/core/triage/set-status.ts';
import { dataRootOption, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, parseCli, runCommand } from './lib/cli.ts';

const USAGE = `Usage: npm run triage -- [--package NAME] [--release ID] [--assignee HANDLE] [--status STATUS]
                         [--format human|json] [--root DIR]
       npm run triage -- set <ID> <package>[@<release>] <status> [--version V] [--advisory KSA-…]
                         [--commit SHA] [--update U] [--justification J] [--statement S] [--reason R]
                         [--note N] [--by HANDLE] [--at INSTANT] [--root DIR]

The queue: every package × release that needs triage (detected, investigating),
oldest first, then every one affected without a fix, with the days counted
against policy.triage_target_days and policy.fix_target_days, and the counts
by status. Filters narrow all of it.

set appends one event to the record's log for that package and release (without
@<release>: to every release the record lists for the package), at now unless
--at backdates it, and rewrites the file in canonical form, comments kept. The
edited record must pass the triage checks, or nothing is written.

Statuses: ${TRIAGE_STATUSES.join(', ')}.
WATCHKEEPER_BUILD_NOW pins the clock to a past instant (as for builds).`;

const { values, positionals } = parseCli(
  USAGE,
  {
    package: { type: 'string' },
    release: { type: 'string' },
    assignee: { type: 'string' },
    status: { type: 'string' },
    format: { type: 'string' },
    root: { type: 'string' },
    version: { type: 'string' },
    advisory: { type: 'string' },
    commit: { type: 'string' },
    update: { type: 'string' },
    justification: { type: 'string' },
    statement: { type: 'string' },
    reason: { type: 'string' },
    note: { type: 'string' },
    by: { type: 'string' },
    at: { type: 'string' },
  },
  true,
);

const isStatus = (s: string | undefined): s is TriageStatus => TRIAGE_STATUSES.includes(s as TriageStatus);

function usage(message: string): number {
  console.error(`${message}\n\n${USAGE}`);
  return EXIT_USAGE;
}

await runCommand(() => {
  const root = dataRootOption(values.root);
  const now = buildClockAt(process.env.WATCHKEEPER_BUILD_NOW, new Date());
  if (positionals[0] === 'set') return set(root, now);
  if (positionals.length > 0) return usage(`Unknown argument ${positionals[0]}; the only subcommand is set.`);
  if (values.status !== undefined && !isStatus(values.status)) return usage(`Unknown --status ${values.status}.`);
  const format = values.format ?? 'human';
  if (format !== 'human' && format !== 'json') return usage(`Unknown --format ${format}; use human or json.`);
  const db = loadDatabase(root, { now });
  const queue = triageQueue(db, now, {
    ...(values.package !== undefined ? { package: values.package } : {}),
    ...(values.release !== undefined ? { release: values.release } : {}),
    ...(values.assignee !== undefined ? { assignee: values.assignee } : {}),
    ...(isStatus(values.status) ? { status: values.status } : {}),
  });
  console.log(format === 'json' ? JSON.stringify({ now: now.toISOString(), ...queue }, null, 2) : human(queue));
  return EXIT_OK;
});

function set(root: string, now: Date): number {
  const [, id, target, status, ...rest] = positionals;
  if (!id || !target || !status || rest.length > 0) return usage('set takes exactly <ID> <package>[@<release>] <status>.');
  if (!isStatus(status)) return usage(`Unknown status ${status}.`);
  const at = target.lastIndexOf('@');
  const name = at > 0 ? target.slice(0, at) : target;
  const release = at > 0 ? target.slice(at + 1) : undefined;
  if (release === '') return usage(`${target}: name the release after @, or leave out the @.`);
  const fields = Object.fromEntries(
    (['version', 'advisory', 'commit', 'update', 'justification', 'statement', 'reason'] as const)
      .filter((f) => values[f] !== undefined)
      .map((f) => [f, values[f]]),
  ) as SetStatusInput['fields'];
  const input: SetStatusInput = {
    id,
    package: name,
    ...(release !== undefined ? { release } : {}),
    status,
    ...(values.at !== undefined ? { at: values.at } : {}),
    ...(values.by !== undefined ? { by: values.by } : {}),
    ...(values.note !== undefined ? { note: values.note } : {}),
    ...(fields && Object.keys(fields).length ? { fields } : {}),
  };
  const db = loadDatabase(root, { now });
  const result = setTriageStatus(root, db, input, now);
  if (!result.ok) {
    console.error(formatHuman(result.diagnostics));
    console.error(`\nNothing was written to ${result.file}; line numbers above are those the edited record would have had.`);
    return EXIT_PROBLEMS;
  }
  console.log(`Recorded ${status} for ${name} in ${result.releases.join(', ')} at ${result.event.at}: ${result.file}.`);
  if (result.diagnostics.length > 0) console.log(formatHuman(result.diagnostics));
  return EXIT_OK;
}

function human(q: TriageQueue): string {
  const lines: string[] = [];
  const section = (title: string, items: readonly QueueItem[]) => {
    lines.push(`${title} (${items.length})`);
    if (items.length === 0) lines.push('  none');
    else lines.push(...table(items).map((l) => `  ${l}`));
    lines.push('');
  };
  section('Needs triage, oldest first', q.needsTriage);
  section('Affected, no fix yet', q.affected);
  lines.push(
    `Past the target: ${q.overdue.length ? q.overdue.map((i) => `${i.id} ${i.package}@${i.release} +${i.daysOverdue}d`).join(', ') : 'none'}`,
  );
  if (q.oldestOpen)
    lines.push(`Oldest open: ${q.oldestOpen.id} ${q.oldestOpen.package}@${q.oldestOpen.release}, ${q.oldestOpen.daysOpen} days`);
  lines.push(`By status (${q.entries} package × release): ${TRIAGE_STATUSES.map((s) => `${s} ${q.counts[s]}`).join(', ')}`);
  return lines.join('\n');
}

function table(items: readonly QueueItem[]): string[] {
  const rows = [
    ['ID', 'PACKAGE', 'RELEASE', 'STATUS', 'FROM', 'DAYS', 'OVERDUE', 'ASSIGNEE'],
    ...items.map((i) => [
      i.id,
      i.package,
      i.release,
      i.status,
      i.clockStart.slice(0, 10),
      String(i.daysOpen),
      i.daysOverdue > 0 ? `+${i.daysOverdue}` : '-',
      i.assignee ?? '-',
    ]),
  ];
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows.map((r) =>
    r
      .map((cell, c) => cell.padEnd(widths[c] ?? 0))
      .join('  ')
      .trimEnd(),
  );
}
