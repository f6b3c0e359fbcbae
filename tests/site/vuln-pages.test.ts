// The tracked vulnerabilities on the built site (one real build, vulnSite): a page per publishable
// record with its package × release table, alias and lower-case addresses leading to it, the
// index by status, package pages listing them, and nothing of a record under embargo, before or
// after its embargo date (WATCHKEEPER_BUILD_NOW fixed for both builds).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadDatabase, STATUS_LABELS, vulnViews } from '../../src/core/index.ts';
import { advisoryPath, advisoryYaml, makeTestRepo, NOW, PROJECT_ROOT } from '../helpers/test-repo.ts';
import { releaseYaml } from '../helpers/triage-data.ts';
import { buildSite, listFiles } from './build-site.ts';
import { XSS_ID } from './shared-site.ts';
import { ALIASED, EMBARGOED, embargoedRecord, vulnSite } from './vuln-site.ts';

let dist = '';
beforeAll(async () => {
  dist = await vulnSite();
}, 600_000);

const read = (path: string) => readFileSync(join(dist, path), 'utf8');
/** A page's text without markup, entities decoded where the tests need them. */
const text = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/\s+/g, ' ');
/** Where a redirect page sends the reader. */
const refreshTarget = (html: string) => /http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1];

describe('a page per publishable record', () => {
  test('every publishable example record has its page, each cell saying its current status', () => {
    const { views } = vulnViews(loadDatabase(PROJECT_ROOT, { now: NOW }), NOW);
    expect(views.length).toBeGreaterThan(20);
    for (const view of views) {
      const page = read(`vulns/${view.id.toUpperCase()}/index.html`);
      expect(page).not.toContain('http-equiv="refresh"');
      for (const row of view.rows)
        for (const cell of row.cells)
          if (cell)
            expect(page, `${view.id} ${row.package}@${cell.release}`).toMatch(
              new RegExp(`data-release="${cell.release}">\\s*<a class="triage triage-${cell.status}"[^>]*>${cell.label}</a>`),
            );
    }
    const page = read('vulns/CVE-2026-0101/index.html');
    expect(page).toContain('<h1>Denial of service in X.509 policy constraint processing</h1>');
    expect(page).toContain('href="https://www.cve.org/CVERecord?id=CVE-2026-0101"');
    expect(page).toContain('href="/advisories/KSA-2026-0001/"');
    expect(text(page)).toContain('Fixed in 3.0.15-1.ks3');
    expect(read('vulns/GHSA-7X4P-2F3M-Q9VW/index.html')).toContain('href="https://osv.dev/vulnerability/GHSA-7x4p-2f3m-q9vw"');
  });

  test('the table has a row per package and a column per release, each cell its current status, details and history', () => {
    const page = read(`vulns/${ALIASED.id}/index.html`);
    const words = text(page);
    expect(page).toContain(`<h1>${ALIASED.summary}</h1>`);
    expect(page).toMatch(/<th scope="col">Kestrel Linux 3<\/th>\s*<th scope="col">Kestrel Linux 4<\/th>/);
    expect(page).toMatch(/<th scope="row">openssl<\/th>/);
    // Kestrel 3: affected, with its note in the history; Kestrel 4: not affected, why in words, and the statement.
    expect(page).toMatch(
      /data-release="kestrel-3">\s*<a class="triage triage-affected" href="\/packages\/Kestrel_3\/openssl\/">Affected<\/a>/,
    );
    expect(page).toMatch(
      /data-release="kestrel-4">\s*<a class="triage triage-not_affected" href="\/packages\/Kestrel_4\/openssl\/">Not affected<\/a>/,
    );
    expect(words).toContain('Not affected: the vulnerable code is not present');
    expect(words).toContain('Kestrel 4 ships openssl 3.2, where the constant-time blinding replaced the leaking code.');
    expect(words).toContain('Blinding is on by default in this build.');
    expect(page.match(/<details class="events">/g)?.length).toBe(2);
    expect(words).toContain('History (2)');
    // Worst status across releases, the alias, and the machine-readable forms.
    expect(words).toContain(`Status ${STATUS_LABELS.affected}`);
    expect(page).toContain(`href="/vulns/${ALIASED.alias.toUpperCase()}/"`);
    expect(page).toContain(`href="/vex/${ALIASED.id}.openvex.json"`);
    expect(page).toContain(`href="/osv/vulns/${ALIASED.id}.json"`);
  });

  test('every alias and every lower-case spelling leads to the record’s page; ids only an advisory names still lead to it', () => {
    const target = `/vulns/${ALIASED.id}/`;
    expect(refreshTarget(read(`vulns/${ALIASED.alias.toUpperCase()}/index.html`))).toBe(target);
    expect(refreshTarget(read(`vulns/${ALIASED.alias.toLowerCase()}/index.html`))).toBe(target);
    expect(refreshTarget(read(`vulns/${ALIASED.id.toLowerCase()}/index.html`))).toBe(target);
    // A CVE an advisory and a record both name: the record's page, not the advisory redirect.
    expect(refreshTarget(read('vulns/cve-2026-0101/index.html'))).toBe('/vulns/CVE-2026-0101/');
    // An id only an advisory names keeps its redirect to the advisory.
    expect(refreshTarget(read('vulns/CVE-2026-7099/index.html'))).toBe(`/advisories/${XSS_ID}/`);
  });
});

describe('the index and the package pages', () => {
  test('the index files every tracked vulnerability under its worst status, then the advisory-only ids', () => {
    const page = read('vulns/index.html');
    const affected = page.slice(page.indexOf('id="status-affected"'), page.indexOf('</section>', page.indexOf('id="status-affected"')));
    expect(affected).toContain(`href="/vulns/${ALIASED.id}/"`);
    const notAffected = page.indexOf('id="status-not_affected"');
    expect(notAffected).toBeGreaterThan(0);
    const onlyAdvisory = page.slice(page.indexOf('id="advisory-ids"'));
    expect(onlyAdvisory).toContain('href="/vulns/CVE-2026-7099/"');
    expect(onlyAdvisory).not.toContain('href="/vulns/CVE-2026-0101/"');
  });

  test('a package page lists its tracked vulnerabilities with the status in that release; a package only records name has a page', () => {
    const k4 = text(read('packages/Kestrel_4/openssl/index.html'));
    expect(k4).toContain('Tracked vulnerabilities');
    expect(k4).toMatch(new RegExp(`${ALIASED.id} : ${ALIASED.summary} Kestrel Linux 4: Not affected`));
    expect(read('packages/Kestrel_4/openssl/index.html')).toContain(`href="/vulns/${ALIASED.id}/"`);
    // sqlite has records and no advisory: its page exists and lists them, with no feed to offer.
    const sqlite = read('packages/Kestrel_4/sqlite/index.html');
    expect(sqlite).toContain('href="/vulns/GHSA-7X4P-2F3M-Q9VW/"');
    expect(sqlite).not.toContain('/feeds/packages/');
    expect(read('packages/index.html')).toContain('href="/packages/Kestrel_4/sqlite/"');
    expect(read('sitemap.xml')).toContain(`/vulns/${ALIASED.id}/`);
  });
});

describe('nothing of a record under embargo', () => {
  test('before its embargo lifts: no page, no index line, no table row, no alias page, not a word anywhere', () => {
    const names = [EMBARGOED.id, EMBARGOED.alias, EMBARGOED.summary, 'CVE-2026-1313'].map((n) => n.toLowerCase());
    const leaks: string[] = [];
    for (const file of listFiles(dist)) {
      if (!/\.(html|json|xml|txt|rss|atom)$/.test(file)) continue;
      const body = readFileSync(join(dist, file), 'utf8').toLowerCase();
      for (const name of names) if (body.includes(name) || file.toLowerCase().includes(name)) leaks.push(`${file}: ${name}`);
    }
    expect(leaks).toEqual([]);
    // busybox has neither an advisory nor a publishable record: no page at all.
    expect(existsSync(join(dist, 'packages/Kestrel_4/busybox/index.html'))).toBe(false);
  });

  describe('after it lifts (a build of its own, at the embargo instant)', () => {
    let after = '';
    let cleanup = () => {};
    beforeAll(async () => {
      const repo = await makeTestRepo({
        'vulns/releases/testix-1.yaml': releaseYaml('testix-1', 'ecosystem: "Testix:1"\n'),
        [`vulns/2026/${EMBARGOED.id}.yaml`]: embargoedRecord('testix-1', 'widget'),
        [advisoryPath('TST-2026-0001')]: advisoryYaml(),
      });
      after = await buildSite(repo.root, new Date(EMBARGOED.until));
      cleanup = () => {
        repo.cleanup();
        rmSync(after, { recursive: true, force: true });
      };
    }, 600_000);
    afterAll(() => cleanup());

    test('the record has its page, its index line and its row on the package page', () => {
      expect(readFileSync(join(after, `vulns/${EMBARGOED.id}/index.html`), 'utf8')).toContain(EMBARGOED.summary);
      expect(readFileSync(join(after, 'vulns/index.html'), 'utf8')).toContain(`href="/vulns/${EMBARGOED.id}/"`);
      expect(readFileSync(join(after, 'packages/Testix_1/widget/index.html'), 'utf8')).toContain(`href="/vulns/${EMBARGOED.id}/"`);
      expect(refreshTarget(readFileSync(join(after, `vulns/${EMBARGOED.alias.toUpperCase()}/index.html`), 'utf8'))).toBe(
        `/vulns/${EMBARGOED.id}/`,
      );
    });
  });
});
