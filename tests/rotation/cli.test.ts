import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeAll, expect, test } from 'vitest';
import {
  generateTestKey,
  makeTestRepo,
  PROJECT_ROOT,
  rosterYaml,
  SETTINGS_YAML,
  type TestKey,
  type TestRepo,
  termsYaml,
} from '../helpers/test-repo.ts';

let repo: TestRepo | undefined;
afterEach(() => repo?.cleanup());

let ada: TestKey;
let bo: TestKey;
beforeAll(async () => {
  [ada, bo] = await Promise.all([generateTestKey({ name: 'Ada', revoked: true }), generateTestKey({ name: 'Bo' })]);
});

function run(script: string, args: string[]) {
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts', script), ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const H2 = { from: '2026-07-01T00:00:00Z', until: '2027-01-01T00:00:00Z' };

async function team(extra: Record<string, string> = {}) {
  repo = await makeTestRepo({
    'rotations/roster.yaml': rosterYaml([
      { handle: 'ada', fingerprint: ada.fingerprint },
      { handle: 'bo', fingerprint: bo.fingerprint },
    ]),
    'rotations/keys/ada.asc': ada.publicArmored,
    'rotations/keys/bo.asc': bo.publicArmored,
    'rotations/terms/2026.yaml': termsYaml([
      { member: 'ada', ...H2 },
      { member: 'bo', position: 'backup', ...H2 },
      { member: 'bo', from: '2027-01-01T00:00:00Z', until: '2027-07-01T00:00:00Z' },
    ]),
    ...extra,
  });
  return repo.root;
}

test('rota --at --format json: who is on duty, handovers and the gap', async () => {
  const root = await team();
  const { status, stdout } = run('rota.ts', ['--root', root, '--at', '2026-12-31T23:59:59Z', '--format', 'json']);
  expect(status).toBe(1);
  const report = JSON.parse(stdout);
  expect(report.at).toBe('2026-12-31T23:59:59Z');
  expect(report.now.map((d: { member: string; position: string }) => `${d.position} ${d.member}`)).toEqual(['primary ada', 'backup bo']);
  expect(report.next.at).toBe('2027-01-01T00:00:00Z');
  expect(report.gaps).toEqual([{ role: 'coordinator', position: 'backup', from: '2027-01-01T00:00:00Z', until: '2027-07-01T00:00:00Z' }]);
});

test('rota exits 0 when covered to the end of the plan, 2 on a bad --at', async () => {
  const root = await team();
  const covered = run('rota.ts', ['--root', root, '--at', '2026-08-01', '--handovers', '1']);
  expect(covered.stdout).toContain('coordinator         Ada Example (ada)  until 2027-01-01T00:00:00Z');
  expect(covered.status).toBe(1); // the backup gap in 2027 is still ahead
  const bad = run('rota.ts', ['--root', root, '--at', '2026-08-01T10:00']);
  expect(bad.status).toBe(2);
  expect(bad.stderr).toContain('give a date (2027-01-01) or a UTC instant with Z');
});

test('codeowners writes the section, keeps hand-written lines, and --check tells stale from current', async () => {
  const root = await team({ '.github/CODEOWNERS': '# ours\n/schemas/ @core\n' });
  expect(run('codeowners.ts', ['--root', root, '--at', '2026-08-01']).status).toBe(0);
  const written = (repo as TestRepo).read('.github/CODEOWNERS');
  expect(written).toMatch(/^# ours\n\/schemas\/ @core\n\n# BEGIN watchkeeper:rotation/);
  expect(written).toContain('/advisories/ @ada @bo\n/vulns/ @ada @bo\n/rotations/ @ada @bo\n');
  expect(written).toContain('/src/ @ada @bo\n/scripts/ @ada @bo\n');
  expect(written).toContain('/.gitlab-ci.yml @ada @bo\n# END watchkeeper:rotation\n');
  expect(run('codeowners.ts', ['--root', root, '--at', '2026-08-01', '--check']).status).toBe(0);
  const stale = run('codeowners.ts', ['--root', root, '--at', '2027-01-01', '--check']);
  expect(stale.status).toBe(1);
  expect((repo as TestRepo).read('.github/CODEOWNERS')).toBe(written);
});

test('npm run check reports key problems found by OpenPGP.js', async () => {
  // Terms far enough ahead that this test does not depend on the day it runs.
  const root = await team({
    'watchkeeper.yaml': SETTINGS_YAML.replace('policy: {}', 'policy:\n  term_max_months: 60'),
    'rotations/terms/2026.yaml': termsYaml([
      { member: 'ada', from: '2026-01-01T00:00:00Z', until: '2031-01-01T00:00:00Z' },
      { member: 'bo', position: 'backup', from: '2026-01-01T00:00:00Z', until: '2031-01-01T00:00:00Z' },
    ]),
  });
  const { status, stdout } = run('check.ts', ['--root', root, '--no-cache']);
  expect(status).toBe(1);
  expect(stdout).toContain('rotations/roster.yaml:7:13  KEY_REVOKED  The key of `ada` (rotations/keys/ada.asc) is revoked.');
});
