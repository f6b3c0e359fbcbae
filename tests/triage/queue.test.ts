// The triage queue (src/core/triage/queue.ts) over real files in a temporary
// repository, at a fixed now: order, filters, counts and days, the days
// computed here from the fixture's own dates and the policy in its settings.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadDatabase } from '../../src/core/load.ts';
import type { Database } from '../../src/core/model.ts';
import { triageQueue } from '../../src/core/triage/queue.ts';
import { makeTestRepo, NOW, SETTINGS_YAML, type TestRepo } from '../helpers/test-repo.ts';
import { recordYaml, releaseYaml } from '../helpers/triage-data.ts';

const TRIAGE_TARGET = 5;
const FIX_TARGET = 7;
const DAY = 86_400_000;
const days = (from: string) => Math.floor((NOW.getTime() - Date.parse(from)) / DAY);

// Detected long ago and still waiting; published upstream earlier than detected.
const OLD_DETECTED = '2026-11-01T08:00:00Z';
// Queued again by investigating after detected: the queue clock starts at detected.
const DETECTED_THEN_INVESTIGATING = ['2026-11-20T09:00:00Z', '2026-11-21T09:00:00Z'];
const AFFECTED_PUBLISHED = '2026-11-10T00:00:00Z';
const AFFECTED_RECENT_PUBLISHED = '2026-11-22T00:00:00Z';

let repo: TestRepo;
let db: Database;

beforeAll(async () => {
  repo = await makeTestRepo({
    'watchkeeper.yaml': SETTINGS_YAML.replace(
      'policy: {}',
      `policy:\n  triage_target_days: ${TRIAGE_TARGET}\n  fix_target_days: ${FIX_TARGET}`,
    ),
    'vulns/releases/testix-1.yaml': releaseYaml('testix-1'),
    'vulns/releases/testix-2.yaml': releaseYaml('testix-2'),
    'vulns/2026/CVE-2026-0001.yaml': recordYaml({
      id: 'CVE-2026-0001',
      published: '2026-10-30T00:00:00Z',
      top: 'assignee: ada',
      events: [{ status: 'detected', at: OLD_DETECTED }],
    }),
    'vulns/2026/CVE-2026-0002.yaml': recordYaml({
      id: 'CVE-2026-0002',
      release: 'testix-2',
      top: 'assignee: bo',
      published: '2026-11-19T00:00:00Z',
      events: [
        { status: 'detected', at: DETECTED_THEN_INVESTIGATING[0] as string },
        { status: 'investigating', at: DETECTED_THEN_INVESTIGATING[1] as string, by: 'bo' },
      ],
    }),
    'vulns/2026/CVE-2026-0003.yaml': recordYaml({
      id: 'CVE-2026-0003',
      package: 'gadget',
      published: AFFECTED_PUBLISHED,
      events: [
        { status: 'detected', at: '2026-11-10T01:00:00Z' },
        { status: 'affected', at: '2026-11-11T01:00:00Z' },
      ],
    }),
    'vulns/2026/CVE-2026-0004.yaml': recordYaml({
      id: 'CVE-2026-0004',
      top: 'assignee: ada',
      published: AFFECTED_RECENT_PUBLISHED,
      events: [
        { status: 'detected', at: '2026-11-22T01:00:00Z' },
        { status: 'affected', at: '2026-11-23T01:00:00Z' },
      ],
    }),
    // Closed ones: counted by status, never in the queue.
    'vulns/2026/CVE-2026-0005.yaml': recordYaml({ id: 'CVE-2026-0005' }),
    'vulns/2026/CVE-2026-0006.yaml': recordYaml({
      id: 'CVE-2026-0006',
      release: 'testix-2',
      events: [
        {
          status: 'not_affected',
          at: '2026-03-01T09:00:00Z',
          justification: 'component_not_present',
          statement: 'Not built.',
        },
      ],
    }),
  });
  db = loadDatabase(repo.root, { now: NOW });
});
afterAll(() => repo.cleanup());

test('the fixture loads without errors, so the queue reads what check accepts', () => {
  expect(db.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
});

test('needs triage comes first, oldest first, then affected without a fix, oldest first', () => {
  const q = triageQueue(db, NOW);
  expect(q.items.map((i) => `${i.id} ${i.package}@${i.release} ${i.status}`)).toEqual([
    'CVE-2026-0001 widget@testix-1 detected',
    'CVE-2026-0002 widget@testix-2 investigating',
    'CVE-2026-0003 gadget@testix-1 affected',
    'CVE-2026-0004 widget@testix-1 affected',
  ]);
  expect(q.needsTriage.map((i) => i.id)).toEqual(['CVE-2026-0001', 'CVE-2026-0002']);
  expect(q.affected.map((i) => i.id)).toEqual(['CVE-2026-0003', 'CVE-2026-0004']);
});

test('days open count from the queue start for triage and from publication for a fix; overdue is what passes the target', () => {
  const q = triageQueue(db, NOW);
  const byId = new Map(q.items.map((i) => [i.id, i]));
  const first = byId.get('CVE-2026-0001');
  expect(first).toMatchObject({ since: OLD_DETECTED, clockStart: OLD_DETECTED, daysOpen: days(OLD_DETECTED), assignee: 'ada' });
  expect(first?.daysOverdue).toBe(days(OLD_DETECTED) - TRIAGE_TARGET);
  // investigating after detected keeps the clock of the first detected event.
  const second = byId.get('CVE-2026-0002');
  expect(second?.since).toBe(DETECTED_THEN_INVESTIGATING[0]);
  expect(second?.daysOpen).toBe(days(DETECTED_THEN_INVESTIGATING[0] as string));
  expect(second?.daysOverdue).toBe(Math.max(0, days(DETECTED_THEN_INVESTIGATING[0] as string) - TRIAGE_TARGET));
  const third = byId.get('CVE-2026-0003');
  expect(third).toMatchObject({ since: '2026-11-11T01:00:00Z', clockStart: AFFECTED_PUBLISHED, daysOpen: days(AFFECTED_PUBLISHED) });
  expect(third?.daysOverdue).toBe(days(AFFECTED_PUBLISHED) - FIX_TARGET);
  expect(byId.get('CVE-2026-0004')?.daysOverdue).toBe(Math.max(0, days(AFFECTED_RECENT_PUBLISHED) - FIX_TARGET));
  expect(byId.get('CVE-2026-0004')?.daysOverdue).toBe(0);
});

test('overdue lists what passed its target, most overdue first, and agrees with the check warnings', () => {
  const q = triageQueue(db, NOW);
  const expected = q.items
    .filter((i) => i.daysOpen > i.targetDays)
    .sort((a, b) => b.daysOpen - b.targetDays - (a.daysOpen - a.targetDays))
    .map((i) => i.id);
  expect(q.overdue.map((i) => i.id)).toEqual(expected);
  expect(q.overdue.length).toBeGreaterThan(1);
  const warned = db.diagnostics
    .filter((d) => d.code === 'TRIAGE_OVERDUE' || d.code === 'TRIAGE_FIX_OVERDUE')
    .map((d) => d.file.split('/').at(-1)?.replace('.yaml', ''))
    .sort();
  expect(q.overdue.map((i) => i.id).sort()).toEqual(warned);
});

test('counts every package × release by its current status; the oldest open is the earliest clock', () => {
  const q = triageQueue(db, NOW);
  expect(q.counts).toEqual({ detected: 1, investigating: 1, affected: 2, not_affected: 1, fixed: 1, will_not_fix: 0, rejected: 0 });
  expect(q.entries).toBe(6);
  expect(q.oldestOpen?.id).toBe('CVE-2026-0001');
});

describe('filters narrow items, counts and overdue alike', () => {
  test('by package', () => {
    const q = triageQueue(db, NOW, { package: 'gadget' });
    expect(q.items.map((i) => i.id)).toEqual(['CVE-2026-0003']);
    expect(q.entries).toBe(1);
    expect(q.counts.affected).toBe(1);
  });
  test('by release', () => {
    const q = triageQueue(db, NOW, { release: 'testix-2' });
    expect(q.items.map((i) => i.id)).toEqual(['CVE-2026-0002']);
    expect(q.counts).toMatchObject({ investigating: 1, not_affected: 1, detected: 0 });
  });
  test('by assignee', () => {
    const q = triageQueue(db, NOW, { assignee: 'ada' });
    expect(q.items.map((i) => i.id)).toEqual(['CVE-2026-0001', 'CVE-2026-0004']);
    expect(q.overdue.map((i) => i.id)).toEqual(['CVE-2026-0001']);
  });
  test('by status', () => {
    const q = triageQueue(db, NOW, { status: 'affected' });
    expect(q.items.map((i) => i.id)).toEqual(['CVE-2026-0003', 'CVE-2026-0004']);
    expect(q.needsTriage).toEqual([]);
    expect(triageQueue(db, NOW, { status: 'fixed' }).items).toEqual([]);
    expect(triageQueue(db, NOW, { status: 'fixed' }).counts.fixed).toBe(1);
  });
});

test('a later now adds the elapsed whole days to every item', () => {
  const later = new Date(NOW.getTime() + 3 * DAY);
  const before = triageQueue(db, NOW).items;
  const after = triageQueue(db, later).items;
  expect(after.map((i) => i.daysOpen)).toEqual(before.map((i) => i.daysOpen + 3));
});
