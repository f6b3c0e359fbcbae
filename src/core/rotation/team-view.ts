import type { KeyFacts } from '../keys/key-facts.ts';
import type { Database, RotationTerm, TeamMember } from '../model.ts';
import { formatInstant } from '../time.ts';
import { compareTerms, type DutyLine, dutyAt, dutyLine } from './duty.ts';
import type { MemberKey } from './member-keys.ts';
import { rotaReport } from './rota-report.ts';

/** One area and who can be consulted on it. */
export interface ExpertArea {
  area: string;
  /** Members on an expert term for this area now, first; then members who list it in their expertise. */
  experts: { handle: string; name: string; onDuty: boolean }[];
}

export interface TeamMemberView {
  handle: string;
  name: string;
  contact: string;
  /** Whether the member has a current or future term, or no terms at all (listed, not assigned). */
  current: boolean;
  fingerprint: string;
  /** Path of the key file in the repository (rotations/keys/…); the site publishes it. */
  keyFile: string;
  /** The key as read at `now`, when the file exists and is a public key. */
  key: KeyFacts | undefined;
  expertise: string[];
}

/** Everything the team page shows, computed in one place so the page stays a thin view. */
export interface TeamView {
  at: string;
  onDuty: DutyLine[];
  next: { at: string; duty: DutyLine[] } | undefined;
  upcoming: DutyLine[];
  /** Terms that have ended, newest first. */
  past: DutyLine[];
  experts: ExpertArea[];
  members: TeamMemberView[];
}

export function teamView(db: Database, now: Date, keys: readonly MemberKey[]): TeamView {
  const nowMs = now.getTime();
  const report = rotaReport(db, now);
  const line = (t: RotationTerm): DutyLine => dutyLine(t, db.memberByHandle);
  const valid = db.terms.filter((t) => t.fromMs < t.untilMs);
  const upcoming = valid.filter((t) => t.fromMs > nowMs).sort((a, b) => a.fromMs - b.fromMs || compareTerms(a, b));
  const past = valid.filter((t) => t.untilMs <= nowMs).sort((a, b) => b.untilMs - a.untilMs || compareTerms(a, b));

  const onDutyExperts = dutyAt(db.terms, now).experts;
  const areas = new Map<string, Map<string, { handle: string; name: string; onDuty: boolean }>>();
  const add = (area: string, member: TeamMember | undefined, handle: string, onDuty: boolean) => {
    const list = areas.get(area) ?? new Map();
    const known = list.get(handle);
    list.set(handle, { handle, name: member?.name ?? handle, onDuty: onDuty || (known?.onDuty ?? false) });
    areas.set(area, list);
  };
  for (const t of onDutyExperts) if (t.area) add(t.area, db.memberByHandle.get(t.member), t.member, true);
  for (const m of db.members) for (const area of m.expertise ?? []) add(area, m, m.handle, false);
  const experts = [...areas]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([area, list]) => ({
      area,
      experts: [...list.values()].sort((a, b) => Number(b.onDuty) - Number(a.onDuty) || a.name.localeCompare(b.name)),
    }));

  const keyOf = new Map(keys.map((k) => [k.member.handle, k]));
  const members = db.members.map((m): TeamMemberView => {
    const own = valid.filter((t) => t.member === m.handle);
    const k = keyOf.get(m.handle);
    return {
      handle: m.handle,
      name: m.name,
      contact: m.contact,
      current: own.length === 0 || own.some((t) => t.untilMs > nowMs),
      fingerprint: m.key.fingerprint,
      keyFile: `rotations/${m.key.path}`,
      key: k?.facts,
      expertise: m.expertise ?? [],
    };
  });
  members.sort((a, b) => Number(b.current) - Number(a.current) || a.name.localeCompare(b.name));

  return {
    at: formatInstant(now),
    onDuty: report.now,
    next: report.next,
    upcoming: upcoming.map(line),
    past: past.map(line),
    experts,
    members,
  };
}
