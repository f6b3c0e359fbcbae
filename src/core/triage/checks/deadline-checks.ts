import { type CheckContext, report } from '../../checks/context.ts';
import type { Diagnostic } from '../../diagnostics.ts';
import { deadlineOf } from '../deadline.ts';

/**
 * The policy deadlines, counted in whole days at `now` (deadline.ts): a package
 * that has needed triage longer than policy.triage_target_days, and one still
 * affected longer than policy.fix_target_days after the vulnerability became public.
 */
export function triageDeadlineChecks(ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { triage_target_days, fix_target_days } = ctx.db.settings.policy;
  for (const t of ctx.db.triage) {
    for (const [p, pkg] of t.packages.entries()) {
      for (const [r, rel] of pkg.releases.entries()) {
        const events = rel.events;
        const deadline = deadlineOf(t, events, ctx.db.settings.policy, ctx.now);
        if (!deadline || deadline.overdueDays === 0) continue;
        const path = ['packages', p, 'releases', r, 'events', events.length - 1, 'status'];
        const where = `${pkg.name} in ${rel.release}`;
        const { days } = deadline;
        if (deadline.kind === 'triage') {
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
        } else {
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
  return out;
}
