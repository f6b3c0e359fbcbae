// The exports as the site build writes them: the project's example data plus
// hostile and withdrawn advisories, built once with a fixed clock; then every
// feed is read with a strict XML parser or JSON.parse, every CSAF and OSV
// document is checked against the official schemas, and the CSAF directory
// has a listing in every folder.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { xmlError } from '../helpers/strict-xml.ts';
import { advisoryPath, makeTestRepo, NOW, type TestRepo } from '../helpers/test-repo.ts';
import { osvSchemaErrors } from '../osv/osv-validator.ts';
import { buildSite, copyExampleData, listFiles } from '../site/build-site.ts';
import { csafMandatoryProblems } from './csaf-mandatory.ts';
import { CSAF_SKIP, csafSchemaErrors, OSV_SKIP, providerSchemaErrors } from './external-schemas.ts';

let repo: TestRepo;
let dist: string;
let files: string[];

const HOSTILE_NAME = 'lib<x>&"y"]]>z-🦀-שלום';

beforeAll(async () => {
  repo = await makeTestRepo({}, { base: false });
  copyExampleData(repo.root);
  repo.write({
    [advisoryPath('KSA-2026-0901')]: stringify({
      id: 'KSA-2026-0901',
      status: 'published',
      summary: 'Markup <b>&amp;</b> "quotes" ]]> and \u2028 in a summary 🦀',
      details: 'Details with ]]> and <script>x</script> and \u2028.',
      affected: [{ package: { name: HOSTILE_NAME }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '1.0-1' }] }] }],
      timeline: { reported: '2026-03-01T09:00:00Z', published: '2026-03-02T10:00:00Z' },
    }),
    [advisoryPath('KSA-2026-0902')]: stringify({
      id: 'KSA-2026-0902',
      status: 'withdrawn',
      summary: 'A report that turned out not to be a vulnerability',
      affected: [{ package: { name: 'openssl' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '9.9-1' }] }] }],
      timeline: { reported: '2026-03-01T09:00:00Z', published: '2026-03-02T10:00:00Z' },
      withdrawn: '2026-04-01T00:00:00Z',
      withdrawn_reason: 'The behaviour is documented.',
    }),
  });
  dist = await buildSite(repo.root, NOW);
  files = listFiles(dist);
}, 600_000);
afterAll(() => repo?.cleanup());

const read = (rel: string) => readFileSync(join(dist, rel), 'utf8');

describe('built exports', () => {
  test('every Atom and RSS feed is well-formed XML and every JSON feed parses', () => {
    const xml = files.filter((f) => /^feeds\/.*\.xml$/.test(f));
    const json = files.filter((f) => /^feeds\/.*\.json$/.test(f));
    expect(xml.length).toBeGreaterThan(10);
    expect(xml.some((f) => f.includes('~3C'))).toBe(true); // the hostile package has its own feeds
    for (const f of xml) expect(xmlError(read(f)), f).toBeUndefined();
    for (const f of json) expect(() => JSON.parse(read(f)), f).not.toThrow();
  });

  test('the withdrawn advisory is a plainly titled new RSS item and an updated Atom entry', () => {
    const rss = read('feeds/advisories.rss.xml');
    expect(rss).toContain('<title>Withdrawn: KSA-2026-0902: A report that turned out not to be a vulnerability</title>');
    expect(rss).toContain('<guid isPermaLink="false">https://security.kestrel-linux.example/advisories/KSA-2026-0902/#withdrawn</guid>');
    const atom = read('feeds/advisories.atom.xml');
    const entry = atom.slice(atom.indexOf('<title type="html">Withdrawn: KSA-2026-0902'));
    expect(entry).toMatch(
      /^<title type="html">Withdrawn: KSA-2026-0902[^<]*<\/title>\s*<id>https:\/\/security\.kestrel-linux\.example\/advisories\/KSA-2026-0902\/<\/id>/,
    );
    expect(entry.slice(0, entry.indexOf('</entry>'))).toContain('<updated>2026-04-01T00:00:00.000Z</updated>');
  });

  test.skipIf(CSAF_SKIP)('every CSAF document passes the official schema and the mandatory tests; the provider metadata too', () => {
    const docs = files.filter((f) => /^\.well-known\/csaf\/white\/\d{4}\/[^/]+\.json$/.test(f));
    expect(docs.length).toBeGreaterThan(10);
    for (const f of docs) {
      const doc = JSON.parse(read(f));
      expect(csafSchemaErrors(doc), f).toEqual([]);
      expect(csafMandatoryProblems(doc), f).toEqual([]);
    }
    const withdrawn = JSON.parse(read('.well-known/csaf/white/2026/ksa-2026-0902.json'));
    expect(withdrawn.vulnerabilities[0].product_status.known_affected).toBeUndefined();
    const metadata = JSON.parse(read('.well-known/csaf/provider-metadata.json'));
    expect(providerSchemaErrors(metadata)).toEqual([]);
    expect(metadata.public_openpgp_keys.length).toBeGreaterThan(0);
    for (const folder of ['.well-known/csaf/', '.well-known/csaf/white/', '.well-known/csaf/white/2026/']) {
      expect(files).toContain(`${folder}index.html`);
    }
    expect(read('.well-known/security.txt')).toContain(
      'CSAF: https://security.kestrel-linux.example/.well-known/csaf/provider-metadata.json',
    );
  });

  test.skipIf(OSV_SKIP)('every OSV record passes the official schema and links its page', () => {
    const records = files.filter((f) => /^osv\/(?!all\.json)[^/]+\.json$/.test(f));
    expect(records.length).toBeGreaterThan(10);
    for (const f of records) {
      const record = JSON.parse(read(f));
      expect(osvSchemaErrors(record), f).toEqual([]);
      expect(record.references.at(-1).type).toBe('WEB');
    }
  });
});
