// Every triage check through the command CI runs (`node scripts/check.ts`) on
// real files in a temporary repository: exit status, code and file:line:col.
// The script reads the real clock, so dates are far in the past, far in the
// future, or counted back from now (daysAgo) where a rule counts days.
import { spawnSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { advisoryPath, advisoryYaml, makeTestRepo, PROJECT_ROOT, type TestRepo } from '../helpers/test-repo.ts';
import { daysAgo, recordYaml, releaseYaml, type TestEvent } from '../helpers/triage-data.ts';

let repo: TestRepo | undefined;
afterEach(() => repo?.cleanup());

const RECORD = 'vulns/2026/CVE-2026-0101.yaml';
const RELEASE = 'vulns/releases/testix-1.yaml';

function runCheck(root: string) {
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/check.ts'), '--root', root, '--no-cache'], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
  return { status: result.status, stdout: result.stdout };
}

async function check(files: Record<string, string>) {
  repo = await makeTestRepo({ [RELEASE]: releaseYaml(), ...files });
  return runCheck(repo.root);
}

const fixedWith = (extra: Record<string, string>): TestEvent[] => [
  { status: 'detected', at: '2026-03-01T09:00:00Z' },
  { status: 'fixed', at: '2026-03-03T09:00:00Z', version: '"1.2.3-1"', ...extra },
];

test('a clean record and release pass with no finding', async () => {
  const { status, stdout } = await check({ [RECORD]: recordYaml() });
  expect(stdout.trim()).toBe('4 files checked: 0 errors, 0 warnings');
  expect(status).toBe(0);
});

describe('errors exit 1 with file:line:col and the code', () => {
  const cases: [string, Record<string, string>, string][] = [
    [
      'not_affected without a statement',
      {
        [RECORD]: recordYaml({ events: [{ status: 'not_affected', at: '2026-03-01T09:00:00Z', justification: 'component_not_present' }] }),
      },
      `${RECORD}:9:21  TRIAGE_JUSTIFICATION_MISSING`,
    ],
    [
      'fixed without a version',
      { [RECORD]: recordYaml({ events: [{ status: 'fixed', at: '2026-03-01T09:00:00Z' }] }) },
      `${RECORD}:9:21  TRIAGE_FIX_VERSION_MISSING`,
    ],
    [
      'will_not_fix without a reason',
      { [RECORD]: recordYaml({ events: [{ status: 'will_not_fix', at: '2026-03-01T09:00:00Z' }] }) },
      `${RECORD}:9:21  TRIAGE_REASON_MISSING`,
    ],
    ['a field of another status', { [RECORD]: recordYaml({ events: fixedWith({ reason: 'x' }) }) }, `${RECORD}:14:13  TRIAGE_EVENT_FIELD`],
    [
      'events out of time order',
      {
        [RECORD]: recordYaml({
          events: [
            { status: 'detected', at: '2026-03-05T09:00:00Z' },
            { status: 'affected', at: '2026-03-04T09:00:00Z' },
          ],
        }),
      },
      `${RECORD}:12:17  TRIAGE_EVENT_ORDER`,
    ],
    [
      'an event in the future',
      { [RECORD]: recordYaml({ events: [{ status: 'detected', at: '2099-01-01T00:00:00Z' }] }) },
      `${RECORD}:10:17  TRIAGE_EVENT_FUTURE`,
    ],
    [
      'an event after rejected',
      {
        [RECORD]: recordYaml({
          events: [
            { status: 'rejected', at: '2026-03-01T09:00:00Z' },
            { status: 'affected', at: '2026-03-02T09:00:00Z', note: 'x' },
          ],
        }),
      },
      `${RECORD}:11:21  TRIAGE_TRANSITION`,
    ],
    [
      'fixed reopened as affected without a note',
      { [RECORD]: recordYaml({ events: [...fixedWith({}), { status: 'investigating', at: '2026-03-04T09:00:00Z' }] }) },
      `${RECORD}:14:21  TRIAGE_TRANSITION`,
    ],
    ['a release not in vulns/releases/', { [RECORD]: recordYaml({ release: 'testix-9' }) }, `${RECORD}:7:18  TRIAGE_RELEASE_UNKNOWN`],
    ['a package not in the inventory', { [RECORD]: recordYaml({ package: 'widgit' }) }, `${RECORD}:5:11  TRIAGE_PACKAGE_UNKNOWN`],
    ['an assignee off the roster', { [RECORD]: recordYaml({ top: 'assignee: cy' }) }, `${RECORD}:4:11  TRIAGE_MEMBER_UNKNOWN`],
    [
      'two records for one id',
      { [RECORD]: recordYaml(), 'vulns/2026/CVE-2026-0102.yaml': recordYaml({ id: 'CVE-2026-0102', top: 'aliases:\n  - CVE-2026-0101' }) },
      'vulns/2026/CVE-2026-0102.yaml:5:5  TRIAGE_ID_DUPLICATE',
    ],
    [
      'a package twice in an inventory',
      { [RELEASE]: `${releaseYaml()}  - name: widget\n    version: "1"\n` },
      `${RELEASE}:11:11  TRIAGE_ENTRY_DUPLICATE`,
    ],
    [
      'a record that lifts before its embargoed advisory',
      {
        [advisoryPath('TST-2026-0002')]: advisoryYaml({
          id: 'TST-2026-0002',
          status: 'embargoed',
          extra: 'aliases:\n  - CVE-2026-0101\nembargo:\n  until: 2099-01-01T00:00:00Z\n',
        }),
        [RECORD]: recordYaml(),
      },
      `${RECORD}:1:5  TRIAGE_EMBARGO_SHORTER`,
    ],
    [
      'a file name that is not the id',
      { 'vulns/2026/CVE-2026-0999.yaml': recordYaml() },
      'vulns/2026/CVE-2026-0999.yaml:1:5  ID_FILENAME_MISMATCH',
    ],
    [
      'a record in the wrong year folder',
      { 'vulns/2025/CVE-2026-0101.yaml': recordYaml() },
      'vulns/2025/CVE-2026-0101.yaml:1:5  ID_YEAR_FOLDER',
    ],
    ['a stray file in vulns/', { [RECORD]: recordYaml(), 'vulns/README.md': '# notes\n' }, 'vulns/README.md  FILE_UNEXPECTED'],
    ['an unknown field (the schema)', { [RECORD]: recordYaml({ top: 'asignee: ada' }) }, `${RECORD}:4:1  SCHEMA_UNKNOWN_FIELD`],
  ];
  test.each(cases)('%s', async (_, files, expected) => {
    const { status, stdout } = await check(files);
    expect(stdout).toContain(expected);
    expect(status).toBe(1);
  });
});

describe('warnings exit 0 and count days where a policy counts them', () => {
  test('needs triage past policy.triage_target_days (14 by default)', async () => {
    const { status, stdout } = await check({
      [RECORD]: recordYaml({ published: daysAgo(30), events: [{ status: 'detected', at: daysAgo(20) }] }),
    });
    expect(stdout).toContain(
      `${RECORD}:9:21  warning TRIAGE_OVERDUE  widget in testix-1 has needed triage for 20 days, more than the policy's 14`,
    );
    expect(status).toBe(0);
  });

  test('a policy number from the settings moves the deadline', async () => {
    repo = await makeTestRepo({
      [RELEASE]: releaseYaml(),
      [RECORD]: recordYaml({ published: daysAgo(30), events: [{ status: 'detected', at: daysAgo(20) }] }),
    });
    repo.write({ 'watchkeeper.yaml': repo.read('watchkeeper.yaml').replace('policy: {}', 'policy:\n  triage_target_days: 30') });
    expect(runCheck(repo.root).stdout).not.toContain('TRIAGE_OVERDUE');
  });

  test('affected past policy.fix_target_days, counted from publication upstream', async () => {
    const { status, stdout } = await check({
      [RECORD]: recordYaml({
        published: daysAgo(12),
        events: [
          { status: 'detected', at: daysAgo(13) },
          { status: 'affected', at: daysAgo(11) },
        ],
      }),
    });
    expect(stdout).toContain(`${RECORD}:11:21  warning TRIAGE_FIX_OVERDUE  widget in testix-1 has been affected for 12 days`);
    expect(status).toBe(0);
  });

  test('a new event after the release’s end of life, unless it is will_not_fix', async () => {
    const eol = 'end_of_life: 2026-03-02T00:00:00Z\n';
    const { stdout } = await check({ [RELEASE]: releaseYaml('testix-1', eol), [RECORD]: recordYaml() });
    expect(stdout).toContain(`${RECORD}:12:21  warning TRIAGE_RELEASE_EOL`);
    expect(stdout).toContain(`${RECORD}:14:21  warning TRIAGE_RELEASE_EOL`);
    const wontfix = recordYaml({
      events: [
        { status: 'detected', at: '2026-03-01T09:00:00Z' },
        { status: 'will_not_fix', at: '2026-03-03T09:00:00Z', reason: 'end of life' },
      ],
    });
    repo?.write({ [RECORD]: wontfix });
    expect(runCheck(repo?.root ?? '').stdout).not.toContain('TRIAGE_RELEASE_EOL');
  });

  test('advisory and records agree both ways', async () => {
    const { stdout } = await check({
      [advisoryPath('TST-2026-0001')]: advisoryYaml({ extra: 'aliases:\n  - CVE-2026-0777\n' }),
      [RECORD]: recordYaml({ events: fixedWith({ advisory: 'TST-2026-0001' }) }),
    });
    expect(stdout).toMatch(
      /advisories\/2026\/TST-2026-0001\.yaml:\d+:5 {2}warning TRIAGE_RECORD_MISSING {2}TST-2026-0001 lists CVE-2026-0777/,
    );
    expect(stdout).toContain(`${RECORD}:14:23  warning TRIAGE_ADVISORY_MISMATCH  The advisory TST-2026-0001 does not list CVE-2026-0101`);
  });
});

test('a symlink under vulns/ is refused like one under advisories/', async () => {
  repo = await makeTestRepo({ [RELEASE]: releaseYaml(), [RECORD]: recordYaml() });
  symlinkSync('CVE-2026-0101.yaml', join(repo.root, 'vulns/2026/CVE-2026-0102.yaml'));
  const { status, stdout } = runCheck(repo.root);
  expect(stdout).toContain('vulns/2026/CVE-2026-0102.yaml  FILE_SYMLINK');
  expect(status).toBe(1);
});
