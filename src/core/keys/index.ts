// Members' OpenPGP public keys: reading a key file and asking it questions at a date.
export { algorithmName, groupFingerprint, type KeyFacts, keyFacts } from './key-facts.ts';
export {
  canEncryptAt,
  canSignAt,
  canUseAt,
  encryptionKeyIds,
  expiryOf,
  fingerprintOf,
  isRevokedAt,
  KEY_CONFIG,
  type KeyUsage,
  primaryKeyProblem,
  usableUntil,
} from './key-status.ts';
export { type KeyReadProblem, type ReadKeyResult, readPublicKey, readPublicKeyFile } from './read-key.ts';
