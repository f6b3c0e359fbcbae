// The time-to-fix record over every tracked vulnerability (vulns/), on the real
// loader and schemas, with a fixed clock. Expected figures are computed here
// from the fixture's own dates, so a changed date changes what is expected.
import { afterEach, describe, expect, it } from 'vitest';
import { loadDatabase } from '../../src/core/load.ts';
import { vulnRecordCsv, vulnRecordJson } from '../../src/core/record/export.ts';
import { formatVulnRecordHuman } from '../../src/core/record/format-human.ts';
import { median, percentile } from '../../src/core/record/statistics.ts';
import { buildVulnRecord } from '../../src/core/record/triage-record.ts';
import type { VulnRecordRow } from '../../src/core/record/types.ts';
import { makeTestRepo, NOW, PROJECT_ROOT, type TestRepo } from '../helpers/test-repo.ts';
import { recordYaml, releaseYaml, type TestEntry } from '../helpers/triage-data.ts';

const TARGET = 10; // the default policy.fix_target_days of the test settings
const DAY = 86_400_000;
const daysBetween = (from: string, to: string | Date) => ((to instanceof Date ? to.getTime() : Date.parse(to)) - Date.parse(from)) / DAY;

/** A triage record with any number of package × release entries, as YAML text; versions are quoted. */
function record(id: string, published: string, entries: TestEntry[], top = ''): string {
  return recordYaml({
    id,
    summary: '"A test vulnerability, with a comma"',
    published,
    top,
    entries: entries.map((e) => ({
      ...e,
      events: e.events.map((ev) => (ev.version === undefined ? ev : { ...ev, version: `"${ev.version}"` })),
    })),
  });
}

const NOT_AFFECTED = { justification: 'vulnerable_code_not_present', statement: 'The code is not built.' };

// The fixture, at NOW (2026-11-24T12:00:00Z), target 10 days:
//   1001 widget/testix-1 fixed 2.5 days after publication (in time); widget/testix-2 fixed after 19 (late);
//        gadget/testix-1 not affected (no row); gadget/testix-2 affected, then found not affected (no row)
//   1002 widget/testix-1 still affected, public 23.5 days: a miss
//   1003 widget/testix-1 still affected, public 4.5 days: open within the target, not counted yet
//   1004 widget/testix-1 will not fix (end of life), public since May: a miss with its reason
//   1005 under embargo until 2026-12-02T14:00:00Z: no row before, a row after
//   1006 rejected upstream (no row); 2001 (2025) fixed after 1.25 days
const P = {
  1001: '2026-03-01T00:00:00Z',
  1002: '2026-11-01T00:00:00Z',
  1003: '2026-11-20T00:00:00Z',
  1004: '2026-05-01T00:00:00Z',
  1005: '2026-11-20T00:00:00Z',
  1006: '2026-04-01T00:00:00Z',
  2001: '2025-06-01T00:00:00Z',
};
const FIX = {
  1001: '2026-03-03T12:00:00Z',
  1001.2: '2026-03-20T00:00:00Z',
  1005: '2026-11-22T00:00:00Z',
  2001: '2025-06-02T06:00:00Z',
};
const LIFTS = new Date('2026-12-02T14:00:00Z');

function files(): Record<string, string> {
  return {
    'vulns/releases/testix-1.yaml': releaseYaml('testix-1'),
    'vulns/releases/testix-2.yaml': releaseYaml('testix-2'),
    'vulns/2026/CVE-2026-1001.yaml': record('CVE-2026-1001', P[1001], [
      {
        package: 'widget',
        release: 'testix-1',
        events: [
          { status: 'detected', at: '2026-03-01T09:00:00Z' },
          { status: 'affected', at: '2026-03-02T09:00:00Z' },
          { status: 'fixed', at: FIX[1001], version: '1.2.3-2', advisory: 'TST-2026-0001' },
        ],
      },
      {
        package: 'widget',
        release: 'testix-2',
        events: [
          { status: 'affected', at: '2026-03-02T09:00:00Z' },
          { status: 'fixed', at: FIX[1001.2], version: '1.2.3-2' },
        ],
      },
      { package: 'gadget', release: 'testix-1', events: [{ status: 'not_affected', at: '2026-03-02T09:00:00Z', ...NOT_AFFECTED }] },
      {
        package: 'gadget',
        release: 'testix-2',
        events: [
          { status: 'affected', at: '2026-03-02T09:00:00Z' },
          { status: 'not_affected', at: '2026-03-04T09:00:00Z', ...NOT_AFFECTED },
        ],
      },
    ]),
    'vulns/2026/CVE-2026-1002.yaml': record('CVE-2026-1002', P[1002], [
      { package: 'widget', release: 'testix-1', events: [{ status: 'affected', at: '2026-11-02T00:00:00Z' }] },
    ]),
    'vulns/2026/CVE-2026-1003.yaml': record('CVE-2026-1003', P[1003], [
      { package: 'widget', release: 'testix-1', events: [{ status: 'affected', at: '2026-11-21T00:00:00Z' }] },
    ]),
    'vulns/2026/CVE-2026-1004.yaml': record('CVE-2026-1004', P[1004], [
      {
        package: 'widget',
        release: 'testix-1',
        events: [
          { status: 'affected', at: '2026-05-02T00:00:00Z' },
          { status: 'will_not_fix', at: '2026-05-03T00:00:00Z', reason: 'end of life' },
        ],
      },
    ]),
    'vulns/2026/CVE-2026-1005.yaml': record(
      'CVE-2026-1005',
      P[1005],
      [
        {
          package: 'widget',
          release: 'testix-1',
          events: [
            { status: 'affected', at: '2026-11-20T00:00:00Z' },
            { status: 'fixed', at: FIX[1005], version: '1.2.3-3' },
          ],
        },
      ],
      `embargo:\n  until: ${LIFTS.toISOString().replace('.000Z', 'Z')}\n`,
    ),
    'vulns/2026/CVE-2026-1006.yaml': record('CVE-2026-1006', P[1006], [
      {
        package: 'widget',
        release: 'testix-1',
        events: [
          { status: 'detected', at: '2026-04-01T00:00:00Z' },
          { status: 'rejected', at: '2026-04-02T00:00:00Z' },
        ],
      },
    ]),
    'vulns/2025/CVE-2025-2001.yaml': record('CVE-2025-2001', P[2001], [
      {
        package: 'gadget',
        release: 'testix-2',
        events: [
          { status: 'affected', at: '2025-06-01T12:00:00Z' },
          { status: 'fixed', at: FIX[2001], version: '2.0-2' },
        ],
      },
    ]),
  };
}

const repos: TestRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

async function fixture() {
  const repo = await makeTestRepo(files());
  repos.push(repo);
  const db = loadDatabase(repo.root, { now: NOW });
  expect(db.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return db;
}

const key = (r: Pick<VulnRecordRow, 'id' | 'package' | 'release'>) => `${r.id} ${r.package}@${r.release}`;

describe('the record over every tracked vulnerability', () => {
  it('has one row per entry that affected a release, with its days and status from the fixture dates', async () => {
    const db = await fixture();
    const record = buildVulnRecord(db, NOW);
    expect(record.targetDays).toBe(TARGET);
    expect(record.rows.map(key)).toEqual([
      'CVE-2025-2001 gadget@testix-2',
      'CVE-2026-1001 widget@testix-1',
      'CVE-2026-1001 widget@testix-2',
      'CVE-2026-1002 widget@testix-1',
      'CVE-2026-1003 widget@testix-1',
      'CVE-2026-1004 widget@testix-1',
    ]);
    const row = (k: string) => record.rows.find((r) => key(r) === k) as VulnRecordRow;
    expect(row('CVE-2026-1001 widget@testix-1')).toMatchObject({
      status: 'fixed_in_time',
      publicUpstream: P[1001],
      fixAvailable: FIX[1001],
      daysToFix: daysBetween(P[1001], FIX[1001]),
      withinTarget: true,
      fixedVersion: '1.2.3-2',
      advisory: 'TST-2026-0001',
      page: '/vulns/CVE-2026-1001/',
      year: 2026,
    });
    expect(row('CVE-2026-1001 widget@testix-2')).toMatchObject({
      status: 'fixed_late',
      daysToFix: daysBetween(P[1001], FIX[1001.2]),
      withinTarget: false,
    });
    // Still affected 23.5 days after publication: a miss.
    expect(row('CVE-2026-1002 widget@testix-1')).toMatchObject({
      status: 'open_past_target',
      openDays: daysBetween(P[1002], NOW),
      withinTarget: false,
    });
    expect(row('CVE-2026-1002 widget@testix-1').openDays).toBeGreaterThan(TARGET);
    // 4.5 days: still within the target, not decided yet.
    const open = row('CVE-2026-1003 widget@testix-1');
    expect(open).toMatchObject({ status: 'open_within_target', openDays: daysBetween(P[1003], NOW) });
    expect(open.withinTarget).toBeUndefined();
    // will_not_fix after affected is a row: a miss once past the target, with its reason.
    expect(row('CVE-2026-1004 widget@testix-1')).toMatchObject({ status: 'will_not_fix', reason: 'end of life', withinTarget: false });
    expect(row('CVE-2025-2001 gadget@testix-2')).toMatchObject({
      status: 'fixed_in_time',
      year: 2025,
      daysToFix: daysBetween(P[2001], FIX[2001]),
    });
  });

  it('computes the figures with the advisory record’s statistics, counting misses in the share', async () => {
    const record = buildVulnRecord(await fixture(), NOW);
    const fixed = [daysBetween(P[1001], FIX[1001]), daysBetween(P[1001], FIX[1001.2]), daysBetween(P[2001], FIX[2001])];
    const within = fixed.filter((d) => d <= TARGET).length;
    const misses = 2; // 1002 open past the target, 1004 will not fix
    expect(record.overall).toEqual({
      key: 'all',
      rows: 6,
      publicToFix: {
        count: 3,
        median: median(fixed),
        p90: percentile(fixed, 90),
        within,
        overdue: misses,
        share: within / (fixed.length + misses),
      },
      open: 2,
      willNotFix: 1,
    });
    expect(record.overall.publicToFix.median).toBe(daysBetween(P[1001], FIX[1001]));
    expect(record.byYear.map((g) => [g.key, g.rows, g.publicToFix.count, g.publicToFix.overdue])).toEqual([
      ['2026', 5, 2, 2],
      ['2025', 1, 1, 0],
    ]);
    expect(record.byRelease.map((g) => [g.key, g.rows, g.publicToFix.within, g.publicToFix.overdue])).toEqual([
      ['testix-1', 4, 1, 2],
      ['testix-2', 2, 1, 0],
    ]);
    const text = formatVulnRecordHuman(record);
    expect(text).toContain(`${within} of ${fixed.length + misses} (${Math.round((within / (fixed.length + misses)) * 100)}%)`);
    expect(text).toMatch(/CVE-2026-1004 {2}widget in testix-1, public [\d.]+ days, will not fix: end of life/);
  });

  it('leaves an embargoed record out until its embargo lifts, then counts it from public upstream', async () => {
    const db = await fixture();
    expect(buildVulnRecord(db, NOW).rows.some((r) => r.id === 'CVE-2026-1005')).toBe(false);
    expect(buildVulnRecord(db, new Date(LIFTS.getTime() - 1000)).rows.some((r) => r.id === 'CVE-2026-1005')).toBe(false);
    const after = buildVulnRecord(db, LIFTS).rows.find((r) => r.id === 'CVE-2026-1005');
    expect(after).toMatchObject({ status: 'fixed_in_time', publicUpstream: P[1005], daysToFix: daysBetween(P[1005], FIX[1005]) });
  });

  it('computed as of an earlier instant, ignores the events after it', async () => {
    const db = await fixture();
    const before = new Date('2026-03-10T00:00:00Z');
    const rows = buildVulnRecord(db, before).rows;
    // Only what was public by then; widget in testix-2 had no fix yet and was past the target.
    expect(rows.map(key)).toEqual(['CVE-2025-2001 gadget@testix-2', 'CVE-2026-1001 widget@testix-1', 'CVE-2026-1001 widget@testix-2']);
    expect(rows[2]).toMatchObject({ status: 'open_within_target', openDays: daysBetween(P[1001], before) });
  });

  it('exports the table as CSV whose header and rows read back to the record', async () => {
    const db = await fixture();
    const record = buildVulnRecord(db, NOW);
    const csv = vulnRecordCsv(record, db.settings.site_url);
    const [header, ...lines] = parseCsv(csv);
    expect(header).toEqual([
      'id',
      'package',
      'release',
      'status',
      'year',
      'public_upstream',
      'fix_available',
      'days_to_fix',
      'open_days',
      'within_target',
      'fixed_version',
      'advisory',
      'reason',
      'page',
      'summary',
    ]);
    expect(lines).toHaveLength(record.rows.length);
    const cells = Object.fromEntries((header as string[]).map((h, i) => [h, (lines[1] as string[])[i]]));
    // Expected cells are written out from the fixture, not read back from the record under test.
    expect(cells).toEqual({
      id: 'CVE-2026-1001',
      package: 'widget',
      release: 'testix-1',
      status: 'fixed_in_time',
      year: '2026',
      public_upstream: P[1001],
      fix_available: FIX[1001],
      days_to_fix: daysBetween(P[1001], FIX[1001]).toFixed(2),
      open_days: '',
      within_target: 'true',
      fixed_version: '1.2.3-2',
      advisory: 'TST-2026-0001',
      reason: '',
      page: 'https://security.test.example/vulns/CVE-2026-1001/',
      summary: 'A test vulnerability, with a comma',
    });
    const json = JSON.parse(vulnRecordJson(record));
    expect(json.rows).toEqual(JSON.parse(JSON.stringify(record.rows)));
    expect(json.rows[1]).toMatchObject({
      id: 'CVE-2026-1001',
      package: 'widget',
      release: 'testix-1',
      status: 'fixed_in_time',
      fixAvailable: FIX[1001],
    });
    expect(json.method.share).toContain('will_not_fix');
  });
});

describe('the example data (vulns/)', () => {
  const now = new Date('2026-12-01T12:00:00Z');
  const db = loadDatabase(PROJECT_ROOT, { now });
  const record = buildVulnRecord(db, now);

  it('counts only entries that affected a release, with days that match their dates', () => {
    expect(record.rows.length).toBeGreaterThan(10);
    for (const row of record.rows) {
      const t = db.triage.find((x) => x.id === row.id);
      const entry = t?.packages.find((p) => p.name === row.package)?.releases.find((r) => r.release === row.release);
      const statuses = entry?.events.map((e) => e.status) ?? [];
      expect(
        statuses.some((s) => s === 'affected' || s === 'fixed'),
        key(row),
      ).toBe(true);
      expect(['not_affected', 'rejected']).not.toContain(statuses.at(-1));
      expect(row.publicUpstream).toBe(t?.published_upstream);
      if (row.fixAvailable) expect(row.daysToFix).toBe(daysBetween(row.publicUpstream, row.fixAvailable));
    }
    const fixed = record.rows.filter((r) => r.daysToFix !== undefined);
    expect(record.overall.publicToFix.count).toBe(fixed.length);
    expect(record.overall.willNotFix).toBe(record.rows.filter((r) => r.status === 'will_not_fix').length);
    expect(record.overall.willNotFix).toBeGreaterThan(0);
  });

  it('leaves out the embargoed record', () => {
    expect(db.triage.some((t) => t.id === 'CVE-2026-1313')).toBe(true);
    expect(record.rows.some((r) => r.id === 'CVE-2026-1313')).toBe(false);
  });
});

/** A small RFC 4180 reader: quoted cells with doubled quotes, CRLF line ends. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}
