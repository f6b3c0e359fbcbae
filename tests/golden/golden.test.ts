// Golden diagnostics, the golang/vulndb way: one valid fixture, one mutation per
// code, and the exact output kept beside it (tests/golden/README.md). A reworded,
// moved or lost diagnostic shows up as a diff in review. UPDATE_GOLDEN=1 rewrites
// the expected files; read the diff before committing it. The cases that build a
// git repository run in golden-git.test.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CODES } from '../../src/core/codes.ts';
import { caseFolders, expectGolden } from './expect-golden.ts';
import { CASES, FIXTURE, runCase } from './run-case.ts';

const codes = Object.keys(CODES).sort();
const folders = readdirSync(CASES).sort();
const withReason = folders.filter((f) => existsSync(join(CASES, f, 'reason.txt')));
const withCase = folders.filter((f) => existsSync(join(CASES, f, 'case.yaml')));

test('every code in src/core/codes.ts has a golden case or a written reason, and every case folder names a code', () => {
  expect(codes.filter((c) => !folders.includes(c)).map((c) => `${c}: no tests/golden/cases/${c}/`)).toEqual([]);
  expect(folders.filter((f) => !(f in CODES)).map((f) => `tests/golden/cases/${f}/ names no code in src/core/codes.ts`)).toEqual([]);
  const both = folders.filter((f) => withReason.includes(f) === withCase.includes(f));
  expect(both.map((f) => `${f}: needs exactly one of case.yaml (with expected.txt) and reason.txt`)).toEqual([]);
  for (const f of withReason)
    expect(readFileSync(join(CASES, f, 'reason.txt'), 'utf8').trim().length, `${f}/reason.txt is empty`).toBeGreaterThan(40);
  // Counted and named on every run, so codes without a case never pass unnoticed.
  console.log(`golden: ${withCase.length} codes with a case, ${withReason.length} with a reason instead: ${withReason.join(', ')}`);
});

test('the fixture itself is clean', async () => {
  expect(existsSync(join(FIXTURE, 'watchkeeper.yaml'))).toBe(true);
  const out = await runCase(join(CASES, '..', 'clean'));
  expect(out).toBe('$ check\n5 files checked: 0 errors, 0 warnings\n');
});

describe('golden cases', () => {
  test.each(caseFolders(false))('%s', expectGolden);
});
