// Keys and signatures for the signing, sealing and commit tests, all made here with OpenPGP.js.
import * as openpgp from 'openpgp';
import { generateTestKey, NOW, type TestKey } from '../helpers/test-repo.ts';

const YEAR_S = 365 * 24 * 3600;
const DAY_MS = 24 * 3600 * 1000;

export interface KeySet {
  ada: TestKey;
  bo: TestKey;
  stranger: TestKey;
  /** Created two years before NOW, expired one year later: expired at NOW. */
  old: TestKey;
  oldCreated: Date;
  /** Revoked a minute after it was made; `privateArmored` is the copy from before the revocation, which still signs. */
  revoked: TestKey;
  revokedCreated: Date;
  /** Stops signing 20 and 60 days after NOW. */
  soon20: TestKey;
  soon60: TestKey;
  /** ECDSA P-256, the curve OpenPGP.js still lets sign with SHA-1 (EdDSA refuses short hashes). */
  weak: TestKey;
}

export async function makeKeys(): Promise<KeySet> {
  const oldCreated = new Date(NOW.getTime() - 2 * YEAR_S * 1000);
  const revokedCreated = new Date(NOW.getTime() - 200 * DAY_MS);
  const soonCreated = new Date(NOW.getTime() - 300 * DAY_MS);
  const [ada, bo, stranger, old, revoked, soon20, soon60, weak] = await Promise.all([
    generateTestKey({ name: 'Ada' }),
    generateTestKey({ name: 'Bo' }),
    generateTestKey({ name: 'Stranger' }),
    generateTestKey({ name: 'Old', created: oldCreated, expiresInSeconds: YEAR_S }),
    revokedAfterUse('Rev', revokedCreated),
    generateTestKey({ name: 'Soon', created: soonCreated, expiresInSeconds: (300 + 20) * 24 * 3600 }),
    generateTestKey({ name: 'Later', created: soonCreated, expiresInSeconds: (300 + 60) * 24 * 3600 }),
    p256Key('Weak'),
  ]);
  return { ada, bo, stranger, old, oldCreated, revoked, revokedCreated, soon20, soon60, weak };
}

async function revokedAfterUse(name: string, created: Date): Promise<TestKey> {
  const key = await generateTestKey({ name, created });
  const { publicKey } = await openpgp.revokeKey({
    key: await openpgp.readPrivateKey({ armoredKey: key.privateArmored }),
    date: new Date(created.getTime() + 60_000),
    format: 'armored',
  });
  return { ...key, publicArmored: publicKey };
}

/** An ed25519 key in the older (legacy EdDSA) format, the one GnuPG 2.2 and 2.4 make and read. */
export async function legacyKey(name: string): Promise<TestKey> {
  const { privateKey, publicKey } = await openpgp.generateKey({
    type: 'ecc',
    curve: 'ed25519Legacy',
    userIDs: [{ name, email: `${name.toLowerCase()}@test.example` }],
    date: new Date(NOW.getTime() - YEAR_S * 1000),
    format: 'armored',
  });
  const key = await openpgp.readKey({ armoredKey: publicKey });
  return { publicArmored: publicKey, privateArmored: privateKey, fingerprint: key.getFingerprint().toUpperCase() };
}

async function p256Key(name: string): Promise<TestKey> {
  const { privateKey, publicKey } = await openpgp.generateKey({
    type: 'ecc',
    curve: 'nistP256',
    userIDs: [{ name, email: `${name.toLowerCase()}@test.example` }],
    date: new Date(NOW.getTime() - YEAR_S * 1000),
    format: 'armored',
  });
  const key = await openpgp.readKey({ armoredKey: publicKey });
  return { publicArmored: publicKey, privateArmored: privateKey, fingerprint: key.getFingerprint().toUpperCase() };
}

export function privateKeyOf(key: TestKey): Promise<openpgp.PrivateKey> {
  return openpgp.readPrivateKey({ armoredKey: key.privateArmored });
}

/** A detached armored binary signature over `data`, dated `date` (which may be a lie: that is the point of some tests). */
export async function detachedSignature(key: TestKey, data: Uint8Array, date: Date = NOW): Promise<string> {
  return openpgp.sign({
    message: await openpgp.createMessage({ binary: data }),
    signingKeys: await privateKeyOf(key),
    detached: true,
    date,
    format: 'armored',
  });
}

/**
 * A detached signature with SHA-1, built packet by packet: OpenPGP.js's sign()
 * no longer picks SHA-1, but an attacker's tool would.
 */
export async function sha1Signature(key: TestKey, data: Uint8Array, date: Date = NOW): Promise<string> {
  const secret = await privateKeyOf(key);
  const signingKey = await secret.getSigningKey(undefined, date);
  const packet = new openpgp.SignaturePacket();
  packet.version = signingKey.keyPacket.version;
  packet.signatureType = openpgp.enums.signature.binary;
  packet.publicKeyAlgorithm = signingKey.keyPacket.algorithm;
  packet.hashAlgorithm = openpgp.enums.hash.sha1;
  packet.issuerKeyID = signingKey.getKeyID();
  packet.issuerFingerprint = signingKey.keyPacket.getFingerprintBytes() as Uint8Array;
  const literal = new openpgp.LiteralDataPacket();
  // Both calls reach past OpenPGP.js's typings: setBytes is marked private, and sign() takes a config at runtime.
  (literal as unknown as { setBytes(bytes: Uint8Array, format: number): void }).setBytes(data, openpgp.enums.literal.binary);
  const sign = packet.sign.bind(packet) as unknown as (...args: unknown[]) => Promise<void>;
  await sign(signingKey.keyPacket, literal, date, true, { ...openpgp.config, nonDeterministicSignaturesViaNotation: false });
  const list = new openpgp.PacketList<openpgp.SignaturePacket>();
  list.push(packet);
  return new openpgp.Signature(list).armor();
}
