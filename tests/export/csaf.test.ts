// CSAF documents and the provider directory against the official CSAF 2.0
// schemas and the mandatory tests of section 6.1 that apply to them.

import { afterEach, describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { csafText, toCsaf } from '../../src/core/export/csaf-document.ts';
import { csafListings, csafProviderMetadata } from '../../src/core/export/csaf-provider.ts';
import { advisoryFacts } from '../../src/core/export/facts.ts';
import { securityTxt } from '../../src/core/export/security-txt.ts';
import { advisoryDatesFrom, type Database, loadDatabase, publishableAdvisories } from '../../src/core/index.ts';
import { xmlError } from '../helpers/strict-xml.ts';
import { advisoryPath, makeTestRepo, NOW, PROJECT_ROOT, type TestRepo } from '../helpers/test-repo.ts';
import { csafMandatoryProblems } from './csaf-mandatory.ts';
import { CSAF_SKIP, csafSchemaErrors, providerSchemaErrors } from './external-schemas.ts';

let repo: TestRepo | undefined;
afterEach(() => repo?.cleanup());

if (CSAF_SKIP) console.log(`skipped: CSAF schema tests: ${CSAF_SKIP}`);

// biome-ignore lint/suspicious/noExplicitAny: documents are inspected as plain JSON
function documentsOf(db: Database, now: Date): Map<string, any> {
  const out = new Map();
  for (const advisory of publishableAdvisories(db, now)) {
    const dates = advisoryDatesFrom(advisory, undefined);
    const doc = toCsaf(
      {
        advisory,
        facts: advisoryFacts(advisory, db.settings),
        published: dates.published ?? dates.modified,
        modified: dates.modified,
        revisions: dates.revisions,
      },
      db.settings,
    );
    out.set(advisory.id, JSON.parse(csafText(doc)));
  }
  return out;
}

const FIXTURES = {
  withdrawn: stringify({
    id: 'TST-2026-0001',
    status: 'withdrawn',
    summary: 'A bug that was not one',
    severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }],
    affected: [{ package: { name: 'widget' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '1.2.3-1' }] }] }],
    fixes: [{ type: 'update', package: 'widget', version: '1.2.3-1' }],
    timeline: { reported: '2026-03-01T09:00:00Z', published: '2026-03-02T10:00:00Z' },
    withdrawn: '2026-04-01T00:00:00Z',
    withdrawn_reason: 'The reported behaviour is documented.',
  }),
  v4only: stringify({
    id: 'TST-2026-0002',
    status: 'published',
    summary: 'Only a CVSS 4.0 score',
    aliases: ['GHSA-aaaa-bbbb-cccc'],
    upstream: ['CVE-2026-4242'],
    severity: [{ type: 'CVSS_V4', score: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N' }],
    affected: [
      {
        package: { name: 'gadget', purl: 'pkg:rpm/testix/gadget' },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2.0-1' }] }],
        versions: ['1.9-1'],
      },
      { package: { name: 'gizmo', ecosystem: 'PyPI' }, versions: ['0.1'] },
    ],
    timeline: { reported: '2026-03-01T09:00:00Z', published: '2026-03-02T10:00:00Z' },
  }),
  twoCves: stringify({
    id: 'TST-2026-0003',
    status: 'published',
    summary: 'Two CVE ids',
    aliases: ['CVE-2026-0003', 'CVE-2026-1003'],
    severity: [
      { type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' },
      { type: 'CVSS_V4', score: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N' },
    ],
    affected: [{ package: { name: 'widget' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '1.0' }, { fixed: '1.4' }] }] }],
    timeline: { reported: '2026-03-01T09:00:00Z', published: '2026-03-02T10:00:00Z', fixed: '2026-03-05T10:00:00Z' },
  }),
};

describe.skipIf(CSAF_SKIP)('CSAF documents', () => {
  test('every example advisory of the project passes the official schema and the mandatory tests', () => {
    const db = loadDatabase(PROJECT_ROOT, { now: NOW });
    const docs = documentsOf(db, NOW);
    expect(docs.size).toBeGreaterThan(3);
    for (const [id, doc] of docs) {
      expect(csafSchemaErrors(doc), id).toEqual([]);
      expect(csafMandatoryProblems(doc), id).toEqual([]);
    }
  });

  test('withdrawn, CVSS 4.0-only, purl and two-CVE advisories are valid and say what they are', async () => {
    repo = await makeTestRepo({
      [advisoryPath('TST-2026-0001')]: FIXTURES.withdrawn,
      [advisoryPath('TST-2026-0002')]: FIXTURES.v4only,
      [advisoryPath('TST-2026-0003')]: FIXTURES.twoCves,
    });
    const db = loadDatabase(repo.root, { now: NOW });
    expect(db.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const docs = documentsOf(db, NOW);
    for (const [id, doc] of docs) {
      expect(csafSchemaErrors(doc), id).toEqual([]);
      expect(csafMandatoryProblems(doc), id).toEqual([]);
    }

    const withdrawn = docs.get('TST-2026-0001');
    const wv = withdrawn.vulnerabilities[0];
    expect(withdrawn.document.title).toBe('WITHDRAWN: A bug that was not one');
    expect(Object.keys(wv.product_status)).toEqual(['known_not_affected']);
    expect(wv.product_status.known_not_affected).toHaveLength(2);
    expect(wv.remediations).toBeUndefined();
    expect(wv.scores).toBeUndefined();
    expect(withdrawn.document.notes[0].text).toMatch(/withdrawn on 2026-04-01T00:00:00Z .*documented/);
    expect(withdrawn.document.tracking.revision_history.at(-1).summary).toBe('Advisory withdrawn');

    const v4 = docs.get('TST-2026-0002');
    const vv = v4.vulnerabilities[0];
    expect(vv.cve).toBe('CVE-2026-4242');
    expect(vv.ids).toEqual([{ system_name: 'GHSA', text: 'GHSA-aaaa-bbbb-cccc' }]);
    expect(vv.scores).toBeUndefined();
    expect(vv.threats).toEqual([
      expect.objectContaining({
        category: 'impact',
        details: expect.stringMatching(/^CVSS v4\.0 base score 9\.3 \(critical\): CVSS:4\.0\//),
      }),
    ]);
    expect(vv.notes.map((n: { title: string }) => n.title)).toContain('CVSS v4.0');
    // vendor → release → package → version, with the purl of each version.
    const [vendor] = v4.product_tree.branches;
    expect(vendor.category).toBe('vendor');
    expect(vendor.branches.map((b: { category: string; name: string }) => [b.category, b.name])).toEqual([
      ['product_family', 'Testix:1'],
      ['product_family', 'PyPI'],
    ]);
    const gadget = vendor.branches[0].branches[0];
    expect([gadget.category, gadget.name]).toEqual(['product_name', 'gadget']);
    const versions = gadget.branches.map(
      (b: { category: string; name: string; product: { product_identification_helper?: { purl: string } } }) => [
        b.category,
        b.name,
        b.product.product_identification_helper?.purl,
      ],
    );
    expect(versions).toEqual([
      ['product_version_range', '< 2.0-1', 'pkg:rpm/testix/gadget'],
      ['product_version', '2.0-1', 'pkg:rpm/testix/gadget@2.0-1'],
      ['product_version', '1.9-1', 'pkg:rpm/testix/gadget@1.9-1'],
    ]);

    const two = docs.get('TST-2026-0003').vulnerabilities[0];
    expect(two.scores).toHaveLength(1);
    expect(two.threats).toHaveLength(1);
    expect(two.ids).toEqual([{ system_name: 'CVE', text: 'CVE-2026-1003' }]);
  });

  test('the mandatory-test checker finds what it is there to find', async () => {
    repo = await makeTestRepo({ [advisoryPath('TST-2026-0003')]: FIXTURES.twoCves });
    const doc = documentsOf(loadDatabase(repo.root, { now: NOW }), NOW).get('TST-2026-0003');
    const broken = structuredClone(doc);
    const v = broken.vulnerabilities[0];
    v.scores.push(structuredClone(v.scores[0]));
    v.scores[0].cvss_v3.baseScore = 1.0;
    v.product_status.known_not_affected = [v.product_status.known_affected[0]];
    v.remediations[0].product_ids.push('WK-9999');
    broken.document.tracking.revision_history.push({ date: '2026-01-01T00:00:00Z', number: '4', summary: 'x' });
    const problems = csafMandatoryProblems(broken).map((p) => p.split(' ')[0]);
    expect(new Set(problems)).toEqual(new Set(['6.1.1', '6.1.6', '6.1.7', '6.1.9', '6.1.14', '6.1.16', '6.1.21']));
  });
});

describe.skipIf(CSAF_SKIP)('CSAF provider directory', () => {
  test('provider-metadata with signing keys passes the provider schema; security.txt names it; every folder has a listing', async () => {
    repo = await makeTestRepo({});
    const { settings } = loadDatabase(repo.root, { now: NOW });
    const keys = [{ url: 'https://security.test.example/keys/alice.asc', fingerprint: 'a'.repeat(40) }];
    const metadata = csafProviderMetadata(settings, '2026-03-02T10:00:00Z', keys);
    expect(providerSchemaErrors(metadata)).toEqual([]);
    expect(metadata.public_openpgp_keys).toEqual([{ fingerprint: 'A'.repeat(40), url: keys[0]?.url }]);
    expect(securityTxt(settings, [], NOW)).toContain('CSAF: https://security.test.example/.well-known/csaf/provider-metadata.json\n');
    const listings = csafListings([
      { year: '2026', file: 'tst-2026-0001.json' },
      { year: '2025', file: 'tst-2025-0001.json' },
    ]);
    expect(listings.map((l) => l.path)).toEqual([
      '/.well-known/csaf/',
      '/.well-known/csaf/white/',
      '/.well-known/csaf/white/2025/',
      '/.well-known/csaf/white/2026/',
    ]);
    const year = listings[3]?.html ?? '';
    expect(year).toContain('<a href="tst-2026-0001.json">');
    expect(year).toContain('<a href="tst-2026-0001.json.sha512">');
    expect(listings[1]?.html).toContain('<a href="index.txt">');
    // The listings are XHTML-compatible enough for a strict parser once the doctype is dropped.
    expect(xmlError(year.replace(/^<!doctype html>\n/, '').replace('<meta charset="utf-8">', '<meta charset="utf-8"/>'))).toBeUndefined();
  });
});
