// The one publishable decision for triage records, on the real loader with a fixed clock.
import { afterEach, expect, test } from 'vitest';
import { isTriagePublishable, loadDatabase, publishableTriage } from '../../src/core/index.ts';
import { advisoryPath, advisoryYaml, makeTestRepo, NOW, type TestRepo } from '../helpers/test-repo.ts';
import { recordYaml, releaseYaml } from '../helpers/triage-data.ts';

let repo: TestRepo | undefined;
afterEach(() => repo?.cleanup());

test('a record is publishable once public upstream and its embargo has lifted, never before', () => {
  const until = '2026-12-02T14:00:00Z';
  expect(isTriagePublishable({ published_upstream: '2026-11-01T00:00:00Z' }, NOW)).toBe(true);
  expect(isTriagePublishable({ published_upstream: '2026-11-01T00:00:00Z', embargo: { until } }, NOW)).toBe(false);
  expect(isTriagePublishable({ published_upstream: '2026-11-01T00:00:00Z', embargo: { until } }, new Date(until))).toBe(true);
  // Fail closed: not yet public, no publication date, or an instant that does not read strictly.
  expect(isTriagePublishable({ published_upstream: '2026-12-01T00:00:00Z' }, NOW)).toBe(false);
  expect(isTriagePublishable({}, NOW)).toBe(false);
  expect(isTriagePublishable({ published_upstream: '2026-11-01T00:00:00' }, NOW)).toBe(false);
  expect(isTriagePublishable({ published_upstream: '2026-11-01T00:00:00Z', embargo: { until: 'soon' } }, NOW)).toBe(false);
});

test('publishableTriage leaves out a record that names an advisory still under embargo, whatever the record says', async () => {
  repo = await makeTestRepo({
    'vulns/releases/testix-1.yaml': releaseYaml(),
    'vulns/2026/CVE-2026-0101.yaml': recordYaml(),
    'vulns/2026/CVE-2026-0202.yaml': recordYaml({ id: 'CVE-2026-0202' }),
    [advisoryPath('TST-2026-0002')]: advisoryYaml({
      id: 'TST-2026-0002',
      status: 'embargoed',
      extra: 'aliases:\n  - CVE-2026-0202\nembargo:\n  until: 2026-12-02T14:00:00Z\n',
    }),
  });
  const db = loadDatabase(repo.root, { now: NOW });
  expect(db.triage.map((t) => t.id)).toEqual(['CVE-2026-0101', 'CVE-2026-0202']);
  expect(db.diagnostics.map((d) => `${d.file} ${d.code}`)).toEqual(['vulns/2026/CVE-2026-0202.yaml TRIAGE_EMBARGO_SHORTER']);
  expect(publishableTriage(db, NOW).map((t) => t.id)).toEqual(['CVE-2026-0101']);
  expect(publishableTriage(db, new Date('2026-12-02T14:00:00Z')).map((t) => t.id)).toEqual(['CVE-2026-0101']);
});
