import { afterEach, expect, test } from 'vitest';
import { loadDatabase } from '../../src/core/index.ts';
import { advisoryPath, advisoryYaml, makeTestRepo, NOW, rosterYaml, type TestRepo, termsYaml } from '../helpers/test-repo.ts';

let repo: TestRepo | undefined;
afterEach(() => repo?.cleanup());

const H1 = { from: '2026-01-01T00:00:00Z', until: '2026-07-01T00:00:00Z' };
const H2 = { from: '2026-07-01T00:00:00Z', until: '2027-01-01T00:00:00Z' };
const TERMS = termsYaml([
  { member: 'ada', ...H1 },
  { member: 'bo', position: 'backup', ...H1 },
  { member: 'bo', ...H2 },
  { member: 'cy', position: 'backup', ...H2 },
]);
const EVERYONE = rosterYaml([
  { handle: 'ada', fingerprint: 'A'.repeat(40) },
  { handle: 'bo', fingerprint: 'B'.repeat(40) },
  { handle: 'cy', fingerprint: 'C'.repeat(40) },
]);

async function coordinatorProblems(advisories: Record<string, string>, roster = EVERYONE): Promise<string[]> {
  repo = await makeTestRepo({ 'rotations/roster.yaml': roster, 'rotations/terms/2026.yaml': TERMS, ...advisories });
  const db = loadDatabase(repo.root, { now: NOW });
  return db.diagnostics
    .filter((d) => d.code.startsWith('COORDINATOR_'))
    .map((d) => `${d.file}:${d.line} ${d.code} ${d.message} | ${d.hint}`);
}

test('a coordinator who was primary or backup on the reported date passes', async () => {
  expect(
    await coordinatorProblems({
      [advisoryPath('TST-2026-0001')]: advisoryYaml({ reported: '2026-03-01T09:00:00Z', extra: 'coordinator: ada\n' }),
      [advisoryPath('TST-2026-0002')]: advisoryYaml({ id: 'TST-2026-0002', reported: '2026-03-01T09:00:00Z', extra: 'coordinator: bo\n' }),
    }),
  ).toEqual([]);
});

test('a coordinator who was not coordinating on the reported date is an error naming who was', async () => {
  expect(
    await coordinatorProblems({
      [advisoryPath('TST-2026-0001')]: advisoryYaml({ reported: '2026-07-01T00:00:00Z', extra: 'coordinator: ada\n' }),
    }),
  ).toEqual([
    'advisories/2026/TST-2026-0001.yaml:15 COORDINATOR_OFF_ROTA `ada` was not coordinator (primary or backup) on 2026-07-01T00:00:00Z, when TST-2026-0001 was reported. | On that date the coordinators were `bo` and `cy`; name one of them, or correct timeline.reported.',
  ]);
});

test('advisories reported before the first coordinator term predate the records', async () => {
  expect(
    await coordinatorProblems({
      [advisoryPath('TST-2025-0001')]: advisoryYaml({ id: 'TST-2025-0001', reported: '2025-12-31T23:59:59Z', extra: 'coordinator: cy\n' }),
    }),
  ).toEqual([]);
});

test('an open embargo whose coordinator no longer coordinates is a warning to hand it over', async () => {
  expect(
    await coordinatorProblems({
      [advisoryPath('TST-2026-0001')]: advisoryYaml({
        status: 'embargoed',
        reported: '2026-06-20T09:00:00Z',
        extra: 'coordinator: ada\nembargo:\n  until: 2026-12-01T00:00:00Z\n',
      }),
    }),
  ).toEqual([
    'advisories/2026/TST-2026-0001.yaml:14 COORDINATOR_OFF_DUTY TST-2026-0001 is embargoed and its coordinator `ada` no longer holds the coordinator role. | Hand it over: set `coordinator:` to `bo`, who coordinates now.',
  ]);
});

test('a member removed from the roster while still coordinating an open embargo is an error', async () => {
  const withoutAda = rosterYaml([
    { handle: 'bo', fingerprint: 'B'.repeat(40) },
    { handle: 'cy', fingerprint: 'C'.repeat(40) },
  ]);
  repo = await makeTestRepo({
    'rotations/roster.yaml': withoutAda,
    'rotations/terms/2026.yaml': termsYaml([
      { member: 'bo', ...H2 },
      { member: 'cy', position: 'backup', ...H2 },
    ]),
    [advisoryPath('TST-2026-0001')]: advisoryYaml({
      status: 'embargoed',
      reported: '2026-10-20T09:00:00Z',
      extra: 'coordinator: ada\nembargo:\n  until: 2026-12-01T00:00:00Z\n',
    }),
  });
  const db = loadDatabase(repo.root, { now: NOW });
  const found = db.diagnostics.filter((d) => d.code !== 'KEY_FILE_MISSING');
  expect(found.map((d) => `${d.file}:${d.line} ${d.code} ${d.severity}`)).toEqual([
    'advisories/2026/TST-2026-0001.yaml:14 COORDINATOR_UNKNOWN error',
  ]);
});
