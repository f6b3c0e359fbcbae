import { hasErrors } from '../diagnostics.ts';
import type { IntakeOutcome } from './plan.ts';
import type { IntakeResult } from './run-intake.ts';

/**
 * The human report of an intake run: counts, then one line per matched,
 * ambiguous, rejected and unmatched record with the reason (and
 * a near miss's hint), then what was
 * written. The script prints it; the golden cases keep it.
 */
export function formatIntakeReport(result: IntakeResult, files: number, dryRun: boolean): string {
  const of = (kind: IntakeOutcome['kind']) => result.outcomes.filter((o) => o.kind === kind);
  const matched = of('matched');
  const unmatched = of('unmatched');
  const ambiguous = of('ambiguous');
  const rejected = of('rejected');
  const lines = [
    `${count(files, 'file')} read (${count(result.recordsRead, 'record')}): ${matched.length} matched, ${unmatched.length} unmatched, ${ambiguous.length} ambiguous, ${rejected.length} rejected.`,
  ];
  for (const o of matched) {
    const entries = (o.entries ?? []).map((e) => `${e.package}@${e.release}${e.added ? '' : ' (tracked)'}`).join(', ');
    const action = o.action === 'create' ? 'new' : o.action === 'update' ? 'update' : 'unchanged';
    lines.push(`  matched    ${o.id}  ${action}  ${entries}  ${o.file ?? ''}`.trimEnd());
  }
  for (const o of ambiguous) lines.push(`  ambiguous  ${o.id}  ${o.reason}`);
  for (const o of rejected) lines.push(`  rejected   ${o.id}  ${o.reason}`);
  for (const o of unmatched) {
    lines.push(`  unmatched  ${o.id}  ${o.reason}`);
    if (o.hint) lines.push(`             hint: ${o.hint}`);
  }
  if (hasErrors(result.diagnostics)) lines.push('Nothing written because of the errors below: fix them and run intake again.');
  else if (dryRun) lines.push(`Dry run: ${count(result.planned.length, 'file')} would be written (nothing written).`);
  else if (result.written.length) lines.push(`${count(result.written.length, 'file')} written under vulns/.`);
  else lines.push('Nothing to write: every matched record is already tracked.');
  return lines.join('\n');
}

/** `1 file`, `2 files`. */
function count(n: number, one: string): string {
  return `${n} ${n === 1 ? one : `${one}s`}`;
}
