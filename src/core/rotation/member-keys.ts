import { join } from 'node:path';
import { type KeyFacts, keyFacts } from '../keys/key-facts.ts';
import { type ReadKeyResult, readPublicKeyFile } from '../keys/read-key.ts';
import type { Database, TeamMember } from '../model.ts';
import { keyFileOf } from './key-holders.ts';

/** One member's key as read from the repository. */
export interface MemberKey {
  member: TeamMember;
  /** Repo-relative path, e.g. rotations/keys/amara.asc. */
  keyFile: string;
  /** False when the file is not in the repository. */
  present: boolean;
  read: ReadKeyResult | undefined;
  /** Facts at the date asked for, when the key could be read (and facts were asked for). */
  facts: KeyFacts | undefined;
}

/**
 * Reads every roster member's key file once (OpenPGP.js is async, which is why
 * this is not part of the synchronous loadDatabase). Used by the key checks and
 * by the team page.
 */
export async function readMemberKeys(
  db: Database,
  at: Date,
  members: readonly TeamMember[] = db.members,
  options: { facts?: boolean } = {},
): Promise<MemberKey[]> {
  const present = new Set(db.keyFiles);
  return Promise.all(
    members.map(async (member) => {
      const keyFile = keyFileOf(member);
      if (!present.has(keyFile)) return { member, keyFile, present: false, read: undefined, facts: undefined };
      const read = await readPublicKeyFile(join(db.root, keyFile));
      const facts = read.ok && options.facts !== false ? await keyFacts(read.key, at) : undefined;
      return { member, keyFile, present: true, read, facts };
    }),
  );
}
