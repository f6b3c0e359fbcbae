import { readFile } from 'node:fs/promises';
import { type Key, type PublicKey, readKeys } from 'openpgp';

/** Why a key file could not be used as one member's public key. */
export type KeyReadProblem = 'unreadable' | 'not-armored' | 'secret' | 'multiple' | 'empty';

export type ReadKeyResult = { ok: true; key: PublicKey } | { ok: false; problem: KeyReadProblem; message: string };

/** Armored files are small; a cap keeps a mistaken binary or a huge keyring from being parsed at all. */
const MAX_KEY_BYTES = 256 * 1024;

/**
 * Reads one armored OpenPGP public key. A file holding a secret key is refused
 * outright (it must never be committed), and so is a file with several keys:
 * each member's file is exactly their one certificate.
 */
export async function readPublicKey(armored: string): Promise<ReadKeyResult> {
  if (armored.includes('-----BEGIN PGP PRIVATE KEY BLOCK-----')) {
    return { ok: false, problem: 'secret', message: 'The file holds a secret (private) key.' };
  }
  if (!armored.includes('-----BEGIN PGP PUBLIC KEY BLOCK-----')) {
    return { ok: false, problem: 'not-armored', message: 'The file is not an ASCII-armored OpenPGP public key block.' };
  }
  // OpenPGP.js reads the first armored block and ignores the rest, so a second block would pass unseen.
  const blocks = armored.match(/^-----BEGIN PGP /gm)?.length ?? 0;
  if (blocks > 1)
    return { ok: false, problem: 'multiple', message: `The file holds ${blocks} armored blocks; it must hold exactly one key.` };
  let keys: Key[];
  try {
    keys = await readKeys({ armoredKeys: armored });
  } catch (error) {
    return { ok: false, problem: 'unreadable', message: `OpenPGP.js cannot read the key: ${(error as Error).message}` };
  }
  if (keys.length === 0) return { ok: false, problem: 'empty', message: 'The file holds no key.' };
  if (keys.length > 1) return { ok: false, problem: 'multiple', message: `The file holds ${keys.length} keys; it must hold exactly one.` };
  const [key] = keys as [Key];
  if (key.isPrivate()) return { ok: false, problem: 'secret', message: 'The file holds a secret (private) key.' };
  return { ok: true, key: key as PublicKey };
}

/** Reads an armored public key file from disk (see readPublicKey). */
export async function readPublicKeyFile(path: string): Promise<ReadKeyResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { ok: false, problem: 'unreadable', message: `The file cannot be read: ${(error as Error).message}` };
  }
  if (bytes.length > MAX_KEY_BYTES) {
    return {
      ok: false,
      problem: 'unreadable',
      message: `The file is ${bytes.length} bytes; a public key file may be at most ${MAX_KEY_BYTES}.`,
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      problem: 'not-armored',
      message: 'The file is not UTF-8 text; use the ASCII-armored export (gpg --armor --export).',
    };
  }
  return readPublicKey(text);
}
