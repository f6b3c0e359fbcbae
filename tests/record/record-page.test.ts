// The /record/ page of a real build, in Debian's Chromium with scripts off:
// the figures, the static SVG charts, the table's links and the downloads.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { siteInBrowser } from '../helpers/site-in-browser.ts';
import { advisoryPath, advisoryYaml, PROJECT_ROOT, SETTINGS_YAML } from '../helpers/test-repo.ts';
import { recordYaml, twoTrackedVulnerabilities } from '../helpers/triage-data.ts';
import { siteCommits, siteOf } from '../site/shared-site.ts';

const AXE = readFileSync(join(PROJECT_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const FORGE = 'https://forge.test.example/tracker/commit/';

const advisory = (id: string, timeline: string, extra = '') =>
  advisoryYaml({ id, reported: '2025-12-30T00:00:00Z', published: '2026-01-03T00:00:00Z', extra: `${timeline}${extra}` });

let fixCommit: string;

const site = siteInBrowser(async () => {
  // Days from disclosure to fix: 2 and 14; one more disclosed on 2026-11-01 and still open (23.5 days at the test clock).
  // Built once per run by the site tests' helper, keyed by this data and its history.
  const dist = await siteOf({
    name: 'record',
    files: { 'watchkeeper.yaml': `${SETTINGS_YAML}forge:\n  commit_url: ${FORGE}{sha}\n` },
    commits: [
      {
        message: 'publish two',
        date: '2026-01-03T01:00:00Z',
        files: {
          [advisoryPath('TST-2026-0001')]: advisory(
            'TST-2026-0001',
            '  disclosed: 2026-01-01T00:00:00Z\n  fixed: 2026-01-03T00:00:00Z\n',
            'severity:\n  - type: CVSS_V3\n    score: CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H\n',
          ),
          [advisoryPath('TST-2026-0002')]: advisory('TST-2026-0002', '  disclosed: 2026-01-01T00:00:00Z\n'),
        },
      },
      {
        message: 'fix shipped',
        date: '2026-01-15T02:00:00Z',
        files: {
          [advisoryPath('TST-2026-0002')]: advisory('TST-2026-0002', '  disclosed: 2026-01-01T00:00:00Z\n  fixed: 2026-01-15T00:00:00Z\n'),
        },
      },
      {
        message: 'publish a third, embargo a fourth',
        date: '2026-11-01T01:00:00Z',
        files: {
          [advisoryPath('TST-2026-0003')]: advisoryYaml({
            id: 'TST-2026-0003',
            reported: '2026-10-30T00:00:00Z',
            published: '2026-11-01T00:00:00Z',
            extra: '  disclosed: 2026-11-01T00:00:00Z\n',
          }),
          [advisoryPath('TST-2026-0004')]: advisoryYaml({
            id: 'TST-2026-0004',
            status: 'embargoed',
            extra: 'embargo:\n  until: 2026-12-01T00:00:00Z\n',
          }),
        },
      },
      {
        // Tracked vulnerabilities: one fixed 2.4 days after it went public, one still affected 23.5 days after (a miss),
        // one under embargo (never shown before it lifts).
        message: 'track three vulnerabilities',
        date: '2026-11-21T01:00:00Z',
        files: {
          ...twoTrackedVulnerabilities(),
          'vulns/2026/CVE-2026-0303.yaml': recordYaml({
            id: 'CVE-2026-0303',
            published: '2026-11-20T00:00:00Z',
            top: 'embargo:\n  until: 2026-12-02T14:00:00Z',
            events: [{ status: 'affected', at: '2026-11-20T00:00:00Z' }],
          }),
        },
      },
    ],
  });
  fixCommit = siteCommits(dist)[1] ?? '';
  return dist;
});

describe('the track record page', () => {
  test('shows the figures, the charts and every advisory without any script', async () => {
    const page = await site.browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.origin}/record/`);
    expect(await page.locator('h1').textContent()).toBe('Time-to-fix track record');
    // Median (2 + 14) / 2 = 8; p90 2 + 0.9 × 12 = 12.8; 1 of 3 within 10 days, the open one counted as a miss.
    const lead = (await page.locator('p.lead').textContent())?.replace(/\s+/g, ' ');
    expect(lead).toContain(
      'median time from disclosure to fix is 8.0 days and 90% were fixed within 12.8 days; 1 of 3 (33%) met the 10-day target',
    );
    expect(await page.locator('svg[role="img"]').count()).toBe(2);
    expect(await page.locator('svg[role="img"] rect').first().isVisible()).toBe(true);
    expect(await page.locator('script').count()).toBe(0);

    const rows = page.locator('table.record tbody tr');
    expect(await rows.allTextContents()).toHaveLength(3);
    const body = (await page.locator('main').textContent()) ?? '';
    expect(body).not.toContain('TST-2026-0004');
    expect(await page.locator('#incomplete + p + ul li').allTextContents()).toEqual([
      'TST-2026-0003: no fix yet (open 23.5 days, past the target)',
    ]);

    // Beside them, the figures over every tracked vulnerability, in the same words and the same table.
    const vulnLead = (await page.locator('p.lead-vulns').textContent())?.replace(/\s+/g, ' ');
    expect(vulnLead).toContain(
      'median time from public upstream to fix is 2.4 days and 90% were fixed within 2.4 days; 1 of 2 (50%) met the 10-day target (counting 1 without a fix past the target as misses)',
    );
    expect(await page.locator('#vulns ~ .table-scroll table').count()).toBe(3);
    expect(await page.locator('table.record-vulns tbody tr').allTextContents()).toHaveLength(2);
    expect(await page.locator('#vulns-misses + ul li').allTextContents()).toEqual([
      'CVE-2026-0202: widget in testix-1, public 23.5 days, still affected',
    ]);
    expect(body).not.toContain('CVE-2026-0303');

    const recorded = page.locator(`table.record a[href="${FORGE}${fixCommit}"]`);
    expect(await recorded.textContent()).toBe(fixCommit.slice(0, 12));
    await page.locator('table.record a', { hasText: 'TST-2026-0002' }).click();
    await page.waitForURL('**/advisories/TST-2026-0002/');
    // The advisory page dates its last change by the fixing commit (history), not by the fix date (timeline).
    const facts = await page.locator('dl').first().textContent();
    expect(facts).toMatch(/Last changed\s*2026-01-15 02:00 UTC/);
    await page.close();
  });

  test('offers the table as CSV and JSON', async () => {
    const csv = await (await fetch(`${site.origin}/record/record.csv`)).text();
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines.find((l) => l.startsWith('TST-2026-0002,'))).toContain(',14.00,16.00,false,');
    const json = await (await fetch(`${site.origin}/record/record.json`)).json();
    expect(json.overall.disclosureToFix).toMatchObject({ count: 2, median: 8, within: 1, overdue: 1 });
    // The advisory files keep their shape; the tracked-vulnerability table has its own files.
    expect(json.vulns).toBeUndefined();
    const vulnCsv = (await (await fetch(`${site.origin}/record/record-vulns.csv`)).text()).trimEnd().split('\r\n');
    expect(vulnCsv[0]).toBe(
      'id,package,release,status,year,public_upstream,fix_available,days_to_fix,open_days,within_target,fixed_version,advisory,reason,page,summary',
    );
    expect(vulnCsv.slice(1).map((l) => l.split(',').slice(0, 4).join(' '))).toEqual([
      'CVE-2026-0101 widget testix-1 fixed_in_time',
      'CVE-2026-0202 widget testix-1 open_past_target',
    ]);
    const vulnJson = await (await fetch(`${site.origin}/record/record-vulns.json`)).json();
    expect(vulnJson.overall.publicToFix).toMatchObject({ count: 1, within: 1, overdue: 1, share: 0.5 });
    expect(json.rows.map((r: { id: string }) => r.id).sort()).toEqual(['TST-2026-0001', 'TST-2026-0002', 'TST-2026-0003']);
    // OSV takes its dates from the same place: modified is the fixing commit, published the declared date.
    const osv = await (await fetch(`${site.origin}/osv/all.json`)).json();
    const record = (Array.isArray(osv) ? osv : (osv.records ?? osv.vulns ?? [])).find((r: { id: string }) =>
      r.id.endsWith('TST-2026-0002'),
    );
    expect(record).toMatchObject({ modified: '2026-01-15T02:00:00Z', published: '2026-01-03T00:00:00Z' });
  });

  test('passes axe in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await site.browser.newPage({ colorScheme });
      await page.goto(`${site.origin}/record/`);
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string }[] }> } }).axe.run();
        return result.violations.map((v) => v.id);
      });
      expect(violations, colorScheme).toEqual([]);
      await page.close();
    }
  });
});
