import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkRepository, isPublishable, isTriagePublishable, publishableTriage } from '../../src/core/index.ts';
import { NOW, PROJECT_ROOT } from '../helpers/test-repo.ts';

// The repository's own data is the example every fork starts from: it must pass
// every check. The clock is fixed at the example's "today" (its embargo is still
// running, its rotation covers the year ahead), so the test does not change with
// the calendar; `npm run build` checks the same data against the real clock.
describe("the repository's own advisories and rotations", async () => {
  const db = await checkRepository(PROJECT_ROOT, { now: NOW, workers: 1 });

  test('pass every check, keys included, with no errors or warnings', () => {
    expect(db.diagnostics).toEqual([]);
  });

  test('every file in advisories/ and rotations/ was read', () => {
    const advisoryFiles = readdirSync(join(PROJECT_ROOT, 'advisories'), { recursive: true }).filter((f) => String(f).endsWith('.yaml'));
    expect(db.advisories.length).toBe(advisoryFiles.length);
    expect(db.advisories.length).toBeGreaterThanOrEqual(12);
    expect(db.members.length).toBeGreaterThanOrEqual(3);
  });

  test('cover every status, several severities and packages', () => {
    expect(new Set(db.advisories.map((a) => a.status))).toEqual(new Set(['draft', 'embargoed', 'published', 'withdrawn']));
    expect(db.byPackage.size).toBeGreaterThanOrEqual(8);
  });

  test('file name equals id, and no alias is listed twice', () => {
    const aliases = db.advisories.flatMap((a) => a.aliases ?? []).map((a) => a.toUpperCase());
    expect(new Set(aliases).size).toBe(aliases.length);
    for (const a of db.advisories) expect(a.file).toBe(`advisories/${a.id.slice(4, 8)}/${a.id}.yaml`);
  });

  test('drafts and embargoed advisories are never publishable', () => {
    for (const a of db.advisories.filter((x) => x.status === 'draft' || x.status === 'embargoed')) {
      expect(isPublishable(a, new Date('2100-01-01T00:00:00Z')), a.id).toBe(false);
    }
  });

  test('every file in vulns/ was read: two releases and about 30 records covering every status', () => {
    const files = readdirSync(join(PROJECT_ROOT, 'vulns'), { recursive: true }).map(String);
    expect(db.releases.map((r) => r.id)).toEqual(['kestrel-3', 'kestrel-4']);
    expect(db.triage.length).toBe(files.filter((f) => f.endsWith('.yaml') && !f.startsWith('releases')).length);
    expect(db.triage.length).toBeGreaterThanOrEqual(30);
    const current = db.triage.flatMap((t) => t.packages.flatMap((p) => p.releases.map((r) => r.events.at(-1)?.status)));
    const every = db.triage.flatMap((t) => t.packages.flatMap((p) => p.releases.flatMap((r) => r.events.map((e) => e.status))));
    expect(new Set(current)).toEqual(
      new Set(['detected', 'investigating', 'affected', 'not_affected', 'fixed', 'will_not_fix', 'rejected']),
    );
    const justifications = db.triage.flatMap((t) =>
      t.packages.flatMap((p) => p.releases.flatMap((r) => r.events.map((e) => e.justification))),
    );
    expect(new Set(justifications.filter(Boolean)).size).toBe(5);
    expect(every).toContain('fixed');
  });

  test('every CVE alias of an advisory has a record, and the embargoed one is not publishable', () => {
    for (const alias of db.advisories.flatMap((a) => a.aliases ?? [])) expect(db.triageByAlias.has(alias.toUpperCase()), alias).toBe(true);
    const embargoed = db.triageById.get('CVE-2026-1313');
    expect(embargoed && isTriagePublishable(embargoed, NOW)).toBe(false);
    const published = publishableTriage(db, NOW).map((t) => t.id);
    expect(published).not.toContain('CVE-2026-1313');
    expect(published).toContain('CVE-2026-0101');
  });
});
