import type { RotationTerm } from '../model.ts';
import type { DutyPosition, Role } from './duty.ts';

/** A span with nobody in one role and position. `untilMs` is exclusive. */
export interface Gap {
  role: Role;
  position: DutyPosition;
  fromMs: number;
  untilMs: number;
}

/** The coverage of a role from one instant to the end of what is planned. */
export interface Coverage {
  role: Role;
  /** The end of the last term of the role (exclusive), or undefined when the role has no terms at all. */
  plannedUntilMs: number | undefined;
  /** Gaps from `fromMs` to `plannedUntilMs`, primary before backup, earliest first. */
  gaps: Gap[];
}

/** The end of the last planned term of `role`, or undefined when there is none. */
export function plannedUntil(terms: readonly RotationTerm[], role: Role = 'coordinator'): number | undefined {
  let end: number | undefined;
  for (const t of terms) if (t.role === role && t.fromMs < t.untilMs && (end === undefined || t.untilMs > end)) end = t.untilMs;
  return end;
}

/** Spans in [fromMs, untilMs) where no term of `role` and `position` holds. */
export function coverageGaps(terms: readonly RotationTerm[], role: Role, position: DutyPosition, fromMs: number, untilMs: number): Gap[] {
  const relevant = terms
    .filter((t) => t.role === role && t.position === position && t.fromMs < t.untilMs && t.untilMs > fromMs && t.fromMs < untilMs)
    .sort((a, b) => a.fromMs - b.fromMs);
  const gaps: Gap[] = [];
  let cursor = fromMs;
  for (const t of relevant) {
    if (t.fromMs > cursor) gaps.push({ role, position, fromMs: cursor, untilMs: t.fromMs });
    cursor = Math.max(cursor, t.untilMs);
    if (cursor >= untilMs) break;
  }
  if (cursor < untilMs) gaps.push({ role, position, fromMs: cursor, untilMs });
  return gaps;
}

/**
 * Primary and backup coverage of `role` from `from` to the end of the planned
 * rotation. Gaps before `from` are history and not reported.
 */
export function coverageFrom(terms: readonly RotationTerm[], from: Date, role: Role = 'coordinator'): Coverage {
  const end = plannedUntil(terms, role);
  const fromMs = from.getTime();
  if (end === undefined || end <= fromMs) return { role, plannedUntilMs: end, gaps: [] };
  return {
    role,
    plannedUntilMs: end,
    gaps: [...coverageGaps(terms, role, 'primary', fromMs, end), ...coverageGaps(terms, role, 'backup', fromMs, end)],
  };
}
