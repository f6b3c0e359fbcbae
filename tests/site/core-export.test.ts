// The pure export functions, without a site build.
import { XMLParser } from 'fast-xml-parser';
import { afterEach, describe, expect, test } from 'vitest';
import { advisoryFacts } from '../../src/core/export/facts.ts';
import { type FeedEntry, renderFeed } from '../../src/core/export/feeds.ts';
import { jsonPieces } from '../../src/core/export/json-pieces.ts';
import { safeHref, segment } from '../../src/core/export/paths.ts';
import { safeJson, safeJsonArray } from '../../src/core/export/safe-json.ts';
import { securityTxt } from '../../src/core/export/security-txt.ts';
import { sitemapFiles } from '../../src/core/export/sitemap.ts';
import { loadDatabase } from '../../src/core/index.ts';
import { renderMarkdown } from '../../src/core/markdown/render-markdown.ts';
import { buildSiteData } from '../../src/site/database.ts';
import { streamedResponse } from '../../src/site/streamed-response.ts';
import { advisoryPath, advisoryYaml, makeTestRepo, NOW, type TestRepo } from '../helpers/test-repo.ts';
import { draftAdvisory, embargoedAdvisory, PAYLOAD, SECRET } from './fixtures.ts';

let repo: TestRepo | undefined;
afterEach(() => repo?.cleanup());

describe('renderMarkdown, the one way data HTML reaches a page', () => {
  test.each([
    ['a script element', PAYLOAD.script],
    ['a closing tag in odd case with an event handler', PAYLOAD.closing],
    ['a javascript: Markdown link', '[x](javascript:alert(1))'],
    ['a JaVaScRiPt: raw link', '<a href="JaVaScRiPt:alert(1)">x</a>'],
    ['an entity-encoded javascript: link', '[x](&#106;avascript:alert(1))'],
    ['a data: link', '[x](data:text/html,<script>alert(1)</script>)'],
    ['an iframe', '<iframe src="https://evil.test/"></iframe>'],
    ['an image with onerror', '![x](https://evil.test/x.png) <img src=x onerror=alert(1)>'],
    ['a style element', '<style>body{display:none}</style>'],
    ['an svg with onload', '<svg onload=alert(1)><circle/></svg>'],
  ])('removes %s', (_name, markdown) => {
    const html = renderMarkdown(`before\n\n${markdown}\n\nafter`);
    expect(html).not.toMatch(/<(script|iframe|img|style|svg)|on\w+=|href="(?!https:|mailto:)/i);
    expect(html).toContain('before');
    expect(html).toContain('after');
  });

  test('keeps the Markdown a writer needs, with safe links', () => {
    const html = renderMarkdown('# Title\n\n**bold** `code` [site](https://example.test/) <mailto:a@b.example>\n\n```\npre\n```\n\n- item');
    expect(html).toContain('<h3>Title</h3>');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<a href="https://example.test/" rel="nofollow noopener noreferrer">site</a>');
    expect(html).toContain('href="mailto:a@b.example"');
    expect(html).toContain('<pre><code>pre');
    expect(html).toContain('<li>item</li>');
  });
});

describe('serialisers', () => {
  test('safeJson escapes U+2028/2029 and markup characters and parses back to the same value', () => {
    const value = { text: `a${PAYLOAD.lineSeparator}b\u2029${PAYLOAD.script}&` };
    const json = safeJson(value);
    expect(json).not.toMatch(/[\u2028\u2029<>&]/);
    expect(JSON.parse(json)).toEqual(value);
  });

  test('safeJsonArray and streamedResponse give the very bytes of safeJson of the whole array', async () => {
    const hostile = `a\nb "q" ${PAYLOAD.lineSeparator}\u2029${PAYLOAD.script}& ü 😀`;
    const arrays: unknown[][] = [
      [],
      [1],
      [{}],
      [[]],
      [null, undefined, 'x'],
      [{ text: hostile, nested: { list: [1, [2, { deep: hostile }], []], empty: {} } }, hostile, 3.5, true],
      // Past one piece of the response (2^20 characters), so pieces are joined.
      Array.from({ length: 500 }, (_, i) => ({ id: `X-${i}`, text: hostile.repeat(50) })),
    ];
    for (const array of arrays) {
      const whole = safeJson(array);
      expect([...safeJsonArray(array, (v) => v)].join('')).toBe(whole);
      const body = await streamedResponse(
        safeJsonArray(array, (v) => v),
        { 'content-type': 'application/json' },
      ).arrayBuffer();
      expect(Buffer.from(body).equals(Buffer.from(whole))).toBe(true);
    }
  });

  test('jsonPieces joined are JSON.stringify(value, null, 2), whatever the depth', () => {
    const values: unknown[] = [
      {},
      [],
      null,
      'text',
      { a: undefined, b: () => 1, c: Symbol('s') },
      { a: 1, b: undefined, rows: [{ x: [1, { y: [] }], z: {} }, undefined, () => 1, null], when: new Date(0), boxed: new String('s') },
      { nested: { deeper: { deepest: [[[]], [{}], ['a\nb']] } }, empty: [], list: [1, 2, 3] },
      Object.assign(Object.create(null), { k: 'v', n: { m: 1 } }),
      { withToJson: { toJSON: () => ({ replaced: true }) }, map: new Map([[1, 2]]) },
    ];
    for (const value of values)
      for (const depth of [0, 1, 2, 3, 5]) expect([...jsonPieces(value, depth)].join('')).toBe(JSON.stringify(value, null, 2));
  });

  test('path segments are one-to-one and never escape their folder', () => {
    const names = ['a/b', 'a~2Fb', '..', '.', 'x y', 'ü', 'Kestrel:3'];
    const segments = names.map(segment);
    expect(new Set(segments).size).toBe(names.length);
    for (const s of segments) expect(s).toMatch(/^[A-Za-z0-9._:+~-]+$/);
    expect(segments).not.toContain('..');
    expect(segment('Kestrel:3')).toBe('Kestrel:3');
  });

  test('safeHref lets only https: and mailto: through', () => {
    expect(safeHref('https://a.example/x')).toBe('https://a.example/x');
    expect(safeHref('mailto:a@b.example')).toBe('mailto:a@b.example');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref(' JAVASCRIPT:alert(1)')).toBeUndefined();
    expect(safeHref('http://a.example/')).toBeUndefined();
  });

  test('security.txt refuses a value that would forge another field', async () => {
    repo = await makeTestRepo({});
    const { settings } = loadDatabase(repo.root, { now: NOW });
    expect(() =>
      securityTxt({ ...settings, contact: { ...settings.contact, url: 'https://a.example/\nContact: mailto:evil@x' } }, [], NOW),
    ).toThrow(/line break/);
    expect(securityTxt(settings, [{ fingerprint: 'ABCD' }], NOW)).toContain('Encryption: openpgp4fpr:abcd');
  });
});

describe('feeds', () => {
  test('an advisory change moves its Atom updated and JSON date_modified, and keeps its id', async () => {
    repo = await makeTestRepo({ [advisoryPath('TST-2026-0001')]: advisoryYaml() });
    const db = loadDatabase(repo.root, { now: NOW });
    const advisory = db.advisories[0];
    if (!advisory) throw new Error('no advisory');
    const entry = (modified: string): FeedEntry => ({
      advisory,
      facts: advisoryFacts(advisory, db.settings),
      published: '2026-03-02T10:00:00Z',
      modified,
    });
    const xml = new XMLParser();
    const before = xml.parse(renderFeed({ kind: 'all' }, 'atom', [entry('2026-03-02T10:00:00Z')], db.settings, NOW)).feed;
    const after = xml.parse(renderFeed({ kind: 'all' }, 'atom', [entry('2026-05-01T08:00:00Z')], db.settings, NOW)).feed;
    expect(before.entry.id).toBe(after.entry.id);
    expect(before.entry.updated).toBe('2026-03-02T10:00:00.000Z');
    expect(after.entry.updated).toBe('2026-05-01T08:00:00.000Z');
    expect(after.updated).toBe('2026-05-01T08:00:00.000Z');
    const json = JSON.parse(renderFeed({ kind: 'all' }, 'json', [entry('2026-05-01T08:00:00Z')], db.settings, NOW));
    expect(json.items[0].date_modified).toBe('2026-05-01T08:00:00.000Z');
    expect(json.items[0].date_published).toBe('2026-03-02T10:00:00.000Z');
    // Rendering twice gives the same bytes: nothing depends on the wall clock.
    expect(renderFeed({ kind: 'all' }, 'rss', [entry('2026-05-01T08:00:00Z')], db.settings, NOW)).toBe(
      renderFeed({ kind: 'all' }, 'rss', [entry('2026-05-01T08:00:00Z')], db.settings, new Date(0)),
    );
  });
});

describe('site data: previews only in dev', () => {
  test('a production build sees only the publishable set; the dev preview adds marked drafts and embargoed advisories', async () => {
    repo = await makeTestRepo({
      [advisoryPath('TST-2026-0001')]: advisoryYaml(),
      [advisoryPath(SECRET.embargoedId)]: embargoedAdvisory(),
      [advisoryPath(SECRET.draftId)]: draftAdvisory(),
    });
    const production = buildSiteData(repo.root, NOW, false);
    expect(production.entries.map((e) => e.advisory.id)).toEqual(['TST-2026-0001']);
    expect(production.entries.every((e) => e.preview === undefined)).toBe(true);
    const dev = buildSiteData(repo.root, NOW, true);
    expect(dev.entries.map((e) => [e.advisory.id, e.preview])).toEqual([
      [SECRET.embargoedId, 'embargoed'],
      [SECRET.draftId, 'draft'],
      ['TST-2026-0001', undefined],
    ]);
    // Feeds and exports read `published`, which never holds a preview.
    expect(dev.published.map((e) => e.advisory.id)).toEqual(['TST-2026-0001']);
  });

  test('once the embargo lifts, the advisory is published by the same data', async () => {
    repo = await makeTestRepo({
      [advisoryPath(SECRET.embargoedId)]: embargoedAdvisory('2026-11-20T14:00:00Z')
        .replace('status: embargoed', 'status: published')
        .replace('timeline:\n', 'timeline:\n  published: 2026-11-20T15:00:00Z\n'),
    });
    expect(buildSiteData(repo.root, NOW, false).published.map((e) => e.advisory.id)).toEqual([SECRET.embargoedId]);
  });

  test('data with errors is refused', async () => {
    repo = await makeTestRepo({ [advisoryPath('TST-2026-0001')]: 'id: TST-2026-0001\nstatus: nonsense\n' });
    expect(() => buildSiteData(repo?.root ?? '', NOW, false)).toThrow(/The data has errors/);
  });
});

describe('sitemap', () => {
  test('more URLs than one file may hold become an index of parts, each within the limit', () => {
    const entries = Array.from({ length: 5 }, (_, i) => ({ loc: `https://s.example/a/${i}/` }));
    expect(sitemapFiles(entries, 'https://s.example', 5).map((f) => f.path)).toEqual(['/sitemap.xml']);
    const files = sitemapFiles(entries, 'https://s.example', 2);
    expect(files.map((f) => f.path)).toEqual(['/sitemap.xml', '/sitemap-1.xml', '/sitemap-2.xml', '/sitemap-3.xml']);
    const xml = new XMLParser();
    const index = xml.parse(files[0]?.body ?? '').sitemapindex.sitemap.map((s: { loc: string }) => s.loc);
    expect(index).toEqual(['https://s.example/sitemap-1.xml', 'https://s.example/sitemap-2.xml', 'https://s.example/sitemap-3.xml']);
    const urls = files.slice(1).flatMap((f) => [xml.parse(f.body).urlset.url].flat().map((u: { loc: string }) => u.loc));
    expect(urls).toEqual(entries.map((e) => e.loc));
  });
});
