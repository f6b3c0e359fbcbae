import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkRepository, isPublishable } from '../../src/core/index.ts';
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
});
