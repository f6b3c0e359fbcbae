import type { RotationTerm, TeamMember } from '../model.ts';

/**
 * Who is on duty: the terms that hold at an instant, and the handovers that
 * follow. Everything here is a pure function of the terms and a clock, so the
 * home page, the team page, `npm run rota` and the checks agree on one answer.
 */

export type Role = RotationTerm['role'];
export type DutyPosition = RotationTerm['position'];

/** Roles in the order people look for them: who coordinates, who reviews, whom to consult. */
export const ROLES: readonly Role[] = ['coordinator', 'reviewer', 'expert'];
export const POSITIONS: readonly DutyPosition[] = ['primary', 'backup'];

/** One duty: a role, a position and, for experts, an area. Several members may share a slot during a handover. */
export interface Slot {
  role: Role;
  position: DutyPosition;
  area?: string;
}

/** The duties held at one instant, grouped the way pages and the terminal show them. */
export interface DutyAt {
  at: Date;
  coordinator: { primary: RotationTerm[]; backup: RotationTerm[] };
  reviewer: { primary: RotationTerm[]; backup: RotationTerm[] };
  /** Expert terms, ordered by area then member. */
  experts: RotationTerm[];
  /** Every term that holds at `at`, in display order. */
  terms: RotationTerm[];
}

/** A change of holders of one slot at one instant. */
export interface Handover extends Slot {
  at: Date;
  /** Handles whose term in this slot ends at `at`. */
  outgoing: string[];
  /** Handles whose term in this slot starts at `at`. */
  incoming: string[];
}

/** A term holds from `from` (inclusive) until `until` (exclusive). */
export function holdsAt(term: RotationTerm, atMs: number): boolean {
  return term.fromMs <= atMs && atMs < term.untilMs;
}

/** A stable key of a term's slot, e.g. `coordinator/backup` or `expert/primary/kernel`. */
export function slotKey(slot: Slot): string {
  return slot.role === 'expert' ? `${slot.role}/${slot.position}/${slot.area ?? ''}` : `${slot.role}/${slot.position}`;
}

/** Display order: role, position, area, start, member. */
export function compareTerms(a: RotationTerm, b: RotationTerm): number {
  return (
    ROLES.indexOf(a.role) - ROLES.indexOf(b.role) ||
    POSITIONS.indexOf(a.position) - POSITIONS.indexOf(b.position) ||
    (a.area ?? '').localeCompare(b.area ?? '') ||
    a.fromMs - b.fromMs ||
    a.member.localeCompare(b.member)
  );
}

/** Who holds which role and position at `at`. */
export function dutyAt(terms: readonly RotationTerm[], at: Date): DutyAt {
  const atMs = at.getTime();
  const holding = terms.filter((t) => holdsAt(t, atMs)).sort(compareTerms);
  const pick = (role: Role, position: DutyPosition) => holding.filter((t) => t.role === role && t.position === position);
  return {
    at,
    coordinator: { primary: pick('coordinator', 'primary'), backup: pick('coordinator', 'backup') },
    reviewer: { primary: pick('reviewer', 'primary'), backup: pick('reviewer', 'backup') },
    experts: holding.filter((t) => t.role === 'expert'),
    terms: holding,
  };
}

/**
 * The handovers strictly after `after`, earliest first: at every instant a
 * term starts or ends, each slot whose holders change yields one handover.
 * Overlapping terms (a deliberate handover period) show as an incoming member
 * first and an outgoing one later.
 */
export function handoversAfter(terms: readonly RotationTerm[], after: Date, options: { limit?: number; role?: Role } = {}): Handover[] {
  const afterMs = after.getTime();
  const relevant = options.role ? terms.filter((t) => t.role === options.role) : [...terms];
  const instants = [...new Set(relevant.flatMap((t) => [t.fromMs, t.untilMs]).filter((ms) => ms > afterMs))].sort((a, b) => a - b);
  const out: Handover[] = [];
  for (const ms of instants) {
    const bySlot = new Map<string, Handover>();
    for (const t of relevant) {
      const starts = t.fromMs === ms;
      const ends = t.untilMs === ms;
      if (!starts && !ends) continue;
      const key = slotKey(t);
      let handover = bySlot.get(key);
      if (!handover) {
        handover = {
          at: new Date(ms),
          role: t.role,
          position: t.position,
          ...(t.area ? { area: t.area } : {}),
          outgoing: [],
          incoming: [],
        };
        bySlot.set(key, handover);
      }
      if (starts) handover.incoming.push(t.member);
      if (ends) handover.outgoing.push(t.member);
    }
    for (const h of bySlot.values()) {
      // A member whose term ends exactly when their next term in the same slot starts has not handed anything over.
      const stays = h.incoming.filter((m) => h.outgoing.includes(m));
      h.incoming = h.incoming.filter((m) => !stays.includes(m)).sort();
      h.outgoing = h.outgoing.filter((m) => !stays.includes(m)).sort();
    }
    const changed = [...bySlot.values()].filter((h) => h.incoming.length > 0 || h.outgoing.length > 0);
    changed.sort((a, b) => compareSlots(a, b));
    out.push(...changed);
    if (options.limit !== undefined && out.length >= options.limit) return out.slice(0, options.limit);
  }
  return out;
}

/** The next time the holders of `role` (any position) change after `after`, or undefined when nothing is planned. */
export function nextHandover(terms: readonly RotationTerm[], after: Date, role: Role = 'coordinator'): Handover | undefined {
  return handoversAfter(terms, after, { role, limit: 1 })[0];
}

export function compareSlots(a: Slot, b: Slot): number {
  return (
    ROLES.indexOf(a.role) - ROLES.indexOf(b.role) ||
    POSITIONS.indexOf(a.position) - POSITIONS.indexOf(b.position) ||
    (a.area ?? '').localeCompare(b.area ?? '')
  );
}

/** One held duty, as `npm run rota --format json` and the pages show it. */
export interface DutyLine {
  role: Role;
  position: DutyPosition;
  area?: string;
  member: string;
  /** The roster name, or the handle when the member is not in the roster. */
  name: string;
  from: string;
  until: string;
}

/** A term as a duty line, named from the roster (the rota report and the team page both list terms this way). */
export function dutyLine(term: RotationTerm, members: ReadonlyMap<string, Pick<TeamMember, 'name'>>): DutyLine {
  return {
    role: term.role,
    position: term.position,
    ...(term.area ? { area: term.area } : {}),
    member: term.member,
    name: members.get(term.member)?.name ?? term.member,
    from: term.from,
    until: term.until,
  };
}
