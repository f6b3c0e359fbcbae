import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PublicKey } from 'openpgp';
import { fingerprintOf } from '../keys/key-status.ts';
import { readPublicKey } from '../keys/read-key.ts';
import type { Database, RotationTerm, TeamMember } from '../model.ts';
import { holdsAt } from '../rotation/duty.ts';
import { keyFileOf } from '../rotation/key-holders.ts';

/**
 * A key the team publishes: a roster member's key (rotations/keys/, the same
 * files the site serves under /keys/) or the team's own key, the one whose
 * fingerprint watchkeeper.yaml gives as contact.key_fingerprint (CSAF's
 * provider-metadata.json names it to consumers).
 */
export interface TeamKey {
  key: PublicKey;
  fingerprint: string;
  /** Repo-relative key file. */
  keyFile: string;
  /** The member who holds it; undefined for the team key. */
  member?: TeamMember;
}

/** Reads a key file's text, or undefined when it is absent. */
export type ReadKeyText = (keyFile: string) => Promise<string | undefined>;

/**
 * The team's published keys. A file whose key does not carry the fingerprint
 * the roster (or the settings) gives is not trusted at all: the roster is the
 * reviewed statement of whose key is whose.
 */
export async function teamKeysFrom(
  members: readonly TeamMember[],
  keyFiles: readonly string[],
  teamFingerprint: string | undefined,
  readText: ReadKeyText,
): Promise<TeamKey[]> {
  const out: TeamKey[] = [];
  const claimed = new Set<string>();
  for (const member of members) {
    const keyFile = keyFileOf(member);
    claimed.add(keyFile);
    const key = await readKey(keyFile, readText);
    if (key && fingerprintOf(key) === member.key.fingerprint) out.push({ key, fingerprint: fingerprintOf(key), keyFile, member });
  }
  if (teamFingerprint) {
    for (const keyFile of keyFiles.filter((f) => !claimed.has(f))) {
      const key = await readKey(keyFile, readText);
      if (key && fingerprintOf(key) === teamFingerprint.toUpperCase()) out.push({ key, fingerprint: fingerprintOf(key), keyFile });
    }
  }
  return out;
}

/** The published keys of the repository checked out at `db.root`. */
export function teamKeys(db: Database): Promise<TeamKey[]> {
  return teamKeysFrom(db.members, db.keyFiles, db.settings.contact.key_fingerprint, async (keyFile) => {
    try {
      return await readFile(join(db.root, keyFile), 'utf8');
    } catch {
      return undefined;
    }
  });
}

async function readKey(keyFile: string, readText: ReadKeyText): Promise<PublicKey | undefined> {
  const text = await readText(keyFile);
  if (text === undefined) return undefined;
  const read = await readPublicKey(text);
  return read.ok ? read.key : undefined;
}

/** Who a key belongs to, as a sentence fragment: `Ada Example (ada)` or `the team key`. */
export function signerName(key: TeamKey): string {
  return key.member ? `${key.member.name} (${key.member.handle})` : 'the team key';
}

/** Whether the member holds any term (any role) at `at`: on the team at that instant. */
export function onTeamAt(terms: readonly RotationTerm[], handle: string, at: Date): boolean {
  const ms = at.getTime();
  return terms.some((t) => t.member === handle && holdsAt(t, ms));
}
