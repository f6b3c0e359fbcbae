import type { KeyID, PublicKey, Signature, VerifyMessageResult } from 'openpgp';

/** One signature as `openpgp.verify` reports it. */
export type VerificationResult = VerifyMessageResult['signatures'][number];

import type { Code } from '../codes.ts';
import { isRevokedAt } from '../keys/key-status.ts';
import { formatInstant } from '../time.ts';
import { VERIFY_CONFIG, WEAK_HASHES } from './config.ts';
import { signerName, type TeamKey } from './team-keys.ts';

/** Why a signature does not count, in the words of one diagnostic code each. */
export type SignatureProblem = 'bad' | 'unknown-signer' | 'key-invalid' | 'weak-hash';

/** The judgement on one signature packet. */
export interface SignatureVerdict {
  /** The issuer key id, 16 upper-case hex digits. */
  keyId: string;
  /** When the signature says it was made (an attacker can set this; see judgeSignature). */
  created: Date | undefined;
  /** The team key that made it, when one did. */
  signer: TeamKey | undefined;
  /** Undefined when the signature counts. */
  problem: SignatureProblem | undefined;
  /** What happened, for a person. */
  message: string;
}

export const PROBLEM_CODES: Record<'detached' | 'commit', Record<SignatureProblem, Code>> = {
  detached: {
    bad: 'VERIFY_BAD_SIGNATURE',
    'unknown-signer': 'VERIFY_UNKNOWN_SIGNER',
    'key-invalid': 'VERIFY_KEY_INVALID',
    'weak-hash': 'VERIFY_WEAK_HASH',
  },
  commit: {
    bad: 'COMMIT_BAD_SIGNATURE',
    'unknown-signer': 'COMMIT_UNKNOWN_KEY',
    'key-invalid': 'COMMIT_KEY_INVALID',
    'weak-hash': 'COMMIT_BAD_SIGNATURE',
  },
};

/**
 * Judges one signature from `openpgp.verify({ date: now, config: VERIFY_CONFIG })`
 * against the team's keys. It counts only when all of these hold:
 *
 * - its `verified` promise resolves (digest, key binding, and OpenPGP.js's
 *   check that the signing (sub)key was valid when the signature says it was
 *   made, i.e. not yet expired and not yet revoked then);
 * - the hash is not MD5, SHA-1 or RIPEMD-160;
 * - the signing key is still valid and unrevoked `now`. A signature's creation
 *   time is chosen by whoever signs: with only the first check, a key that has
 *   expired (or was revoked after a compromise) could still make signatures
 *   dated back to when it was valid. Requiring validity now closes that; the
 *   price is that files signed with a key that later expired must be signed
 *   again, which the deploy does on every build.
 */
export async function judgeSignature(entry: VerificationResult, keys: readonly TeamKey[], now: Date): Promise<SignatureVerdict> {
  const keyId = entry.keyID.toHex().toUpperCase();
  let packet: Signature['packets'][number] | undefined;
  try {
    packet = (await entry.signature).packets[0];
  } catch {
    packet = undefined;
  }
  const created = packet?.created ?? undefined;
  const signer = keys.find((k) => k.key.getKeys(entry.keyID).length > 0);
  const verdict = (problem: SignatureProblem | undefined, message: string): SignatureVerdict => ({
    keyId,
    created,
    signer,
    problem,
    message,
  });
  const weak = packet ? WEAK_HASHES.get(packet.hashAlgorithm as number) : undefined;
  if (weak) return verdict('weak-hash', `The signature uses ${weak}, which can be forged; it does not count.`);
  if (!signer) return verdict('unknown-signer', `The signing key ${keyId} is not one of the team's published keys.`);
  try {
    await entry.verified;
  } catch (error) {
    const reason = (error as Error).message;
    const keyProblem =
      /expired|revoked|future|newer than|Could not find valid|not valid/i.test(reason) && !/digest|verification failed/i.test(reason);
    return verdict(
      keyProblem ? 'key-invalid' : 'bad',
      keyProblem
        ? `The key of ${signerName(signer)} was not valid when the signature says it was made${created ? ` (${formatInstant(created)})` : ''}: ${reason}.`
        : `The signature by ${signerName(signer)} does not match the signed content: ${reason}.`,
    );
  }
  const nowProblem = await keyProblemAt(signer.key, entry.keyID, now);
  if (nowProblem) {
    return verdict(
      'key-invalid',
      `The key of ${signerName(signer)} ${nowProblem} now; a signature dated earlier does not count, since an expired or revoked key can still make backdated signatures.`,
    );
  }
  return verdict(undefined, `Good signature by ${signerName(signer)}${created ? `, made ${formatInstant(created)}` : ''}.`);
}

/** Whether the signing (sub)key can still sign at `at`: undefined when it can, else what is wrong ("is revoked", "has expired"). */
async function keyProblemAt(key: PublicKey, keyId: KeyID, at: Date): Promise<string | undefined> {
  if (await isRevokedAt(key, at)) return 'is revoked';
  try {
    await key.getSigningKey(keyId, at, undefined, VERIFY_CONFIG);
    return undefined;
  } catch (error) {
    const message = (error as Error).message;
    return /revoked/i.test(message) ? 'is revoked' : /expired/i.test(message) ? 'has expired' : `is not valid (${message})`;
  }
}
