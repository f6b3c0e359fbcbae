import { enums, readMessage } from 'openpgp';
import { VERIFY_CONFIG } from '../signing/config.ts';
import { sealedShape } from './sealed-shape.ts';

/** Who a sealed file is encrypted to, read from its packets without any secret key. */
export interface SealedRecipients {
  /** Key ids of the public-key encrypted session key packets (16 upper-case hex), wildcards left out. */
  keyIds: string[];
  /** Packets addressed to the wildcard key id 0 ("hidden recipient"): anyone's key may open them. */
  wildcards: number;
  /** Password-encrypted session key packets (SKESK): anyone with the password may open the file. */
  passwords: number;
  /** Whether the content is encrypted with integrity protection (an SEIPD or AEAD packet follows the session keys). */
  encrypted: boolean;
}

export type ReadRecipientsResult =
  | { ok: true; recipients: SealedRecipients }
  | { ok: false; code: 'SEAL_NOT_ONE_MESSAGE' | 'SEAL_UNREADABLE'; message: string };

/**
 * Reads a sealed file's recipients. The file must first have the one shape a
 * sealed file may have (sealed-shape.ts); then only the outer packets are
 * parsed and the encrypted data stays opaque.
 */
export async function readRecipients(file: string | Uint8Array): Promise<ReadRecipientsResult> {
  const shape = sealedShape(typeof file === 'string' ? new TextEncoder().encode(file) : file);
  if (!shape.ok) return { ok: false, code: 'SEAL_NOT_ONE_MESSAGE', message: shape.message };
  let packets: Awaited<ReturnType<typeof readMessage>>['packets'];
  try {
    packets = (await readMessage({ ...shape.input, config: VERIFY_CONFIG } as Parameters<typeof readMessage>[0])).packets;
  } catch (error) {
    return { ok: false, code: 'SEAL_UNREADABLE', message: `OpenPGP.js cannot read it: ${(error as Error).message}` };
  }
  const recipients: SealedRecipients = { keyIds: [], wildcards: 0, passwords: 0, encrypted: false };
  for (const packet of packets) {
    const tag = (packet.constructor as unknown as { tag: number }).tag;
    if (tag === enums.packet.publicKeyEncryptedSessionKey) {
      const id = (packet as unknown as { publicKeyID: { isWildcard(): boolean; toHex(): string } }).publicKeyID;
      if (id.isWildcard()) recipients.wildcards++;
      else recipients.keyIds.push(id.toHex().toUpperCase());
    } else if (tag === enums.packet.symEncryptedSessionKey) {
      recipients.passwords++;
    } else if (
      // Integrity-protected data only: the old unprotected packet (tag 9) can be altered undetected.
      tag === enums.packet.symEncryptedIntegrityProtectedData ||
      tag === enums.packet.aeadEncryptedData
    ) {
      recipients.encrypted = true;
    }
  }
  return { ok: true, recipients };
}
