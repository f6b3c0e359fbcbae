import { afterEach, expect, test } from 'vitest';
import { coverageFrom, type Diagnostic, loadDatabase } from '../../src/core/index.ts';
import { makeTestRepo, NOW, rosterYaml, type TestRepo, type TestTerm, termsYaml } from '../helpers/test-repo.ts';

let repo: TestRepo | undefined;
afterEach(() => repo?.cleanup());

const ROSTER = rosterYaml([
  { handle: 'ada', fingerprint: 'A'.repeat(40) },
  { handle: 'bo', fingerprint: 'B'.repeat(40) },
  { handle: 'cy', fingerprint: 'C'.repeat(40) },
]);

/** Loads a team with these terms (in rotations/terms/t.yaml) and returns the coverage diagnostics as `line CODE message`. */
async function coverage(terms: TestTerm[], now = NOW): Promise<string[]> {
  repo = await makeTestRepo({ 'rotations/roster.yaml': ROSTER, 'rotations/terms/t.yaml': termsYaml(terms) });
  const db = loadDatabase(repo.root, { now });
  return db.diagnostics.filter((d) => /^(COVERAGE|ROTATION)_/.test(d.code)).map(show);
}

const show = (d: Diagnostic) => `${d.file}:${d.line} ${d.code} ${d.message}`;

/** Lines in termsYaml: each term is 4 lines (+1 with position) after `terms:`. */
const H2 = { from: '2026-07-01T00:00:00Z', until: '2027-01-01T00:00:00Z' };
const Y27 = { from: '2027-01-01T00:00:00Z', until: '2027-07-01T00:00:00Z' };

test('terms that meet exactly at midnight leave no gap', async () => {
  expect(
    await coverage([
      { member: 'ada', ...H2 },
      { member: 'bo', position: 'backup', ...H2 },
      { member: 'bo', ...Y27 },
      { member: 'cy', position: 'backup', ...Y27 },
    ]),
  ).toEqual([]);
});

test('one second between two terms at a day boundary is a gap, reported on the term that ends', async () => {
  expect(
    await coverage([
      { member: 'ada', ...H2 },
      { member: 'bo', position: 'backup', ...H2 },
      { member: 'bo', from: '2027-01-01T00:00:01Z', until: '2027-07-01T00:00:00Z' },
      { member: 'cy', position: 'backup', ...Y27 },
    ]),
  ).toEqual([
    'rotations/terms/t.yaml:5 COVERAGE_GAP No coordinator from 2027-01-01T00:00:00Z until 2027-01-01T00:00:01Z (less than a minute).',
  ]);
});

test('a backup gap across the new year names its dates and length', async () => {
  expect(
    await coverage([
      { member: 'ada', ...H2 },
      { member: 'bo', position: 'backup', from: H2.from, until: '2026-12-31T00:00:00Z' },
      { member: 'bo', ...Y27 },
      { member: 'cy', position: 'backup', from: '2027-01-02T00:00:00Z', until: '2027-07-01T00:00:00Z' },
    ]),
  ).toEqual([
    'rotations/terms/t.yaml:10 COVERAGE_GAP No backup coordinator from 2026-12-31T00:00:00Z until 2027-01-02T00:00:00Z (2 days).',
  ]);
});

test('a gap on a leap day', async () => {
  const now = new Date('2028-01-15T00:00:00Z');
  expect(
    await coverage(
      [
        { member: 'ada', from: '2027-09-01T00:00:00Z', until: '2028-02-29T00:00:00Z' },
        { member: 'bo', position: 'backup', from: '2027-09-01T00:00:00Z', until: '2028-03-01T00:00:00Z' },
        { member: 'bo', from: '2028-03-01T00:00:00Z', until: '2028-09-01T00:00:00Z' },
        { member: 'cy', position: 'backup', from: '2028-03-01T00:00:00Z', until: '2028-09-01T00:00:00Z' },
      ],
      now,
    ),
  ).toEqual(['rotations/terms/t.yaml:5 COVERAGE_GAP No coordinator from 2028-02-29T00:00:00Z until 2028-03-01T00:00:00Z (1 day).']);
});

test('an overlapping handover between two members is no gap and no error', async () => {
  repo = await makeTestRepo({
    'rotations/roster.yaml': ROSTER,
    'rotations/terms/t.yaml': termsYaml([
      { member: 'ada', ...H2 },
      { member: 'bo', position: 'backup', ...H2 },
      { member: 'cy', from: '2026-12-15T00:00:00Z', until: '2027-07-01T00:00:00Z' },
      { member: 'bo', position: 'backup', ...Y27 },
    ]),
  });
  const db = loadDatabase(repo.root, { now: NOW });
  expect(db.diagnostics.filter((d) => d.code !== 'KEY_FILE_MISSING')).toEqual([]);
});

test('gaps that are already over are history and not reported', async () => {
  expect(
    await coverage([
      { member: 'ada', from: '2026-01-01T00:00:00Z', until: '2026-06-01T00:00:00Z' },
      { member: 'ada', ...H2 },
      { member: 'bo', position: 'backup', ...H2 },
    ]),
  ).toEqual([]);
});

test('a gap that has begun already starts now', async () => {
  expect(
    await coverage([
      { member: 'ada', from: '2026-06-01T00:00:00Z', until: '2026-11-01T00:00:00Z' },
      { member: 'ada', from: '2026-12-01T00:00:00Z', until: '2027-06-01T00:00:00Z' },
      { member: 'bo', position: 'backup', from: '2026-06-01T00:00:00Z', until: '2027-06-01T00:00:00Z' },
    ]),
  ).toEqual([
    'rotations/terms/t.yaml:8 COVERAGE_GAP No coordinator from 2026-11-24T12:00:00Z until 2026-12-01T00:00:00Z (6 days 12 hours).',
  ]);
});

test('the end of the planned rotation is announced 30 days ahead, and is an error once reached', async () => {
  const terms: TestTerm[] = [
    { member: 'ada', from: '2026-07-01T00:00:00Z', until: '2026-12-20T00:00:00Z' },
    { member: 'bo', position: 'backup', from: '2026-07-01T00:00:00Z', until: '2026-12-20T00:00:00Z' },
  ];
  expect(await coverage(terms)).toEqual([
    'rotations/terms/t.yaml:5 ROTATION_ENDING The planned rotation ends on 2026-12-20T00:00:00Z, in 25 days 12 hours.',
  ]);
  expect(await coverage(terms, new Date('2026-11-19T23:59:59Z'))).toEqual([]);
  expect(await coverage(terms, new Date('2026-12-20T00:00:00Z'))).toEqual([
    'rotations/terms/t.yaml:5 ROTATION_ENDED The planned rotation ended on 2026-12-20T00:00:00Z: nobody is coordinator now.',
  ]);
});

test('a team without coordinator terms has not adopted rotations and gets no coverage errors', async () => {
  expect(await coverage([{ member: 'ada', role: 'reviewer', ...H2 }])).toEqual([]);
});

test('coverageFrom lists the gaps up to the end of the plan', async () => {
  repo = await makeTestRepo({
    'rotations/roster.yaml': ROSTER,
    'rotations/terms/t.yaml': termsYaml([
      { member: 'ada', ...H2 },
      { member: 'bo', position: 'backup', from: H2.from, until: '2026-12-01T00:00:00Z' },
    ]),
  });
  const db = loadDatabase(repo.root, { now: NOW });
  const result = coverageFrom(db.terms, NOW);
  expect(result.plannedUntilMs).toBe(Date.parse(H2.until));
  expect(result.gaps.map((g) => [g.position, new Date(g.fromMs).toISOString(), new Date(g.untilMs).toISOString()])).toEqual([
    ['backup', '2026-12-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z'],
  ]);
});
