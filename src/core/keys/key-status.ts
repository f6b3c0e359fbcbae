import { type Config, config as defaults, enums, type PublicKey } from 'openpgp';

/**
 * Small questions about one public key, each at a given date, answered by
 * OpenPGP.js's own validation (self-signatures, binding signatures, key flags,
 * expiry and revocation), so Watchkeeper never re-implements those rules.
 */

/** Stricter than OpenPGP.js's defaults: SHA-1 self-signatures no longer count (they are forgeable). */
export const KEY_CONFIG: Config = {
  ...defaults,
  rejectHashAlgorithms: new Set([...defaults.rejectHashAlgorithms, enums.hash.sha1]),
};

export type KeyUsage = 'encrypt' | 'sign';

/** The primary key fingerprint in the roster's form: upper-case hex, no spaces. */
export function fingerprintOf(key: PublicKey): string {
  return key.getFingerprint().toUpperCase();
}

/** Whether the key (or one of its subkeys) can encrypt at `date`. */
export async function canEncryptAt(key: PublicKey, date: Date): Promise<boolean> {
  return succeeds(() => key.getEncryptionKey(undefined, date, undefined, KEY_CONFIG));
}

/** Whether the key (or one of its subkeys) can make signatures that verify at `date`. */
export async function canSignAt(key: PublicKey, date: Date): Promise<boolean> {
  return succeeds(() => key.getSigningKey(undefined, date, undefined, KEY_CONFIG));
}

export function canUseAt(key: PublicKey, usage: KeyUsage, date: Date): Promise<boolean> {
  return usage === 'encrypt' ? canEncryptAt(key, date) : canSignAt(key, date);
}

/** Whether the primary key carries a valid revocation signature effective at `date`. */
export async function isRevokedAt(key: PublicKey, date: Date): Promise<boolean> {
  try {
    return await key.isRevoked(undefined, undefined, date, KEY_CONFIG);
  } catch {
    return false;
  }
}

/** When the primary key expires: a date, `null` for never, or `undefined` when its self-signature does not verify. */
export async function expiryOf(key: PublicKey): Promise<Date | null | undefined> {
  try {
    const when = await key.getExpirationTime(undefined, KEY_CONFIG);
    if (when === null) return undefined;
    return when === Infinity ? null : (when as Date);
  } catch {
    return undefined;
  }
}

/** Why the primary key is not usable at `date` (expired, revoked, bad self-signature), or undefined when it is. */
export async function primaryKeyProblem(key: PublicKey, date: Date): Promise<string | undefined> {
  try {
    await key.verifyPrimaryKey(date, undefined, KEY_CONFIG);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/**
 * Key ids (16 upper-case hex digits) of every key in this certificate that can
 * encrypt at `date`: what a message sealed for this member may be addressed to.
 */
export async function encryptionKeyIds(key: PublicKey, date: Date): Promise<string[]> {
  const out: string[] = [];
  for (const id of key.getKeyIDs()) {
    if (await succeeds(() => key.getEncryptionKey(id, date, undefined, KEY_CONFIG))) out.push(id.toHex().toUpperCase());
  }
  return out;
}

/**
 * The first instant after `from` at which the key can no longer `usage`, or
 * null when it never stops (no expiry). Validity changes only when the primary
 * key or a subkey expires, so only those instants are tried. Returns `from`
 * itself when the key cannot `usage` at `from`.
 */
export async function usableUntil(key: PublicKey, usage: KeyUsage, from: Date): Promise<Date | null> {
  if (!(await canUseAt(key, usage, from))) return from;
  const candidates = new Set<number>();
  for (const part of [key, ...key.getSubkeys()]) {
    try {
      const when =
        part === key
          ? await key.getExpirationTime(undefined, KEY_CONFIG)
          : await (part as ReturnType<PublicKey['getSubkeys']>[number]).getExpirationTime(from, KEY_CONFIG);
      if (when instanceof Date && when.getTime() > from.getTime()) candidates.add(when.getTime());
    } catch {
      // A part whose binding does not verify never counted as usable.
    }
  }
  for (const ms of [...candidates].sort((a, b) => a - b)) {
    if (!(await canUseAt(key, usage, new Date(ms)))) return new Date(ms);
  }
  return null;
}

async function succeeds(action: () => Promise<unknown>): Promise<boolean> {
  try {
    await action();
    return true;
  } catch {
    return false;
  }
}
