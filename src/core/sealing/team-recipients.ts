import type { PublicKey } from 'openpgp';
import { encryptionKeyIds, KEY_CONFIG } from '../keys/key-status.ts';
import type { Database, TeamMember } from '../model.ts';
import { dutyAt } from '../rotation/duty.ts';
import { type TeamKey, teamKeys } from '../signing/team-keys.ts';

/** One member who must be able to open a sealed draft. */
export interface TeamRecipient {
  member: TeamMember;
  /** Their published key, when it reads and carries the roster's fingerprint. */
  key: PublicKey | undefined;
  /** Key ids (16 upper-case hex) of their keys that can encrypt now; a sealed draft must be addressed to one of them. */
  keyIds: string[];
  /** The key id OpenPGP.js encrypts to for this member now, when there is one. */
  preferred: string | undefined;
}

/**
 * Everyone on the team at `now` (holding any term: coordinators, reviewers,
 * experts), with the encryption keys a draft sealed now must be addressed to.
 */
export async function teamRecipients(db: Database, now: Date, keys?: readonly TeamKey[]): Promise<TeamRecipient[]> {
  const published = keys ?? (await teamKeys(db));
  const handles = [...new Set(dutyAt(db.terms, now).terms.map((t) => t.member))].sort();
  const out: TeamRecipient[] = [];
  for (const handle of handles) {
    const member = db.memberByHandle.get(handle);
    if (!member) continue;
    const key = published.find((k) => k.member?.handle === handle)?.key;
    let preferred: string | undefined;
    try {
      preferred = key ? (await key.getEncryptionKey(undefined, now, undefined, KEY_CONFIG)).getKeyID().toHex().toUpperCase() : undefined;
    } catch {
      preferred = undefined;
    }
    out.push({ member, key, keyIds: key ? await encryptionKeyIds(key, now) : [], preferred });
  }
  return out;
}
