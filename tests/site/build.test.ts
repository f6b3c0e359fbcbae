// One production build of a test repository, then everything dist/ must (and must not) contain.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { csafValidators, osvValidator } from '../helpers/external-schemas.ts';
import { advisoryPath, advisoryYaml, ROSTER_YAML } from '../helpers/test-repo.ts';
import { listFiles, readText } from './build-site.ts';
import { draftAdvisory, embargoedAdvisory, PAYLOAD, SECRET, SETTINGS_WITH_PAYLOAD, xssAdvisory } from './fixtures.ts';
import { siteOf } from './shared-site.ts';

let dist: string;
let files: string[];

beforeAll(async () => {
  // Its own settings (payloads in the team's name), so not the shared site; built once per run all the same.
  const data = {
    'watchkeeper.yaml': SETTINGS_WITH_PAYLOAD,
    'rotations/roster.yaml': ROSTER_YAML,
    [advisoryPath('TST-2026-0001')]: advisoryYaml({
      extra:
        'aliases: [CVE-2026-1001, GHSA-aaaa-bbbb-cccc]\nupstream: [CVE-2026-7500, DEBIAN-CVE-2026-7501]\nseverity:\n  - type: CVSS_V4\n    score: CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N\n',
    }),
    // Both derive from the same upstream CVE as TST-2026-0001 (a top-level key appended to the YAML).
    [advisoryPath('TST-2026-0002')]: `${xssAdvisory('TST-2026-0002')}upstream: [CVE-2026-7500]\n`,
    [advisoryPath('TST-2026-0003')]: `${xssAdvisory('TST-2026-0003', { withdrawn: true })}upstream: [CVE-2026-7500]\n`,
    [advisoryPath(SECRET.embargoedId)]: embargoedAdvisory(),
    [advisoryPath(SECRET.draftId)]: draftAdvisory(),
  };
  dist = await siteOf({ name: 'exports', files: data });
  files = listFiles(dist);
}, 180_000);

const text = (rel: string) => readText(dist, rel);

/** What a feed reader shows for an HTML-typed text without markup: its character references decoded. */
function decodeHtmlText(html: string): string {
  const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
  return html.replace(/&(#\d+|[a-z]+);/g, (_m, ref: string) =>
    ref.startsWith('#') ? String.fromCharCode(Number(ref.slice(1))) : (named[ref] ?? _m),
  );
}

describe('the publishable set only', () => {
  test('no embargoed or draft advisory appears anywhere in dist/, in any file', () => {
    const needles = Object.values(SECRET);
    const leaks: string[] = [];
    for (const rel of files) {
      const content = readFileSync(join(dist, rel)).toString('latin1');
      for (const needle of needles) if (content.toLowerCase().includes(needle.toLowerCase())) leaks.push(`${rel}: ${needle}`);
      for (const needle of needles) if (rel.toLowerCase().includes(needle.toLowerCase())) leaks.push(`path ${rel}`);
    }
    expect(leaks).toEqual([]);
    // The scan did look at the search index and the exports, not only HTML.
    expect(files.some((f) => f.startsWith('pagefind/'))).toBe(true);
    expect(files).toContain('osv/all.json');
  });

  test('every publishable advisory has its page, JSON, OSV and CSAF forms', () => {
    for (const id of ['TST-2026-0001', 'TST-2026-0002', 'TST-2026-0003']) {
      expect(files).toContain(`advisories/${id}/index.html`);
      expect(files).toContain(`advisories/${id}.json`);
      expect(files).toContain(`osv/x_${id}.json`);
      expect(files).toContain(`.well-known/csaf/white/2026/${id.toLowerCase()}.json`);
      expect(files).toContain(`.well-known/csaf/white/2026/${id.toLowerCase()}.json.sha512`);
    }
    expect(files).toContain('404.html');
    expect(files).toContain('vulns/CVE-2026-1001/index.html');
    expect(text('vulns/GHSA-AAAA-BBBB-CCCC/index.html')).toContain(
      '<meta http-equiv="refresh" content="0; url=/advisories/TST-2026-0001/">',
    );
    // The alias page shows the summary as escaped text.
    const alias = text('vulns/CVE-2026-7002/index.html');
    expect(alias).toContain('&#60;script&#62;window.__xss=1&#60;/script&#62;');
    expect(alias).not.toMatch(/<script|<img/i);
  });
});

describe('feeds', () => {
  const xml = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: true });
  const feedFiles = () => files.filter((f) => f.startsWith('feeds/') && !f.endsWith('.html'));

  test('site-wide, per package and per severity feeds exist in three formats and are advertised', () => {
    expect(feedFiles()).toEqual(
      expect.arrayContaining([
        'feeds/advisories.atom.xml',
        'feeds/advisories.rss.xml',
        'feeds/advisories.feed.json',
        'feeds/packages/Testix_1/widget.atom.xml',
        'feeds/severity/critical.rss.xml',
        'feeds/severity/critical.feed.json',
      ]),
    );
    const page = text('packages/Testix_1/widget/index.html');
    expect(page).toContain('<link rel="alternate" type="application/atom+xml"');
    expect(page).toContain('href="/feeds/packages/Testix_1/widget.atom.xml"');
    expect(text('index.html')).toContain('href="/feeds/advisories.feed.json"');
  });

  test('every feed parses with an independent parser and keeps payloads as text', () => {
    for (const rel of feedFiles()) {
      const body = text(rel);
      if (rel.endsWith('.json')) {
        expect(body).not.toMatch(/[\u2028\u2029]/);
        const feed = JSON.parse(body);
        expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
        for (const item of feed.items) expect(item.content_html).not.toMatch(/<script|<img|<[^>]+\son\w+=|href="javascript:/i);
      } else {
        const doc = xml.parse(body);
        expect(doc.rss ?? doc.feed).toBeDefined();
      }
    }
    const atom = xml.parse(text('feeds/advisories.atom.xml')).feed;
    const entries = [atom.entry].flat();
    const xss = entries.find((e: { id: string }) => e.id.endsWith('/advisories/TST-2026-0002/'));
    // Atom titles are type="html": after XML parsing they are escaped HTML, so the reader shows the payload as text.
    expect(xss.title['#text']).not.toMatch(/<script/i);
    expect(decodeHtmlText(xss.title['#text'])).toContain(PAYLOAD.script);
    expect(decodeHtmlText(xss.title['#text'])).toContain(PAYLOAD.cdataEnd);
    expect(xss.content['#text']).not.toMatch(/<script|<img|<[^>]+\son\w+=|href="javascript:/i);
    const json = JSON.parse(text('feeds/advisories.feed.json'));
    const item = json.items.find((i: { id: string }) => i.id.endsWith('/advisories/TST-2026-0002/'));
    expect(item.title).toContain(PAYLOAD.script);
    expect(item.title).toContain(PAYLOAD.lineSeparator);
  });

  test('guids are the stable advisory URLs and updated is the last change', () => {
    const rss = xml.parse(text('feeds/advisories.rss.xml')).rss.channel;
    const guids = [rss.item].flat().map((i: { guid: { '#text': string } }) => i.guid['#text']);
    expect(guids).toContain('https://security.test.example/advisories/TST-2026-0001/');
    const atom = xml.parse(text('feeds/advisories.atom.xml')).feed;
    const withdrawn = [atom.entry].flat().find((e: { id: string }) => e.id.endsWith('TST-2026-0003/'));
    expect(withdrawn.updated).toBe('2026-04-01T10:00:00.000Z');
    expect(withdrawn.published).toBe('2026-03-05T10:00:00.000Z');
    expect(atom.updated).toBe('2026-04-01T10:00:00.000Z');
  });
});

describe('exports validate against the official schemas', () => {
  test('every OSV file and every record of all.json', () => {
    const validate = osvValidator();
    const osvFiles = files.filter((f) => f.startsWith('osv/') && f !== 'osv/all.json');
    expect(osvFiles).toHaveLength(3);
    const all = JSON.parse(text('osv/all.json'));
    expect(all).toHaveLength(3);
    for (const record of [...osvFiles.map((f) => JSON.parse(text(f))), ...all]) {
      expect(validate(record) ? [] : validate.errors).toEqual([]);
    }
    const xss = JSON.parse(text('osv/x_TST-2026-0002.json'));
    expect(xss.summary).toContain(PAYLOAD.lineSeparator);
    expect(text('osv/x_TST-2026-0002.json')).not.toMatch(/[\u2028<]/);
  });

  test('every CSAF document, its hash, the provider metadata and the directory index', () => {
    const { document: csaf, provider } = csafValidators();
    const docs = files.filter((f) => /^\.well-known\/csaf\/white\/\d{4}\/.*\.json$/.test(f));
    expect(docs).toHaveLength(3);
    for (const rel of docs) {
      const body = text(rel);
      expect(csaf(JSON.parse(body)) ? [] : csaf.errors).toEqual([]);
      const [hash, name] = text(`${rel}.sha512`).trim().split(/\s+/);
      expect(hash).toBe(createHash('sha512').update(body).digest('hex'));
      expect(rel.endsWith(`/${name}`)).toBe(true);
    }
    expect(provider(JSON.parse(text('.well-known/csaf/provider-metadata.json'))) ? [] : provider.errors).toEqual([]);
    expect(text('.well-known/csaf/white/index.txt').trim().split('\n').sort()).toEqual(
      docs.map((d) => d.replace('.well-known/csaf/white/', '')).sort(),
    );
    expect(text('.well-known/csaf/white/changes.csv').split('\n')[0]).toBe('"2026/tst-2026-0003.json","2026-04-01T10:00:00Z"');
    const withdrawn = JSON.parse(text('.well-known/csaf/white/2026/tst-2026-0003.json'));
    expect(withdrawn.document.title).toMatch(/^WITHDRAWN: /);
    expect(withdrawn.document.tracking.revision_history.map((r: { number: string }) => r.number)).toEqual(['1', '2']);
  });
});

describe('security.txt, sitemap and robots', () => {
  test('security.txt has every RFC 9116 field, an Expires within a year of the build', () => {
    const lines = text('.well-known/security.txt').trim().split('\n');
    const fields = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)]));
    expect(fields.Contact).toBe('mailto:security@test.example');
    expect(fields.Canonical).toBe('https://security.test.example/.well-known/security.txt');
    expect(fields.Policy).toBe('https://security.test.example/policy/');
    expect(fields['Preferred-Languages']).toBe('en');
    const expires = Date.parse(fields.Expires ?? '');
    const built = Date.parse('2026-11-24T12:00:00Z');
    expect(expires).toBeGreaterThan(built);
    expect(expires - built).toBeLessThan(365 * 86_400_000);
  });

  test('the sitemap lists the advisory pages and parses as XML', () => {
    const sitemap = new XMLParser().parse(text('sitemap.xml'));
    const locs = [sitemap.urlset.url].flat().map((u: { loc: string }) => u.loc);
    expect(locs).toContain('https://security.test.example/advisories/TST-2026-0001/');
    expect(text('robots.txt')).toContain('Sitemap: https://security.test.example/sitemap.xml');
  });
});

describe('upstream ids (OSV `upstream`)', () => {
  test('the advisory page names them, and each leads to what derives from it under /vulns/', () => {
    const page = text('advisories/TST-2026-0001/index.html');
    expect(page).toMatch(/<dt>Upstream<\/dt>\s*<dd>[\s\S]*DEBIAN-CVE-2026-7501/);
    // Derived from by one advisory: straight to it, in either case.
    for (const rel of ['vulns/DEBIAN-CVE-2026-7501/index.html', 'vulns/debian-cve-2026-7501/index.html']) {
      expect(text(rel)).toContain('url=/advisories/TST-2026-0001/');
    }
    // Derived from by three: a search for the id, and the page names all of them.
    const shared = text('vulns/CVE-2026-7500/index.html');
    expect(shared).toContain('url=/search/?q=CVE-2026-7500');
    expect(shared).toContain('TST-2026-0001, TST-2026-0002, TST-2026-0003');
    expect(text('vulns/index.html')).toContain('href="/vulns/DEBIAN-CVE-2026-7501/"');
  });
});
