// What the OSV export gives a scanner beyond the data's own references: each
// fixing commit as a FIX reference and the advisory page as WEB, valid against
// the official schema, and dropped again when the record is re-imported.
import { describe, expect, test } from 'vitest';
import { absolute, paths } from '../../src/core/export/paths.ts';
import { loadDatabase } from '../../src/core/index.ts';
import { fromOsv, toOsv } from '../../src/core/osv/index.ts';
import { OSV_SKIP } from '../export/external-schemas.ts';
import { NOW, PROJECT_ROOT } from '../helpers/test-repo.ts';
import { osvSchemaErrors } from './osv-validator.ts';

const SCHEMA = !OSV_SKIP;
if (OSV_SKIP) console.log(`skipped: OSV schema checks: ${OSV_SKIP}`);

const dates = { published: '2026-10-08T10:00:00Z', modified: '2026-10-09T10:00:00Z' };

describe('OSV references for scanners', () => {
  const db = loadDatabase(PROJECT_ROOT, { now: NOW });
  const page = (id: string) => absolute(db.settings.site_url, paths.advisory(id));

  test('fixing commits become FIX references (forge commit pages where known) and the page a WEB reference', () => {
    const base = db.advisories.find((a) => a.status === 'published');
    if (!base) throw new Error('no published example');
    const sha = 'a'.repeat(40);
    const advisory = {
      ...base,
      fixes: [
        { type: 'commit' as const, repo: 'https://github.com/example/widget.git', commit: sha },
        { type: 'commit' as const, repo: 'https://git.example.org/widget', commit: 'b'.repeat(40) },
      ],
    };
    const record = toOsv(advisory, db.settings, dates, { page: page(advisory.id) });
    const added = (record.references ?? []).slice(advisory.references?.length ?? 0);
    expect(added).toEqual([
      { type: 'FIX', url: `https://github.com/example/widget/commit/${sha}` },
      { type: 'FIX', url: 'https://git.example.org/widget' },
      { type: 'WEB', url: page(advisory.id) },
    ]);
    if (SCHEMA) expect(osvSchemaErrors(record)).toEqual([]);
    const back = fromOsv(JSON.parse(JSON.stringify(record)), { settings: db.settings, now: NOW });
    if (!back.ok) throw new Error(back.message);
    expect(back.converted.advisory.references).toEqual(advisory.references);
    expect(back.converted.changes).toEqual([]);
  });

  test.skipIf(!SCHEMA)('every publishable example with its page link passes the official schema; withdrawn ones say so', () => {
    for (const advisory of db.advisories.filter((a) => a.status === 'published' || a.status === 'withdrawn')) {
      const record = toOsv(advisory, db.settings, dates, { page: page(advisory.id) });
      expect({ id: advisory.id, errors: osvSchemaErrors(record) }).toEqual({ id: advisory.id, errors: [] });
      expect(record.references?.at(-1)).toEqual({ type: 'WEB', url: page(advisory.id) });
      if (advisory.status === 'withdrawn') expect(record.withdrawn).toBe(advisory.withdrawn);
    }
  });
});
