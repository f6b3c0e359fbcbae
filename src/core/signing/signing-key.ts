import { realpathSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { decryptKey, type PrivateKey, readPrivateKey } from 'openpgp';
import type { Code } from '../codes.ts';

/** The environment variables the signing key may come from (the deploy workflow sets them from secrets). */
export const SIGNING_KEY_ENV = 'WATCHKEEPER_SIGNING_KEY';
export const SIGNING_PASSPHRASE_ENV = 'WATCHKEEPER_SIGNING_PASSPHRASE';
/** The same for a member's key that opens sealed drafts (unseal, publish, re-seal). */
export const DECRYPTION_KEY_ENV = 'WATCHKEEPER_DECRYPTION_KEY';
export const DECRYPTION_PASSPHRASE_ENV = 'WATCHKEEPER_DECRYPTION_PASSPHRASE';

export interface SecretKeySource {
  /** The armored secret key itself (from the environment). */
  armored?: string | undefined;
  /** A path to a file holding it (from the command line). */
  file?: string | undefined;
  passphrase?: string | undefined;
  /** The repository root: a key file inside it is refused. */
  repoRoot: string;
  /** The variable the armored key came from, for messages (default WATCHKEEPER_SIGNING_KEY). */
  envName?: string;
  /** The variable the passphrase came from, for messages. */
  passphraseEnv?: string;
}

export type SecretKeyResult = { ok: true; key: PrivateKey; source: string } | { ok: false; code: Code; message: string; hint: string };

/**
 * Reads a secret key from the environment or a file outside the repository.
 * A key file inside the working tree is refused even when git ignores it: one
 * `git add -f` or a careless copy publishes it, and the deploy never needs it there.
 */
export async function readSecretKey(source: SecretKeySource): Promise<SecretKeyResult> {
  const envName = source.envName ?? SIGNING_KEY_ENV;
  const passphraseEnv = source.passphraseEnv ?? SIGNING_PASSPHRASE_ENV;
  let armored = source.armored;
  let from = `$${envName}`;
  if (source.file) {
    const path = resolve(source.file);
    if (isInside(path, source.repoRoot)) {
      return {
        ok: false,
        code: 'SECRET_KEY_IN_REPO',
        message: `The secret key file ${source.file} is inside the repository.`,
        hint: `Move it out of the repository (and check \`git log --all -- ${relative(source.repoRoot, path)}\` that it was never committed), or pass it in $${envName}.`,
      };
    }
    try {
      armored = await readFile(path, 'utf8');
      from = source.file;
    } catch (error) {
      return {
        ok: false,
        code: 'SECRET_KEY_UNREADABLE',
        message: `The secret key file ${source.file} cannot be read: ${(error as Error).message}.`,
        hint: 'Check the path.',
      };
    }
  }
  if (!armored?.trim()) {
    return {
      ok: false,
      code: 'SECRET_KEY_MISSING',
      message: `No secret key: $${envName} is empty and no --key-file was given.`,
      hint: `Export the key with \`gpg --armor --export-secret-keys <fingerprint>\` and pass it in $${envName} (a CI secret) or with --key-file <path outside the repository>.`,
    };
  }
  let key: PrivateKey;
  try {
    key = await readPrivateKey({ armoredKey: armored });
  } catch (error) {
    return {
      ok: false,
      code: 'SECRET_KEY_UNREADABLE',
      message: `${from} does not hold an armored OpenPGP secret key: ${(error as Error).message}.`,
      hint: 'Use the output of `gpg --armor --export-secret-keys <fingerprint>`.',
    };
  }
  if (!key.isDecrypted()) {
    if (!source.passphrase) {
      return {
        ok: false,
        code: 'SECRET_KEY_UNREADABLE',
        message: `The secret key in ${from} is protected by a passphrase, and none was given.`,
        hint: `Pass the passphrase in $${passphraseEnv}.`,
      };
    }
    try {
      key = await decryptKey({ privateKey: key, passphrase: source.passphrase });
    } catch (error) {
      return {
        ok: false,
        code: 'SECRET_KEY_UNREADABLE',
        message: `The passphrase does not unlock the secret key in ${from}: ${(error as Error).message}.`,
        hint: `Check $${passphraseEnv}.`,
      };
    }
  }
  return { ok: true, key, source: from };
}

function isInside(path: string, root: string): boolean {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  const rel = relative(real(root), real(path));
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep));
}
