import { afterEach, expect, test } from 'vitest';
import { addMonthsUtc, type Diagnostic, loadDatabase } from '../../src/core/index.ts';
import { makeTestRepo, NOW, rosterYaml, SETTINGS_YAML, type TestRepo, type TestTerm, termsYaml } from '../helpers/test-repo.ts';

let repo: TestRepo | undefined;
afterEach(() => repo?.cleanup());

const ROSTER = rosterYaml([
  { handle: 'ada', fingerprint: 'A'.repeat(40) },
  { handle: 'bo', fingerprint: 'B'.repeat(40) },
]);

async function termProblems(terms: TestTerm[], options: { now?: Date; settings?: string } = {}): Promise<string[]> {
  repo = await makeTestRepo({
    'rotations/roster.yaml': ROSTER,
    'rotations/terms/t.yaml': termsYaml(terms),
    ...(options.settings ? { 'watchkeeper.yaml': options.settings } : {}),
  });
  const db = loadDatabase(repo.root, { now: options.now ?? NOW });
  return db.diagnostics.filter((d) => d.code.startsWith('TERM_')).map((d: Diagnostic) => `${d.line} ${d.code} ${d.message}`);
}

test('calendar months clamp to the end of shorter months and leap years', () => {
  const iso = (ms: number) => new Date(ms).toISOString();
  expect(iso(addMonthsUtc(Date.parse('2026-01-31T10:00:00Z'), 1))).toBe('2026-02-28T10:00:00.000Z');
  expect(iso(addMonthsUtc(Date.parse('2028-02-29T00:00:00Z'), 6))).toBe('2028-08-29T00:00:00.000Z');
  expect(iso(addMonthsUtc(Date.parse('2028-02-29T00:00:00Z'), 12))).toBe('2029-02-28T00:00:00.000Z');
  expect(iso(addMonthsUtc(Date.parse('2026-08-31T00:00:00Z'), 6))).toBe('2027-02-28T00:00:00.000Z');
});

test('a term from a leap day is exactly 6 months on 2028-08-29 and at most 12 months on 2029-02-28', async () => {
  const now = new Date('2028-01-01T00:00:00Z');
  const from = '2028-02-29T00:00:00Z';
  expect(await termProblems([{ member: 'ada', role: 'reviewer', from, until: '2028-08-29T00:00:00Z' }], { now })).toEqual([]);
  expect(await termProblems([{ member: 'ada', role: 'reviewer', from, until: '2029-02-28T00:00:00Z' }], { now })).toEqual([]);
  expect(await termProblems([{ member: 'ada', role: 'reviewer', from, until: '2028-08-28T23:59:59Z' }], { now })).toEqual([
    "5 TERM_TOO_SHORT The reviewer term of `ada` from 2028-02-29T00:00:00Z until 2028-08-28T23:59:59Z is shorter than the policy's 6 months.",
  ]);
  expect(await termProblems([{ member: 'ada', role: 'reviewer', from, until: '2029-03-01T00:00:00Z' }], { now })).toEqual([
    "5 TERM_TOO_LONG The reviewer term of `ada` from 2028-02-29T00:00:00Z until 2029-03-01T00:00:00Z is longer than the policy's 12 months.",
  ]);
});

test('the term length policy comes from watchkeeper.yaml', async () => {
  const settings = SETTINGS_YAML.replace('policy: {}', 'policy:\n  term_min_months: 1\n  term_max_months: 3');
  const term = { member: 'ada', role: 'reviewer' as const, from: '2026-11-01T00:00:00Z', until: '2026-12-01T00:00:00Z' };
  expect(await termProblems([term], { settings })).toEqual([]);
  expect(await termProblems([term])).toHaveLength(1);
});

test('past terms are history and not judged against today’s policy', async () => {
  expect(await termProblems([{ member: 'ada', role: 'reviewer', from: '2026-01-01T00:00:00Z', until: '2026-02-01T00:00:00Z' }])).toEqual(
    [],
  );
});

test('one member holding the same role twice at once is an overlap; back to back is not', async () => {
  expect(
    await termProblems([
      { member: 'ada', role: 'reviewer', from: '2026-07-01T00:00:00Z', until: '2027-01-01T00:00:00Z' },
      { member: 'ada', role: 'reviewer', from: '2026-12-31T23:59:59Z', until: '2027-07-01T00:00:00Z' },
    ]),
  ).toEqual([
    '8 TERM_OVERLAP `ada` already holds the reviewer term until 2027-01-01T00:00:00Z (rotations/terms/t.yaml, term 1); this term starts 2026-12-31T23:59:59Z.',
  ]);
  expect(
    await termProblems([
      { member: 'ada', role: 'reviewer', from: '2026-07-01T00:00:00Z', until: '2027-01-01T00:00:00Z' },
      { member: 'ada', role: 'reviewer', from: '2027-01-01T00:00:00Z', until: '2027-07-01T00:00:00Z' },
    ]),
  ).toEqual([]);
});

test('overlaps are found across files and years', async () => {
  repo = await makeTestRepo({
    'rotations/roster.yaml': ROSTER,
    'rotations/terms/2026.yaml': termsYaml([{ member: 'bo', from: '2026-07-01T00:00:00Z', until: '2027-01-15T00:00:00Z' }]),
    'rotations/terms/2027.yaml': termsYaml([{ member: 'bo', from: '2027-01-01T00:00:00Z', until: '2027-07-01T00:00:00Z' }]),
  });
  const db = loadDatabase(repo.root, { now: NOW });
  expect(db.diagnostics.filter((d) => d.code === 'TERM_OVERLAP').map((d) => `${d.file}:${d.line}`)).toEqual([
    'rotations/terms/2027.yaml:4',
  ]);
});

test('nobody is their own backup; different members may overlap', async () => {
  expect(
    await termProblems([
      { member: 'ada', from: '2026-07-01T00:00:00Z', until: '2027-01-01T00:00:00Z' },
      { member: 'ada', position: 'backup', from: '2026-10-01T00:00:00Z', until: '2027-04-01T00:00:00Z' },
      { member: 'bo', from: '2026-12-01T00:00:00Z', until: '2027-06-01T00:00:00Z' },
    ]),
  ).toEqual([
    '6 TERM_SELF_BACKUP `ada` would be both primary and backup coordinator from 2026-10-01T00:00:00Z (see rotations/terms/t.yaml, term 1).',
  ]);
});

test('experts name an area; other roles do not', async () => {
  expect(
    await termProblems([
      { member: 'ada', role: 'expert', from: '2026-07-01T00:00:00Z', until: '2027-01-01T00:00:00Z' },
      { member: 'bo', role: 'reviewer', area: 'kernel', from: '2026-07-01T00:00:00Z', until: '2027-01-01T00:00:00Z' },
      { member: 'bo', role: 'expert', area: 'kernel', from: '2026-07-01T00:00:00Z', until: '2027-01-01T00:00:00Z' },
      { member: 'bo', role: 'expert', area: 'crypto', from: '2026-07-01T00:00:00Z', until: '2027-01-01T00:00:00Z' },
    ]),
  ).toEqual([
    '3 TERM_AREA_MISSING The expert term of `ada` names no area.',
    '8 TERM_AREA_UNEXPECTED A reviewer term has an area (`kernel`); only expert terms have one.',
  ]);
});
