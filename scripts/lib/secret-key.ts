// The secret-key step of sign, unseal, publish and re-seal: --key-file or the environment, through core's secretKeyStep.
import { type SecretKeyPurpose, type SecretKeyStepResult, secretKeyStep } from '../../src/core/index.ts';

/** The `--key-file PATH` option every command that needs a secret key takes. */
export const KEY_FILE_OPTION = { 'key-file': { type: 'string' } } as const;

/** Reads the key for `purpose` from `--key-file` or this process's environment. */
export function secretKeyFrom(purpose: SecretKeyPurpose, keyFile: string | undefined, root: string): Promise<SecretKeyStepResult> {
  return secretKeyStep(purpose, keyFile, root, process.env);
}
