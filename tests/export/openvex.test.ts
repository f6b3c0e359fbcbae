// OpenVEX documents from triage records, against the vendored official schema
// (schemas/external/openvex): the example data, one record per status with
// hostile texts, and embargoed records, which must produce nothing.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openVexAllDocument, openVexDocument } from '../../src/core/export/openvex.ts';
import { safeJson } from '../../src/core/export/safe-json.ts';
import { loadDatabase, publishableTriage } from '../../src/core/index.ts';
import type { TriageRecord } from '../../src/core/triage/model.ts';
import { openvexValidator } from '../helpers/external-schemas.ts';
import type { TestRepo } from '../helpers/test-repo.ts';
import { CONTROL, exampleDatabase, FIXTURE_AFTER, FIXTURE_BEFORE, HOSTILE, statusRepo } from './triage-fixtures.ts';

// biome-ignore lint/suspicious/noExplicitAny: documents are inspected as plain JSON
type Json = any;

/** The mapping docs/triage.md "Exports" states, from a triage status to OpenVEX's. */
const EXPECTED_STATUS: Record<string, string> = {
  detected: 'under_investigation',
  investigating: 'under_investigation',
  affected: 'affected',
  not_affected: 'not_affected',
  fixed: 'fixed',
  will_not_fix: 'affected',
  rejected: 'not_affected',
};

function schemaErrors(doc: unknown): string[] {
  const validate = openvexValidator();
  return validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** The package × release entries of a record, with their latest event, in file order. */
function entriesOf(record: TriageRecord) {
  return record.packages.flatMap((p) => p.releases.map((r) => ({ pkg: p.name, release: r.release, event: r.events.at(-1) as Json })));
}

/** The published bytes, parsed back: what a consumer reads. */
const published = (doc: unknown): Json => JSON.parse(safeJson(doc));

function expectStatementsFollow(doc: Json, records: TriageRecord[]): void {
  const expected = records.flatMap((r) => entriesOf(r).map((e) => ({ record: r, ...e })));
  expect(doc.statements).toHaveLength(expected.length);
  expected.forEach((e, i) => {
    const s = doc.statements[i];
    expect(s.vulnerability.name).toBe(e.record.id);
    expect(s.vulnerability.description).toBe(e.record.summary);
    expect(s.status, `${e.record.id} ${e.pkg} ${e.release}`).toBe(EXPECTED_STATUS[e.event.status]);
    expect(s.timestamp).toBe(e.event.at);
    const purl: string = s.products[0]['@id'];
    expect(purl).toContain(`/${e.pkg}`);
    expect(purl).toContain(`distro=${e.release}`);
    if (e.event.status === 'fixed') expect(purl).toContain(`@${encodeURIComponent(e.event.version)}`);
    if (e.event.status === 'not_affected') {
      expect(s.justification).toBe(e.event.justification);
      expect(s.status_notes).toBe(e.event.statement);
      expect(s.impact_statement).toBeUndefined();
    }
    if (e.event.status === 'will_not_fix') expect(s.action_statement).toContain(e.event.reason);
    if (e.event.status === 'affected') expect(s.action_statement).toBeTruthy();
    if (e.event.status === 'rejected') expect(s.impact_statement).toContain('rejected');
  });
}

describe('the example data', () => {
  const { db, records } = exampleDatabase();
  const input = { settings: db.settings, releaseById: db.releaseById };

  test('every publishable record gets a valid document whose statements follow its current statuses', () => {
    expect(records.length).toBeGreaterThan(20);
    for (const record of records) {
      const doc = published(openVexDocument(record, input));
      expect(schemaErrors(doc), record.id).toEqual([]);
      expect(doc['@id']).toBe(`${db.settings.site_url}/vex/${record.id.toUpperCase()}.openvex.json`);
      expect(doc.author).toBe(db.settings.name);
      expectStatementsFollow(doc, [record]);
    }
  });

  test('the distribution document holds every publishable record and nothing of the embargoed CVE-2026-1313', () => {
    expect(db.triage.some((r) => r.id === 'CVE-2026-1313')).toBe(true);
    expect(records.some((r) => r.id === 'CVE-2026-1313')).toBe(false);
    const doc = published(openVexAllDocument(records, input));
    expect(schemaErrors(doc)).toEqual([]);
    expectStatementsFollow(doc, records);
    expect(safeJson(doc)).not.toContain('1313');
    expect(safeJson(doc)).not.toContain('io_uring');
  });

  test('the same data gives the same bytes', () => {
    const again = exampleDatabase();
    const a = safeJson(openVexAllDocument(records, input));
    const b = safeJson(openVexAllDocument(again.records, { settings: again.db.settings, releaseById: again.db.releaseById }));
    expect(a).toBe(b);
  });

  test('no publishable record means no distribution document (OpenVEX needs a statement)', () => {
    expect(openVexAllDocument([], input)).toBeUndefined();
  });
});

describe('one record per status, with hostile texts', () => {
  let repo: TestRepo;
  beforeAll(async () => {
    repo = await statusRepo();
  });
  afterAll(() => repo.cleanup());

  test('every status maps as documented, the documents are valid, and markup, quotes and line separators survive as JSON', () => {
    const db = loadDatabase(repo.root, { now: FIXTURE_AFTER });
    const records = publishableTriage(db, FIXTURE_AFTER).filter((r) => r.id !== 'CVE-2026-0199');
    expect(new Set(records.map((r) => entriesOf(r)[0]?.event.status))).toEqual(new Set(Object.keys(EXPECTED_STATUS)));
    const input = { settings: db.settings, releaseById: db.releaseById };
    for (const record of records) {
      const text = safeJson(openVexDocument(record, input));
      expect(text).not.toMatch(/[<>&\u2028]/);
      const doc = JSON.parse(text);
      expect(schemaErrors(doc), record.id).toEqual([]);
      expect(doc.statements[0].vulnerability.description).toBe(HOSTILE);
      expectStatementsFollow(doc, [record]);
    }
    const hostile = { ...(records[0] as TriageRecord), summary: CONTROL };
    const doc = JSON.parse(safeJson(openVexDocument(hostile, input)));
    expect(schemaErrors(doc)).toEqual([]);
    expect(doc.statements[0].vulnerability.description).toBe(CONTROL);
  });

  test('a record under embargo is left out until the embargo lifts', () => {
    const ids = (now: Date) => {
      const db = loadDatabase(repo.root, { now });
      const doc = openVexAllDocument(publishableTriage(db, now), { settings: db.settings, releaseById: db.releaseById }) as Json;
      return doc.statements.map((s: Json) => s.vulnerability.name);
    };
    expect(ids(FIXTURE_BEFORE)).not.toContain('CVE-2026-0199');
    expect(ids(FIXTURE_AFTER)).toContain('CVE-2026-0199');
  });
});
