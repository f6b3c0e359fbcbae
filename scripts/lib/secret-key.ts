// Reads a member's or the team's secret key for sign, unseal, publish and re-seal: from a file outside the repository or an environment variable.
import { type Diagnostic, diagnostic, readSecretKey, type SecretKeyResult } from '../../src/core/index.ts';

export async function secretKeyFrom(
  keyFile: string | undefined,
  root: string,
  envName: string,
  passphraseEnv: string,
): Promise<{ result: SecretKeyResult; diagnostics: Diagnostic[] }> {
  const result = await readSecretKey({
    file: keyFile,
    armored: process.env[envName],
    passphrase: process.env[passphraseEnv],
    repoRoot: root,
    envName,
    passphraseEnv,
  });
  return { result, diagnostics: result.ok ? [] : [diagnostic(result.code, keyFile ?? `$${envName}`, '', result.message, result.hint)] };
}
