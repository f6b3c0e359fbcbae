import type { Diagnostic } from '../diagnostics.ts';
import { dutyAt, holdsAt } from '../rotation/duty.ts';
import { instantMs } from '../time.ts';
import { type CheckContext, report } from './context.ts';

/** Advisories that are still being worked on: someone must be coordinating them. */
const OPEN = new Set(['draft', 'embargoed']);

/**
 * An advisory's coordinator must have held the coordinator role (primary or
 * backup) when the advisory was reported, and an open advisory's coordinator
 * should still hold it today. Advisories reported before the first coordinator
 * term predate the rotation records and are not judged; unknown handles are
 * COORDINATOR_UNKNOWN's business.
 */
export function rotationCoordinatorChecks(ctx: CheckContext): Diagnostic[] {
  const { db, now } = ctx;
  const coordinators = db.terms.filter((t) => t.role === 'coordinator' && t.fromMs < t.untilMs);
  if (coordinators.length === 0) return [];
  const firstStart = Math.min(...coordinators.map((t) => t.fromMs));
  const out: Diagnostic[] = [];
  for (const a of db.advisories) {
    const handle = a.coordinator;
    if (!handle || !db.memberByHandle.has(handle)) continue;
    const own = coordinators.filter((t) => t.member === handle);
    const reported = a.timeline?.reported;
    if (reported) {
      const ms = instantMs(reported);
      if (ms >= firstStart && !own.some((t) => holdsAt(t, ms))) {
        const onDuty = dutyAt(coordinators, new Date(ms));
        const names = [...onDuty.coordinator.primary, ...onDuty.coordinator.backup].map((t) => `\`${t.member}\``);
        out.push(
          report(
            ctx,
            'COORDINATOR_OFF_ROTA',
            a.file,
            ['coordinator'],
            `\`${handle}\` was not coordinator (primary or backup) on ${reported}, when ${a.id} was reported.`,
            names.length > 0
              ? `On that date the coordinators were ${names.join(' and ')}; name one of them, or correct timeline.reported.`
              : 'Nobody was coordinator on that date: add the missing term under rotations/terms/, or correct timeline.reported.',
          ),
        );
      }
    }
    if (OPEN.has(a.status) && !own.some((t) => holdsAt(t, now.getTime()))) {
      const current = dutyAt(coordinators, now).coordinator.primary.map((t) => `\`${t.member}\``);
      out.push(
        report(
          ctx,
          'COORDINATOR_OFF_DUTY',
          a.file,
          ['coordinator'],
          `${a.id} is ${a.status === 'draft' ? 'a draft' : a.status} and its coordinator \`${handle}\` no longer holds the coordinator role.`,
          current.length > 0
            ? `Hand it over: set \`coordinator:\` to ${current.join(' or ')}, who coordinates now.`
            : 'Hand it over to whoever coordinates now, and plan the missing coordinator terms.',
        ),
      );
    }
  }
  return out;
}
