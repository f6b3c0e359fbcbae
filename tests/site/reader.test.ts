// The site as readers meet it, in Debian's Chromium over the shared build:
// every page type at a phone's and a desktop's width, light and dark, with axe;
// without JavaScript; finding things; saying things in words; withdrawn advisories.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';
import { READER_CASES } from './fixtures.ts';
import { sharedSite, XSS_ID } from './shared-site.ts';

const site = siteInBrowser(sharedSite);

/** One page of every type the site has. */
const PAGE_TYPES = [
  '/',
  '/advisories/',
  '/advisories/KSA-2026-0001/',
  '/advisories/KSA-2026-0008/',
  `/advisories/${READER_CASES.withdrawnId}/`,
  `/advisories/${READER_CASES.cvss4Id}/`,
  `/advisories/${READER_CASES.longId}/`,
  `/advisories/${XSS_ID}/`,
  '/advisories/year/2026/',
  '/advisories/severity/high/',
  '/advisories/status/withdrawn/',
  '/packages/',
  '/packages/Kestrel_3/openssl/',
  '/vulns/',
  '/vulns/CVE-2026-0101/',
  '/team/',
  '/record/',
  '/policy/',
  '/feeds/',
  '/search/',
  '/404.html',
  '/vulns/CVE-2099-0001/',
];

/** Everything wider than the viewport, and every id or date broken over two lines. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width) {
      // Boxes past the edge, or boxes whose text spills out of them.
      const wide = [...document.querySelectorAll('body *')]
        .filter((el) => !el.closest('.table-scroll'))
        .filter(
          (el) =>
            el.getBoundingClientRect().right > width + 1 ||
            (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible'),
        )
        .slice(0, 3)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
      problems.push(`page is ${document.documentElement.scrollWidth} px wide in ${width}: ${wide.join(', ')}`);
    }
    for (const el of document.querySelectorAll('time, td.nowrap a'))
      if (el.getClientRects().length > 1) problems.push(`wraps mid-token: ${el.textContent}`);
    return problems;
  });
}

describe('every page type fits a phone and a desktop, light and dark, with no axe violations', () => {
  test.each(PAGE_TYPES)('%s', async (path) => {
    const found: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await site.browser.newContext({ colorScheme, viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${site.origin}${path}`);
        // An alias page sends the reader on at once; what they read is the advisory it leads to.
        if (path === '/vulns/CVE-2026-0101/') await page.waitForURL('**/advisories/KSA-2026-0001/');
        await page.waitForLoadState('load');
        // Wrapping of ids and dates matters where there is room: at 1280 px.
        const problems = (await layoutProblems(page)).filter((p) => width === 1280 || !p.startsWith('wraps'));
        found.push(...problems.map((p) => `${width} px ${colorScheme}: ${p}`));
        found.push(...(await axeViolations(page)).map((v) => `${width} px ${colorScheme}: axe ${v}`));
      }
      await context.close();
    }
    expect(found).toEqual([]);
  });
});

describe('without JavaScript', () => {
  test('the list shows no dead filter form, and the facet links do the filtering', async () => {
    const page = await site.browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.origin}/advisories/`);
    expect(await page.locator('form.filter').isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: 'critical' }).isVisible()).toBe(true);
    await page.close();
  });

  test('the search page shows the notice and no controls under it', async () => {
    const page = await site.browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.origin}/search/`);
    // Playwright's text locators skip <noscript>, so measure the notice itself.
    const notice = await page.evaluate(() => {
      const p = document.querySelector('noscript p');
      return p ? { text: p.textContent, height: p.getBoundingClientRect().height } : undefined;
    });
    expect(notice?.text).toContain('Search needs JavaScript');
    expect(notice?.height).toBeGreaterThan(0);
    expect(
      await page.locator('input, select, button').evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length),
    ).toBe(0);
    await page.close();
  });

  test('an unknown CVE says in plain HTML that it is not tracked, with a way to search', async () => {
    const page = await site.browser.newPage({ javaScriptEnabled: false });
    const response = await page.goto(`${site.origin}/vulns/CVE-2099-0001/`);
    expect(response?.status()).toBe(404);
    expect(await page.getByText('it is not tracked here').isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Search the advisories' }).getAttribute('href')).toBe('/search/');
    await page.close();
  });
});

describe('finding things', () => {
  test('the list filter needs every word, reads and writes ?q=, and its caption follows', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/advisories/?q=openssl%20denial`);
    const visible = page.locator('#advisory-list tbody tr:not([hidden])');
    const total = await page.locator('#advisory-list tbody tr').count();
    expect(await visible.evaluateAll((trs) => trs.map((tr) => tr.querySelector('a')?.textContent))).toEqual(['KSA-2026-0001']);
    expect(await page.locator('#advisory-list caption').textContent()).toBe(`1 of ${total} advisories match the filter, newest first.`);
    // A version string finds its advisory, and the address follows the words.
    await page.getByLabel('Text').fill('3.0.15-1.ks3');
    expect(await visible.evaluateAll((trs) => trs.map((tr) => tr.querySelector('a')?.textContent))).toEqual(['KSA-2026-0001']);
    expect(new URL(page.url()).searchParams.get('q')).toBe('3.0.15-1.ks3');
    await page.getByLabel('Text').fill('');
    expect(await page.locator('#advisory-list caption').textContent()).toBe(`${total} advisories, newest first.`);
    await page.close();
  });

  test('ids and CVEs in lower case, old package URLs and unknown CVEs all lead somewhere', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/vulns/cve-2026-0101/`);
    await page.waitForURL('**/advisories/KSA-2026-0001/');
    await page.goto(`${site.origin}/advisories/ksa-2026-0001/`);
    await page.waitForURL('**/advisories/KSA-2026-0001/');
    // Any other mixing of cases is found by the 404 page's script.
    await page.goto(`${site.origin}/advisories/Ksa-2026-0001/`);
    await page.waitForURL('**/advisories/KSA-2026-0001/');
    await page.goto(`${site.origin}/vulns/Cve-2026-0101/`);
    await page.waitForURL('**/advisories/KSA-2026-0001/');
    await page.goto(`${site.origin}/packages/Kestrel:3/openssl/`);
    await page.waitForURL('**/packages/Kestrel_3/openssl/');
    expect(await page.locator('h1').textContent()).toContain('openssl');
    // Where a host kept no redirect page, the 404 page sends the reader on.
    await page.goto(`${site.origin}/packages/Kestrel:3/no-such-package/`);
    await page.waitForURL('**/packages/Kestrel_3/no-such-package/');
    // Feed readers follow no redirect page, so a package's feed is also served at its old address.
    const feed = await fetch(`${site.origin}/feeds/packages/Kestrel_3/openssl.atom.xml`);
    const oldFeed = await fetch(`${site.origin}/feeds/packages/Kestrel:3/openssl.atom.xml`);
    expect(oldFeed.status).toBe(200);
    expect(await oldFeed.text()).toBe(await feed.text());
    await page.goto(`${site.origin}/vulns/CVE-2099-0001/`);
    expect(await page.locator('#untracked-title').textContent()).toBe('CVE-2099-0001 is not tracked here');
    expect(await page.getByRole('link', { name: 'Search the advisories' }).getAttribute('href')).toBe('/search/?q=CVE-2099-0001');
    await page.close();
  });

  test('the 404 page declares no canonical URL', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/404.html`);
    expect(await page.locator('link[rel="canonical"]').count()).toBe(0);
    await page.close();
  });

  test('search ranks the right advisory for a version string and shows a readable excerpt', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/search/?q=3.0.15-1.ks3`);
    const first = page.locator('#search-results li').first();
    await first.locator('a').waitFor({ timeout: 15_000 });
    expect(await first.locator('a').getAttribute('href')).toBe('/advisories/KSA-2026-0001/');
    expect(await first.locator('p').textContent()).not.toMatch(/^\s*KSA-\d{4}-\d{4}\s+CVE-/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('3.0.15-1.ks3');
    await page.close();
  });
});

describe('saying it in words', () => {
  test('affected versions, the CVSS metrics and the score once', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/advisories/KSA-2026-0001/`);
    expect(await page.locator('#affected ~ div li').first().textContent()).toBe('affected before 3.0.15-1.ks3, fixed in 3.0.15-1.ks3');
    const severity = (await page.locator('dl.facts > dd').first().textContent()) ?? '';
    expect(severity.match(/7\.5/g)).toHaveLength(1);
    expect(severity).toContain('Attack vector');
    expect(severity).toContain('network (remotely exploitable)');
    expect(severity).toContain('Availability impact');
    await page.close();
  });

  test('a fixing commit links to the commit on its forge; timeline links say they are tracker commits', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/advisories/${READER_CASES.cvss4Id}/`);
    expect(await page.getByRole('link', { name: 'the fixing commit' }).getAttribute('href')).toBe(
      `https://github.com/parselib/parselib/commit/${READER_CASES.fixCommit}`,
    );
    expect(await page.locator('#fixes ~ ul').textContent()).not.toContain('tracker commit');
    expect(await page.locator('#timeline ~ ul a').first().textContent()).toMatch(/^recorded in tracker commit [0-9a-f]{12}$/);
    expect(await page.locator('dl.facts > dd').first().textContent()).toContain('Attack requirements');
    await page.close();
  });

  test('counts, languages and fingerprints read the same everywhere', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/`);
    expect(await page.locator('#report ~ p').first().textContent()).toContain('(in English or German)');
    const homeFingerprint = await page.locator('#duty ~ .table-scroll code').first().textContent();
    expect(homeFingerprint).toMatch(/^([0-9A-F]{4} ){9}[0-9A-F]{4}$/);
    await page.goto(`${site.origin}/team/`);
    expect(await page.locator('code.mono').allTextContents()).toContain(homeFingerprint);
    await page.goto(`${site.origin}/advisories/status/withdrawn/`);
    expect(await page.locator('caption').textContent()).toMatch(/^2 withdrawn advisories/);
    expect(await page.locator('footer').textContent()).toMatch(
      /kestrel-linux\.example · Disclosure policy · security\.txt · Feeds and exports/,
    );
    await page.close();
  });
});

describe('withdrawn means withdrawn', () => {
  test('the page says so at the top, with reason and date, and shows what it listed as past', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/advisories/${READER_CASES.withdrawnId}/`);
    const banner = page.locator('article > .banner.withdrawn');
    expect(await banner.textContent()).toContain('withdrawn on 2026-05-20 08:00 UTC');
    expect(await banner.textContent()).toContain('Not exploitable in any shipped build.');
    expect(await page.locator('article > *').first().getAttribute('class')).toContain('withdrawn');
    expect(await page.locator('#affected').textContent()).toBe('Was listed as affected');
    expect(await page.locator('.sev-critical, .sev-high, .sev-medium, .sev-low').count()).toBe(0);
    expect(await page.locator('dl.facts > dd').first().textContent()).toContain('Withdrawn; was rated critical 9.8 (CVSS 3.1)');
    await page.close();
  });

  test('lists mark it plainly and without a coloured severity', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/advisories/`);
    const row = page.locator(`#advisory-list tr:has(a[href="/advisories/${READER_CASES.withdrawnId}/"])`);
    expect(await row.locator('td').nth(3).textContent()).toBe('Withdrawn');
    expect(await row.locator('.sev-critical').count()).toBe(0);
    expect(await row.textContent()).toContain('Withdrawn: ');
    await page.close();
  });
});
