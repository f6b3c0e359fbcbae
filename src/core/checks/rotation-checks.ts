import type { Diagnostic } from '../diagnostics.ts';
import { type CheckContext, report } from './context.ts';

/** Basic consistency of the roster and terms (coverage and keys are checked elsewhere). */
export function rotationChecks(ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { db } = ctx;
  const seen = new Map<string, string>();
  for (const m of db.members) {
    const first = seen.get(m.handle);
    if (first) {
      out.push(
        report(
          ctx,
          'MEMBER_DUPLICATE',
          m.file,
          ['members', m.index, 'handle'],
          `The member \`${m.handle}\` is already listed in ${first}.`,
          'List each member once, in the roster.',
        ),
      );
    } else seen.set(m.handle, m.file);
  }
  for (const t of db.terms) {
    if (!db.memberByHandle.has(t.member)) {
      out.push(
        report(
          ctx,
          'TERM_MEMBER_UNKNOWN',
          t.file,
          ['terms', t.index, 'member'],
          `The term names \`${t.member}\`, who is not in the roster.`,
          'Add the member to rotations/roster.yaml, or correct the handle.',
        ),
      );
    }
    if (t.fromMs >= t.untilMs) {
      out.push(
        report(
          ctx,
          'TERM_ORDER',
          t.file,
          ['terms', t.index, 'until'],
          `The term ends (${t.until}) before or when it starts (${t.from}).`,
          '`until` is the exclusive end and must be after `from`.',
        ),
      );
    }
  }
  return out;
}
