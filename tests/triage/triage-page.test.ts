// The triage overview page (/vulns/triage/) in the triage records' one real build
// (tests/site/vuln-site.ts: the example data plus records of its own), read as HTML and in Debian's Chromium.
// Expected numbers come from the YAML files and the fixed clock, not from the
// queue code the page uses; a record not yet publishable must leave no trace.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_POLICY } from '../../src/core/settings.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';
import { NOW } from '../helpers/test-repo.ts';
import { HIDDEN, OVERDUE, vulnSite, vulnSiteFiles } from '../site/vuln-site.ts';

const DAY = 86_400_000;
// The example settings leave policy.triage_target_days at its default.
const TRIAGE_TARGET = DEFAULT_POLICY.triage_target_days;
const OVERDUE_ID = OVERDUE.id;
const OVERDUE_DETECTED = OVERDUE.detected;
const HIDDEN_ID = HIDDEN.id;

const FILES = vulnSiteFiles();
const site = siteInBrowser(vulnSite, 600_000);
const page = () => readFileSync(join(site.dist, 'vulns/triage/index.html'), 'utf8');

/** Current status counts over the records a reader may see at NOW, read straight from the YAML. */
function expectedCounts(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [path, text] of Object.entries(FILES)) {
    if (!path.startsWith('vulns/') || path.startsWith('vulns/releases/')) continue;
    const r = parse(text);
    const visible =
      r.published_upstream &&
      Date.parse(r.published_upstream) <= NOW.getTime() &&
      (!r.embargo || Date.parse(r.embargo.until) <= NOW.getTime());
    if (!visible) continue;
    for (const p of r.packages)
      for (const rel of p.releases) counts.set(rel.events.at(-1).status, (counts.get(rel.events.at(-1).status) ?? 0) + 1);
  }
  return counts;
}

describe('the built page', () => {
  test('counts every visible package × release by status', () => {
    const html = page();
    const counts = expectedCounts();
    expect(counts.get('fixed')).toBeGreaterThan(0);
    for (const status of ['detected', 'investigating', 'affected', 'not_affected', 'fixed', 'will_not_fix', 'rejected']) {
      const row = new RegExp(`<tr data-status="${status}"><th scope="row">[^<]+</th><td>(\\d+)</td></tr>`).exec(html);
      expect(Number(row?.[1]), status).toBe(counts.get(status) ?? 0);
    }
  });

  test('names the record longest in triage as the oldest open, and lists it past the target with its days', () => {
    const html = page();
    const days = Math.floor((NOW.getTime() - Date.parse(OVERDUE_DETECTED)) / DAY);
    expect(html).toMatch(
      new RegExp(
        `id="oldest-open">\\s*<a href="/vulns/${OVERDUE_ID}/">${OVERDUE_ID}</a> in openssl \\(kestrel-3\\): needs triage for ${days} days`,
      ),
    );
    const overdue = /<table id="triage-overdue">[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
    const row = new RegExp(
      `${OVERDUE_ID}</a></th><td>openssl</td><td>kestrel-3</td><td>triage</td><td><time[^>]*>[^<]+</time></td><td>(\\d+)</td><td>(\\d+)</td>`,
    ).exec(overdue);
    expect(row?.slice(1).map(Number)).toEqual([days, days - TRIAGE_TARGET]);
  });

  test('a record under embargo at build time appears nowhere in the page', () => {
    const html = page();
    expect(html).not.toContain(HIDDEN_ID);
    expect(html).not.toContain('CVE-2026-1313'); // the example record embargoed until 2026-12-02
  });
});

test('in the browser: reached from the vulnerability index and the navigation, with no errors', async () => {
  const tab = await site.browser.newPage();
  const problems: string[] = [];
  tab.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  tab.on('pageerror', (e) => problems.push(e.message));
  tab.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()} ${r.url()}`));
  await tab.goto(`${site.origin}/vulns/`);
  await tab.getByRole('link', { name: 'triage overview' }).click();
  await tab.waitForURL('**/vulns/triage/');
  expect(await tab.locator('h1').textContent()).toBe('Triage overview');
  expect(await tab.locator('nav.main a[aria-current="page"]').textContent()).toBe('Triage');
  expect(await tab.locator('#triage-counts tbody tr').count()).toBe(7);
  expect(await tab.locator('#triage-overdue tbody tr').count()).toBeGreaterThan(0);
  // The page fits a phone: wide tables scroll inside their box, the page does not scroll sideways.
  await tab.setViewportSize({ width: 360, height: 800 });
  expect(await tab.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  expect(problems).toEqual([]);
  await tab.close();
});
