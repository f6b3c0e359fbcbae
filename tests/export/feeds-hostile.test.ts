// Every feed is well-formed for any accepted input: advisories whose names and
// text hold markup, entities, CDATA ends, line separators, emoji and RTL text
// are loaded through the real schema and rendered in every scope and format,
// then read back with a strict XML 1.0 parser and JSON.parse.
import { XMLParser } from 'fast-xml-parser';
import { afterEach, describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { advisoryFacts } from '../../src/core/export/facts.ts';
import { FEED_FORMATS, type FeedEntry, type FeedScope, renderFeed } from '../../src/core/export/feeds.ts';
import { loadDatabase } from '../../src/core/index.ts';
import { escapeHtml } from '../../src/core/markdown/render-markdown.ts';
import { xmlError } from '../helpers/strict-xml.ts';
import { advisoryPath, makeTestRepo, NOW, type TestRepo } from '../helpers/test-repo.ts';

let repo: TestRepo | undefined;
afterEach(() => repo?.cleanup());

const HOSTILE = {
  lt: 'lib<script>x',
  amp: 'a&b&amp;c',
  quote: 'say"hi"\'s',
  cdataEnd: 'x]]>y]]>z',
  lineSeparator: 'one\u2028two\u2029three',
  emoji: 'pkg-🦀-😀',
  rtl: 'חבילה-مكتبة',
};

function hostileAdvisory(id: string, name: string, extra: Record<string, unknown> = {}): string {
  return stringify({
    id,
    status: 'published',
    summary: `Overflow in ${name} & "quotes" ]]> </title> \u2028 🦀`,
    details: `Details with ${name} <b>bold</b> &amp; ]]> and \u2028.`,
    aliases: [`CVE-2026-${id.slice(-4)}`],
    severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }],
    affected: [{ package: { name }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: `1.0-${name}` }] }] }],
    timeline: { reported: '2026-03-01T09:00:00Z', published: '2026-03-02T10:00:00Z' },
    ...extra,
  });
}

async function hostileEntries(): Promise<{ entries: FeedEntry[]; settings: ReturnType<typeof loadDatabase>['settings'] }> {
  const files: Record<string, string> = {};
  Object.values(HOSTILE).forEach((name, i) => {
    const id = `TST-2026-${String(i + 1).padStart(4, '0')}`;
    files[advisoryPath(id)] = hostileAdvisory(id, name);
  });
  files[advisoryPath('TST-2026-0099')] = hostileAdvisory('TST-2026-0099', HOSTILE.lt, {
    status: 'withdrawn',
    withdrawn: '2026-04-01T00:00:00Z',
    withdrawn_reason: 'Not a <bug> & never was ]]>',
  });
  repo = await makeTestRepo(files);
  const db = loadDatabase(repo.root, { now: NOW });
  expect(db.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(db.advisories).toHaveLength(Object.keys(files).length);
  const entries = db.advisories.map((advisory) => ({
    advisory,
    facts: advisoryFacts(advisory, db.settings),
    published: advisory.timeline.published as string,
    modified: advisory.withdrawn ?? (advisory.timeline.published as string),
  }));
  return { entries, settings: db.settings };
}

describe('feeds from hostile data', () => {
  test('every scope and format is well-formed XML or JSON, and names come back exactly', async () => {
    const { entries, settings } = await hostileEntries();
    const scopes: FeedScope[] = [
      { kind: 'all' },
      { kind: 'severity', severity: 'critical' },
      ...entries.flatMap((e) => e.facts.packages.map((pkg) => ({ kind: 'package' as const, pkg }))),
    ];
    const parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@',
      isArray: (_name: string, _path: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute,
      parseTagValue: false,
    });
    for (const scope of scopes) {
      for (const { format } of FEED_FORMATS) {
        const text = renderFeed(scope, format, entries, settings, NOW);
        if (format === 'json') {
          const feed = JSON.parse(text);
          expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
          expect(feed.icon).toMatch(/^https:\/\//);
          continue;
        }
        expect(xmlError(text), `${format} ${JSON.stringify(scope)}`).toBeUndefined();
        if (format === 'atom' && scope.kind === 'package') {
          const entry = parser.parse(text).feed[0].entry;
          const terms = entry.flatMap((e: { category: { '@term': string }[] }) => e.category.map((c) => c['@term']));
          expect(terms).toContain(scope.pkg.name);
        }
      }
    }
  });

  test('the Atom title, summary and category term are the data, character for character', async () => {
    const { entries, settings } = await hostileEntries();
    const one = entries.find((e) => e.advisory.affected[0]?.package.name === HOSTILE.cdataEnd) as FeedEntry;
    const pkg = one.facts.packages[0];
    if (!pkg) throw new Error('no package');
    const text = renderFeed({ kind: 'package', pkg }, 'atom', [one], settings, NOW);
    expect(xmlError(text)).toBeUndefined();
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', processEntities: true, htmlEntities: false });
    const entry = parser.parse(text).feed.entry;
    // Titles are type="html": the XML text is escaped HTML, which a reader shows as the data.
    expect(entry.title['#text']).toBe(escapeHtml(`${one.advisory.id}: ${one.advisory.summary}`));
    const categories = Array.isArray(entry.category) ? entry.category : [entry.category];
    expect(categories.map((c: Record<string, string>) => c['@term'])).toContain(HOSTILE.cdataEnd);
    expect(categories.every((c: Record<string, string>) => /^https:\/\//.test(c['@scheme'] ?? ''))).toBe(true);
  });

  test('characters XML cannot hold are replaced, not written, whatever reaches the serialiser', async () => {
    const { entries, settings } = await hostileEntries();
    const base = entries[0] as FeedEntry;
    // Built past the schema on purpose: the serialiser must not rely on the loader for well-formedness.
    const advisory = { ...base.advisory, summary: 'bell\u0007 esc\u001b nul\u0000 lone\uD800 fffe\uFFFE', details: 'nel\u0085 vt\u000b' };
    const entry = { ...base, advisory };
    for (const format of ['atom', 'rss'] as const) {
      const text = renderFeed({ kind: 'all' }, format, [entry], settings, NOW);
      expect(xmlError(text), format).toBeUndefined();
      expect(text).toContain('bell\uFFFD');
    }
    expect(JSON.parse(renderFeed({ kind: 'all' }, 'json', [entry], settings, NOW)).items[0].title).toContain('bell\u0007');
  });

  test('a withdrawn advisory is a new RSS item and an updated Atom and JSON entry; items carry fixed versions and CVE links', async () => {
    const { entries, settings } = await hostileEntries();
    const withdrawn = entries.find((e) => e.advisory.id === 'TST-2026-0099') as FeedEntry;
    const normal = entries.find((e) => e.advisory.id === 'TST-2026-0001') as FeedEntry;
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', htmlEntities: false });
    const rss = parser.parse(renderFeed({ kind: 'all' }, 'rss', [withdrawn], settings, NOW)).rss.channel.item;
    expect(rss.guid['#text']).toBe('https://security.test.example/advisories/TST-2026-0099/#withdrawn');
    expect(rss.pubDate).toBe('Wed, 01 Apr 2026 00:00:00 GMT');
    expect(rss.title).toMatch(/^Withdrawn: TST-2026-0099: /);
    const atom = parser.parse(renderFeed({ kind: 'all' }, 'atom', [withdrawn], settings, NOW)).feed.entry;
    expect(atom.id).toBe('https://security.test.example/advisories/TST-2026-0099/');
    expect(atom.updated).toBe('2026-04-01T00:00:00.000Z');
    expect(atom.title['#text']).toMatch(/^Withdrawn: /);
    // A withdrawn advisory is filed under no severity, only under its package.
    expect([atom.category].flat().map((c: Record<string, string>) => c['@scheme'])).toEqual([
      'https://security.test.example/packages/Testix_1/',
    ]);
    expect(atom.content['#text']).toContain('<strong>Withdrawn</strong> on 2026-04-01T00:00:00Z');
    expect(atom.content['#text']).not.toContain('Severity');
    const json = JSON.parse(renderFeed({ kind: 'all' }, 'json', [withdrawn, normal], settings, NOW));
    expect(json.items[0].title).toMatch(/^Withdrawn: TST-2026-0099/);
    expect(json.items[0].date_modified).toBe('2026-04-01T00:00:00.000Z');
    const html = json.items[1].content_html as string;
    expect(html).toContain('<strong>Fixed in:</strong> lib&lt;script&gt;x 1.0-lib&lt;script&gt;x');
    expect(html).toContain('<a href="https://www.cve.org/CVERecord?id=CVE-2026-0001"');
  });
});
