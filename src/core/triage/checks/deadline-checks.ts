import { type CheckContext, report } from '../../checks/context.ts';
import type { Diagnostic } from '../../diagnostics.ts';
import { DAY_MS, instantMs } from '../../time.ts';
import type { TriageEvent } from '../../types.gen.ts';
import { NEEDS_TRIAGE, type TriageRecord } from '../model.ts';

/**
 * The policy deadlines, counted in whole days at `now`: a package that has
 * needed triage longer than policy.triage_target_days, and one still affected
 * longer than policy.fix_target_days after the vulnerability became public.
 */
export function triageDeadlineChecks(ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { triage_target_days, fix_target_days } = ctx.db.settings.policy;
  const nowMs = ctx.now.getTime();
  for (const t of ctx.db.triage) {
    for (const [p, pkg] of t.packages.entries()) {
      for (const [r, rel] of pkg.releases.entries()) {
        const events = rel.events;
        const last = events.at(-1);
        if (!last) continue;
        const path = ['packages', p, 'releases', r, 'events', events.length - 1, 'status'];
        const where = `${pkg.name} in ${rel.release}`;
        if (NEEDS_TRIAGE.includes(last.status)) {
          const days = Math.floor((nowMs - instantMs(queueStart(events))) / DAY_MS);
          if (days > triage_target_days) {
            out.push(
              report(
                ctx,
                'TRIAGE_OVERDUE',
                t.file,
                path,
                `${where} has needed triage for ${days} days, more than the policy's ${triage_target_days} (policy.triage_target_days).`,
                'Decide: record affected, not_affected (with justification and statement), fixed or will_not_fix.',
              ),
            );
          }
        } else if (last.status === 'affected') {
          const start = fixClockStart(t, events);
          const days = Math.floor((nowMs - start) / DAY_MS);
          if (days > fix_target_days) {
            out.push(
              report(
                ctx,
                'TRIAGE_FIX_OVERDUE',
                t.file,
                path,
                `${where} has been affected for ${days} days since ${t.published_upstream ? 'the vulnerability was made public' : 'it was first recorded'}, more than the policy's ${fix_target_days} (policy.fix_target_days).`,
                'Ship the fix and record a fixed event, or record will_not_fix with the reason.',
              ),
            );
          }
        }
      }
    }
  }
  return out;
}

/** When the current run of needs-triage events began (the first of the trailing detected/investigating events). */
function queueStart(events: readonly TriageEvent[]): string {
  let i = events.length - 1;
  while (i > 0 && NEEDS_TRIAGE.includes((events[i - 1] as TriageEvent).status)) i--;
  return (events[i] as TriageEvent).at;
}

/** The fix target counts from publication upstream, else from the end of the embargo, else from the first event. */
function fixClockStart(t: TriageRecord, events: readonly TriageEvent[]): number {
  const from = t.published_upstream ?? t.embargo?.until ?? (events[0] as TriageEvent).at;
  return instantMs(from);
}
