import type { Database, TeamMember } from '../model.ts';

/** A member whose key must work, and until when (the end of their last current or planned term). */
export interface KeyHolder {
  member: TeamMember;
  /** Repo-relative path of the key file, e.g. rotations/keys/amara.asc. */
  keyFile: string;
  untilMs: number;
}

/** Repo-relative path of a member's key file (the roster gives it relative to rotations/). */
export function keyFileOf(member: TeamMember): string {
  return `rotations/${member.key.path}`;
}

/**
 * Members on a term that has not ended yet. Their keys must exist and work
 * until their last term ends; people whose terms are all in the past keep their
 * roster entry for history, and their keys may lapse.
 */
export function keyHolders(db: Database, now: Date): KeyHolder[] {
  const until = new Map<string, number>();
  for (const t of db.terms) {
    if (t.untilMs <= now.getTime() || t.fromMs >= t.untilMs) continue;
    until.set(t.member, Math.max(until.get(t.member) ?? 0, t.untilMs));
  }
  const out: KeyHolder[] = [];
  for (const [handle, untilMs] of until) {
    const member = db.memberByHandle.get(handle);
    if (member) out.push({ member, keyFile: keyFileOf(member), untilMs });
  }
  return out.sort((a, b) => a.member.handle.localeCompare(b.member.handle));
}
