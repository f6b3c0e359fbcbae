// The built site in Debian's Chromium: reading, filtering, following links,
// XSS payloads inert, offline search. Layout and accessibility of every page
// type, at two widths and in both colour schemes, are in reader.test.ts.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { siteInBrowser } from '../helpers/site-in-browser.ts';
import { sharedSite, XSS_ID } from './shared-site.ts';

const site = siteInBrowser(sharedSite);

/** A page that records every console error, failed or off-site request and dialog. */
async function openPage(colorScheme: 'light' | 'dark' = 'light'): Promise<{ page: Page; problems: string[] }> {
  const page = await site.browser.newPage({ colorScheme });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => {
    // A click that navigates cancels what the old page was still loading (its icon, say): not a failure of
    // the site. A missing file shows as an HTTP status below.
    if (r.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`failed: ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(site.origin)) problems.push(`off-site request: ${r.url()}`);
  });
  page.on('dialog', async (d) => {
    problems.push(`dialog: ${d.message()}`);
    await d.dismiss();
  });
  return { page, problems };
}

describe('reading the site', () => {
  test('home → list → filter → advisory, with no console errors and no failed requests', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${site.origin}/`);
    expect(await page.locator('h1').textContent()).toBe('Kestrel Linux Security Team');
    expect(await page.locator('#duty ~ .table-scroll tbody tr').count()).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'All advisories, with filters' }).click();
    await page.waitForURL('**/advisories/');

    const rows = page.locator('#advisory-list tbody tr');
    const total = await rows.count();
    await page.getByLabel('Severity').selectOption('critical');
    const visible = page.locator('#advisory-list tbody tr:not([hidden])');
    const critical = await visible.count();
    expect(critical).toBeGreaterThan(0);
    expect(critical).toBeLessThan(total);
    for (const severity of await visible.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.severity)))
      expect(severity).toBe('critical');
    expect(await page.locator('[data-filter-count]').textContent()).toBe(`${critical} of ${total} advisories shown.`);
    expect(page.url()).toContain('?severity=critical');

    await page.getByLabel('Severity').selectOption('');
    await page.getByLabel('Package').selectOption('Kestrel:3/openssl');
    await page.getByLabel('Year').selectOption('2026');
    const openssl = await visible.count();
    expect(openssl).toBeGreaterThan(0);
    await page.getByLabel('Text').fill('cve-2026-0101');
    expect(await visible.count()).toBe(1);

    await visible.first().locator('a').first().click();
    await page.waitForURL('**/advisories/KSA-2026-0001/');
    expect(await page.locator('h1').textContent()).toContain('OpenSSL: denial of service');
    expect(await page.locator('dl.facts > dd').first().textContent()).toContain('high 7.5 (CVSS 3.1)');
    expect(await page.getByText('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H').count()).toBe(1);
    expect(await page.getByRole('link', { name: 'CVE-2026-0101', exact: true }).getAttribute('href')).toBe(
      'https://www.cve.org/CVERecord?id=CVE-2026-0101',
    );
    await page.getByRole('link', { name: 'openssl' }).first().click();
    await page.waitForURL('**/packages/Kestrel_3/openssl/');
    expect(problems).toEqual([]);
    await page.close();
  });

  test('a CVE page resolves to its advisory and an unknown address gets the useful 404', async () => {
    const { page, problems } = await openPage();
    // The alias page sends the reader straight on to the advisory.
    await page.goto(`${site.origin}/vulns/CVE-2026-0101/`);
    await page.waitForURL('**/advisories/KSA-2026-0001/');
    expect(await page.locator('h1').textContent()).toContain('OpenSSL');
    const response = await page.goto(`${site.origin}/advisories/KSA-1999-0001/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    expect(await page.getByRole('link', { name: 'Search' }).count()).toBeGreaterThan(0);
    // The one expected problem is the 404 itself.
    expect(problems.filter((p) => !p.includes('KSA-1999-0001') && !p.includes('status of 404'))).toEqual([]);
    await page.close();
  });

  test('offline search finds an advisory by a word from its details', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${site.origin}/search/`);
    await page.getByLabel('Words, id or CVE').fill('tarfile');
    await page.locator('#search-results a').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('#search-results a').first().getAttribute('href')).toBe('/advisories/KSA-2026-0012/');
    expect(await page.locator('#search-results a').first().textContent()).toContain('KSA-2026-0012');
    // Filters alone (no words) list every advisory of that severity.
    await page.getByLabel('Words, id or CVE').fill('');
    await page.getByLabel('Severity').selectOption('critical');
    await page.getByText(/advisor(y|ies) found/).waitFor({ timeout: 15_000 });
    expect(await page.locator('#search-results a').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('XSS payloads stay inert in the browser', () => {
  test.each([`/advisories/${XSS_ID}/`, '/advisories/', '/packages/', '/vulns/', `/advisories/year/2026/`])(
    '%s runs no injected script and links nowhere dangerous',
    async (path) => {
      const { page, problems } = await openPage();
      await page.goto(`${site.origin}${path}`);
      const found = await page.evaluate(() => ({
        xss: (window as unknown as { __xss?: unknown }).__xss,
        handlers: [...document.querySelectorAll('*')].flatMap((el) =>
          [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name),
        ),
        badLinks: [...document.querySelectorAll('a[href]')]
          .map((a) => a.getAttribute('href') ?? '')
          .filter((h) => /^\s*(javascript|data|vbscript):/i.test(h)),
        scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent?.includes('__xss')).length,
        iframes: document.querySelectorAll('iframe, img, object, embed').length,
      }));
      expect(found).toEqual({ xss: undefined, handlers: [], badLinks: [], scripts: 0, iframes: 0 });
      expect(problems).toEqual([]);
      await page.close();
    },
  );

  test('the payload is shown as text', async () => {
    const { page } = await openPage();
    await page.goto(`${site.origin}/advisories/${XSS_ID}/`);
    expect(await page.locator('h1').textContent()).toContain('<script>window.__xss=1</script>');
    await page.close();
  });
});
