import { afterEach, describe, expect, it } from 'vitest';
import { loadHistory } from '../../src/core/history/walk-history.ts';
import { loadDatabase } from '../../src/core/load.ts';
import { recordChartSvg } from '../../src/core/record/chart-svg.ts';
import { recordCsv } from '../../src/core/record/export.ts';
import { median, percentile } from '../../src/core/record/statistics.ts';
import { buildTrackRecord } from '../../src/core/record/track-record.ts';
import { advisoryPath, advisoryYaml, makeTestRepo, NOW, SETTINGS_YAML, type TestRepo } from '../helpers/test-repo.ts';

const CRITICAL = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'; // 9.8
const HIGH = 'CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H'; // 7.8
const MEDIUM = 'CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:L/A:N'; // 4.2

interface Spec {
  id: string;
  status?: 'published' | 'withdrawn' | 'embargoed' | 'draft';
  reported: string;
  disclosed?: string;
  fixed?: string;
  published?: string;
  vector?: string;
}

function advisory(s: Spec): Record<string, string> {
  const timeline = [s.disclosed ? `  disclosed: ${s.disclosed}\n` : '', s.fixed ? `  fixed: ${s.fixed}\n` : ''].join('');
  const severity = s.vector ? `severity:\n  - type: CVSS_V3\n    score: ${s.vector}\n` : '';
  const withdrawn = s.status === 'withdrawn' ? 'withdrawn: 2026-11-01T00:00:00Z\n' : '';
  const embargo = s.status === 'embargoed' ? 'embargo:\n  until: 2026-12-01T00:00:00Z\n' : '';
  return {
    [advisoryPath(s.id)]: advisoryYaml({
      id: s.id,
      status: s.status ?? 'published',
      reported: s.reported,
      ...(s.published ? { published: s.published } : {}),
      extra: timeline + severity + withdrawn + embargo,
    }),
  };
}

// The hand-checked set. Days from disclosure to fix / from report to fix:
//   A1 2 / 4 (critical, 2026)     A2 5 / 6 (high, 2026)     A3 12 / 16 (high, 2026)
//   A4 20 / 20 (medium, 2026)     B1 1.5 / 13.5 (critical, 2025)   B2 -1 / 10 (unrated, 2025)
//   C1 no disclosure / 9 (medium, counted in 2026 by its published date)
//   C2 disclosed 2026-11-01, not fixed: open 23.5 days at NOW (high, 2026), reported 25.5 days before NOW
//   W withdrawn (29 days, must not count); E embargoed and D draft (must not appear)
const SET: Spec[] = [
  {
    id: 'TST-2026-0001',
    reported: '2025-12-30T00:00:00Z',
    disclosed: '2026-01-01T00:00:00Z',
    fixed: '2026-01-03T00:00:00Z',
    published: '2026-01-03T00:00:00Z',
    vector: CRITICAL,
  },
  {
    id: 'TST-2026-0002',
    reported: '2026-01-31T00:00:00Z',
    disclosed: '2026-02-01T00:00:00Z',
    fixed: '2026-02-06T00:00:00Z',
    published: '2026-02-06T00:00:00Z',
    vector: HIGH,
  },
  {
    id: 'TST-2026-0003',
    reported: '2026-02-25T00:00:00Z',
    disclosed: '2026-03-01T00:00:00Z',
    fixed: '2026-03-13T00:00:00Z',
    published: '2026-03-13T00:00:00Z',
    vector: HIGH,
  },
  {
    id: 'TST-2026-0004',
    reported: '2026-04-01T00:00:00Z',
    disclosed: '2026-04-01T00:00:00Z',
    fixed: '2026-04-21T00:00:00Z',
    published: '2026-04-21T00:00:00Z',
    vector: MEDIUM,
  },
  {
    id: 'TST-2026-0005',
    reported: '2025-05-20T00:00:00Z',
    disclosed: '2025-06-01T00:00:00Z',
    fixed: '2025-06-02T12:00:00Z',
    published: '2025-06-03T00:00:00Z',
    vector: CRITICAL,
  },
  {
    id: 'TST-2026-0006',
    reported: '2025-06-20T00:00:00Z',
    disclosed: '2025-07-01T00:00:00Z',
    fixed: '2025-06-30T00:00:00Z',
    published: '2025-07-01T00:00:00Z',
  },
  {
    id: 'TST-2026-0007',
    reported: '2026-05-01T00:00:00Z',
    fixed: '2026-05-10T00:00:00Z',
    published: '2026-05-11T00:00:00Z',
    vector: MEDIUM,
  },
  {
    id: 'TST-2026-0008',
    reported: '2026-10-30T00:00:00Z',
    disclosed: '2026-11-01T00:00:00Z',
    published: '2026-11-01T00:00:00Z',
    vector: HIGH,
  },
  {
    id: 'TST-2026-0009',
    status: 'withdrawn',
    reported: '2026-05-30T00:00:00Z',
    disclosed: '2026-06-01T00:00:00Z',
    fixed: '2026-06-30T00:00:00Z',
    published: '2026-06-30T00:00:00Z',
    vector: CRITICAL,
  },
  { id: 'TST-2026-0010', status: 'embargoed', reported: '2026-11-20T00:00:00Z', vector: CRITICAL },
  { id: 'TST-2026-0011', status: 'draft', reported: '2026-11-21T00:00:00Z' },
];

const repos: TestRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

async function recordOf(specs: Spec[]) {
  const r = await makeTestRepo(Object.assign({}, ...specs.map(advisory)));
  repos.push(r);
  const db = loadDatabase(r.root, { now: NOW });
  expect(db.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return buildTrackRecord(db, NOW);
}

describe('statistics', () => {
  it('interpolates percentiles between closest ranks', () => {
    // Sorted [1, 2, 4, 8]: median halfway between 2 and 4; p90 at position 2.7, 4 + 0.7 × 4.
    expect(median([8, 1, 4, 2])).toBe(3);
    expect(percentile([8, 1, 4, 2], 90)).toBeCloseTo(6.8, 10);
    expect(median([5])).toBe(5);
    expect(median([])).toBeUndefined();
  });
});

describe('track record', () => {
  it('computes the figures of a hand-checked set', async () => {
    const record = await recordOf(SET);
    expect(record.targetDays).toBe(10);
    expect(record.rows.map((r) => r.id).sort()).toEqual(SET.slice(0, 9).map((s) => s.id));

    const all = record.overall;
    // Disclosure to fix: sorted [-1, 1.5, 2, 5, 12, 20]; median (2 + 5) / 2; p90 at 4.5: 12 + 0.5 × 8.
    expect(all.disclosureToFix.count).toBe(6);
    expect(all.disclosureToFix.median).toBeCloseTo(3.5, 10);
    expect(all.disclosureToFix.p90).toBeCloseTo(16, 10);
    expect(all.disclosureToFix.within).toBe(4);
    expect(all.disclosureToFix.overdue).toBe(1);
    expect(all.disclosureToFix.share).toBeCloseTo(4 / 7, 10);
    // Report to fix: sorted [4, 6, 9, 10, 13.5, 16, 20]; median 10; p90 at 5.4: 16 + 0.4 × 4; 10 days is within.
    expect(all.reportToFix.count).toBe(7);
    expect(all.reportToFix.median).toBeCloseTo(10, 10);
    expect(all.reportToFix.p90).toBeCloseTo(17.6, 10);
    expect(all.reportToFix.within).toBe(4);
    expect(all.reportToFix.share).toBeCloseTo(4 / 8, 10);

    expect(record.byYear.map((g) => g.key)).toEqual(['2026', '2025']);
    const [y2026, y2025] = record.byYear;
    expect(y2026?.rows).toBe(6);
    expect(y2026?.disclosureToFix.median).toBeCloseTo(8.5, 10);
    expect(y2026?.disclosureToFix.p90).toBeCloseTo(17.6, 10);
    expect(y2026?.disclosureToFix.share).toBeCloseTo(2 / 5, 10);
    expect(y2025?.disclosureToFix.median).toBeCloseTo(0.25, 10);
    expect(y2025?.disclosureToFix.p90).toBeCloseTo(1.25, 10);
    expect(y2025?.disclosureToFix.share).toBe(1);

    const bySeverity = Object.fromEntries(record.bySeverity.map((g) => [g.key, g.disclosureToFix]));
    expect(Object.keys(bySeverity)).toEqual(['critical', 'high', 'medium', 'unrated']);
    expect(bySeverity.critical?.median).toBeCloseTo(1.75, 10);
    expect(bySeverity.high?.median).toBeCloseTo(8.5, 10);
    expect(bySeverity.high?.share).toBeCloseTo(1 / 3, 10);
    expect(bySeverity.medium?.median).toBe(20);
    expect(bySeverity.medium?.share).toBe(0);
    expect(bySeverity.unrated?.median).toBe(-1);
  });

  it('lists advisories without the needed dates instead of dropping them', async () => {
    const record = await recordOf(SET);
    expect(record.incomplete.map((r) => [r.id, r.missing])).toEqual([
      ['TST-2026-0008', ['fixed']],
      ['TST-2026-0007', ['disclosed']],
    ]);
    const open = record.rows.find((r) => r.id === 'TST-2026-0008');
    expect(open?.open?.days).toBeCloseTo(23.5, 10);
    expect(open?.open?.overdue).toBe(true);
    const withdrawn = record.rows.find((r) => r.id === 'TST-2026-0009');
    expect(withdrawn?.excluded).toMatch(/withdrawn/);
    expect(withdrawn?.disclosureToFixDays).toBe(29);
  });

  it('knows only what had happened at the instant it is computed for', async () => {
    const r = await makeTestRepo(Object.assign({}, ...SET.slice(0, 4).map(advisory)));
    repos.push(r);
    // On 2026-02-03 only A1 (published 01-03) was public; A2 is published on 02-06.
    const early = buildTrackRecord(loadDatabase(r.root, { now: NOW }), new Date('2026-02-03T00:00:00Z'));
    expect(early.rows.map((row) => row.id)).toEqual(['TST-2026-0001']);
    // With A2 published but its fix dated after the instant, A2 is open (1.5 days), not fixed.
    const r2 = await makeTestRepo(
      advisory({
        id: 'TST-2026-0002',
        reported: '2026-01-31T00:00:00Z',
        disclosed: '2026-02-01T00:00:00Z',
        fixed: '2026-02-06T00:00:00Z',
        published: '2026-02-01T00:00:00Z',
      }),
    );
    repos.push(r2);
    const row = buildTrackRecord(loadDatabase(r2.root, { now: NOW }), new Date('2026-02-02T12:00:00Z')).rows[0];
    expect(row?.fixed).toBeUndefined();
    expect(row?.missing).toEqual(['fixed']);
    expect(row?.open).toEqual({ days: 1.5, overdue: false });
  });

  it('links the tracker commits that published the advisory and recorded its fix', async () => {
    const r = await makeTestRepo({}, { git: true });
    repos.push(r);
    r.write({ 'watchkeeper.yaml': `${SETTINGS_YAML}forge:\n  commit_url: https://forge.test.example/tracker/commit/{sha}\n` });
    r.write(
      advisory({
        id: 'TST-2026-0001',
        reported: '2026-01-30T00:00:00Z',
        disclosed: '2026-02-01T00:00:00Z',
        published: '2026-02-01T00:00:00Z',
      }),
    );
    const published = await r.commit('publish', new Date('2026-02-01T01:00:00Z'));
    r.write(
      advisory({
        id: 'TST-2026-0001',
        reported: '2026-01-30T00:00:00Z',
        disclosed: '2026-02-01T00:00:00Z',
        fixed: '2026-02-04T00:00:00Z',
        published: '2026-02-01T00:00:00Z',
      }),
    );
    const fixed = await r.commit('fix shipped', new Date('2026-02-04T02:00:00Z'));
    const db = loadDatabase(r.root, { now: NOW });
    const record = buildTrackRecord(db, NOW, loadHistory(r.root));
    const row = record.rows[0];
    expect(row?.firstPublished).toEqual({
      sha: published,
      date: '2026-02-01T01:00:00Z',
      url: `https://forge.test.example/tracker/commit/${published}`,
    });
    expect(row?.fixRecorded).toEqual({
      sha: fixed,
      date: '2026-02-04T02:00:00Z',
      url: `https://forge.test.example/tracker/commit/${fixed}`,
    });
    expect(record.history).toEqual({ used: true });
  });

  it('exports the table as CSV a spreadsheet can recompute, without running formulas', async () => {
    const record = await recordOf([
      { ...(SET[0] as Spec) },
      {
        id: 'TST-2026-0002',
        reported: '2026-01-31T00:00:00Z',
        disclosed: '2026-02-01T00:00:00Z',
        fixed: '2026-02-06T06:00:00Z',
        published: '2026-02-06T06:00:00Z',
      },
    ]);
    record.rows = record.rows.map((r) => (r.id === 'TST-2026-0002' ? { ...r, summary: '=HYPERLINK("x","y"), with a comma' } : r));
    const lines = recordCsv(record, 'https://security.test.example').trimEnd().split('\r\n');
    const line = lines.find((l) => l.startsWith('TST-2026-0002,'));
    expect(lines[0]).toBe(
      'id,status,severity,cvss_score,year,reported,disclosed,fixed,published,disclosure_to_fix_days,report_to_fix_days,within_target,missing,excluded,fixes,fix_recorded_commit,fix_recorded_date,first_published_commit,page,summary',
    );
    expect(lines).toHaveLength(3);
    // 5 days 6 hours and 6 days 6 hours.
    expect(line).toContain(',5.25,6.25,true,');
    expect(line).toContain('https://security.test.example/advisories/TST-2026-0002/');
    expect(line?.endsWith(`"'=HYPERLINK(""x"",""y""), with a comma"`)).toBe(true);
  });
});

describe('chart', () => {
  it('draws bars, the target line and a text description, with nothing executable', () => {
    const svg = recordChartSvg(
      [
        { label: '2026', median: 8.5, p90: 17.6, count: 4 },
        { label: '<script>', count: 0 },
      ],
      { title: 'Days from disclosure to fix', targetDays: 10 },
    );
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('<title id="chart-title">Days from disclosure to fix</title>');
    expect(svg).toContain('2026: median 8.5 days, 90th percentile 17.6 days (4 fixes)');
    expect(svg).toContain('target 10 days');
    expect(svg.match(/<rect [^>]*fill="#2b6cb0"><title>/g)).toHaveLength(1);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).not.toMatch(/\son\w+=/);
  });
});
