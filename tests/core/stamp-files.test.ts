import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { writeSyntheticRepo } from '../../bench/synthetic.ts';
import { checkRepository } from '../../src/core/check-repository.ts';
import { isSettled, RACY_MARGIN_NS, stampFromId } from '../../src/core/file-stamp.ts';
import { loadDatabase } from '../../src/core/load.ts';
import { parseCacheFile } from '../../src/core/parse-cache.ts';
import { stampFiles, stampFilesInBackground, WORKER_WORTH_CACHE_BYTES } from '../../src/core/stamp-files.ts';
import { NOW, PROJECT_ROOT } from '../helpers/test-repo.ts';

// `npm run check` lists and stamps the files on a worker thread while the library loads
// (src/core/stamp-files.ts). Whatever the worker gives, the verdict must be the one of a check without it.
describe('stamping on a worker thread never changes a verdict', () => {
  const root = mkdtempSync(join(tmpdir(), 'watchkeeper-stamp-files-'));
  const other = mkdtempSync(join(tmpdir(), 'watchkeeper-stamp-files-other-'));
  const cacheDir = mkdtempSync(join(tmpdir(), 'watchkeeper-stamp-files-cache-'));
  afterAll(() => {
    for (const dir of [root, other, cacheDir]) rmSync(dir, { recursive: true, force: true });
  });
  const paths = writeSyntheticRepo(root, PROJECT_ROOT, 40);
  writeSyntheticRepo(other, PROJECT_ROOT, 40);
  // Findings of the listing itself must cross from the worker too: a symlink and a file that is not data.
  symlinkSync(join(root, paths[0] ?? ''), join(root, 'advisories/2016/KSA-2016-99999.yaml'));
  writeFileSync(join(root, 'advisories/README.md'), 'not data\n');
  const OLD_SECONDS = 1_700_000_000;
  for (const rel of paths) utimesSync(join(root, rel), OLD_SECONDS, OLD_SECONDS);
  const view = (db: { advisories: unknown; diagnostics: unknown; filesRead: unknown }) => ({
    advisories: db.advisories,
    diagnostics: db.diagnostics,
    filesRead: db.filesRead,
  });

  test('the worker lists and stamps exactly what this thread does', async () => {
    const ahead = await stampFilesInBackground(root);
    const here = stampFiles(root);
    expect(ahead).toBeDefined();
    expect(ahead?.files).toStrictEqual(here.files);
    expect(ahead?.files.diagnostics.length).toBeGreaterThan(0);
    expect([...(ahead?.stamps ?? [])]).toEqual([...here.stamps]);
    expect(ahead?.root).toBe(root);
  });

  test('a check with stamps from the worker equals one without them and one without any cache', async () => {
    // Twice past the racy margin, so the stamps are remembered and the second check relies on them.
    await new Promise((resolve) => setTimeout(resolve, Number(RACY_MARGIN_NS / 1_000_000n) + 300));
    for (let round = 0; round < 2; round++) {
      const withWorker = await checkRepository(root, { now: NOW, cacheDir, workers: 1, stamped: stampFilesInBackground(root) });
      expect(view(withWorker)).toEqual(view(loadDatabase(root, { now: NOW })));
    }
    // An edit that keeps the size and puts the mtime back, stamped by the worker: read and re-checked.
    const target = join(root, paths[3] ?? '');
    const text = readFileSync(target, 'utf8');
    writeFileSync(target, text.replace('synthetic vulnerability', 'synthetic Vulnerability'));
    utimesSync(target, OLD_SECONDS, OLD_SECONDS);
    const edited = await checkRepository(root, { now: NOW, cacheDir, workers: 1, stamped: stampFilesInBackground(root) });
    expect(edited.advisories.find((a) => a.file === paths[3])?.summary).toContain('synthetic Vulnerability');
    expect(view(edited)).toEqual(view(loadDatabase(root, { now: NOW })));
    expect(view(await checkRepository(root, { now: NOW, cacheDir, workers: 1 }))).toEqual(view(edited));
  });

  test('stamps taken of another root are not used', async () => {
    const wrong = await checkRepository(root, { now: NOW, cacheDir, workers: 1, stamped: stampFilesInBackground(other) });
    expect(view(wrong)).toEqual(view(loadDatabase(root, { now: NOW })));
  });

  test('a worker that cannot start gives no stamps, and the check stamps on its own', async () => {
    // A root that cannot be sent to a worker: starting it throws.
    const failed = await stampFilesInBackground(Symbol('not a root') as unknown as string);
    expect(failed).toBeUndefined();
    const db = await checkRepository(root, { now: NOW, cacheDir, workers: 1, stamped: Promise.resolve(undefined) });
    expect(view(db)).toEqual(view(loadDatabase(root, { now: NOW })));
  });

  test('a stamp id of any other shape is never settled', () => {
    const clock = 1n << 70n;
    expect(isSettled(stampFromId('1/2/3/4/5'), clock)).toBe(true);
    for (const id of ['', '1/2/3/4', '1/2/3/4/5/6', '1/x/3/4/5', '1/2/-3/4/5', '1/2/3 /4/5']) {
      expect(isSettled(stampFromId(id), clock)).toBe(false);
    }
  });
});

// Through the real command: the output of check (text and JSON, every diagnostic, the exit status) with the
// worker's stamps and a warm cache must be the output of a check without any cache, on a repository with problems
// large enough for the worker (stampFilesAhead), and on the project's own data (too small for it).
test('npm run check gives the same output with the worker and a warm cache as with --no-cache', async () => {
  const root = mkdtempSync(join(tmpdir(), 'watchkeeper-stamp-files-cli-'));
  const cacheDir = mkdtempSync(join(tmpdir(), 'watchkeeper-stamp-files-cli-cache-'));
  try {
    const paths = writeSyntheticRepo(root, PROJECT_ROOT, 1200);
    appendFileSync(join(root, paths[2] ?? ''), 'unknown_field: 1\n');
    mkdirSync(join(root, 'advisories/2030'), { recursive: true });
    writeFileSync(join(root, 'advisories/2030/KSA-2030-00001.yaml'), 'id: [\n');
    // A finding of the listing itself, which crosses from the worker.
    writeFileSync(join(root, 'advisories/README.md'), 'not data\n');
    const check = (args: string[]) =>
      spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/check.mjs'), '--root', root, ...args], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '' },
      });
    // Past the racy margin, as in a real checkout: the stamps are then remembered, and the cache is
    // large enough for the worker (without them it holds about 0.9 KB a file).
    await new Promise((resolve) => setTimeout(resolve, Number(RACY_MARGIN_NS / 1_000_000n) + 300));
    check(['--cache-dir', cacheDir]);
    expect(statSync(parseCacheFile(cacheDir, root)).size).toBeGreaterThan(WORKER_WORTH_CACHE_BYTES);
    for (const format of ['json', 'human']) {
      const fresh = check(['--no-cache', '--format', format]);
      expect(fresh.status).toBe(1);
      // The first run of all fills the cache; every later one takes the clean files from it.
      const cached = check(['--cache-dir', cacheDir, '--format', format]);
      expect([cached.status, cached.stdout, cached.stderr]).toEqual([fresh.status, fresh.stdout, fresh.stderr]);
    }
    // And on the project's own data.
    const own = (args: string[]) =>
      spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/check.mjs'), '--root', PROJECT_ROOT, '--format', 'json', ...args], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '' },
      });
    const ownFresh = own(['--no-cache']);
    own(['--cache-dir', cacheDir]);
    const ownCached = own(['--cache-dir', cacheDir]);
    expect([ownCached.status, ownCached.stdout, ownCached.stderr]).toEqual([ownFresh.status, ownFresh.stdout, ownFresh.stderr]);
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
}, 120_000);
