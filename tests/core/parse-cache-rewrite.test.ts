import { appendFileSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { writeSyntheticRepo } from '../../bench/synthetic.ts';
import { checkRepository } from '../../src/core/check-repository.ts';
import { RACY_MARGIN_NS } from '../../src/core/file-stamp.ts';
import { loadDatabase } from '../../src/core/load.ts';
import { readParseCache } from '../../src/core/parse-cache.ts';
import { NOW, PROJECT_ROOT } from '../helpers/test-repo.ts';

const root = mkdtempSync(join(tmpdir(), 'watchkeeper-cache-rewrite-'));
const cacheDir = mkdtempSync(join(tmpdir(), 'watchkeeper-cache-rewrite-dir-'));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
});

// A check with one file changed must not pay for rewriting the whole cache; many changes are saved.
test('a few changed files leave the cache file as it is; many rewrite it; the result is always what loadDatabase gives', async () => {
  const paths = writeSyntheticRepo(root, PROJECT_ROOT, 60);
  // Past the stamps' racy margin first: otherwise, on a slow machine, the files can settle between two
  // checks below, and 60 new stamps rightly rewrite the cache (src/core/file-stamp.ts).
  await new Promise((resolve) => setTimeout(resolve, Number(RACY_MARGIN_NS / 1_000_000n) + 300));
  await checkRepository(root, { now: NOW, cacheDir });
  const [name] = readdirSync(cacheDir);
  const file = join(cacheDir, name ?? '');
  const written = statSync(file).mtimeMs;
  expect(readParseCache(file).entries.size).toBeGreaterThan(60);

  for (const rel of paths.slice(0, 3)) appendFileSync(join(root, rel), '# edited\n');
  const few = await checkRepository(root, { now: NOW, cacheDir });
  expect(statSync(file).mtimeMs).toBe(written);
  expect(few.advisories).toEqual(loadDatabase(root, { now: NOW }).advisories);

  for (const rel of paths.slice(0, 30)) appendFileSync(join(root, rel), '# edited again\n');
  const many = await checkRepository(root, { now: NOW, cacheDir });
  expect(statSync(file).mtimeMs).toBeGreaterThan(written);
  expect(many.advisories).toEqual(loadDatabase(root, { now: NOW }).advisories);
});
