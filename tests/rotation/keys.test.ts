import { readKey } from 'openpgp';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import {
  canEncryptAt,
  canSignAt,
  checkKeys,
  type Diagnostic,
  encryptionKeyIds,
  expiryOf,
  fingerprintOf,
  isRevokedAt,
  keyFacts,
  loadDatabase,
  readPublicKey,
  usableUntil,
  withKeyChecks,
} from '../../src/core/index.ts';
import { generateTestKey, makeTestRepo, NOW, rosterYaml, type TestKey, type TestRepo, termsYaml } from '../helpers/test-repo.ts';

const SECONDS = (from: string, until: string) => (Date.parse(until) - Date.parse(from)) / 1000;
const CREATED = '2025-06-01T00:00:00Z';

let good: TestKey;
let backup: TestKey;
let expired: TestKey;
let midTerm: TestKey;
let soon: TestKey;
let revoked: TestKey;
let signOnly: TestKey;
let subkeyMidTerm: TestKey;
let subkeyExpired: TestKey;

beforeAll(async () => {
  const created = new Date(CREATED);
  [good, backup, expired, midTerm, soon, revoked, signOnly, subkeyMidTerm, subkeyExpired] = await Promise.all([
    generateTestKey({ name: 'Ada', created }),
    generateTestKey({ name: 'Bo', created }),
    generateTestKey({ name: 'Ada', created, expiresInSeconds: SECONDS(CREATED, '2026-06-01T00:00:00Z') }),
    generateTestKey({ name: 'Ada', created, expiresInSeconds: SECONDS(CREATED, '2026-12-15T00:00:00Z') }),
    generateTestKey({ name: 'Ada', created, expiresInSeconds: SECONDS(CREATED, '2026-12-20T00:00:00Z') }),
    generateTestKey({ name: 'Ada', created, revoked: true }),
    generateTestKey({ name: 'Ada', created, signOnly: true }),
    generateTestKey({ name: 'Ada', created, encryptionExpiresInSeconds: SECONDS(CREATED, '2026-12-01T00:00:00Z') }),
    generateTestKey({ name: 'Ada', created, encryptionExpiresInSeconds: SECONDS(CREATED, '2026-10-01T00:00:00Z') }),
  ]);
});

let repo: TestRepo | undefined;
afterEach(() => repo?.cleanup());

/** Ada coordinates until `adaUntil` with Bo as backup; Ada's key file holds `adaKey`. */
async function teamWith(adaKey: TestKey | string | undefined, options: { fingerprint?: string; adaUntil?: string } = {}) {
  const until = options.adaUntil ?? '2027-01-01T00:00:00Z';
  const from = until === '2027-01-01T00:00:00Z' ? '2026-07-01T00:00:00Z' : '2026-06-10T00:00:00Z';
  const files: Record<string, string> = {
    'rotations/roster.yaml': rosterYaml([
      { handle: 'ada', fingerprint: options.fingerprint ?? (typeof adaKey === 'object' ? adaKey.fingerprint : good.fingerprint) },
      { handle: 'bo', fingerprint: backup.fingerprint },
    ]),
    'rotations/terms/2026.yaml': termsYaml([
      { member: 'ada', from, until },
      { member: 'bo', position: 'backup', from, until },
    ]),
    'rotations/keys/bo.asc': backup.publicArmored,
  };
  if (adaKey !== undefined) files['rotations/keys/ada.asc'] = typeof adaKey === 'string' ? adaKey : adaKey.publicArmored;
  repo = await makeTestRepo(files);
  return withKeyChecks(loadDatabase(repo.root, { now: NOW }), NOW);
}

const keyProblems = (list: readonly Diagnostic[]) =>
  list.filter((d) => d.code.startsWith('KEY_')).map((d) => `${d.file}:${d.line} ${d.code}`);

describe('key checks', () => {
  test('valid keys for everyone on a term: no problem at all', async () => {
    const db = await teamWith(good);
    expect(db.diagnostics).toEqual([]);
  });

  test('an expired key is an error on the roster line of its path', async () => {
    const db = await teamWith(expired);
    expect(keyProblems(db.diagnostics)).toEqual(['rotations/roster.yaml:7 KEY_EXPIRED']);
    expect(db.diagnostics.find((d) => d.code === 'KEY_EXPIRED')?.message).toContain('expired on 2026-06-01T00:00:00Z');
  });

  test('a key that expires before the member’s term ends is an error naming both dates', async () => {
    const db = await teamWith(midTerm);
    expect(keyProblems(db.diagnostics)).toEqual(['rotations/roster.yaml:7 KEY_EXPIRES_IN_TERM']);
    const message = db.diagnostics.find((d) => d.code === 'KEY_EXPIRES_IN_TERM')?.message;
    expect(message).toContain('from 2026-12-15T00:00:00Z');
    expect(message).toContain('term ends on 2027-01-01T00:00:00Z');
  });

  test('a key that outlives the term but expires within 30 days is a warning', async () => {
    const db = await teamWith(soon, { adaUntil: '2026-12-10T00:00:00Z' });
    const found = db.diagnostics.filter((d) => d.code.startsWith('KEY_'));
    expect(found.map((d) => [d.code, d.severity])).toEqual([['KEY_EXPIRING', 'warning']]);
    expect(found[0]?.message).toContain('in 25 days 12 hours');
  });

  test('a revoked key is reported once, as revoked', async () => {
    const db = await teamWith(revoked);
    expect(keyProblems(db.diagnostics)).toEqual(['rotations/roster.yaml:7 KEY_REVOKED']);
  });

  test('a fingerprint that differs from the roster points at the roster’s fingerprint', async () => {
    const db = await teamWith(good, { fingerprint: backup.fingerprint });
    expect(keyProblems(db.diagnostics)).toEqual(['rotations/roster.yaml:6 KEY_FINGERPRINT_MISMATCH']);
    expect(db.diagnostics[0]?.message).toContain(good.fingerprint);
  });

  test('a sign-only key cannot encrypt', async () => {
    const db = await teamWith(signOnly);
    expect(keyProblems(db.diagnostics)).toEqual(['rotations/roster.yaml:7 KEY_CANNOT_ENCRYPT']);
  });

  test('an encryption subkey that expires mid-term counts, though the primary key lives on', async () => {
    const db = await teamWith(subkeyMidTerm);
    expect(keyProblems(db.diagnostics)).toEqual(['rotations/roster.yaml:7 KEY_EXPIRES_IN_TERM']);
    expect(db.diagnostics[0]?.message).toContain('can no longer encrypt from 2026-12-01T00:00:00Z');
  });

  test('an expired encryption subkey leaves a key that cannot encrypt', async () => {
    const db = await teamWith(subkeyExpired);
    expect(keyProblems(db.diagnostics)).toEqual(['rotations/roster.yaml:7 KEY_CANNOT_ENCRYPT']);
  });

  test('a committed secret key is refused', async () => {
    const db = await teamWith(good.privateArmored);
    expect(keyProblems(db.diagnostics)).toEqual(['rotations/roster.yaml:7 KEY_SECRET']);
  });

  test('a secret key is refused even in the file of someone with no term', async () => {
    await teamWith(good);
    (repo as TestRepo).write({ 'rotations/keys/former.asc': backup.privateArmored });
    const db = await withKeyChecks(loadDatabase((repo as TestRepo).root, { now: NOW }), NOW);
    expect(db.diagnostics.map((d) => `${d.file} ${d.code}`)).toEqual(['rotations/keys/former.asc KEY_SECRET']);
  });

  test('a file that is not a key is unreadable', async () => {
    const db = await teamWith('-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nnot base64 at all\n-----END PGP PUBLIC KEY BLOCK-----\n');
    expect(keyProblems(db.diagnostics)).toEqual(['rotations/roster.yaml:7 KEY_UNREADABLE']);
  });

  test('a missing key file is found by the synchronous load already', async () => {
    await teamWith(undefined);
    const db = loadDatabase((repo as TestRepo).root, { now: NOW });
    expect(keyProblems(db.diagnostics)).toEqual(['rotations/roster.yaml:7 KEY_FILE_MISSING']);
    expect(await checkKeys(db, NOW)).toEqual([]);
  });

  test('members whose terms are all over may let their keys lapse', async () => {
    await teamWith(expired);
    const later = new Date('2027-01-02T00:00:00Z');
    const db = loadDatabase((repo as TestRepo).root, { now: later });
    expect(await checkKeys(db, later)).toEqual([]);
  });
});

describe('key questions at a date', () => {
  test('fingerprint, capabilities, expiry and encryption subkey ids', async () => {
    const read = await readPublicKey(midTerm.publicArmored);
    if (!read.ok) throw new Error(read.message);
    const key = read.key;
    expect(fingerprintOf(key)).toBe(midTerm.fingerprint);
    expect(await canEncryptAt(key, NOW)).toBe(true);
    expect(await canSignAt(key, NOW)).toBe(true);
    expect(await canEncryptAt(key, new Date('2026-12-15T00:00:00Z'))).toBe(false);
    expect((await expiryOf(key))?.toISOString()).toBe('2026-12-15T00:00:00.000Z');
    expect((await usableUntil(key, 'encrypt', NOW))?.toISOString()).toBe('2026-12-15T00:00:00.000Z');
    expect(await usableUntil(await readKey({ armoredKey: good.publicArmored }), 'sign', NOW)).toBeNull();
    const subkeyId = key.getSubkeys()[0]?.getKeyID().toHex().toUpperCase();
    expect(await encryptionKeyIds(key, NOW)).toEqual([subkeyId]);
    expect(await isRevokedAt(key, NOW)).toBe(false);
  });

  test('a key is not valid before it was made', async () => {
    const read = await readPublicKey(good.publicArmored);
    if (!read.ok) throw new Error(read.message);
    expect(await canSignAt(read.key, new Date('2025-01-01T00:00:00Z'))).toBe(false);
  });

  test('facts for the team page', async () => {
    const read = await readPublicKey(revoked.publicArmored);
    if (!read.ok) throw new Error(read.message);
    const facts = await keyFacts(read.key, NOW);
    expect(facts).toMatchObject({ fingerprint: revoked.fingerprint, version: 4, revoked: true, canEncrypt: false, expires: null });
  });

  test('several keys in one file are refused', async () => {
    const read = await readPublicKey(`${good.publicArmored}\n${backup.publicArmored}`);
    expect(read).toMatchObject({ ok: false, problem: 'multiple' });
  });
});
