import type { Diagnostic } from '../diagnostics.ts';
import type { RotationTerm } from '../model.ts';
import { coverageFrom, type Gap } from '../rotation/coverage.ts';
import { DAY_MS, formatInstant, formatSpan } from '../time.ts';
import { type CheckContext, report } from './context.ts';

/** How early the end of the planned rotation is announced. */
export const ROTATION_WARNING_DAYS = 30;

/**
 * A contact that is always staffed: from now to the end of the planned
 * rotation there must be a primary and a backup coordinator at every instant.
 * A repository with no coordinator terms at all has not adopted rotations yet
 * and is left alone; one whose rotation has run out is an error.
 */
export function rotationCoverageChecks(ctx: CheckContext): Diagnostic[] {
  const { db, now } = ctx;
  const coordinators = db.terms.filter((t) => t.role === 'coordinator' && t.fromMs < t.untilMs);
  if (coordinators.length === 0) return [];
  const last = coordinators.reduce((a, b) => (b.untilMs > a.untilMs ? b : a));
  const coverage = coverageFrom(coordinators, now);
  const end = coverage.plannedUntilMs ?? last.untilMs;
  const nowMs = now.getTime();

  if (end <= nowMs) {
    return [
      report(
        ctx,
        'ROTATION_ENDED',
        last.file,
        ['terms', last.index, 'until'],
        `The planned rotation ended on ${formatInstant(new Date(end))}: nobody is coordinator now.`,
        'Add the next coordinator terms (primary and backup) under rotations/terms/.',
      ),
    ];
  }
  const out = coverage.gaps.map((gap) => gapDiagnostic(ctx, coordinators, gap, last));
  if (end - nowMs <= ROTATION_WARNING_DAYS * DAY_MS) {
    out.push(
      report(
        ctx,
        'ROTATION_ENDING',
        last.file,
        ['terms', last.index, 'until'],
        `The planned rotation ends on ${formatInstant(new Date(end))}, in ${formatSpan(end - nowMs)}.`,
        `Plan the next coordinator terms (primary and backup) now; after that date nobody coordinates.`,
      ),
    );
  }
  return out;
}

/** Points the gap at the term it follows (where someone forgot to extend), else the one it precedes. */
function gapDiagnostic(ctx: CheckContext, terms: RotationTerm[], gap: Gap, last: RotationTerm): Diagnostic {
  const same = terms.filter((t) => t.position === gap.position);
  const anchor =
    same.find((t) => t.untilMs === gap.fromMs) ??
    same.find((t) => t.fromMs === gap.untilMs) ??
    terms.find((t) => t.untilMs === gap.fromMs) ??
    last;
  const who = gap.position === 'backup' ? 'backup coordinator' : 'coordinator';
  const from = formatInstant(new Date(gap.fromMs));
  const until = formatInstant(new Date(gap.untilMs));
  return report(
    ctx,
    'COVERAGE_GAP',
    anchor.file,
    ['terms', anchor.index, anchor.untilMs === gap.fromMs ? 'until' : 'from'],
    `No ${who} from ${from} until ${until} (${formatSpan(gap.untilMs - gap.fromMs)}).`,
    `Add a term with \`role: coordinator\`${gap.position === 'backup' ? ', `position: backup`' : ''} covering ${from} to ${until}, or move the neighbouring terms' dates so they meet.`,
  );
}
