// CSAF 2.0 VEX profile documents from triage records, against the vendored
// CSAF schemas and the mandatory tests (6.1, with the VEX profile's 6.1.27.7
// to 6.1.27.10 in csaf-mandatory.ts): statuses follow the records, embargoed
// records produce nothing, hostile texts survive as JSON.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { csafText } from '../../src/core/export/csaf-document.ts';
import { CSAF_FLAG_LABELS, csafVexPath, toCsafVex } from '../../src/core/export/csaf-vex.ts';
import { loadDatabase, publishableTriage } from '../../src/core/index.ts';
import type { TriageRecord } from '../../src/core/triage/model.ts';
import type { TestRepo } from '../helpers/test-repo.ts';
import { csafMandatoryProblems } from './csaf-mandatory.ts';
import { CSAF_SKIP, csafSchemaErrors } from './external-schemas.ts';
import { CONTROL, exampleDatabase, FIXTURE_AFTER, HOSTILE, statusRepo } from './triage-fixtures.ts';

// biome-ignore lint/suspicious/noExplicitAny: documents are inspected as plain JSON
type Json = any;

if (CSAF_SKIP) console.log(`skipped: CSAF VEX schema tests: ${CSAF_SKIP}`);

/** The product_status group docs/triage.md "Exports" names for each triage status. */
const EXPECTED_GROUP: Record<string, string> = {
  detected: 'under_investigation',
  investigating: 'under_investigation',
  affected: 'known_affected',
  will_not_fix: 'known_affected',
  not_affected: 'known_not_affected',
  rejected: 'known_not_affected',
  fixed: 'fixed',
};

const parsed = (doc: unknown): Json => JSON.parse(csafText(doc as Record<string, unknown>));

function expectValid(doc: Json, label: string): void {
  expect(csafSchemaErrors(doc), label).toEqual([]);
  expect(csafMandatoryProblems(doc), label).toEqual([]);
}

function expectFollows(doc: Json, record: TriageRecord): void {
  const entries = record.packages.flatMap((p) =>
    p.releases.map((r) => ({ pkg: p.name, release: r.release, event: r.events.at(-1) as Json })),
  );
  const products: Json[] = doc.product_tree.full_product_names;
  expect(products).toHaveLength(entries.length);
  const v = doc.vulnerabilities[0];
  entries.forEach((e, i) => {
    const p = products[i];
    expect(p.product_identification_helper.purl).toContain(`/${e.pkg}`);
    expect(p.product_identification_helper.purl).toContain(`distro=${e.release}`);
    const group = EXPECTED_GROUP[e.event.status] as string;
    expect(v.product_status[group], `${record.id} ${e.pkg} ${e.release}`).toContain(p.product_id);
    if (e.event.status === 'fixed') expect(p.name).toContain(e.event.version);
    if (e.event.status === 'not_affected') {
      expect(v.flags.find((f: Json) => f.product_ids.includes(p.product_id)).label).toBe(
        CSAF_FLAG_LABELS[e.event.justification as keyof typeof CSAF_FLAG_LABELS],
      );
      expect(v.threats.find((t: Json) => t.product_ids.includes(p.product_id)).details).toBe(e.event.statement);
    }
    if (e.event.status === 'will_not_fix')
      expect(v.remediations.find((r: Json) => r.product_ids.includes(p.product_id))).toMatchObject({ category: 'no_fix_planned' });
  });
  const names = [record.id, ...(record.aliases ?? [])];
  if (/^CVE-/.test(record.id)) expect(v.cve).toBe(record.id);
  expect([v.cve, ...(v.ids ?? []).map((x: Json) => x.text)].filter(Boolean).sort()).toEqual([...new Set(names)].sort());
  expect(doc.document.tracking.id).toBe(record.id);
  expect(doc.document.tracking.initial_release_date).toBe(record.published_upstream);
}

describe.skipIf(!!CSAF_SKIP)('the example data', () => {
  const { db, records } = exampleDatabase();
  const input = { settings: db.settings, releaseById: db.releaseById };

  test('every publishable record gives a valid VEX document whose product status follows its current statuses', () => {
    expect(records.length).toBeGreaterThan(20);
    for (const record of records) {
      const doc = parsed(toCsafVex(record, input));
      expect(doc.document.category).toBe('csaf_vex');
      expectValid(doc, record.id);
      expectFollows(doc, record);
      const self = doc.document.references.find((r: Json) => r.summary === 'This CSAF VEX document').url;
      expect(self).toBe(`${db.settings.site_url}${csafVexPath(record)}`);
      expect(self.split('/').pop()).toBe(`${record.id.toLowerCase().replace(/[^+\-a-z0-9]+/g, '_')}.json`);
    }
    expect(records.some((r) => r.id === 'CVE-2026-1313')).toBe(false);
  });

  test('the checker refuses what the VEX profile forbids', () => {
    const record = records.find((r) => r.packages.some((p) => p.releases.some((s) => s.events.at(-1)?.status === 'not_affected')));
    const doc = parsed(toCsafVex(record as TriageRecord, input));
    const v = doc.vulnerabilities[0];
    delete v.flags;
    delete v.threats;
    v.remediations = [];
    v.product_status.known_affected = v.product_status.known_not_affected;
    delete v.product_status.known_not_affected;
    delete v.cve;
    delete v.ids;
    const problems = csafMandatoryProblems(doc).map((p) => p.split(' ')[0]);
    expect(problems).toContain('6.1.27.8');
    expect(problems).toContain('6.1.27.10');
    v.product_status = { known_not_affected: v.product_status.known_affected };
    expect(csafMandatoryProblems(doc).map((p) => p.split(' ')[0])).toContain('6.1.27.9');
    v.product_status = {};
    expect(csafMandatoryProblems(doc).map((p) => p.split(' ')[0])).toContain('6.1.27.7');
  });
});

describe.skipIf(!!CSAF_SKIP)('one record per status, with hostile texts', () => {
  let repo: TestRepo;
  beforeAll(async () => {
    repo = await statusRepo();
  });
  afterAll(() => repo.cleanup());

  test('each status lands in its group with its flag, threat or remediation, and texts survive as JSON', () => {
    const db = loadDatabase(repo.root, { now: FIXTURE_AFTER });
    const records = publishableTriage(db, FIXTURE_AFTER);
    const input = { settings: db.settings, releaseById: db.releaseById };
    const seen = new Set<string>();
    for (const record of records) {
      const text = csafText(toCsafVex(record, input));
      expect(text).not.toMatch(/[<>&\u2028]/);
      const doc = JSON.parse(text);
      expectValid(doc, record.id);
      expectFollows(doc, record);
      for (const s of Object.keys(doc.vulnerabilities[0].product_status)) seen.add(s);
      if (record.id !== 'CVE-2026-0199') expect(doc.vulnerabilities[0].title).toBe(HOSTILE);
    }
    expect(seen).toEqual(new Set(Object.values(EXPECTED_GROUP)));
    const doc = parsed(toCsafVex({ ...(records[0] as TriageRecord), summary: CONTROL }, input));
    expectValid(doc, 'control characters');
    expect(doc.vulnerabilities[0].title).toBe(CONTROL);
  });
});
