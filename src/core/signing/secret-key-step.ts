import type { PrivateKey } from 'openpgp';
import { type Diagnostic, diagnostic } from '../diagnostics.ts';
import { DECRYPTION_KEY_ENV, DECRYPTION_PASSPHRASE_ENV, readSecretKey, SIGNING_KEY_ENV, SIGNING_PASSPHRASE_ENV } from './signing-key.ts';

/** What the key is for: signing the site's outputs, or opening sealed drafts (unseal, publish, re-seal). */
export type SecretKeyPurpose = 'signing' | 'decryption';

const VARIABLES: Record<SecretKeyPurpose, { key: string; passphrase: string }> = {
  signing: { key: SIGNING_KEY_ENV, passphrase: SIGNING_PASSPHRASE_ENV },
  decryption: { key: DECRYPTION_KEY_ENV, passphrase: DECRYPTION_PASSPHRASE_ENV },
};

export type SecretKeyStepResult = { ok: true; key: PrivateKey; source: string } | { ok: false; diagnostics: Diagnostic[] };

/**
 * The one step by which sign, unseal, publish and re-seal get a secret key:
 * from `--key-file` (outside the repository) or the purpose's environment
 * variables, decrypted with its passphrase variable. Any problem is one
 * diagnostic on the file or variable it came from.
 */
export async function secretKeyStep(
  purpose: SecretKeyPurpose,
  keyFile: string | undefined,
  repoRoot: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<SecretKeyStepResult> {
  const names = VARIABLES[purpose];
  const result = await readSecretKey({
    file: keyFile,
    armored: env[names.key],
    passphrase: env[names.passphrase],
    repoRoot,
    envName: names.key,
    passphraseEnv: names.passphrase,
  });
  if (result.ok) return result;
  return { ok: false, diagnostics: [diagnostic(result.code, keyFile ?? `$${names.key}`, '', result.message, result.hint)] };
}
