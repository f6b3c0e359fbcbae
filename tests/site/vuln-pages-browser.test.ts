// A tracked vulnerability's page in Debian's Chromium (the same build as vuln-pages.test.ts):
// its package × release table on a phone, the history of a cell opened without JavaScript,
// an alias leading to the page, and no axe violations.
import { describe, expect, test } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';
import { ALIASED, vulnSite } from './vuln-site.ts';

const site = siteInBrowser(vulnSite, 600_000);

describe('a vulnerability page on a phone', () => {
  test('the table scrolls in its own box, the page never sideways, light and dark, with no axe violations', async () => {
    const found: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await site.browser.newContext({ colorScheme, viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      for (const path of [`/vulns/${ALIASED.id}/`, '/vulns/', '/packages/Kestrel_4/openssl/']) {
        await page.goto(`${site.origin}${path}`);
        const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (wide > 0) found.push(`${colorScheme} ${path}: page is ${wide} px too wide`);
        found.push(...(await axeViolations(page)).map((v) => `${colorScheme} ${path}: axe ${v}`));
      }
      // The table itself is all there: a row for openssl and a column per release, its cells in words.
      await page.goto(`${site.origin}/vulns/${ALIASED.id}/`);
      const table = page.getByRole('region', { name: `Status of ${ALIASED.id} per package and release` });
      expect(await table.locator('thead th').allTextContents()).toEqual(['Package', 'Kestrel Linux 3', 'Kestrel Linux 4']);
      expect(await table.locator('tbody tr th').allTextContents()).toEqual(['openssl']);
      expect(await table.locator('td > a.triage').allTextContents()).toEqual(['Affected', 'Not affected']);
      await context.close();
    }
    expect(found).toEqual([]);
  });

  test('a cell’s history opens without JavaScript and lists every event, oldest first', async () => {
    const page = await site.browser.newPage({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    await page.goto(`${site.origin}/vulns/${ALIASED.id}/`);
    const history = page.locator('td[data-release="kestrel-4"] details.events');
    expect(await history.locator('li').first().isVisible()).toBe(false);
    await history.locator('summary').click();
    const events = await history.locator('li').allInnerTexts();
    expect(events).toHaveLength(2);
    expect(events[0]).toContain('Needs triage');
    expect(events[1]).toContain('Not affected');
    expect(events[1]).toContain('the vulnerable code is not present');
    await page.close();
  });

  test('an alias and a lower-case spelling land on the record’s page', async () => {
    const page = await site.browser.newPage();
    for (const spelling of [ALIASED.alias, ALIASED.alias.toLowerCase(), ALIASED.id.toLowerCase()]) {
      await page.goto(`${site.origin}/vulns/${spelling}/`);
      await page.waitForURL(`**/vulns/${ALIASED.id}/`);
      expect(await page.locator('h1').textContent()).toBe(ALIASED.summary);
    }
    await page.close();
  });
});
