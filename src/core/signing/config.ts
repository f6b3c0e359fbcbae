import { type Config, enums } from 'openpgp';
import { KEY_CONFIG } from '../keys/key-status.ts';

/**
 * Verification settings: the members' key rules (SHA-1 rejected for key
 * signatures) plus SHA-1 rejected for message signatures, which OpenPGP.js
 * already does by default; listed here so the rule does not hang on a default.
 */
export const VERIFY_CONFIG: Config = {
  ...KEY_CONFIG,
  rejectMessageHashAlgorithms: new Set([...KEY_CONFIG.rejectMessageHashAlgorithms, enums.hash.sha1, enums.hash.md5, enums.hash.ripemd]),
};

/** Signing settings: SHA-512 signatures, the hash CSAF's trusted-provider layout also uses for `.sha512`. */
export const SIGN_CONFIG: Config = { ...VERIFY_CONFIG, preferredHashAlgorithm: enums.hash.sha512 };

/** Hash algorithms a signature may not use, by OpenPGP id, with the name people know. */
export const WEAK_HASHES: ReadonlyMap<number, string> = new Map([
  [enums.hash.md5, 'MD5'],
  [enums.hash.sha1, 'SHA-1'],
  [enums.hash.ripemd, 'RIPEMD-160'],
]);
