import { expect, test } from 'vitest';
import { CODES, loadDatabase, withKeyChecks } from '../../src/core/index.ts';
import { PROJECT_ROOT } from '../helpers/test-repo.ts';

/** The codes the rotation checks emit; other areas' codes are their tests' business. */
const ROTATION_CODES = new Set(
  Object.keys(CODES).filter((c) => /^(COVERAGE_|ROTATION_|TERM_|MEMBER_|KEY_|COORDINATOR_|CODEOWNERS_)/.test(c)),
);

// The example keys were made on 2026-01-04, so the checks start after that.
test.each(['2026-02-01T00:00:00Z', '2026-06-30T23:59:59Z', '2026-07-01T00:00:00Z', '2026-11-24T12:00:00Z', '2026-12-31T23:59:59Z'])(
  'the example roster, terms, keys and advisories pass every rotation check at %s',
  async (at) => {
    const now = new Date(at);
    const db = await withKeyChecks(loadDatabase(PROJECT_ROOT, { now }), now);
    expect(db.diagnostics.filter((d) => ROTATION_CODES.has(d.code) && d.code !== 'CODEOWNERS_STALE')).toEqual([]);
  },
);

test('a month before the example rotation runs out, the team is told to plan', async () => {
  const now = new Date('2027-12-05T00:00:00Z');
  const db = await withKeyChecks(loadDatabase(PROJECT_ROOT, { now }), now);
  expect(db.diagnostics.filter((d) => ROTATION_CODES.has(d.code) && d.code !== 'CODEOWNERS_STALE').map((d) => d.code)).toEqual([
    'ROTATION_ENDING',
  ]);
});

test('after the January 2027 handover, the open example advisories still name last term’s coordinator', async () => {
  const now = new Date('2027-03-01T00:00:00Z');
  const db = await withKeyChecks(loadDatabase(PROJECT_ROOT, { now }), now);
  const found = db.diagnostics.filter((d) => ROTATION_CODES.has(d.code) && d.code !== 'CODEOWNERS_STALE');
  expect(found.map((d) => `${d.file} ${d.code} ${d.hint}`)).toEqual([
    'advisories/2026/KSA-2026-0013.yaml COORDINATOR_OFF_DUTY Hand it over: set `coordinator:` to `mei`, who coordinates now.',
    'advisories/2026/KSA-2026-0014.yaml COORDINATOR_OFF_DUTY Hand it over: set `coordinator:` to `mei`, who coordinates now.',
  ]);
});
