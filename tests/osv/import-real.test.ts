// Importing real OSV databases: withdrawn tombstones with no packages, records
// without `published`, long summaries, a JSON array of records (our own
// osv/all.json), a missing path, and a report that reads as English — all
// through the command a team runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { csafText, toCsaf } from '../../src/core/export/csaf-document.ts';
import { advisoryFacts } from '../../src/core/export/facts.ts';
import { loadDatabase } from '../../src/core/index.ts';
import { fromOsv, toOsv } from '../../src/core/osv/index.ts';
import { csafMandatoryProblems } from '../export/csaf-mandatory.ts';
import { CSAF_SKIP, csafSchemaErrors, OSV_SKIP } from '../export/external-schemas.ts';
import { makeTestRepo, NOW, PROJECT_ROOT, type TestRepo } from '../helpers/test-repo.ts';
import { osvSchemaErrors } from './osv-validator.ts';

let repo: TestRepo | undefined;
let inputDir: string | undefined;
afterEach(() => {
  repo?.cleanup();
  if (inputDir) rmSync(inputDir, { recursive: true, force: true });
});

const SETTINGS = { id_prefix: 'TST', default_ecosystem: 'Testix:1' };

/** A distribution's withdrawn tombstone: no affected, no published, only modified and withdrawn. */
const TOMBSTONE = {
  schema_version: '1.6.0',
  id: 'ALSA-2021:0001',
  modified: '2023-06-01T00:00:00Z',
  withdrawn: '2022-02-03T04:05:06Z',
  summary: 'Withdrawn: replaced by ALSA-2021:0002',
  upstream: ['CVE-2021-3999'],
};

const LONG = `${'A very long summary that goes on '.repeat(10)}and ends here.`;

const PLAIN = {
  id: 'PYSEC-2024-7',
  modified: '2024-03-01T00:00:00Z',
  published: '2024-02-01T00:00:00Z',
  summary: LONG,
  upstream: ['CVE-2024-7777'],
  affected: [{ package: { ecosystem: 'PyPI', name: 'demo' }, versions: ['1.0'] }],
};

function run(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/import.ts'), ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('import of real databases', () => {
  test('a withdrawn tombstone becomes a withdrawn advisory with its real dates, valid in every export', async () => {
    const result = fromOsv(TOMBSTONE, { settings: SETTINGS, now: NOW });
    if (!result.ok) throw new Error(result.message);
    const { advisory, changes } = result.converted;
    expect(advisory.status).toBe('withdrawn');
    expect(advisory.affected).toEqual([]);
    expect(advisory.withdrawn).toBe('2022-02-03T04:05:06Z');
    expect(advisory.timeline.published).toBe('2022-02-03T04:05:06Z');
    expect(advisory.upstream).toEqual(['CVE-2021-3999']);
    expect(changes.map((c) => c.kind)).toEqual(['id-assigned', 'published-filled']);

    advisory.id = 'TST-2022-0001';
    const exported = toOsv(advisory, { ...SETTINGS, osv: {} }, { published: '2022-02-03T04:05:06Z', modified: '2022-02-03T04:05:06Z' });
    if (!OSV_SKIP) expect(osvSchemaErrors(exported)).toEqual([]);
    expect(exported.withdrawn).toBe('2022-02-03T04:05:06Z');

    repo = await makeTestRepo({});
    const db = loadDatabase(repo.root, { now: NOW });
    if (!CSAF_SKIP) {
      const full = { ...advisory, file: 'advisories/2022/TST-2022-0001.yaml' };
      const doc = JSON.parse(
        csafText(
          toCsaf(
            {
              advisory: full,
              facts: advisoryFacts(full, db.settings),
              published: '2022-02-03T04:05:06Z',
              modified: '2022-02-03T04:05:06Z',
              revisions: [],
            },
            db.settings,
          ),
        ),
      );
      expect(csafSchemaErrors(doc)).toEqual([]);
      expect(csafMandatoryProblems(doc)).toEqual([]);
      expect(doc.vulnerabilities[0].cve).toBe('CVE-2021-3999');
      expect(Object.keys(doc.vulnerabilities[0].product_status)).toEqual(['known_not_affected']);
    }
  });

  test('a shortened summary keeps the original under osv_import', () => {
    const result = fromOsv(PLAIN, { settings: SETTINGS, now: NOW });
    if (!result.ok) throw new Error(result.message);
    const { advisory } = result.converted;
    expect(advisory.summary.length).toBeLessThanOrEqual(200);
    expect((advisory.database_specific?.osv_import as { summary?: string } | undefined)?.summary).toBe(LONG);
  });

  test('npm run import takes a JSON array (our own osv/all.json) and tombstones; the files pass check; the report reads as English', async () => {
    repo = await makeTestRepo();
    inputDir = mkdtempSync(join(tmpdir(), 'watchkeeper-import-'));
    writeFileSync(join(inputDir, 'all.json'), JSON.stringify([TOMBSTONE, PLAIN]));
    const first = run('osv', join(inputDir, 'all.json'), '--root', repo.root);
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    expect(first.out).toContain('1 file read (2 records), 2 advisories written under advisories/.');
    expect(first.out).toMatch(/published-filled\s+1 change in 1 record\n/);
    const db = loadDatabase(repo.root, { now: NOW });
    expect(db.diagnostics).toEqual([]);
    expect(db.advisories.map((a) => [a.status, a.withdrawn ?? ''])).toEqual(
      expect.arrayContaining([
        ['withdrawn', '2022-02-03T04:05:06Z'],
        ['published', ''],
      ]),
    );

    // One clean record: no "0 mapped with changes:" heading with nothing under it.
    const clean = {
      id: 'PYSEC-2024-8',
      modified: '2024-03-01T00:00:00Z',
      published: '2024-02-01T00:00:00Z',
      summary: 'A bug',
      affected: PLAIN.affected,
    };
    writeFileSync(join(inputDir, 'one.json'), JSON.stringify(clean));
    const second = run('osv', join(inputDir, 'one.json'), '--root', repo.root, '--dry-run');
    expect(second.code).toBe(0);
    expect(second.out).toContain('Dry run: 1 file read, 1 advisory would be imported (nothing written).');
    expect(second.out).toContain('1 mapped as they were (apart from the new id).');
    expect(second.out).not.toContain('mapped with changes');
  });

  test('a missing path is a usage error with the path named, not a stack trace', async () => {
    repo = await makeTestRepo();
    const missing = run('osv', '/nonexistent/osv-dump', '--root', repo.root);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('No such file or folder: /nonexistent/osv-dump');
    expect(missing.err).not.toMatch(/\n\s+at /);
  });
});
