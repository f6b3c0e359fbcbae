import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as openpgp from 'openpgp';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import {
  checkSealedDrafts,
  type Database,
  listSealedFiles,
  loadDatabase,
  openSealed,
  publishSealed,
  readRecipients,
  SEALED_NAME,
  sealDraft,
} from '../../src/core/index.ts';
import { generateTestKeys, teamFiles } from '../helpers/team.ts';
import { advisoryYaml, makeTestRepo, NOW, type TestKey, type TestRepo } from '../helpers/test-repo.ts';

const DAY = 86_400_000;
let ada: TestKey;
let bo: TestKey;
let cy: TestKey;
let stranger: TestKey;
let repo: TestRepo;

/** A draft with comments and odd spacing, which must come back byte for byte. */
const DRAFT = `# Embargoed until the distros list date; do not discuss outside the team.
${advisoryYaml({ id: 'TST-2026-0042', status: 'embargoed', package: 'secretpkg' })}embargo:
  until: 2026-11-26T12:00:00Z   # agreed with upstream
  reason: Coordinated release.
# trailing comment
`;

const SETTINGS_ON = 'sealing:\n  enabled: true\n';

beforeAll(async () => {
  [ada, bo, cy, stranger] = await generateTestKeys('Ada', 'Bo', 'Cy', 'Stranger');
}, 60_000);

afterEach(() => repo?.cleanup());

/** Ada and Bo are on the team at NOW; Cy's term ended in October (Cy left). */
async function sealingRepo(enabled = true): Promise<{ repo: TestRepo; db: () => Database }> {
  repo = await makeTestRepo(
    teamFiles([
      { handle: 'ada', key: ada, terms: [{ from: '2026-06-01T00:00:00Z', until: '2027-01-01T00:00:00Z' }] },
      { handle: 'bo', key: bo, terms: [{ role: 'reviewer', from: '2026-06-01T00:00:00Z', until: '2027-01-01T00:00:00Z' }] },
      {
        handle: 'cy',
        key: cy,
        terms: [{ role: 'reviewer', position: 'backup', from: '2026-04-01T00:00:00Z', until: '2026-10-01T00:00:00Z' }],
      },
    ]),
  );
  if (enabled) repo.write({ 'watchkeeper.yaml': `${repo.read('watchkeeper.yaml')}${SETTINGS_ON}` });
  return { repo, db: () => loadDatabase(repo.root, { now: NOW }) };
}

const pub = (k: TestKey) => openpgp.readKey({ armoredKey: k.publicArmored });
const sec = (k: TestKey) => openpgp.readPrivateKey({ armoredKey: k.privateArmored });
const codes = (list: { code: string }[]) => list.map((d) => d.code).sort();

/** Writes a sealed file made by hand, as another tool (or an attacker) might. */
async function handSealed(to: TestKey[], extra: { wildcard?: boolean; passwords?: string[] } = {}): Promise<string> {
  const armored = await openpgp.encrypt({
    message: await openpgp.createMessage({ binary: new TextEncoder().encode(DRAFT) }),
    encryptionKeys: await Promise.all(to.map(pub)),
    ...(extra.passwords ? { passwords: extra.passwords } : {}),
    ...(extra.wildcard ? { wildcard: true } : {}),
    format: 'armored',
  });
  const rel = 'advisories/sealed/abcdefghijklmnopqrstuvwxyz.yaml.asc';
  repo.write({ [rel]: armored });
  return rel;
}

describe('round trip: seal → unseal → publish', () => {
  test('nothing is lost, the name tells nothing, and the embargo holds until it lifts', async () => {
    const { db } = await sealingRepo();
    const bytes = new TextEncoder().encode(DRAFT);
    const sealed = await sealDraft({ db: db(), bytes, name: 'draft.yaml', now: NOW });
    if (!sealed.ok) throw new Error(JSON.stringify(sealed.diagnostics));
    expect(sealed.recipients).toEqual(['ada', 'bo']);
    const name = sealed.sealedFile.split('/').pop() as string;
    expect(name).toMatch(SEALED_NAME);
    const armored = repo.read(sealed.sealedFile);
    for (const secret of ['TST-2026-0042', 'secretpkg', 'Embargoed', 'distros']) {
      expect(name).not.toContain(secret);
      expect(armored).not.toContain(secret);
    }
    // The loader does not read sealed files, and the check finds the recipients exact.
    expect(db().advisories).toEqual([]);
    expect(await checkSealedDrafts(db(), NOW)).toEqual([]);

    // Any member on the team opens it to the very same bytes; someone who left cannot.
    const opened = await openSealed(armored, [await sec(bo)]);
    expect(opened.ok && Buffer.from(opened.bytes).equals(Buffer.from(bytes))).toBe(true);
    expect((await openSealed(armored, [await sec(cy)])).ok).toBe(false);

    // Before the embargo lifts, publish refuses and changes nothing.
    const early = await publishSealed({ root: repo.root, sealedFile: sealed.sealedFile, keys: [await sec(ada)], now: NOW });
    expect(early.ok ? [] : codes(early.diagnostics)).toEqual(['PUBLISH_EMBARGO_ACTIVE']);
    expect(existsSync(join(repo.root, sealed.sealedFile))).toBe(true);
    expect(existsSync(join(repo.root, 'advisories/2026/TST-2026-0042.yaml'))).toBe(false);

    const later = new Date(NOW.getTime() + 3 * DAY);
    const done = await publishSealed({ root: repo.root, sealedFile: sealed.sealedFile, keys: [await sec(ada)], now: later });
    expect(done).toEqual({ ok: true, advisoryFile: 'advisories/2026/TST-2026-0042.yaml', id: 'TST-2026-0042' });
    expect(readFileSync(join(repo.root, done.ok ? done.advisoryFile : ''))).toEqual(Buffer.from(bytes));
    expect(existsSync(join(repo.root, sealed.sealedFile))).toBe(false);
    expect(readdirSync(join(repo.root, 'advisories/2026'))).toEqual(['TST-2026-0042.yaml']);
    expect(db().advisories.map((a) => a.id)).toEqual(['TST-2026-0042']);
  });

  test('publish keeps the sealed file when the plain file exists, or the key cannot open it', async () => {
    await sealingRepo();
    const rel = await handSealed([ada, bo]);
    const later = new Date(NOW.getTime() + 3 * DAY);
    const wrongKey = await publishSealed({ root: repo.root, sealedFile: rel, keys: [await sec(stranger)], now: later });
    expect(wrongKey.ok ? [] : codes(wrongKey.diagnostics)).toEqual(['SEAL_DECRYPT_FAILED']);
    repo.write({ 'advisories/2026/TST-2026-0042.yaml': 'someone else\n' });
    const clash = await publishSealed({ root: repo.root, sealedFile: rel, keys: [await sec(ada)], now: later });
    expect(clash.ok ? [] : codes(clash.diagnostics)).toEqual(['PUBLISH_TARGET_EXISTS']);
    expect(repo.read('advisories/2026/TST-2026-0042.yaml')).toBe('someone else\n');
    expect(existsSync(join(repo.root, rel))).toBe(true);
  });

  test('seal refuses when sealing is off, for invalid drafts and for published advisories', async () => {
    const off = await sealingRepo(false);
    const bytes = new TextEncoder().encode(DRAFT);
    const disabled = await sealDraft({ db: off.db(), bytes, name: 'd.yaml', now: NOW });
    expect(disabled.ok ? [] : codes(disabled.diagnostics)).toEqual(['SEAL_DISABLED']);
    repo.cleanup();
    const on = await sealingRepo();
    const invalid = await sealDraft({ db: on.db(), bytes: new TextEncoder().encode('id: [\n'), name: 'd.yaml', now: NOW });
    expect(invalid.ok ? [] : codes(invalid.diagnostics)[0]).toBe('SEAL_INVALID_DRAFT');
    const published = await sealDraft({ db: on.db(), bytes: new TextEncoder().encode(advisoryYaml()), name: 'd.yaml', now: NOW });
    expect(published.ok ? [] : codes(published.diagnostics)).toEqual(['SEAL_NOT_A_DRAFT']);
    expect(listSealedFiles(repo.root).files).toEqual([]);
  });
});

describe('npm run check: recipients read from the packets, without secret keys', () => {
  test('equal sets pass', async () => {
    const { db } = await sealingRepo();
    await handSealed([bo, ada]);
    expect(await checkSealedDrafts(db(), NOW)).toEqual([]);
  });

  test('someone missing', async () => {
    const { db } = await sealingRepo();
    await handSealed([ada]);
    const found = await checkSealedDrafts(db(), NOW);
    expect(codes(found)).toEqual(['SEAL_RECIPIENT_MISSING']);
    expect(found[0]?.message).toContain('`bo`');
    expect(found[0]?.hint).toContain('--reseal');
  });

  test('someone extra who is not a member', async () => {
    const { db } = await sealingRepo();
    await handSealed([ada, bo, stranger]);
    const found = await checkSealedDrafts(db(), NOW);
    expect(codes(found)).toEqual(['SEAL_RECIPIENT_EXTRA']);
    expect(found[0]?.message).toMatch(/not one of the team members/);
  });

  test('a member who left the rotation can still open a draft sealed before: it is listed for re-sealing', async () => {
    const { db } = await sealingRepo();
    // Sealed in September, when Cy was on the team too.
    const september = new Date('2026-09-15T00:00:00Z');
    const sealed = await sealDraft({ db: db(), bytes: new TextEncoder().encode(DRAFT), name: 'd.yaml', now: september });
    expect(sealed.ok && sealed.recipients).toEqual(['ada', 'bo', 'cy']);
    expect(await checkSealedDrafts(db(), september)).toEqual([]);
    const found = await checkSealedDrafts(db(), NOW);
    expect(codes(found)).toEqual(['SEAL_RECIPIENT_EXTRA']);
    expect(found[0]?.message).toContain('Cy Example (cy), who is not on the team now');
    expect(found[0]?.file).toBe(sealed.ok ? sealed.sealedFile : '');
    // Re-sealing for today's team clears it.
    const resealed = await sealDraft({
      db: db(),
      bytes: new TextEncoder().encode(DRAFT),
      name: 'd.yaml',
      now: NOW,
      replace: sealed.ok ? sealed.sealedFile : '',
    });
    expect(resealed.ok && resealed.recipients).toEqual(['ada', 'bo']);
    expect(await checkSealedDrafts(db(), NOW)).toEqual([]);
  });

  test('a wildcard (hidden) recipient', async () => {
    const { db } = await sealingRepo();
    const rel = await handSealed([ada, bo], { wildcard: true });
    const read = await readRecipients(repo.read(rel));
    expect(read.ok && read.recipients.wildcards).toBe(2);
    const found = codes(await checkSealedDrafts(db(), NOW));
    expect(found).toContain('SEAL_WILDCARD_RECIPIENT');
    expect(found).toContain('SEAL_RECIPIENT_MISSING');
  });

  test('a password packet beside the right recipients', async () => {
    const { db } = await sealingRepo();
    await handSealed([ada, bo], { passwords: ['hunter2'] });
    expect(codes(await checkSealedDrafts(db(), NOW))).toEqual(['SEAL_PASSWORD']);
  });

  test('a file that is not encrypted, or named after what it holds', async () => {
    const { db } = await sealingRepo();
    const signedOnly = await openpgp.sign({
      message: await openpgp.createMessage({ text: DRAFT }),
      signingKeys: await sec(ada),
      format: 'armored',
    });
    repo.write({ 'advisories/sealed/abcdefghijklmnopqrstuvwxyz.yaml.asc': signedOnly });
    expect(codes(await checkSealedDrafts(db(), NOW))).toEqual(['SEAL_NOT_ENCRYPTED']);
    repo.remove('advisories/sealed/abcdefghijklmnopqrstuvwxyz.yaml.asc');
    repo.write({ 'advisories/sealed/TST-2026-0042.yaml.asc': repo.read('rotations/keys/ada.asc') });
    expect(codes(await checkSealedDrafts(db(), NOW))).toEqual(['SEAL_FILE_NAME', 'SEAL_NOT_ONE_MESSAGE']);
  });

  test('a real seal output with an armor header or text outside the armor fails check and cannot be opened', async () => {
    const { db } = await sealingRepo();
    const sealed = await sealDraft({ db: db(), bytes: new TextEncoder().encode(DRAFT), name: 'd.yaml', now: NOW });
    if (!sealed.ok) throw new Error(JSON.stringify(sealed.diagnostics));
    const armored = repo.read(sealed.sealedFile);
    expect(armored.startsWith('-----BEGIN PGP MESSAGE-----\n\n')).toBe(true);
    for (const tampered of [
      armored.replace('-----BEGIN PGP MESSAGE-----\n', '-----BEGIN PGP MESSAGE-----\nComment: TST-2026-0042 secretpkg\n'),
      `TST-2026-0042 secretpkg\n${armored}`,
      `${armored}TST-2026-0042 secretpkg\n`,
    ]) {
      repo.write({ [sealed.sealedFile]: tampered });
      const found = await checkSealedDrafts(db(), NOW);
      expect(codes(found)).toEqual(['SEAL_NOT_ONE_MESSAGE']);
      expect(JSON.stringify(found)).not.toContain('secretpkg');
      expect((await openSealed(tampered, [await sec(ada)])).ok).toBe(false);
    }
    // The binary form of the same message is one message too, and opens.
    const binary = (await openpgp.unarmor(armored)).data as Uint8Array;
    repo.write({ [sealed.sealedFile]: binary });
    expect(await checkSealedDrafts(db(), NOW)).toEqual([]);
    expect((await openSealed(binary, [await sec(ada)])).ok).toBe(true);
  });

  test('sealed files while sealing is off are reported, not silently ignored', async () => {
    const { db } = await sealingRepo(false);
    await handSealed([stranger]);
    expect(codes(await checkSealedDrafts(db(), NOW))).toEqual(['SEAL_FILES_WHILE_DISABLED']);
  });
});

afterAll(() => repo?.cleanup());
