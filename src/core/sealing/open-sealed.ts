import { decrypt, type PrivateKey, readMessage } from 'openpgp';
import { KEY_CONFIG } from '../keys/key-status.ts';
import { sealedShape } from './sealed-shape.ts';

export type OpenResult = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/**
 * Decrypts a sealed draft with a member's secret key and returns the exact
 * bytes that were sealed. Integrity protection is required (OpenPGP.js refuses
 * unprotected data by default; the config says so explicitly).
 */
export async function openSealed(file: string | Uint8Array, keys: readonly PrivateKey[]): Promise<OpenResult> {
  const shape = sealedShape(typeof file === 'string' ? new TextEncoder().encode(file) : file);
  if (!shape.ok) return { ok: false, message: shape.message };
  try {
    const message = await readMessage({ ...shape.input, config: KEY_CONFIG } as Parameters<typeof readMessage>[0]);
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
