import type { SealedRecipients } from './recipients.ts';
import type { TeamRecipient } from './team-recipients.ts';

export interface RecipientDifference {
  /** Members on the team now who cannot open the file. */
  missing: TeamRecipient[];
  /** Key ids the file is addressed to that belong to nobody on the team now (someone who left, or a stranger). */
  extra: string[];
  wildcards: number;
  passwords: number;
}

/**
 * Compares a sealed file's recipients with the team: exactly one packet per
 * member on the team, addressed to one of their current encryption keys,
 * and nothing else — no wildcard, no password, nobody who is not on the team.
 * A member with several valid encryption subkeys may be addressed through any
 * of them (gpg and OpenPGP.js pick one), but only once.
 */
export function compareRecipients(sealed: SealedRecipients, team: readonly TeamRecipient[]): RecipientDifference {
  const owner = new Map<string, TeamRecipient>();
  for (const r of team) for (const id of r.keyIds) owner.set(id, r);
  const covered = new Set<TeamRecipient>();
  const extra: string[] = [];
  for (const id of sealed.keyIds) {
    const r = owner.get(id);
    if (!r || covered.has(r)) extra.push(id);
    else covered.add(r);
  }
  return { missing: team.filter((r) => !covered.has(r)), extra, wildcards: sealed.wildcards, passwords: sealed.passwords };
}

export function isExactMatch(d: RecipientDifference): boolean {
  return d.missing.length === 0 && d.extra.length === 0 && d.wildcards === 0 && d.passwords === 0;
}
