import { enums, readMessage } from 'openpgp';
import { VERIFY_CONFIG } from '../signing/config.ts';

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

export type ReadRecipientsResult = { ok: true; recipients: SealedRecipients } | { ok: false; message: string };

/**
 * Reads a sealed file's recipients. Only the outer packets are parsed; the
 * encrypted data stays opaque. A file that holds several armored blocks is
 * refused, since OpenPGP.js would read only the first.
 */
export async function readRecipients(armored: string): Promise<ReadRecipientsResult> {
  const blocks = armored.match(/^-----BEGIN PGP /gm)?.length ?? 0;
  if (blocks !== 1 || !armored.includes('-----BEGIN PGP MESSAGE-----')) {
    return {
      ok: false,
      message: blocks > 1 ? `It holds ${blocks} armored blocks, not one message.` : 'It is not an armored OpenPGP message.',
    };
  }
  let packets: Awaited<ReturnType<typeof readMessage>>['packets'];
  try {
    packets = (await readMessage({ armoredMessage: armored, config: VERIFY_CONFIG })).packets;
  } catch (error) {
    return { ok: false, message: `OpenPGP.js cannot read it: ${(error as Error).message}` };
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
