import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { createIdAllocator, formatAdvisoryText } from '../../src/core/authoring/index.ts';
import { loadDatabase } from '../../src/core/index.ts';
import { cve5ToOsv, fromOsv, planImport, readImportFile, toOsv } from '../../src/core/osv/index.ts';
import { makeTestRepo, NOW, PROJECT_ROOT, type TestRepo } from '../helpers/test-repo.ts';
import { osvSchemaErrors } from './osv-validator.ts';
import { applyChanges, meaning } from './round-trip.ts';

let repo: TestRepo | undefined;
let inputDir: string | undefined;
afterEach(() => {
  repo?.cleanup();
  if (inputDir) rmSync(inputDir, { recursive: true, force: true });
});

const SETTINGS = { id_prefix: 'TST', default_ecosystem: 'Testix:1' };
const HASH = 'a'.repeat(40);

/** An OSV record with one of every problem import knows how to handle. */
const HARD = {
  id: 'GHSA-abcd-efgh-ijkl',
  modified: '2024-05-01T10:00:00.123456Z',
  withdrawn: '2024-01-01T00:00:00Z',
  aliases: ['CVE-2024-1111', 'CVE-2024-1111,', 'not an id!'],
  related: ['CVE-2024-2222'],
  details: 'The parser reads past the end of the buffer. Attackers can crash it.',
  severity: [
    { type: 'CVSS_V2', score: 'AV:N/AC:L/Au:N/C:P/I:P/A:P' },
    { type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' },
    { type: 'CVSS_V3', score: 'CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:L/A:L' },
  ],
  affected: [
    {
      package: { ecosystem: 'PyPI', name: 'parser-lib', purl: 'pkg:pypi/parser-lib@1.0' },
      ranges: [
        { type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '1.2' }] },
        { type: 'GIT', repo: 'http://github.com/example/parser', events: [{ introduced: '0' }, { fixed: HASH }] },
        { type: 'GIT', repo: 'https://github.com/example/parser', events: [{ introduced: '0' }, { fixed: 'abc1234' }] },
      ],
      versions: ['1.0', '1.1'],
      database_specific: { source: 'upstream' },
    },
    { package: { ecosystem: 'PyPI', name: 'parser-lib-extra' } },
  ],
  references: [
    { type: 'WEB', url: 'http://example.org/report' },
    { type: 'ADVISORY', url: 'ftp://example.org/advisory.txt' },
    { type: 'BLOG', url: 'https://example.org/blog' },
  ],
  credits: [{ name: 'Ada Example', type: 'FINDER', contact: ['ada@example.org', 'https://ada.example.org', 'irc://example'] }],
  database_specific: { severity: 'HIGH' },
};

describe('fromOsv', () => {
  test('a hard record: every difference from the input is a reported change, and the result is a valid advisory', async () => {
    const result = fromOsv(HARD, { settings: SETTINGS, now: NOW });
    if (!result.ok) throw new Error(result.message);
    const { advisory, changes } = result.converted;
    const kinds = changes.map((c) => c.kind).sort();
    expect(kinds).toEqual(
      [
        'credit-unmapped',
        'id-assigned',
        'id-cleaned',
        'id-unmapped',
        'published-filled',
        'purl-unmapped',
        'range-unmapped',
        'reference-type',
        'severity-unmapped',
        'severity-unmapped',
        'summary-generated',
        'url-https',
        'url-https',
        'url-https',
        'url-unmapped',
        'versions-empty',
      ].sort(),
    );
    expect(advisory.summary).toBe('parser-lib, parser-lib-extra: The parser reads past the end of the buffer.');
    expect(advisory.aliases).toEqual(['GHSA-abcd-efgh-ijkl', 'CVE-2024-1111']);
    // No published: the earliest instant the record knows, so the real withdrawal date is kept.
    expect(advisory.timeline.published).toBe('2024-01-01T00:00:00Z');
    expect(advisory.withdrawn).toBe('2024-01-01T00:00:00Z');
    expect(advisory.credits?.[0]?.contact).toEqual(['mailto:ada@example.org', 'https://ada.example.org']);
    // What could not be mapped is kept verbatim, so nothing is lost.
    const saved = advisory.database_specific?.osv_import as { unmapped: { pointer: string }[] } | undefined;
    const unmapped = saved?.unmapped.map((u) => u.pointer);
    expect(unmapped).toEqual([
      '/aliases/2',
      '/severity/0',
      '/severity/2',
      '/affected/0/ranges/2',
      '/affected/0/package/purl',
      '/references/1',
      '/credits/0/contact/2',
    ]);

    advisory.id = 'TST-2024-0001';
    const exported = toOsv(
      advisory,
      { ...SETTINGS, osv: {} },
      { published: advisory.timeline.published ?? '', modified: NOW.toISOString() },
    );
    expect(osvSchemaErrors(exported)).toEqual([]);
    expect(meaning(exported)).toEqual(meaning(applyChanges(HARD, changes)));

    const plan = planImport([{ input: 'hard.json', converted: result.converted }], {
      allocator: createIdAllocator('TST', []),
      aliasOwner: new Map(),
    });
    expect(plan.diagnostics).toEqual([]);
    repo = await makeTestRepo({ [plan.planned[0]?.file ?? '']: plan.planned[0]?.text ?? '' });
    expect(loadDatabase(repo.root, { now: NOW }).diagnostics).toEqual([]);
  });

  test('an alias another advisory already has moves to related, and a record imported before is skipped', () => {
    const a = fromOsv({ ...HARD, id: 'PYSEC-2024-1', withdrawn: undefined }, { settings: SETTINGS, now: NOW });
    const b = fromOsv({ ...HARD, id: 'PYSEC-2024-2', withdrawn: undefined }, { settings: SETTINGS, now: NOW });
    if (!a.ok || !b.ok) throw new Error('conversion failed');
    const state = { allocator: createIdAllocator('TST', ['TST-2024-0007']), aliasOwner: new Map([['PYSEC-2024-9', 'TST-2024-0007']]) };
    const plan = planImport(
      [
        { input: 'a.yaml', converted: a.converted },
        { input: 'b.yaml', converted: b.converted },
      ],
      state,
    );
    expect(plan.planned.map((p) => p.id)).toEqual(['TST-2024-0008', 'TST-2024-0009']);
    expect(plan.planned[1]?.changes.filter((c) => c.kind === 'alias-to-related').map((c) => c.from)).toEqual(['CVE-2024-1111']);
    expect(plan.planned[1]?.text).toContain('related:\n  - CVE-2024-2222\n  - CVE-2024-1111');
    const again = fromOsv({ ...HARD, id: 'PYSEC-2024-9' }, { settings: SETTINGS, now: NOW });
    if (!again.ok) throw new Error('conversion failed');
    expect(planImport([{ input: 'c.yaml', converted: again.converted }], state).skipped).toEqual([
      { input: 'c.yaml', sourceId: 'PYSEC-2024-9', existing: 'TST-2024-0007' },
    ]);
  });

  test('a record with no affected package cannot be imported, and says why', () => {
    expect(fromOsv({ id: 'OSV-2024-1', modified: '2024-01-01T00:00:00Z', summary: 'x' }, { settings: SETTINGS, now: NOW })).toEqual({
      ok: false,
      pointer: '/affected',
      message: 'The record lists no affected package; an advisory needs at least one.',
    });
  });

  test("every example advisory survives export and re-import whole (its own OSV id maps back to the tracker's id)", () => {
    const db = loadDatabase(PROJECT_ROOT, { now: NOW });
    for (const advisory of db.advisories.filter((a) => a.status === 'published' || a.status === 'withdrawn')) {
      const exported = toOsv(advisory, db.settings, { published: advisory.timeline.published ?? '', modified: '2026-11-01T00:00:00Z' });
      const back = fromOsv(JSON.parse(JSON.stringify(exported)), { settings: db.settings, now: NOW });
      if (!back.ok) throw new Error(back.message);
      expect(back.converted.ownId).toBe(advisory.id);
      expect(back.converted.changes).toEqual([]);
      const { file: _file, ...original } = advisory;
      const credits = original.credits?.map(({ member: _m, ...c }) => c);
      const expected = { ...original, ...(credits ? { credits } : {}) };
      expect({ ...back.converted.advisory, id: advisory.id }).toEqual(expected);
    }
  });
});

describe('CVE JSON 5', () => {
  const CVE = {
    dataType: 'CVE_RECORD',
    dataVersion: '5.1',
    cveMetadata: {
      cveId: 'CVE-2024-3333',
      state: 'PUBLISHED',
      datePublished: '2024-02-01T12:00:00',
      dateUpdated: '2024-02-03T00:00:00.000Z',
    },
    containers: {
      cna: {
        title: 'parser-lib: buffer over-read in decode()',
        descriptions: [{ lang: 'en', value: 'A buffer over-read in decode() lets attackers crash the process.' }],
        affected: [
          {
            collectionURL: 'https://pypi.org',
            packageName: 'parser-lib',
            versions: [
              { version: '1.0', lessThan: '1.2.1', status: 'affected', versionType: 'python' },
              { version: '2.0', status: 'unaffected' },
            ],
          },
          { vendor: 'Example', product: 'Parser Suite', versions: [{ version: '4.1', status: 'affected' }] },
        ],
        metrics: [{ cvssV3_1: { vectorString: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H' } }],
        references: [
          { url: 'https://example.org/fix', tags: ['patch'] },
          { url: 'http://example.org/advisory', tags: ['vendor-advisory'] },
        ],
        credits: [{ lang: 'en', value: 'Bo Example', type: 'finder' }],
      },
    },
  };

  test('becomes an advisory with the CVE as alias, ranges from lessThan, and its changes reported', async () => {
    const { record } = cve5ToOsv(CVE);
    expect(record.affected?.[0]).toEqual({
      package: { ecosystem: 'PyPI', name: 'parser-lib' },
      ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '1.0' }, { fixed: '1.2.1' }] }],
    });
    const read = readImportFile('cve.json', new TextEncoder().encode(JSON.stringify(CVE)), {
      settings: {
        ...SETTINGS,
        name: 'T',
        site_url: 'https://t.example',
        contact: { email: 'a@t.example' },
        policy: {
          max_embargo_days: 14,
          preferred_embargo_days: 7,
          fix_target_days: 10,
          triage_target_days: 14,
          term_min_months: 6,
          term_max_months: 12,
        },
      },
      now: NOW,
    });
    expect(read.diagnostics).toEqual([]);
    const converted = read.converted;
    if (!converted) throw new Error('no result');
    expect(converted.advisory).toMatchObject({
      status: 'published',
      summary: 'parser-lib: buffer over-read in decode()',
      aliases: ['CVE-2024-3333'],
      severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H' }],
      references: [
        { type: 'FIX', url: 'https://example.org/fix' },
        { type: 'ADVISORY', url: 'https://example.org/advisory' },
      ],
      credits: [{ name: 'Bo Example', type: 'FINDER' }],
      timeline: { published: '2024-02-01T12:00:00Z' },
    });
    expect(converted.advisory.affected[1]).toEqual({ package: { name: 'Parser-Suite' }, versions: ['4.1'] });
    expect(converted.changes.map((c) => c.kind)).toEqual(expect.arrayContaining(['cve-mapped', 'url-https']));
    const plan = planImport([{ input: 'cve.json', converted }], { allocator: createIdAllocator('TST', []), aliasOwner: new Map() });
    repo = await makeTestRepo({ [plan.planned[0]?.file ?? '']: plan.planned[0]?.text ?? '' });
    expect(loadDatabase(repo.root, { now: NOW }).diagnostics).toEqual([]);
  });
});

describe('npm run import', () => {
  const run = (...args: string[]) => {
    try {
      const out = execFileSync(process.execPath, [join(PROJECT_ROOT, 'scripts/import.ts'), ...args], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      return { code: 0, out, err: '' };
    } catch (error) {
      const e = error as { status: number; stdout: string; stderr: string };
      return { code: e.status, out: e.stdout, err: e.stderr };
    }
  };

  test('imports a folder into canonical files that pass check; a second run skips; no progress bar outside a terminal', async () => {
    repo = await makeTestRepo();
    inputDir = mkdtempSync(join(tmpdir(), 'watchkeeper-import-'));
    writeFileSync(join(inputDir, 'GHSA-abcd-efgh-ijkl.json'), JSON.stringify(HARD));
    writeFileSync(
      join(inputDir, 'PYSEC-2021-1.yaml'),
      'id: PYSEC-2021-1\nmodified: 2021-03-01T00:00:00Z\npublished: "2021-02-01T00:00:00Z"\ndetails: A bug.\naffected:\n- package: {ecosystem: PyPI, name: demo}\n  versions: [1.0]\nreferences:\n- type: WEB\n  url: http://example.org/\n',
    );
    const first = run('osv', inputDir, '--root', repo.root);
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    expect(first.out).toContain('2 files read, 2 advisories written under advisories/.');
    expect(first.out).toMatch(/url-https\s+4 changes in 2 records/);
    const written = ['advisories/2021/TST-2021-0001.yaml', 'advisories/2024/TST-2024-0001.yaml'];
    for (const file of written) expect(formatAdvisoryText(file, repo.read(file)).changed).toBe(false);
    expect(repo.read(written[0] ?? '')).toContain('# Imported from PYSEC-2021-1 by `npm run import`');
    expect(loadDatabase(repo.root, { now: NOW }).diagnostics).toEqual([]);

    const second = run('osv', inputDir, '--root', repo.root);
    expect(second.code).toBe(0);
    expect(second.out).toContain('IMPORT_ALREADY_IMPORTED');
    expect(second.out).toContain('0 advisories written');

    writeFileSync(join(inputDir, 'broken.json'), JSON.stringify({ id: 'OSV-1', modified: '2024-01-01T00:00:00Z' }));
    const third = run('osv', join(inputDir, 'broken.json'), '--root', repo.root, '--format', 'github');
    expect(third.code).toBe(1);
    expect(third.out).toContain('title=IMPORT_UNMAPPABLE');
  });
});
