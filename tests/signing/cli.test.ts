// The thin scripts end to end: sign with the key in the environment, verify, seal, and check's sealed-draft wiring.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { runScriptClean } from '../helpers/run-script.ts';
import { generateTestKeys, teamFiles } from '../helpers/team.ts';
import { advisoryYaml, makeTestRepo, type TestKey, type TestRepo } from '../helpers/test-repo.ts';
import { writeSite } from './fixtures.ts';

let ada: TestKey;
let bo: TestKey;
let repo: TestRepo;
let outside: string;

/** Runs a script the way `npm run` does, in a clean environment with the real clock. */
const run = runScriptClean;

beforeAll(async () => {
  [ada, bo] = await generateTestKeys('Ada', 'Bo');
  // Terms around the real clock, since scripts read it: Ada is on the team, Bo is not (yet).
  const year = new Date().getUTCFullYear();
  repo = await makeTestRepo(
    teamFiles(
      [
        { handle: 'ada', key: ada, terms: [{ from: `${year - 1}-01-01T00:00:00Z`, until: `${year + 1}-01-01T00:00:00Z` }] },
        { handle: 'bo', key: bo },
      ],
      'now',
    ),
  );
  outside = mkdtempSync(join(tmpdir(), 'watchkeeper-cli-'));
}, 60_000);

afterAll(() => {
  repo.cleanup();
  rmSync(outside, { recursive: true, force: true });
});

test('npm run sign: a clear error without a key, then signs with the key from the environment; npm run verify says who', () => {
  const dist = join(outside, 'dist');
  writeSite(dist);
  const missing = run('sign.ts', [dist, '--root', repo.root]);
  expect(missing.status).toBe(1);
  expect(missing.stdout).toContain('SECRET_KEY_MISSING');

  const signed = run('sign.ts', [dist, '--root', repo.root], { WATCHKEEPER_SIGNING_KEY: ada.privateArmored });
  expect(signed.stderr).toBe('');
  expect(signed.status).toBe(0);
  expect(signed.stdout).toContain('7 file(s) signed (.asc, .sha512) and .well-known/security.txt cleartext-signed');
  expect(signed.stdout).toContain('Ada Example (ada)');

  const verified = run('verify.ts', [join(dist, 'osv/all.json'), join(dist, '.well-known/security.txt'), '--root', repo.root]);
  expect(verified.status).toBe(0);
  expect(verified.stdout).toMatch(/GOOD .*osv\/all\.json: signed by Ada Example \(ada\) with [0-9A-F]{40} on \d{4}-.*; SHA-512 matches/);
  expect(verified.stdout).toMatch(/GOOD .*security\.txt: signed by Ada Example \(ada\)/);

  writeFileSync(join(dist, 'osv/all.json'), '[1]\n');
  const tampered = run('verify.ts', [join(dist, 'osv/all.json'), '--root', repo.root, '--format', 'json']);
  expect(tampered.status).toBe(1);
  const report = JSON.parse(tampered.stdout) as { files: { verified: boolean }[]; diagnostics: { code: string }[] };
  expect(report.files[0]?.verified).toBe(false);
  expect(report.diagnostics.map((d) => d.code).sort()).toEqual(['VERIFY_BAD_SIGNATURE', 'VERIFY_HASH_MISMATCH']);
});

test('npm run seal writes a random-named file and removes the plain draft; npm run check then watches its recipients', () => {
  repo.write({ 'watchkeeper.yaml': `${repo.read('watchkeeper.yaml')}sealing:\n  enabled: true\n` });
  const draftPath = 'advisories/2026/TST-2026-0007.yaml';
  const draft = advisoryYaml({ id: 'TST-2026-0007', status: 'draft' });
  repo.write({ [draftPath]: draft });
  const sealed = run('seal.ts', [join(repo.root, draftPath), '--root', repo.root, '--format', 'json']);
  expect(sealed.stderr).toBe('');
  expect(sealed.status).toBe(0);
  const {
    sealed: file,
    recipients,
    removedPlain,
  } = JSON.parse(sealed.stdout) as { sealed: string; recipients: string[]; removedPlain: boolean };
  expect(file).toMatch(/^advisories\/sealed\/[a-z2-7]{26}\.yaml\.asc$/);
  expect(recipients).toEqual(['ada']);
  expect(removedPlain).toBe(true);

  const clean = run('check.ts', ['--root', repo.root, '--no-cache', '--format', 'json']);
  const sealCodes = (stdout: string) =>
    (JSON.parse(stdout) as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code).filter((c) => c.startsWith('SEAL_'));
  // Other findings (coverage, term length) concern the test's terms, not sealing.
  expect(sealCodes(clean.stdout)).toEqual([]);

  // Bo joins the team: the draft sealed before cannot be opened by Bo, and check says so.
  const year = new Date().getUTCFullYear();
  const aroundNow = { from: `${year - 1}-01-01T00:00:00Z`, until: `${year + 1}-01-01T00:00:00Z` };
  repo.write(
    teamFiles(
      [
        { handle: 'ada', key: ada, terms: [aroundNow] },
        { handle: 'bo', key: bo, terms: [{ role: 'reviewer', ...aroundNow }] },
      ],
      'now',
    ),
  );
  const stale = run('check.ts', ['--root', repo.root, '--no-cache', '--format', 'json']);
  expect(stale.status).toBe(1);
  const found = (JSON.parse(stale.stdout) as { diagnostics: { code: string; file: string }[] }).diagnostics;
  expect(found.filter((d) => d.code.startsWith('SEAL_'))).toMatchObject([{ code: 'SEAL_RECIPIENT_MISSING', file }]);

  // Unsealing refuses to write the plain draft inside the repository.
  const keyFile = join(outside, 'ada-secret.asc');
  writeFileSync(keyFile, ada.privateArmored);
  const inside = run('unseal.ts', [
    join(repo.root, file),
    '--out',
    join(repo.root, 'plain.yaml'),
    '--key-file',
    keyFile,
    '--root',
    repo.root,
  ]);
  expect(inside.status).toBe(2);
  const out = join(outside, 'plain.yaml');
  const opened = run('unseal.ts', [join(repo.root, file), '--out', out, '--key-file', keyFile, '--root', repo.root]);
  expect(opened.status).toBe(0);
  expect(readFileSync(out, 'utf8')).toBe(draft);
});
