import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { writeSyntheticRepo } from '../../bench/synthetic.ts';
import { checkRepository } from '../../src/core/check-repository.ts';
import { type FileStamp, fileStamp, isSettled, RACY_MARGIN_NS } from '../../src/core/file-stamp.ts';
import { loadDatabase } from '../../src/core/load.ts';
import { readParseCache, writeParseCache } from '../../src/core/parse-cache.ts';
import { NOW, PROJECT_ROOT } from '../helpers/test-repo.ts';

// The parse cache remembers each file's stamp (size, times, inode) with its hash, and a later check
// reads only files whose stamp changed. These cases are the edits a stamp could hide.
describe('file stamps never hide an edit', () => {
  const root = mkdtempSync(join(tmpdir(), 'watchkeeper-stamps-'));
  const cacheDir = mkdtempSync(join(tmpdir(), 'watchkeeper-stamps-cache-'));
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  });
  const paths = writeSyntheticRepo(root, PROJECT_ROOT, 40);
  const target = paths[5] ?? '';
  // A fixed whole-second mtime, so putting it back after an edit restores it to the nanosecond.
  const OLD_SECONDS = 1_700_000_000;
  const cacheFile = () => join(cacheDir, readdirSync(cacheDir).find((n) => n.endsWith('.json')) ?? '');
  const check = () => checkRepository(root, { now: NOW, cacheDir, workers: 1 });
  const fresh = () => loadDatabase(root, { now: NOW });
  const view = (db: { advisories: unknown; diagnostics: unknown }) => ({ advisories: db.advisories, diagnostics: db.diagnostics });

  test('files changed within the racy margin are not remembered; settled ones are', async () => {
    for (const rel of paths) utimesSync(join(root, rel), OLD_SECONDS, OLD_SECONDS);
    await check();
    // Just written: their ctime is within the margin of this run's clock, so no stamp is kept.
    expect(readParseCache(cacheFile()).stamps.size).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, Number(RACY_MARGIN_NS / 1_000_000n) + 300));
    // Rewritten once enough stamps are new (more than the rewrite threshold of 16).
    await check();
    const stamps = readParseCache(cacheFile()).stamps;
    for (const rel of paths) expect(stamps.has(rel)).toBe(true);
    expect(stamps.get(target)?.stamp).toBe(fileStamp(join(root, target)).id);
  });

  test('an edit that keeps the size and puts the mtime back is still read and re-checked', async () => {
    const before = statSync(join(root, target), { bigint: true });
    const text = readFileSync(join(root, target), 'utf8');
    // One letter of the summary changed: the same size, different content.
    const edited = text.replace('synthetic vulnerability', 'synthetic Vulnerability');
    expect(edited.length).toBe(text.length);
    expect(edited).not.toBe(text);
    writeFileSync(join(root, target), edited);
    utimesSync(join(root, target), OLD_SECONDS, OLD_SECONDS);
    const after = statSync(join(root, target), { bigint: true });
    expect([after.size, after.mtimeNs, after.ino]).toEqual([before.size, before.mtimeNs, before.ino]);
    const db = await check();
    expect(db.advisories.find((a) => a.file === target)?.summary).toContain('synthetic Vulnerability');
    expect(view(db)).toEqual(view(fresh()));
  });

  test('an edit that breaks a file with the same size and mtime is reported', async () => {
    const text = readFileSync(join(root, target), 'utf8');
    const broken = text.replace(/^summary:/m, 'sumary: ');
    expect(broken.length).toBe(text.length);
    writeFileSync(join(root, target), broken);
    utimesSync(join(root, target), OLD_SECONDS, OLD_SECONDS);
    const db = await check();
    expect(db.diagnostics.filter((d) => d.file === target).map((d) => d.code)).toContain('SCHEMA_UNKNOWN_FIELD');
    expect(view(db)).toEqual(view(fresh()));
    writeFileSync(join(root, target), text);
  });

  test('touching files without changing them gives the same result', async () => {
    const expected = view(await check());
    for (const rel of paths.slice(0, 20)) utimesSync(join(root, rel), OLD_SECONDS + 60, OLD_SECONDS + 60);
    expect(view(await check())).toEqual(expected);
    expect(expected).toEqual(view(fresh()));
  });

  test('a file replaced by another of the same size and times (a new inode) is read', async () => {
    const other = paths[6] ?? '';
    const a = readFileSync(join(root, target), 'utf8');
    const b = readFileSync(join(root, other), 'utf8');
    // The two synthetic advisories differ in their id only; swap their bodies through new files.
    writeFileSync(join(root, `${target}.new`), b.replace(/^id: .*$/m, a.match(/^id: .*$/m)?.[0] ?? ''));
    rmSync(join(root, target));
    const moved = readFileSync(join(root, `${target}.new`));
    rmSync(join(root, `${target}.new`));
    writeFileSync(join(root, target), moved);
    utimesSync(join(root, target), OLD_SECONDS, OLD_SECONDS);
    expect(view(await check())).toEqual(view(fresh()));
  });

  test('an appended line is read (the plain case)', async () => {
    appendFileSync(join(root, target), 'summary: twice\n');
    const db = await check();
    expect(db.diagnostics.some((d) => d.file === target)).toBe(true);
    expect(view(db)).toEqual(view(fresh()));
  });

  test('a load that does not stamp (the site preview) keeps the stamps when it rewrites the cache', async () => {
    await check();
    const before = readParseCache(cacheFile()).stamps;
    const unchanged = paths[30] ?? '';
    expect(before.has(unchanged)).toBe(true);
    // Enough edits that the cache is rewritten (more than 16 new entries).
    for (const rel of paths.slice(10, 30)) appendFileSync(join(root, rel), '# edited for the preview\n');
    const cache = readParseCache(cacheFile());
    loadDatabase(root, { now: NOW, cache });
    writeParseCache(cacheFile(), cache);
    const after = readParseCache(cacheFile());
    expect(after.entries.size).toBeGreaterThan(before.size - 20);
    expect(after.stamps.get(unchanged)).toEqual(before.get(unchanged));
    // The edited files' old stamps are kept too, and do not match any more: check reads them.
    expect(view(await check())).toEqual(view(fresh()));
  });

  test('isSettled: a stamp is remembered only when both times are older than the margin before the clock', () => {
    const clock = 10_000_000_000n;
    const stamp = (mtimeNs: bigint, ctimeNs: bigint): FileStamp => ({ id: `1/${mtimeNs}/${ctimeNs}/1/1`, mtimeNs, ctimeNs });
    expect(isSettled(stamp(1n, clock - RACY_MARGIN_NS - 1n), clock)).toBe(true);
    expect(isSettled(stamp(1n, clock - RACY_MARGIN_NS), clock)).toBe(false);
    expect(isSettled(stamp(clock - 1n, 1n), clock)).toBe(false);
    expect(isSettled(stamp(1n, clock + 5n), clock)).toBe(false);
  });
});
