import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { writeSyntheticRepo } from '../../bench/synthetic.ts';
import { checkRepository, loadDatabase } from '../../src/core/index.ts';
import { NOW, PROJECT_ROOT } from '../helpers/test-repo.ts';

// 600 files: above the threshold where parsing is spread over worker threads.
describe('parallel parsing and the parse cache give exactly what loadDatabase gives', () => {
  const root = mkdtempSync(join(tmpdir(), 'watchkeeper-cache-'));
  const cacheDir = mkdtempSync(join(tmpdir(), 'watchkeeper-cache-dir-'));
  const paths = writeSyntheticRepo(root, PROJECT_ROOT, 600);
  const broken = paths[7] ?? '';
  writeFileSync(join(root, broken), readFileSync(join(root, broken), 'utf8').replace('summary:', 'sumary:'));
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  });
  const strip = (db: Awaited<ReturnType<typeof checkRepository>>) => ({
    advisories: db.advisories,
    terms: db.terms,
    diagnostics: db.diagnostics,
  });

  test('cold, with two workers', async () => {
    const expected = strip(loadDatabase(root, { now: NOW }));
    expect(expected.diagnostics.map((d) => d.code)).toEqual(['SCHEMA_MISSING_FIELD', 'SCHEMA_UNKNOWN_FIELD']);
    expect(strip(await checkRepository(root, { now: NOW, cacheDir, workers: 2 }))).toEqual(expected);
  });

  test('warm, from the cache: same result, and the broken file is still reported with its position', async () => {
    const warm = await checkRepository(root, { now: NOW, cacheDir, workers: 2 });
    expect(strip(warm)).toEqual(strip(loadDatabase(root, { now: NOW })));
    expect(warm.diagnostics[1]).toMatchObject({ file: broken, line: 3, column: 1 });
  });

  test('a changed file is parsed again, not taken from the cache', async () => {
    const changed = paths[3] ?? '';
    writeFileSync(join(root, changed), readFileSync(join(root, changed), 'utf8').replace(/^summary: .*$/m, 'summary: "changed summary"'));
    const db = await checkRepository(root, { now: NOW, cacheDir, workers: 2 });
    expect(db.advisories.find((a) => a.file === changed)?.summary).toBe('changed summary');
  });

  test('a corrupt cache file is ignored', async () => {
    const [file] = readdirSync(cacheDir);
    writeFileSync(join(cacheDir, file ?? 'x'), '{not json');
    const db = await checkRepository(root, { now: NOW, cacheDir, workers: 1 });
    expect(strip(db)).toEqual(strip(loadDatabase(root, { now: NOW })));
  });
});
