import type { PrivateKey } from 'openpgp';
import { type Diagnostic, diagnostic } from '../diagnostics.ts';
import { openSealed } from './open-sealed.ts';

export type OpenSealedFileResult = { ok: true; bytes: Uint8Array } | { ok: false; diagnostics: Diagnostic[] };

/** Opens a sealed draft's text (unseal, re-seal); a draft the keys cannot open is SEAL_DECRYPT_FAILED on `file`. */
export async function openSealedFile(file: string, text: string | Uint8Array, keys: readonly PrivateKey[]): Promise<OpenSealedFileResult> {
  const opened = await openSealed(text, keys);
  if (opened.ok) return { ok: true, bytes: opened.bytes };
  return {
    ok: false,
    diagnostics: [
      diagnostic(
        'SEAL_DECRYPT_FAILED',
        file,
        '',
        `The sealed draft cannot be opened with your key: ${opened.message}.`,
        'Use the secret key of a member the draft was sealed for.',
      ),
    ],
  };
}
