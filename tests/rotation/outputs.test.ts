import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  type Database,
  formatRota,
  loadDatabase,
  parseAtArgument,
  readMemberKeys,
  rotaCalendar,
  rotaHasGaps,
  rotaReport,
  teamView,
} from '../../src/core/index.ts';
import { generateTestKey, makeTestRepo, NOW, rosterYaml, type TestRepo, termsYaml } from '../helpers/test-repo.ts';

let repo: TestRepo;
let db: Database;

beforeAll(async () => {
  const [ada, bo] = await Promise.all([generateTestKey({ name: 'Ada' }), generateTestKey({ name: 'Bo' })]);
  repo = await makeTestRepo({
    'rotations/roster.yaml': rosterYaml([
      { handle: 'ada', fingerprint: ada.fingerprint, expertise: ['kernel', 'crypto'] },
      { handle: 'bo', fingerprint: bo.fingerprint, expertise: ['kernel'] },
      { handle: 'old', fingerprint: 'D'.repeat(40) },
    ]),
    'rotations/keys/ada.asc': ada.publicArmored,
    'rotations/keys/bo.asc': bo.publicArmored,
    'rotations/terms/2026.yaml': termsYaml([
      { member: 'old', from: '2026-01-01T00:00:00Z', until: '2026-07-01T00:00:00Z' },
      { member: 'ada', position: 'backup', from: '2026-01-01T00:00:00Z', until: '2026-07-01T00:00:00Z' },
      { member: 'ada', from: '2026-07-01T00:00:00Z', until: '2027-01-01T00:00:00Z' },
      { member: 'bo', position: 'backup', from: '2026-07-01T00:00:00Z', until: '2027-01-01T00:00:00Z' },
      { member: 'bo', role: 'expert', area: 'kernel', from: '2026-07-01T00:00:00Z', until: '2027-07-01T00:00:00Z' },
      { member: 'bo', from: '2027-01-01T00:00:00Z', until: '2027-07-01T00:00:00Z' },
    ]),
  });
  db = loadDatabase(repo.root, { now: NOW });
});
afterAll(() => repo.cleanup());

test('the calendar has one transparent all-day event per term of every role, without contact addresses', () => {
  const ics = rotaCalendar(db, { now: NOW, teamUrl: 'https://security.test.example/team/' });
  const unfolded = ics.replace(/\r\n /g, '');
  const events = unfolded.split('BEGIN:VEVENT').slice(1);
  expect(events.map((e) => /SUMMARY:(.*)\r\n/.exec(e)?.[1])).toEqual([
    'Coordinator: Old Example',
    'Backup coordinator: Ada Example',
    'Coordinator: Ada Example',
    'Backup coordinator: Bo Example',
    'Expert (kernel): Bo Example',
    'Coordinator: Bo Example',
  ]);
  expect(events[2]).toContain('DTSTART;VALUE=DATE:20260701\r\nDTEND;VALUE=DATE:20270101');
  expect(unfolded).not.toMatch(/DTSTART:\d{8}T/);
  expect(events[2]).toContain('UID:coordinator-primary-ada-2026-07-01T00:00:00Z@security.test.example');
  expect(events[4]).toContain('UID:expert-primary-kernel-bo-2026-07-01T00:00:00Z@security.test.example');
  expect(unfolded).toContain('REFRESH-INTERVAL;VALUE=DURATION:P1D');
  expect(unfolded).toContain('DTSTAMP:20261124T120000Z');
  expect(unfolded).toContain('TRANSP:TRANSPARENT');
  expect(unfolded).not.toMatch(/ada@test\.example|bo@test\.example/);
});

test('all-day dates do not depend on the build machine’s time zone', () => {
  const inUtc = rotaCalendar(db, { now: NOW, teamUrl: 'https://security.test.example/team/' });
  const original = process.env.TZ;
  try {
    process.env.TZ = 'Pacific/Kiritimati';
    const east = rotaCalendar(db, { now: NOW, teamUrl: 'https://security.test.example/team/' });
    process.env.TZ = 'Pacific/Pago_Pago';
    const west = rotaCalendar(db, { now: NOW, teamUrl: 'https://security.test.example/team/' });
    expect(east).toBe(inUtc);
    expect(west).toBe(inUtc);
  } finally {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  }
});

test('the calendar is the same for the same data and clock', () => {
  const a = rotaCalendar(db, { now: NOW, teamUrl: 'https://security.test.example/team/' });
  expect(rotaCalendar(db, { now: NOW, teamUrl: 'https://security.test.example/team/' })).toBe(a);
});

test('the team view: on duty, next, experts by area, members with their keys, past terms', async () => {
  const view = teamView(db, NOW, await readMemberKeys(db, NOW));
  expect(view.onDuty.map((d) => `${d.role}/${d.position}${d.area ? `/${d.area}` : ''} ${d.member}`)).toEqual([
    'coordinator/primary ada',
    'coordinator/backup bo',
    'expert/primary/kernel bo',
  ]);
  expect(view.next?.at).toBe('2027-01-01T00:00:00Z');
  expect(view.next?.duty.map((d) => d.member)).toEqual(['bo', 'bo']);
  expect(view.experts).toEqual([
    { area: 'crypto', experts: [{ handle: 'ada', name: 'Ada Example', onDuty: false }] },
    {
      area: 'kernel',
      experts: [
        { handle: 'bo', name: 'Bo Example', onDuty: true },
        { handle: 'ada', name: 'Ada Example', onDuty: false },
      ],
    },
  ]);
  expect(view.members.map((m) => [m.handle, m.current, m.key?.canEncrypt ?? null])).toEqual([
    ['ada', true, true],
    ['bo', true, true],
    ['old', false, null],
  ]);
  expect(view.past.map((d) => `${d.member} until ${d.until}`)).toEqual([
    'old until 2026-07-01T00:00:00Z',
    'ada until 2026-07-01T00:00:00Z',
  ]);
  expect(view.upcoming.map((d) => d.member)).toEqual(['bo']);
});

test('npm run rota’s report: now, next, handovers and gaps', () => {
  const report = rotaReport(db, NOW);
  expect(report.now.map((d) => d.member)).toEqual(['ada', 'bo', 'bo']);
  expect(report.handovers.map((h) => `${h.at} ${h.role}/${h.position} ${h.outgoing}->${h.incoming}`)).toEqual([
    '2027-01-01T00:00:00Z coordinator/primary ada->bo',
    '2027-01-01T00:00:00Z coordinator/backup bo->',
    '2027-07-01T00:00:00Z coordinator/primary bo->',
    '2027-07-01T00:00:00Z expert/primary bo->',
  ]);
  expect(report.gaps).toEqual([{ role: 'coordinator', position: 'backup', from: '2027-01-01T00:00:00Z', until: '2027-07-01T00:00:00Z' }]);
  expect(rotaHasGaps(report)).toBe(true);
  const text = formatRota(report, 'Test Team');
  expect(text).toContain('2027-01-01T00:00:00Z until 2027-07-01T00:00:00Z  no backup coordinator');
  expect(text).toMatch(/coordinator {9}Ada Example \(ada\)/);
  const ended = rotaReport(db, new Date('2027-08-01T00:00:00Z'));
  expect(formatRota(ended, 'Test Team')).toContain('the planned rotation ended on 2027-07-01T00:00:00Z: nobody coordinates');
});

test('--at takes a UTC date or instant and refuses local times and impossible dates', () => {
  expect(parseAtArgument('2028-02-29')?.toISOString()).toBe('2028-02-29T00:00:00.000Z');
  expect(parseAtArgument('2027-01-01T09:30:00Z')?.toISOString()).toBe('2027-01-01T09:30:00.000Z');
  expect(parseAtArgument('2027-02-29')).toBeUndefined();
  expect(parseAtArgument('2027-01-01T09:30:00')).toBeUndefined();
  expect(parseAtArgument('2027-01-01T09:30:00+02:00')).toBeUndefined();
  expect(parseAtArgument('tomorrow')).toBeUndefined();
});
