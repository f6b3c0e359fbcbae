// OSV records per tracked vulnerability (DEBIAN-CVE-… style) from triage
// records, against the vendored official OSV schema: ranges follow each
// package × release's current status, embargoed records produce nothing.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { safeJson } from '../../src/core/export/safe-json.ts';
import { loadDatabase, publishableTriage } from '../../src/core/index.ts';
import { osvVulnId } from '../../src/core/osv/osv-names.ts';
import { triageToOsv } from '../../src/core/osv/triage-to-osv.ts';
import type { TriageRecord } from '../../src/core/triage/model.ts';
import { osvValidator } from '../helpers/external-schemas.ts';
import type { TestRepo } from '../helpers/test-repo.ts';
import { CONTROL, exampleDatabase, FIXTURE_AFTER, FIXTURE_BEFORE, HOSTILE, statusRepo } from './triage-fixtures.ts';

// biome-ignore lint/suspicious/noExplicitAny: records are inspected as plain JSON
type Json = any;

function schemaErrors(record: unknown): string[] {
  const validate = osvValidator();
  return validate(record) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

const published = (record: unknown): Json => JSON.parse(safeJson(record));

/** What docs/triage.md "Exports" promises, computed from the record itself. */
function expectFollows(osv: Json, record: TriageRecord): void {
  const entries = record.packages.flatMap((p) =>
    p.releases.map((r) => ({ pkg: p.name, release: r.release, event: r.events.at(-1) as Json })),
  );
  const listed = entries.filter((e) => ['fixed', 'affected', 'will_not_fix'].includes(e.event.status));
  expect(osv.upstream).toEqual([...new Set([record.id, ...(record.aliases ?? [])])]);
  expect(osv.summary).toBe(record.summary);
  expect(osv.published).toBe(record.published_upstream);
  const events = record.packages.flatMap((p) => p.releases.flatMap((r) => r.events.map((e) => Date.parse(e.at))));
  expect(Date.parse(osv.modified)).toBe(Math.max(Date.parse(record.published_upstream ?? ''), ...events));
  expect(osv.affected ?? []).toHaveLength(listed.length);
  listed.forEach((e, i) => {
    const a = osv.affected[i];
    expect(a.database_specific.watchkeeper.release).toBe(e.release);
    const name = a.package?.name ?? a.database_specific.watchkeeper.package.name;
    expect(name).toBe(e.pkg);
    const expected = e.event.status === 'fixed' ? [{ introduced: '0' }, { fixed: e.event.version }] : [{ introduced: '0' }];
    expect(a.ranges).toEqual([{ type: 'ECOSYSTEM', events: expected }]);
  });
  expect(osv.database_specific.watchkeeper.statuses.map((s: Json) => s.status)).toEqual(entries.map((e) => e.event.status));
  const allRejected = entries.every((e) => e.event.status === 'rejected');
  expect(osv.withdrawn !== undefined).toBe(allRejected);
}

describe('the example data', () => {
  const { db, records } = exampleDatabase();

  test('every publishable record gives a valid OSV record under the team’s OSV prefix, following its statuses', () => {
    expect(records.length).toBeGreaterThan(20);
    for (const record of records) {
      const osv = published(triageToOsv(record, db.settings, db.releaseById));
      expect(schemaErrors(osv), record.id).toEqual([]);
      expect(osv.id).toBe(`${db.settings.osv?.id_prefix}-${record.id}`);
      expectFollows(osv, record);
    }
    expect(records.some((r) => r.id === 'CVE-2026-1313')).toBe(false);
  });

  test('without an OSV prefix the team prefix takes the x_ rule, never the upstream id itself', () => {
    expect(osvVulnId('CVE-2026-0101', { id_prefix: 'KSA' })).toBe('x_KSA-CVE-2026-0101');
    expect(osvVulnId('CVE-2026-0101', { id_prefix: 'KSA', osv: { id_prefix: 'DEBIAN' } })).toBe('DEBIAN-CVE-2026-0101');
  });

  test('a registered ecosystem names the package, with its purl', () => {
    const record = records.find((r) => r.packages.some((p) => p.releases.some((s) => s.events.at(-1)?.status === 'fixed'))) as TriageRecord;
    const settings = { ...db.settings, osv: { ecosystems: { 'Kestrel:3': 'Debian:12', 'Kestrel:4': 'Debian:13' } } };
    const osv = published(triageToOsv(record, settings, db.releaseById));
    expect(schemaErrors(osv)).toEqual([]);
    expect(osv.affected[0].package.ecosystem).toMatch(/^Debian:1[23]$/);
    expect(osv.affected[0].package.purl).toContain(`/${osv.affected[0].package.name}?distro=`);
  });
});

describe('one record per status, with hostile texts', () => {
  let repo: TestRepo;
  beforeAll(async () => {
    repo = await statusRepo();
  });
  afterAll(() => repo.cleanup());

  test('each status gives its ranges, texts survive as JSON, and an all-rejected record is withdrawn', () => {
    const db = loadDatabase(repo.root, { now: FIXTURE_AFTER });
    const records = publishableTriage(db, FIXTURE_AFTER);
    expect(records.map((r) => r.id)).toContain('CVE-2026-0107');
    for (const record of records) {
      const text = safeJson(triageToOsv(record, db.settings, db.releaseById));
      expect(text).not.toMatch(/[<>&\u2028]/);
      const osv = JSON.parse(text);
      expect(schemaErrors(osv), record.id).toEqual([]);
      expect(osv.id).toBe(`x_TST-${record.id}`);
      if (record.id !== 'CVE-2026-0199') expect(osv.summary).toBe(HOSTILE);
      expectFollows(osv, record);
    }
    const withControl = published(triageToOsv({ ...(records[0] as TriageRecord), summary: CONTROL }, db.settings, db.releaseById));
    expect(withControl.summary).toBe(CONTROL);
    expect(schemaErrors(withControl)).toEqual([]);
  });

  test('a record under embargo is not publishable before it lifts', () => {
    const ids = (now: Date) => publishableTriage(loadDatabase(repo.root, { now }), now).map((r) => r.id);
    expect(ids(FIXTURE_BEFORE)).not.toContain('CVE-2026-0199');
    expect(ids(FIXTURE_AFTER)).toContain('CVE-2026-0199');
  });
});
