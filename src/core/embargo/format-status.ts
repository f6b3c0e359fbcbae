import { formatSpan } from '../time.ts';
import type { EmbargoEntry, EmbargoReport } from './status.ts';

/** The report for a terminal: one block per advisory, soonest to act on first. */
export function formatEmbargoStatus(report: EmbargoReport): string {
  const { policy } = report;
  const lines = [
    `Embargo status at ${report.now} (policy: embargo at most ${policy.max_embargo_days} days, ${policy.preferred_embargo_days} preferred; fix within ${policy.fix_target_days} days)`,
  ];
  if (report.entries.length === 0) {
    lines.push('', 'Nothing is embargoed or waiting to be published.');
    return lines.join('\n');
  }
  for (const e of report.entries) {
    lines.push('', `${e.id}  ${headline(e)}`);
    if (e.summary) lines.push(`    ${e.summary}`);
    const facts: string[] = [];
    if (e.lengthDays !== undefined) {
      const policyNote = e.overMax
        ? e.reason
          ? ', over the maximum, reason given'
          : ', OVER THE MAXIMUM, no reason'
        : e.overPreferred
          ? ', over the preferred length'
          : '';
      facts.push(`embargo ${e.lengthDays} days from report${policyNote}`);
    }
    if (e.fixDue)
      facts.push(
        e.fixed ? `fixed ${e.fixed}${e.overdue ? ' (after the fix target)' : ''}` : `fix due ${e.fixDue}${e.overdue ? ' — OVERDUE' : ''}`,
      );
    if (e.coordinator) facts.push(`coordinator ${e.coordinator}`);
    facts.push(e.file);
    lines.push(`    ${facts.join('; ')}`);
  }
  const overdue = report.entries.filter((e) => e.overdue).length;
  const embargoed = report.entries.filter((e) => e.state === 'embargoed').length;
  const lifted = report.entries.filter((e) => e.state === 'lifted').length;
  lines.push('', `${embargoed} under embargo, ${lifted} lifted and waiting to be published, ${overdue} overdue against the fix target.`);
  return lines.join('\n');
}

function headline(e: EmbargoEntry): string {
  switch (e.state) {
    case 'embargoed':
      return `under embargo until ${e.until} (lifts in ${formatSpan(e.remainingMs ?? 0)})`;
    case 'lifted':
      return `embargo lifted ${e.until} (${formatSpan(e.remainingMs ?? 0)} ago) — publish it: status published, timeline.published`;
    case 'scheduled':
      return `published, not yet public${e.until ? ` (embargo until ${e.until})` : ''}`;
    case 'draft':
      return 'draft, no embargo set';
    case 'unreadable':
      return 'cannot be read — run npm run check; treated as embargoed until it can';
  }
}
