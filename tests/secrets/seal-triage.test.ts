// Sealing a triage record end to end through the real commands: seal → check → unseal → publish.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { generateTestKey, makeTestRepo, PROJECT_ROOT, rosterYaml, type TestKey, type TestRepo, termsYaml } from '../helpers/test-repo.ts';
import { recordYaml, releaseYaml } from '../helpers/triage-data.ts';
import { SECRET } from './fixture.ts';

let ada: TestKey;
let repo: TestRepo;
let outside: string;
let keyFile: string;

/** Runs a script the way `npm run` does, with the real clock (so embargoes lie in 2099 or 2020). */
function run(script: string, args: string[]) {
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts', script), ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const record = (until: string, extra = '') =>
  recordYaml({
    id: SECRET.id,
    top: `# reported privately\naliases: [${SECRET.alias}]\nembargo:\n  until: ${until}\nnotes: "${SECRET.notes}"${extra}`,
  })
    .replace(/^published_upstream: .*\n/m, '')
    .replace('A test vulnerability in widget', `"${SECRET.summary}"`);

beforeAll(async () => {
  ada = await generateTestKey({ name: 'Ada' });
  const year = new Date().getUTCFullYear();
  repo = await makeTestRepo({
    'rotations/roster.yaml': rosterYaml([{ handle: 'ada', fingerprint: ada.fingerprint }]),
    'rotations/terms/now.yaml': termsYaml([{ member: 'ada', from: `${year - 1}-01-01T00:00:00Z`, until: `${year + 1}-01-01T00:00:00Z` }]),
    'rotations/keys/ada.asc': ada.publicArmored,
    'vulns/releases/testix-1.yaml': releaseYaml(),
  });
  repo.write({ 'watchkeeper.yaml': `${repo.read('watchkeeper.yaml')}sealing:\n  enabled: true\n` });
  outside = mkdtempSync(join(tmpdir(), 'watchkeeper-seal-'));
  keyFile = join(outside, 'ada-secret.asc');
  writeFileSync(keyFile, ada.privateArmored);
}, 60_000);

afterAll(() => {
  repo.cleanup();
  rmSync(outside, { recursive: true, force: true });
});

const sealCodes = (stdout: string) =>
  (JSON.parse(stdout) as { diagnostics: { code: string; file: string }[] }).diagnostics.filter((d) => d.code.startsWith('SEAL_'));

test('an embargoed record is sealed into vulns/sealed/ under a random name; check, unseal and publish accept it', () => {
  const draftPath = `vulns/2026/${SECRET.id}.yaml`;
  const draft = record('2099-01-05T00:00:00Z');
  repo.write({ [draftPath]: draft });
  const sealed = run('seal.ts', [join(repo.root, draftPath), '--root', repo.root, '--format', 'json']);
  expect(sealed.stderr).toBe('');
  expect(sealed.status).toBe(0);
  const { sealed: file, removedPlain } = JSON.parse(sealed.stdout) as { sealed: string; removedPlain: boolean };
  expect(file).toMatch(/^vulns\/sealed\/[a-z2-7]{26}\.yaml\.asc$/);
  expect(removedPlain).toBe(true);
  expect(existsSync(join(repo.root, draftPath))).toBe(false);
  const armored = repo.read(file);
  for (const secret of [SECRET.id, SECRET.alias, 'widget', 'privately']) expect(armored).not.toContain(secret);

  // check reads vulns/sealed/ like advisories/sealed/: addressed to exactly the team, nothing to report.
  const checked = run('check.ts', ['--root', repo.root, '--no-cache', '--format', 'json']);
  expect(sealCodes(checked.stdout)).toEqual([]);
  expect(checked.stdout).not.toContain('FILE_UNEXPECTED');

  const out = join(outside, 'plain.yaml');
  expect(run('unseal.ts', [join(repo.root, file), '--out', out, '--key-file', keyFile, '--root', repo.root]).status).toBe(0);
  expect(readFileSync(out, 'utf8')).toBe(draft);

  // The embargo still holds: publish refuses and leaves everything as it was.
  const early = run('publish.ts', [join(repo.root, file), '--key-file', keyFile, '--root', repo.root]);
  expect(early.status).toBe(1);
  expect(early.stdout).toContain(`PUBLISH_EMBARGO_ACTIVE  ${SECRET.id} is under embargo until 2099-01-05T00:00:00Z`);
  expect(existsSync(join(repo.root, file))).toBe(true);
  rmSync(join(repo.root, file));
});

test('once the embargo has lifted, publish writes vulns/<year>/<id>.yaml exactly as sealed and removes the sealed file', () => {
  // Not yet public upstream, so still unpublishable and sealable, though its embargo date has passed.
  const draft = record('2020-01-05T00:00:00Z');
  const draftFile = join(outside, 'lifted.yaml');
  writeFileSync(draftFile, draft);
  const sealed = run('seal.ts', [draftFile, '--root', repo.root, '--format', 'json']);
  expect(sealed.status).toBe(0);
  const { sealed: file } = JSON.parse(sealed.stdout) as { sealed: string };
  const published = run('publish.ts', [join(repo.root, file), '--key-file', keyFile, '--root', repo.root, '--format', 'json']);
  expect(published.stderr).toBe('');
  expect(published.status).toBe(0);
  expect(JSON.parse(published.stdout)).toEqual({ id: SECRET.id, file: `vulns/2026/${SECRET.id}.yaml`, removed: file });
  expect(repo.read(`vulns/2026/${SECRET.id}.yaml`)).toBe(draft);
  expect(existsSync(join(repo.root, file))).toBe(false);
  repo.remove(`vulns/2026/${SECRET.id}.yaml`);
});

test('a public record is not sealed, an invalid one neither; plaintext in vulns/sealed/ is a check finding', () => {
  const publicFile = join(outside, 'public.yaml');
  writeFileSync(publicFile, recordYaml());
  const refused = run('seal.ts', [publicFile, '--root', repo.root]);
  expect(refused.status).toBe(1);
  expect(refused.stdout).toContain('SEAL_NOT_A_DRAFT  The triage record CVE-2026-0101 is publishable now');

  const invalidFile = join(outside, 'invalid.yaml');
  writeFileSync(invalidFile, record('2099-01-05T00:00:00Z', '\ncolour: red'));
  const invalid = run('seal.ts', [invalidFile, '--root', repo.root]);
  expect(invalid.status).toBe(1);
  expect(invalid.stdout).toContain('SEAL_INVALID_DRAFT  The draft is not a valid triage record, so it is not sealed.');

  const plain = 'vulns/sealed/abcdefghijklmnopqrstuvwxyz.yaml.asc';
  repo.write({ [plain]: record('2099-01-05T00:00:00Z') });
  const checked = run('check.ts', ['--root', repo.root, '--no-cache', '--format', 'json']);
  expect(checked.status).toBe(1);
  expect(sealCodes(checked.stdout)).toMatchObject([{ code: 'SEAL_NOT_ONE_MESSAGE', file: plain }]);
  repo.remove(plain);
});
