// GATE_TRIAGE_EVENTS_REWRITTEN through the real command: the event logs of a
// record public at the base only grow (docs/triage.md#history-is-append-only).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { recordYaml, releaseYaml, type TestEvent } from '../helpers/triage-data.ts';
import { type TriageGate, triageGate } from '../helpers/triage-gate.ts';
import type { Snapshot } from './fixtures/snapshot.ts';
import type { GateRepo } from './gate-context.ts';

const PUBLIC = 'vulns/2026/CVE-2026-0101.yaml';
const EVENTS: TestEvent[] = [
  { status: 'detected', at: '2026-03-01T09:00:00Z', by: 'ada' },
  { status: 'affected', at: '2026-03-02T09:00:00Z' },
  { status: 'fixed', at: '2026-03-20T09:00:00Z', version: '"1.2.3-1"' },
];
const withEvents = (events: TestEvent[], options: Parameters<typeof recordYaml>[0] = {}) => recordYaml({ events, ...options });

let t: TriageGate;
let g: GateRepo;
let base: Snapshot;
let baseCommit: string;
beforeAll(async () => {
  t = await triageGate({ [PUBLIC]: withEvents(EVENTS) });
  ({ g, base, baseCommit } = t);
});
afterAll(() => t.cleanup());

function change(files: Snapshot, parent = baseCommit) {
  return t.change(parent, files);
}

/** The 1-based line of the n-th (0-based) `- status:` item in a record's text. */
function eventLine(text: string, n: number): number {
  const lines = text.split('\n');
  const starts = lines.flatMap((l, i) => (l.startsWith('          - status:') ? [i + 1] : []));
  return starts[n] ?? -1;
}

describe('a public record’s events may only be appended to', () => {
  test('a new event after the base’s passes, and so does re-quoting or reordering fields inside an event', async () => {
    const appended = withEvents([
      ...EVENTS,
      { status: 'fixed', at: '2026-03-21T09:00:00Z', version: '"1.2.3-2"', note: '"The first fix was incomplete."' },
    ]);
    const reformatted = appended
      .replace('version: "1.2.3-1"', "version: '1.2.3-1'")
      .replace('status: detected\n            at: 2026-03-01T09:00:00Z', 'at: 2026-03-01T09:00:00Z\n            status: detected');
    expect(reformatted).not.toBe(appended);
    const { code, out } = await change({ ...base, [PUBLIC]: reformatted });
    expect(out).toContain('0 errors, 0 warnings');
    expect(code).toBe(0);
  });

  test.each([
    ['the fix dated earlier (a late fix made on time)', 2, { ...EVENTS[2], at: '2026-03-04T09:00:00Z' } as TestEvent],
    ['the fixed version changed', 2, { ...EVENTS[2], version: '"1.2.3-9"' } as TestEvent],
    [
      'the affected event turned into not_affected',
      1,
      { status: 'not_affected', at: '2026-03-02T09:00:00Z', justification: 'component_not_present', statement: 'x' },
    ],
    ['a note added to an old event', 0, { ...EVENTS[0], note: 'afterthought' } as TestEvent],
  ])('%s: GATE_TRIAGE_EVENTS_REWRITTEN at that event', async (_, index, replacement) => {
    const events = EVENTS.map((e, i) => (i === index ? replacement : e));
    const text = withEvents(events);
    const { code, out } = await change({ ...base, [PUBLIC]: text });
    expect(code).toBe(1);
    expect(out).toContain(
      `${PUBLIC}:${eventLine(text, index)}:13  GATE_TRIAGE_EVENTS_REWRITTEN  Event ${index + 1} of widget in testix-1 of the public triage record CVE-2026-0101 (${EVENTS[index]?.status} at ${EVENTS[index]?.at}) is changed, removed or moved`,
    );
    expect(out).toContain('1 error');
  });

  test('removing the affected period (an event taken out of the middle) names the first event that moved', async () => {
    const text = withEvents([EVENTS[0] as TestEvent, EVENTS[2] as TestEvent]);
    const { code, out } = await change({ ...base, [PUBLIC]: text });
    expect(code).toBe(1);
    expect(out).toContain(`${PUBLIC}:${eventLine(text, 1)}:13  GATE_TRIAGE_EVENTS_REWRITTEN  Event 2 of widget in testix-1`);
  });

  test('dropping the last events: the message says so', async () => {
    const { code, out } = await change({ ...base, [PUBLIC]: withEvents(EVENTS.slice(0, 2)) });
    expect(code).toBe(1);
    expect(out).toContain(
      'GATE_TRIAGE_EVENTS_REWRITTEN  This change removes event 3 of widget in testix-1 of the public triage record CVE-2026-0101 (fixed at 2026-03-20T09:00:00Z)',
    );
  });

  test('swapping two events is a rewrite', async () => {
    const { code, out } = await change({ ...base, [PUBLIC]: withEvents([EVENTS[1], EVENTS[0], EVENTS[2]] as TestEvent[]) });
    expect(code).toBe(1);
    expect(out).toContain('GATE_TRIAGE_EVENTS_REWRITTEN  Event 1 of widget in testix-1');
  });

  test('dropping a package × release entry is refused; moving the record to another year folder does not hide an edit', async () => {
    const twoReleases = `${withEvents(EVENTS)}      - release: testix-2\n        events:\n          - status: detected\n            at: 2026-03-01T09:00:00Z\n`;
    const parent = await g.commit({ ...base, 'vulns/releases/testix-2.yaml': releaseYaml('testix-2'), [PUBLIC]: twoReleases }, [
      baseCommit,
    ]);
    const dropped = await change(
      { ...base, 'vulns/releases/testix-2.yaml': releaseYaml('testix-2'), [PUBLIC]: withEvents(EVENTS) },
      parent,
    );
    expect(dropped.code).toBe(1);
    expect(dropped.out).toContain(
      `${PUBLIC}:5:5  GATE_TRIAGE_EVENTS_REWRITTEN  This change removes widget in testix-2 from the public triage record CVE-2026-0101, and with it the one event`,
    );

    const moved: Snapshot = { ...base, 'vulns/2025/CVE-2026-0101.yaml': withEvents(EVENTS.slice(1)) };
    delete moved[PUBLIC];
    const { code, out } = await change(moved);
    expect(code).toBe(1);
    expect(out).toContain(`renamed  ${PUBLIC} -> vulns/2025/CVE-2026-0101.yaml`);
    expect(out).toContain('vulns/2025/CVE-2026-0101.yaml:9:13  GATE_TRIAGE_EVENTS_REWRITTEN  Event 1 of widget');
  });

  test('a record not yet public upstream may still be rewritten', async () => {
    const unpublished = (events: TestEvent[]) => withEvents(events).replace(/^published_upstream: .*\n/m, '');
    const parent = await g.commit({ ...base, 'vulns/2026/CVE-2026-0303.yaml': unpublished(EVENTS) }, [baseCommit]);
    const { code, out } = await change({ ...base, 'vulns/2026/CVE-2026-0303.yaml': unpublished(EVENTS.slice(0, 1)) }, parent);
    expect(out).toContain('0 errors, 0 warnings');
    expect(code).toBe(0);
  });
});

describe('an appended event dated before the base commit', () => {
  test('a backdated fix: GATE_TRIAGE_EVENT_BACKDATED, a warning (exit 0); a note that says why silences it', async () => {
    // The base commit is made at 2026-06-01, when the record still said affected.
    const affected = withEvents(EVENTS.slice(0, 2));
    const parent = await g.commit({ ...base, [PUBLIC]: affected }, [baseCommit], { date: new Date('2026-06-01T00:00:00Z') });
    const late = { status: 'fixed', at: '2026-03-04T09:00:00Z', version: '"1.2.3-1"' };
    const text = withEvents([...EVENTS.slice(0, 2), late]);
    const { code, out } = await change({ ...base, [PUBLIC]: text }, parent);
    expect(out).toContain(
      `${PUBLIC}:${eventLine(text, 2) + 1}:17  warning GATE_TRIAGE_EVENT_BACKDATED  This change adds to the public triage record CVE-2026-0101 a fixed event for widget in testix-1 dated 2026-03-04T09:00:00Z, before 2026-06-01T00:00:00Z`,
    );
    expect(out).toContain('0 errors, 1 warning');
    expect(code).toBe(0);
    const noted = await change(
      { ...base, [PUBLIC]: withEvents([...EVENTS.slice(0, 2), { ...late, note: '"Shipped in March, recorded in June."' }]) },
      parent,
    );
    expect(noted.out).toContain('0 errors, 0 warnings');
  });
});
