// A triage record whose every free-text field carries markup, a script end tag,
// template braces and a quote-breaking URL, built into a real site and opened in
// Chromium: /vulns/<ID>/, the overview and the package page show the text as
// text, and nothing of it runs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { siteInBrowser } from '../helpers/site-in-browser.ts';
import { PROJECT_ROOT } from '../helpers/test-repo.ts';
import { siteOf } from '../site/shared-site.ts';

const ID = 'CVE-2026-7301';
const SUMMARY = 'wkxss </script><script>alert(1)</script> {{ 7*7 }} <img src=x onerror=alert(2)>';
const NOTE = 'wkxss-note **bold** <b>raw</b> [link](javascript:alert(3)) </script><svg onload=alert(4)>';
// biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text is the attack.
const STATEMENT = "wkxss-statement <iframe src=javascript:alert(5)></iframe> ${7*7} {{constructor.constructor('alert(6)')()}}";
const URL_WITH_QUOTES = "https://example.org/wkxss\"><script>alert(7)</script>'onmouseover='alert(8)";

/** YAML double-quoted scalar of a text (JSON strings are valid YAML 1.2). */
const q = (text: string) => JSON.stringify(text);

function hostileRecord(): string {
  return `id: ${ID}
summary: ${q(SUMMARY)}
notes: ${q(NOTE)}
references:
  - type: WEB
    url: ${q(URL_WITH_QUOTES)}
published_upstream: 2026-11-10T12:00:00Z
packages:
  - name: openssl
    releases:
      - release: kestrel-3
        events:
          - status: detected
            at: 2026-11-10T13:00:00Z
            by: amara
            note: ${q(NOTE)}
          - status: not_affected
            at: 2026-11-11T09:00:00Z
            by: amara
            justification: vulnerable_code_not_in_execute_path
            statement: ${q(STATEMENT)}
      - release: kestrel-4
        events:
          - status: affected
            at: 2026-11-11T09:00:00Z
            by: amara
          - status: fixed
            at: 2026-11-12T09:00:00Z
            by: amara
            version: "3.2.1-2.ks4"
            update: ${q(`wkxss-update ${SUMMARY}`)}
`;
}

const build = () =>
  siteOf({
    name: 'vuln-hostile',
    exampleData: true,
    git: true,
    files: {
      'vulns/releases/kestrel-3.yaml': readFileSync(join(PROJECT_ROOT, 'vulns/releases/kestrel-3.yaml'), 'utf8'),
      'vulns/releases/kestrel-4.yaml': readFileSync(join(PROJECT_ROOT, 'vulns/releases/kestrel-4.yaml'), 'utf8'),
      [`vulns/2026/${ID}.yaml`]: hostileRecord(),
    },
  });
const site = siteInBrowser(build, 900_000);

function htmlFiles(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) out.push(full);
    }
  };
  walk(dist);
  return out;
}

describe('hostile text in a triage record stays text', () => {
  test('no built page carries the markup raw; the record’s page carries it escaped', async () => {
    const dist = await build();
    const raw = ['<script>alert(', '<img src=x', '<svg onload', '<b>raw</b>', '<iframe', '"><script>', "'onmouseover='alert"];
    const pages = htmlFiles(dist).filter((f) => readFileSync(f, 'utf8').includes('wkxss'));
    const names = pages.map((f) => relative(dist, f));
    // The record reaches its page, the list, the triage overview and its package pages.
    expect(names).toEqual(expect.arrayContaining([`vulns/${ID}/index.html`, 'vulns/index.html']));
    // Inside a double-quoted attribute (Astro escapes `"` and `&` there) `<` is plain text: scan what is outside them.
    const markup = (f: string) => readFileSync(f, 'utf8').replace(/="[^"]*"/g, '=""');
    const found = pages.flatMap((f) => raw.filter((r) => markup(f).includes(r)).map((r) => `${relative(dist, f)}: ${r}`));
    expect(found).toEqual([]);
    const page = readFileSync(join(dist, `vulns/${ID}/index.html`), 'utf8');
    expect(page).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('{{ 7*7 }}');
  });

  test('in Chromium the page shows every text literally, runs none of it, and the reference link keeps its URL', async () => {
    const page = await site.browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await page.goto(`${site.origin}/vulns/${ID}/`);
    expect(await page.locator('h1').textContent()).toBe(SUMMARY);
    const details = await page.locator('.detail').allTextContents();
    expect(details).toEqual(expect.arrayContaining([NOTE, STATEMENT, `Shipped in wkxss-update ${SUMMARY}`]));
    const link = page.locator('#references ~ ul a, section[aria-labelledby="references"] a').first();
    expect(await link.textContent()).toBe(URL_WITH_QUOTES);
    expect(await link.getAttribute('href')).toBe(new URL(URL_WITH_QUOTES).href);
    expect(
      await page.locator('script:not([src])').evaluateAll((s) => s.map((x) => x.textContent ?? '').filter((t) => t.includes('alert'))),
    ).toEqual([]);
    // No element or event handler came from the data: only the page's own markup.
    const injected = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('*')].flatMap((el) => [
          ...(['IMG', 'SVG', 'IFRAME', 'B'].includes(el.tagName.toUpperCase()) &&
          (el.outerHTML.includes('alert') || el.textContent === 'raw')
            ? [el.outerHTML]
            : []),
          ...[...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName} ${a.name}`),
        ]),
      );
    expect(await injected()).toEqual([]);
    // The overview lists open entries only; this record has none, so it is not there.
    for (const path of ['/vulns/', '/packages/Kestrel_3/openssl/', '/packages/Kestrel_4/openssl/']) {
      await page.goto(`${site.origin}${path}`);
      expect(await page.content()).toContain('wkxss');
      expect(await injected(), path).toEqual([]);
    }
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
