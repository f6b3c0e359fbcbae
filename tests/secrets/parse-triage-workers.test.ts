import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { listDataFiles } from '../../src/core/files.ts';
import { checkRepository, loadDatabase } from '../../src/core/index.ts';
import { parallelParse } from '../../src/core/parallel-parse.ts';
import { cacheKey, emptyParseCache, schemaCacheKey } from '../../src/core/parse-cache.ts';
import { advisoryPath, advisoryYaml, NOW, ROSTER_YAML, SETTINGS_YAML } from '../helpers/test-repo.ts';
import { recordYaml, releaseYaml } from '../helpers/triage-data.ts';

// 600 records: above the threshold where parsing is spread over worker threads.
const COUNT = 600;

describe('triage records are parsed on worker threads, through the parse cache', () => {
  const root = mkdtempSync(join(tmpdir(), 'watchkeeper-triage-workers-'));
  const cacheDir = mkdtempSync(join(tmpdir(), 'watchkeeper-triage-cache-'));
  const write = (rel: string, text: string) => {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  };
  write('watchkeeper.yaml', SETTINGS_YAML);
  write('rotations/roster.yaml', ROSTER_YAML);
  write('vulns/releases/testix-1.yaml', releaseYaml());
  for (let i = 0; i < COUNT; i++) {
    const id = `CVE-2026-${String(10000 + i)}`;
    write(`vulns/2026/${id}.yaml`, recordYaml({ id }));
  }
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  });
  const strip = (db: ReturnType<typeof loadDatabase>) => ({ triage: db.triage, releases: db.releases, diagnostics: db.diagnostics });

  test('the workers fill the cache with every record and release, keyed by their schema', async () => {
    const files = listDataFiles(root);
    const bytes = new Map(files.triage.concat(files.releases).map((rel) => [rel, readFileSync(join(root, rel))]));
    const cache = emptyParseCache();
    await parallelParse(root, { files, bytes }, cache, 2);
    for (const rel of files.triage)
      expect(cache.entries.has(schemaCacheKey('triage', cacheKey(bytes.get(rel) as Uint8Array))), rel).toBe(true);
    expect(cache.entries.has(schemaCacheKey('release', cacheKey(bytes.get('vulns/releases/testix-1.yaml') as Uint8Array)))).toBe(true);
    expect(cache.entries.size).toBe(COUNT + 1);
  });

  test('cold and warm checks with two workers give exactly what loadDatabase gives', async () => {
    const expected = strip(loadDatabase(root, { now: NOW }));
    expect(expected.triage).toHaveLength(COUNT);
    expect(strip(await checkRepository(root, { now: NOW, cacheDir, workers: 2 }))).toEqual(expected);
    expect(strip(await checkRepository(root, { now: NOW, cacheDir, workers: 2 }))).toEqual(expected);
  });

  test('an advisory copied byte for byte into vulns/ is judged by the triage schema, not served from the cache', async () => {
    const advisory = advisoryYaml({ id: 'CVE-2026-0999' });
    write(advisoryPath('CVE-2026-0999'), advisory);
    await checkRepository(root, { now: NOW, cacheDir, workers: 2 });
    write('vulns/2026/CVE-2026-0999.yaml', advisory);
    const db = await checkRepository(root, { now: NOW, cacheDir, workers: 2 });
    expect(db.triage.map((t) => t.id)).not.toContain('CVE-2026-0999');
    expect(db.diagnostics.filter((d) => d.file === 'vulns/2026/CVE-2026-0999.yaml').map((d) => d.code)).toContain('SCHEMA_UNKNOWN_FIELD');
  });
});
