import { afterAll, beforeAll, expect, test } from 'vitest';
import { embargoStatus, formatEmbargoStatus } from '../../src/core/embargo/index.ts';
import { unreadableAdvisories } from '../../src/core/leak-scan/index.ts';
import { loadDatabase } from '../../src/core/load.ts';
import { advisoryPath, advisoryYaml, makeTestRepo, NOW, type TestRepo } from '../helpers/test-repo.ts';

let repo: TestRepo;
beforeAll(async () => {
  const embargo = (id: string, reported: string, until: string, extra = '') =>
    advisoryYaml({ id, status: 'embargoed', reported, extra: `embargo:\n  until: ${until}\n${extra}` });
  repo = await makeTestRepo({
    [advisoryPath('TST-2026-0001')]: advisoryYaml(),
    // Lifts in 2 days; reported 12 days ago with no fix: overdue against the 10-day target.
    [advisoryPath('TST-2026-0002')]: embargo('TST-2026-0002', '2026-11-12T12:00:00Z', '2026-11-26T12:00:00Z'),
    // Lifts sooner, fixed in time.
    [advisoryPath('TST-2026-0003')]: embargo('TST-2026-0003', '2026-11-20T12:00:00Z', '2026-11-25T12:00:00Z').replace(
      '  reported: 2026-11-20T12:00:00Z',
      '  reported: 2026-11-20T12:00:00Z\n  fixed: 2026-11-23T12:00:00Z',
    ),
    // Lifted yesterday, still marked embargoed.
    [advisoryPath('TST-2026-0004')]: embargo('TST-2026-0004', '2026-11-20T12:00:00Z', '2026-11-23T12:00:00Z'),
    [advisoryPath('TST-2026-0005')]: advisoryYaml({ id: 'TST-2026-0005', status: 'draft', reported: '2026-11-22T12:00:00Z' }),
    [advisoryPath('TST-2026-0006')]: 'id: [broken\n',
  });
});
afterAll(() => repo.cleanup());

test('lists what is not public, soonest to act on first, with lift times and the fix target', () => {
  const db = loadDatabase(repo.root, { now: NOW });
  const report = embargoStatus(db, NOW, unreadableAdvisories(db));
  expect(report.now).toBe('2026-11-24T12:00:00Z');
  expect(report.entries.map((e) => [e.id, e.state, e.until ?? null, e.remainingMs ?? null, e.overdue ?? null])).toEqual([
    ['TST-2026-0006', 'unreadable', null, null, null],
    ['TST-2026-0004', 'lifted', '2026-11-23T12:00:00Z', -86_400_000, false],
    ['TST-2026-0003', 'embargoed', '2026-11-25T12:00:00Z', 86_400_000, false],
    ['TST-2026-0002', 'embargoed', '2026-11-26T12:00:00Z', 2 * 86_400_000, true],
    ['TST-2026-0005', 'draft', null, null, false],
  ]);
  const long = report.entries.find((e) => e.id === 'TST-2026-0002');
  expect([long?.lengthDays, long?.overPreferred, long?.overMax, long?.fixDue]).toEqual([14, true, false, '2026-11-22T12:00:00Z']);

  const text = formatEmbargoStatus(report);
  expect(text).toContain('TST-2026-0003  under embargo until 2026-11-25T12:00:00Z (lifts in 1 day)');
  expect(text).toContain('fix due 2026-11-22T12:00:00Z — OVERDUE');
  expect(text).toContain('TST-2026-0004  embargo lifted 2026-11-23T12:00:00Z (1 day ago) — publish it');
  expect(text).toContain('2 under embargo, 1 lifted and waiting to be published, 1 overdue against the fix target.');
});

test('when the embargo lifts the report says so, to the second', () => {
  const db = loadDatabase(repo.root, { now: NOW });
  const at = (iso: string) => embargoStatus(db, new Date(iso)).entries.find((e) => e.id === 'TST-2026-0003')?.state;
  expect(at('2026-11-25T11:59:59Z')).toBe('embargoed');
  expect(at('2026-11-25T12:00:00Z')).toBe('lifted');
});
