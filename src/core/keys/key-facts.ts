import type { PublicKey } from 'openpgp';
import { canEncryptAt, canSignAt, encryptionKeyIds, expiryOf, fingerprintOf, isRevokedAt, KEY_CONFIG } from './key-status.ts';

/** What the team page and `npm run rota` show about a member's key, as of one date. */
export interface KeyFacts {
  fingerprint: string;
  /** OpenPGP key version (4 or 6). */
  version: number;
  /** e.g. `Ed25519`, `RSA 4096`. */
  algorithm: string;
  created: Date;
  /** null: never expires; undefined: the self-signature does not verify. */
  expires: Date | null | undefined;
  revoked: boolean;
  canEncrypt: boolean;
  canSign: boolean;
  encryptionKeyIds: string[];
  /** The primary user id, when one verifies (the name and email the key itself carries). */
  userId: string | undefined;
}

export async function keyFacts(key: PublicKey, at: Date): Promise<KeyFacts> {
  const info = key.getAlgorithmInfo();
  let userId: string | undefined;
  try {
    userId = (await key.getPrimaryUser(at, undefined, KEY_CONFIG)).user.userID?.userID;
  } catch {
    userId = undefined;
  }
  return {
    fingerprint: fingerprintOf(key),
    version: key.keyPacket.version,
    algorithm: algorithmName(info),
    created: key.getCreationTime(),
    expires: await expiryOf(key),
    revoked: await isRevokedAt(key, at),
    canEncrypt: await canEncryptAt(key, at),
    canSign: await canSignAt(key, at),
    encryptionKeyIds: await encryptionKeyIds(key, at),
    userId,
  };
}

/** A name people know: `Ed25519`, `RSA 4096`, `ECDSA p256`. */
export function algorithmName(info: { algorithm: string; bits?: number; curve?: string }): string {
  if (info.algorithm.startsWith('rsa')) return `RSA ${info.bits ?? ''}`.trim();
  const curve = info.curve?.replace(/Legacy$/, '');
  if (info.algorithm === 'ed25519' || curve === 'ed25519') return 'Ed25519';
  if (info.algorithm === 'ed448') return 'Ed448';
  return [info.algorithm.replace(/Legacy$/, '').toUpperCase(), curve].filter(Boolean).join(' ');
}

/** `7A1A 6C55 8758 …`: the fingerprint in groups of four, as people compare them aloud. */
export function groupFingerprint(fingerprint: string): string {
  return (fingerprint.match(/.{1,4}/g) ?? []).join(' ');
}
