// The site build runs every check itself: a problem only the async checks find stops `astro build`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkForBuild } from '../../src/site/check-for-build.ts';
import { buildSiteData } from '../../src/site/database.ts';
import { teamFiles } from '../helpers/team.ts';
import { generateTestKey, makeTestRepo, NOW, type TestRepo } from '../helpers/test-repo.ts';
import { buildSite } from './build-site.ts';

const CREATED = new Date('2025-06-01T00:00:00Z');
const EXPIRED_AT = new Date('2026-06-01T00:00:00Z');

let repo: TestRepo;
const cacheDir = mkdtempSync(join(tmpdir(), 'watchkeeper-build-checks-cache-'));

/** Ada coordinates across NOW with a key that expired months before it; Bo's key is good. */
beforeAll(async () => {
  const [expired, good] = await Promise.all([
    generateTestKey({ name: 'Ada', created: CREATED, expiresInSeconds: (EXPIRED_AT.getTime() - CREATED.getTime()) / 1000 }),
    generateTestKey({ name: 'Bo', created: CREATED }),
  ]);
  repo = await makeTestRepo(
    teamFiles([
      { handle: 'ada', key: expired, terms: [{ from: '2026-07-01T00:00:00Z', until: '2027-01-01T00:00:00Z' }] },
      { handle: 'bo', key: good, terms: [{ position: 'backup', from: '2026-07-01T00:00:00Z', until: '2027-01-01T00:00:00Z' }] },
    ]),
  );
});
afterAll(() => {
  repo?.cleanup();
  rmSync(cacheDir, { recursive: true, force: true });
});

describe('a build checks what `npm run check` checks', () => {
  test('the synchronous load alone finds nothing: the expired key is an async-only finding', () => {
    expect(buildSiteData(repo.root, NOW, false).db.diagnostics).toEqual([]);
  });

  test('checkForBuild, which astro:build:start awaits, refuses the expired key', async () => {
    await expect(checkForBuild(repo.root, NOW, cacheDir)).rejects.toThrow(/KEY_EXPIRED/);
  });

  test('a real astro build of that data fails and names the code', async () => {
    const failure = await buildSite(repo.root, NOW).then(
      () => undefined,
      (error: { code?: number; stdout?: string; stderr?: string }) => error,
    );
    expect(failure?.code).not.toBe(0);
    expect(`${failure?.stdout}${failure?.stderr}`).toMatch(/The data has errors[\s\S]*KEY_EXPIRED/);
  }, 120_000);
});
