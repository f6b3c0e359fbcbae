// The team page and the rotation calendar, built from the example data and read in Debian's Chromium.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readPublicKey } from '../../src/core/index.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';
import { PROJECT_ROOT } from '../helpers/test-repo.ts';
import { sharedSite } from '../site/shared-site.ts';

const AXE = readFileSync(join(PROJECT_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

// The example data's site, built once for every test file that reads it.
const site = siteInBrowser(sharedSite, 180_000);

test('the team page shows who is on duty, who is next, experts, keys and past terms', async () => {
  const page = await site.browser.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.goto(`${site.origin}/team/`);
  expect(await page.locator('h1').textContent()).toBe('Team');

  const onDuty = await page
    .locator('#on-duty + .table-scroll tbody tr')
    .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('th, td')].slice(0, 2).map((c) => c.textContent?.trim())));
  expect(onDuty).toEqual([
    ['Coordinator', 'Jonas Lindqvist'],
    ['Backup coordinator', 'Mei Tanaka'],
    ['Reviewer', 'Mei Tanaka'],
    ['Expert (kernel)', 'Amara Okafor'],
  ]);
  expect(await page.locator('#next').textContent()).toContain('2027-01-01');
  expect(await page.locator('#next + ul li').first().textContent()).toBe('Coordinator: Mei Tanaka');
  expect(await page.locator('dl.facts dt', { hasText: 'kernel' }).locator('xpath=following-sibling::dd[1]').textContent()).toContain(
    'on duty',
  );

  const amara = page.locator('#member-amara');
  expect(await amara.locator('code').textContent()).toBe('7A1A 6C55 8758 7571 1BAA 4232 8750 AFEE FB0F 8FF1');
  const href = await amara.getByRole('link', { name: 'amara.asc' }).getAttribute('href');
  expect(href).toBe('/keys/amara.asc');
  const armored = await (await page.request.get(`${site.origin}${href}`)).text();
  const key = await readPublicKey(armored);
  expect(key.ok && key.key.getFingerprint().toUpperCase()).toBe('7A1A6C55875875711BAA42328750AFEEFB0F8FF1');

  const past = await page.locator('#past + .table-scroll tbody tr').allTextContents();
  expect(past).toHaveLength(2);
  expect(past[0]).toContain('Amara Okafor');

  expect(await page.getByRole('link', { name: 'Subscribe to the rotation' }).getAttribute('href')).toBe('/team/rota.ics');
  expect(problems).toEqual([]);
});

test('the calendar is served as text/calendar with every term of every role and no personal addresses', async () => {
  const response = await fetch(`${site.origin}/team/rota.ics`);
  expect(response.status).toBe(200);
  const ics = (await response.text()).replace(/\r\n /g, '');
  expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
  // 8 coordinator terms, plus the reviewer and expert terms of rotations/terms/.
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(12);
  expect(ics).toContain('REFRESH-INTERVAL;VALUE=DURATION:P1D');
  expect(ics).toContain('SUMMARY:Coordinator: Mei Tanaka');
  expect(ics).not.toMatch(/amara@|jonas@|mei@/);
});

test.each(['light', 'dark'] as const)('the team page has no accessibility violations (axe-core, %s)', async (colorScheme) => {
  const page = await site.browser.newPage({ colorScheme });
  await page.goto(`${site.origin}/team/`);
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; help: string }[] }> } }).axe.run();
    return result.violations.map((v) => `${v.id}: ${v.help}`);
  });
  expect(violations).toEqual([]);
});
