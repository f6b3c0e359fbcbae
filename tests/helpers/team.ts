// A test team with real keys: the roster, a terms file and the public keys a
// repository needs, and the signer git commits are made with. Shared by the
// commit, signing, sealing and build-check tests so each says only who serves when.
import { generateTestKey, rosterYaml, type TestKey, type TestTerm, termsYaml } from './test-repo.ts';

/** One member of a test team: a handle, a real key, and the terms served (none: on the roster only). */
export interface TeamMemberSpec {
  handle: string;
  key: TestKey;
  terms?: Omit<TestTerm, 'member'>[];
}

/**
 * rotations/roster.yaml, rotations/terms/<period>.yaml and
 * rotations/keys/<handle>.asc for the members, in their order (terms listed
 * member by member), to pass to makeTestRepo or TestRepo.write.
 */
export function teamFiles(members: readonly TeamMemberSpec[], period = '2026'): Record<string, string> {
  const files: Record<string, string> = {
    'rotations/roster.yaml': rosterYaml(members.map((m) => ({ handle: m.handle, fingerprint: m.key.fingerprint }))),
    [`rotations/terms/${period}.yaml`]: termsYaml(members.flatMap((m) => (m.terms ?? []).map((t) => ({ member: m.handle, ...t })))),
  };
  for (const m of members) files[`rotations/keys/${m.handle}.asc`] = m.key.publicArmored;
  return files;
}

/** One key per name (generateTestKey with defaults), made at once; as many keys as names, in their order. */
export async function generateTestKeys<const Names extends readonly string[]>(...names: Names): Promise<{ [K in keyof Names]: TestKey }> {
  return (await Promise.all(names.map((name) => generateTestKey({ name })))) as { [K in keyof Names]: TestKey };
}

/** A git commit signature as `gpg --detach-sign --armor` makes it: binary, over the payload bytes, dated `date`. */
export function commitSigner(key: TestKey, date: Date): (payload: string) => Promise<string> {
  return async (payload) => {
    const openpgp = await import('openpgp');
    return openpgp.sign({
      message: await openpgp.createMessage({ binary: new TextEncoder().encode(payload) }),
      signingKeys: await openpgp.readPrivateKey({ armoredKey: key.privateArmored }),
      detached: true,
      date,
      format: 'armored',
    });
  };
}
