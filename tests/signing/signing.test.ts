import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as openpgp from 'openpgp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listSignedOutputs, readSecretKey, signingKeyStatus, signOutputs, verifyFile } from '../../src/core/index.ts';
import { NOW } from '../helpers/test-repo.ts';
import { type SigningRepo, signingRepo, writeSite } from './fixtures.ts';
import { detachedSignature, type KeySet, legacyKey, makeKeys, privateKeyOf, sha1Signature } from './signing-keys.ts';

let k: KeySet;
let r: SigningRepo;
const temps: string[] = [];

beforeAll(async () => {
  k = await makeKeys();
  r = await signingRepo(k);
}, 60_000);

afterAll(() => {
  r.repo.cleanup();
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'watchkeeper-sign-'));
  temps.push(dir);
  return dir;
}

const codes = (list: { code: string }[]) => list.map((d) => d.code);
const verifyOptions = () => ({ keys: r.keys, terms: r.db.terms, now: NOW });

/** A file with a detached signature beside it. */
async function signedFile(signature: (data: Uint8Array) => Promise<string>, text = 'payload\n'): Promise<string> {
  const file = join(tempDir(), 'data.json');
  writeFileSync(file, text);
  writeFileSync(`${file}.asc`, await signature(new TextEncoder().encode(text)));
  return file;
}

describe('npm run sign: the built site', () => {
  test('signs every feed, OSV, OpenVEX and CSAF file, cleartext-signs security.txt, and leaves pages alone', async () => {
    const dist = tempDir();
    writeSite(dist);
    const result = await signOutputs(dist, await privateKeyOf(k.ada), NOW);
    expect(result.detached).toEqual([
      '.well-known/csaf/provider-metadata.json',
      '.well-known/csaf/white/2026/tst-2026-0001.json',
      'feeds/advisories.feed.json',
      'feeds/advisories.rss.xml',
      'osv/all.json',
      'osv/x_TST-2026-0001.json',
      'vex/CVE-2026-0001.openvex.json',
    ]);
    expect(result.cleartext).toEqual(['.well-known/security.txt']);
    expect(existsSync(join(dist, 'index.html.asc'))).toBe(false);
    expect(existsSync(join(dist, '.well-known/csaf/white/index.txt.asc'))).toBe(false);
    for (const rel of result.detached) {
      const bytes = readFileSync(join(dist, rel));
      const name = rel.split('/').pop();
      expect(readFileSync(join(dist, `${rel}.sha512`), 'utf8')).toBe(`${createHash('sha512').update(bytes).digest('hex')}  ${name}\n`);
      const verified = await verifyFile(join(dist, rel), verifyOptions());
      expect(verified.diagnostics).toEqual([]);
      expect(verified.mode).toBe('detached');
      expect(verified.hashChecked).toBe(true);
      expect(verified.good?.signer?.member?.handle).toBe('ada');
      expect(verified.good?.created?.toISOString()).toBe(NOW.toISOString());
    }
    const txt = readFileSync(join(dist, '.well-known/security.txt'), 'utf8');
    expect(txt.startsWith('-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA512\n\nContact: mailto:security@test.example\n')).toBe(true);
    const verified = await verifyFile(join(dist, '.well-known/security.txt'), verifyOptions());
    expect(verified.mode).toBe('cleartext');
    expect(verified.diagnostics).toEqual([]);
    expect(verified.good?.signer?.member?.handle).toBe('ada');
  });

  test('signing twice gives one signature on security.txt, not a signature of a signature', async () => {
    const dist = tempDir();
    writeSite(dist);
    const key = await privateKeyOf(k.ada);
    await signOutputs(dist, key, NOW);
    await signOutputs(dist, key, new Date(NOW.getTime() + 60_000));
    const txt = readFileSync(join(dist, '.well-known/security.txt'), 'utf8');
    expect(txt.match(/BEGIN PGP SIGNED MESSAGE/g)).toHaveLength(1);
    const message = await openpgp.readCleartextMessage({ cleartextMessage: txt });
    expect(message.getText()).toBe('Contact: mailto:security@test.example\nExpires: 2027-05-23T12:00:00Z');
    expect(listSignedOutputs(dist)).toHaveLength(7);
  });

  test('a subscriber with plain gpg verifies the detached and the cleartext signatures', async (context) => {
    const gpg = ['/usr/bin/gpg', '/usr/local/bin/gpg'].find((p) => existsSync(p));
    if (!gpg) context.skip();
    const { execFileSync } = await import('node:child_process');
    // GnuPG 2.2/2.4 read keys in the format gpg itself makes (legacy EdDSA), as a team's keys would be.
    const signer = await legacyKey('Gpg');
    const dist = tempDir();
    writeSite(dist);
    await signOutputs(dist, await privateKeyOf(signer), NOW);
    const home = tempDir();
    const run = (...args: string[]) =>
      execFileSync(gpg as string, ['--homedir', home, '--batch', '--no-tty', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    writeFileSync(join(home, 'ada.asc'), signer.publicArmored);
    run('--import', join(home, 'ada.asc'));
    const osv = join(dist, 'osv/all.json');
    expect(() => run('--verify', `${osv}.asc`, osv)).not.toThrow();
    expect(() => run('--verify', join(dist, '.well-known/security.txt'))).not.toThrow();
    writeFileSync(osv, '[ ]\n');
    expect(() => run('--verify', `${osv}.asc`, osv)).toThrow();
  });
});

describe('the signing key', () => {
  test('a published key with a long life passes; one stopping within 90 days warns, within 30 fails', async () => {
    const at = async (key: typeof k.ada) => codes((await signingKeyStatus(await privateKeyOf(key), r.keys, NOW, 'env')).diagnostics);
    expect(await at(k.ada)).toEqual([]);
    expect(await at(k.soon60)).toEqual(['SIGN_KEY_EXPIRING']);
    expect(await at(k.soon20)).toEqual(['SIGN_KEY_EXPIRES_SOON']);
    expect(await at(k.old)).toEqual(['SIGN_KEY_UNUSABLE']);
    expect(await at(k.revoked)).toEqual(['SIGN_KEY_UNUSABLE']);
    expect(await at(k.stranger)).toEqual(['SIGN_KEY_UNPUBLISHED']);
    // The clock is injected: 40 days earlier the same key had 100 days left.
    const earlier = await signingKeyStatus(await privateKeyOf(k.soon60), r.keys, new Date(NOW.getTime() - 40 * 86_400_000), 'env');
    expect(codes(earlier.diagnostics)).toEqual([]);
  });

  test('comes from the environment or a file outside the repository, never from inside it', async () => {
    expect(await readSecretKey({ repoRoot: r.repo.root })).toMatchObject({ ok: false, code: 'SECRET_KEY_MISSING' });
    expect(await readSecretKey({ armored: '  \n', repoRoot: r.repo.root })).toMatchObject({ ok: false, code: 'SECRET_KEY_MISSING' });
    const inside = join(r.repo.root, 'signing.asc');
    writeFileSync(inside, k.ada.privateArmored);
    expect(await readSecretKey({ file: inside, repoRoot: r.repo.root })).toMatchObject({ ok: false, code: 'SECRET_KEY_IN_REPO' });
    const outside = join(tempDir(), 'signing.asc');
    writeFileSync(outside, k.ada.privateArmored);
    const fromFile = await readSecretKey({ file: outside, repoRoot: r.repo.root });
    expect(fromFile.ok && fromFile.key.getFingerprint().toUpperCase()).toBe(k.ada.fingerprint);
    const fromEnv = await readSecretKey({ armored: k.ada.privateArmored, repoRoot: r.repo.root });
    expect(fromEnv.ok).toBe(true);
    expect(await readSecretKey({ armored: k.ada.publicArmored, repoRoot: r.repo.root })).toMatchObject({
      ok: false,
      code: 'SECRET_KEY_UNREADABLE',
    });
    const locked = await openpgp.encryptKey({ privateKey: await privateKeyOf(k.ada), passphrase: 'correct horse' });
    const armored = locked.armor();
    expect(await readSecretKey({ armored, repoRoot: r.repo.root })).toMatchObject({ ok: false, code: 'SECRET_KEY_UNREADABLE' });
    expect(await readSecretKey({ armored, passphrase: 'wrong', repoRoot: r.repo.root })).toMatchObject({
      ok: false,
      code: 'SECRET_KEY_UNREADABLE',
    });
    expect((await readSecretKey({ armored, passphrase: 'correct horse', repoRoot: r.repo.root })).ok).toBe(true);
  });
});

describe('npm run verify', () => {
  test('says who signed and when', async () => {
    const file = await signedFile((d) => detachedSignature(k.ada, d, new Date('2026-11-20T08:00:00Z')));
    const result = await verifyFile(file, verifyOptions());
    expect(result.diagnostics).toEqual([]);
    expect(result.good?.signer?.member?.name).toBe('Ada Example');
    expect(result.good?.created?.toISOString()).toBe('2026-11-20T08:00:00.000Z');
    // Named by its .asc, the same file is found.
    expect((await verifyFile(`${file}.asc`, verifyOptions())).good?.signer?.member?.handle).toBe('ada');
  });

  test('an unknown signer does not count', async () => {
    const result = await verifyFile(await signedFile((d) => detachedSignature(k.stranger, d)), verifyOptions());
    expect(codes(result.diagnostics)).toEqual(['VERIFY_UNKNOWN_SIGNER']);
    expect(result.good).toBeUndefined();
  });

  test('one changed byte breaks the signature and the digest', async () => {
    const dist = tempDir();
    writeSite(dist);
    await signOutputs(dist, await privateKeyOf(k.ada), NOW);
    const file = join(dist, 'osv/x_TST-2026-0001.json');
    const bytes = readFileSync(file);
    bytes[10] = (bytes[10] as number) ^ 1;
    writeFileSync(file, bytes);
    const result = await verifyFile(file, verifyOptions());
    expect(codes(result.diagnostics).sort()).toEqual(['VERIFY_BAD_SIGNATURE', 'VERIFY_HASH_MISMATCH']);
  });

  test('a signature made with an expired key and dated back to when it was valid does not count', async () => {
    const backdated = new Date(k.oldCreated.getTime() + 30 * 86_400_000);
    const file = await signedFile((d) => detachedSignature(k.old, d, backdated));
    // OpenPGP.js alone accepts it: the key was valid at the date the signature claims.
    const plain = await openpgp.verify({
      message: await openpgp.createMessage({ binary: readFileSync(file) }),
      signature: await openpgp.readSignature({ armoredSignature: readFileSync(`${file}.asc`, 'utf8') }),
      verificationKeys: await openpgp.readKey({ armoredKey: k.old.publicArmored }),
      date: NOW,
    });
    await expect(plain.signatures[0]?.verified).resolves.toBe(true);
    const result = await verifyFile(file, verifyOptions());
    expect(codes(result.diagnostics)).toEqual(['VERIFY_KEY_INVALID']);
    expect(result.diagnostics[0]?.message).toMatch(/has expired now/);
  });

  test('a revoked key does not count, even for a signature dated before the revocation', async () => {
    const file = await signedFile((d) => detachedSignature(k.revoked, d, new Date(k.revokedCreated.getTime() + 30_000)));
    const result = await verifyFile(file, verifyOptions());
    expect(codes(result.diagnostics)).toEqual(['VERIFY_KEY_INVALID']);
    expect(result.diagnostics[0]?.message).toMatch(/revoked/);
  });

  test('a SHA-1 signature does not count', async () => {
    const file = await signedFile((d) => sha1Signature(k.weak, d));
    const result = await verifyFile(file, verifyOptions());
    expect(codes(result.diagnostics)).toEqual(['VERIFY_WEAK_HASH']);
    expect(result.diagnostics[0]?.message).toMatch(/SHA-1/);
    // The same key with SHA-256 is fine: it is the hash that is refused.
    expect((await verifyFile(await signedFile((d) => detachedSignature(k.weak, d)), verifyOptions())).diagnostics).toEqual([]);
  });

  test('detached signatures are binary: converting line endings to CRLF breaks them; cleartext security.txt survives it', async () => {
    const file = await signedFile((d) => detachedSignature(k.ada, d), 'line one\nline two\n');
    expect((await verifyFile(file, verifyOptions())).diagnostics).toEqual([]);
    writeFileSync(file, 'line one\r\nline two\r\n');
    expect(codes((await verifyFile(file, verifyOptions())).diagnostics)).toEqual(['VERIFY_BAD_SIGNATURE']);

    const dist = tempDir();
    writeSite(dist);
    await signOutputs(dist, await privateKeyOf(k.ada), NOW);
    const txt = join(dist, '.well-known/security.txt');
    writeFileSync(txt, readFileSync(txt, 'utf8').replaceAll('\n', '\r\n'));
    const result = await verifyFile(txt, verifyOptions());
    expect(result.diagnostics).toEqual([]);
    expect(result.good?.signer?.member?.handle).toBe('ada');
  });

  test('text placed before or after the cleartext block is refused, though the signature itself is good', async () => {
    const dist = tempDir();
    writeSite(dist);
    await signOutputs(dist, await privateKeyOf(k.ada), NOW);
    const txt = join(dist, '.well-known/security.txt');
    const signed = readFileSync(txt, 'utf8');
    writeFileSync(txt, `Contact: mailto:attacker@evil.example\n${signed}`);
    const before = await verifyFile(txt, verifyOptions());
    expect(codes(before.diagnostics)).toEqual(['VERIFY_TEXT_OUTSIDE_SIGNATURE']);
    expect(before.diagnostics[0]?.message).toMatch(/text before/);
    writeFileSync(txt, `${signed}Contact: mailto:attacker@evil.example\n`);
    expect(codes((await verifyFile(txt, verifyOptions())).diagnostics)).toEqual(['VERIFY_TEXT_OUTSIDE_SIGNATURE']);
    writeFileSync(txt, signed);
    expect((await verifyFile(txt, verifyOptions())).diagnostics).toEqual([]);
  });

  test('a file without a signature, and a signer who held no term then', async () => {
    const bare = join(tempDir(), 'bare.json');
    writeFileSync(bare, '{}\n');
    expect(codes((await verifyFile(bare, verifyOptions())).diagnostics)).toEqual(['VERIFY_NO_SIGNATURE']);
    // Bo's term ended on 2026-06-01: the signature is genuine, but made off the team.
    const late = await verifyFile(await signedFile((d) => detachedSignature(k.bo, d)), verifyOptions());
    expect(codes(late.diagnostics)).toEqual(['VERIFY_SIGNER_OFF_TEAM']);
    expect(late.good?.signer?.member?.handle).toBe('bo');
    const during = await verifyFile(await signedFile((d) => detachedSignature(k.bo, d, new Date('2026-03-01T00:00:00Z'))), verifyOptions());
    expect(during.diagnostics).toEqual([]);
  });

  test("a key file whose key is not the roster's fingerprint is not trusted", async () => {
    const swapped = await signingRepo(k);
    swapped.repo.write({ 'rotations/keys/ada.asc': k.stranger.publicArmored });
    const { loadDatabase, teamKeys } = await import('../../src/core/index.ts');
    const db = loadDatabase(swapped.repo.root, { now: NOW });
    const keys = await teamKeys(db);
    const result = await verifyFile(await signedFile((d) => detachedSignature(k.stranger, d)), { keys, terms: db.terms, now: NOW });
    expect(codes(result.diagnostics)).toEqual(['VERIFY_UNKNOWN_SIGNER']);
    swapped.repo.cleanup();
  });
});
