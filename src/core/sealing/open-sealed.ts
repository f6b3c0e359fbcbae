import { decrypt, type PrivateKey, readMessage } from 'openpgp';
import { KEY_CONFIG } from '../keys/key-status.ts';

export type OpenResult = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/**
 * Decrypts a sealed draft with a member's secret key and returns the exact
 * bytes that were sealed. Integrity protection is required (OpenPGP.js refuses
 * unprotected data by default; the config says so explicitly).
 */
export async function openSealed(armored: string, keys: readonly PrivateKey[]): Promise<OpenResult> {
  try {
    const message = await readMessage({ armoredMessage: armored, config: KEY_CONFIG });
    const { data } = await decrypt({
      message,
      decryptionKeys: [...keys],
      format: 'binary',
      config: { ...KEY_CONFIG, allowUnauthenticatedMessages: false },
    });
    return { ok: true, bytes: data as Uint8Array };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}
