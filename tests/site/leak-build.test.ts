// Issue 11 point 1 on a real build: embargoed text inside a published advisory
// ships in its page, every feed, OSV and CSAF, and the leak scan must stop it.
// One build covers it; the same scan also proves every file a real build
// writes is readable under the scan's fail-closed rules.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { embargoedExample, exampleData, PUBLISHED_FILE, type Secret, tamperedPublished } from '../helpers/leak-reproduction.ts';
import { makeTestRepo, PROJECT_ROOT, type TestRepo } from '../helpers/test-repo.ts';
import { buildSite } from './build-site.ts';

// The example's embargo lifts on 2026-12-02T14:00:00Z: the build and the scan are pinned before it.
const BEFORE_LIFT = new Date('2026-11-24T12:00:00Z');

let repo: TestRepo;
let dist: string;
let scan: { code: number; out: string };
let secret: Secret;
beforeAll(async () => {
  const data = exampleData();
  secret = embargoedExample(data);
  repo = await makeTestRepo({ ...data, [PUBLISHED_FILE]: tamperedPublished(data) }, { base: false });
  dist = await buildSite(repo.root, BEFORE_LIFT);
  try {
    const out = execFileSync(process.execPath, [join(PROJECT_ROOT, 'scripts/leak-scan.ts'), dist, '--root', repo.root], {
      encoding: 'utf8',
      cwd: dist,
      env: { ...process.env, WATCHKEEPER_BUILD_NOW: BEFORE_LIFT.toISOString(), GITHUB_ACTIONS: '' },
      maxBuffer: 64 * 1024 * 1024,
    });
    scan = { code: 0, out };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    scan = { code: e.status, out: e.stdout + e.stderr };
  }
}, 600_000);
afterAll(() => {
  repo.cleanup();
  rmSync(dist, { recursive: true, force: true });
});

const leaked = () =>
  scan.out
    .split('\n')
    .filter((l) => l.includes('LEAK_FOUND'))
    .map((l) => l.split(/[: ]/)[0] as string);

test('the reproduction exits 1 with LEAK_FOUND', () => {
  expect(scan.code).toBe(1);
  expect(scan.out).toContain(`LEAK_FOUND  The file contains the summary “${secret.summary}” of ${secret.id}`);
});

test('the published advisory’s page, the feeds, OSV and CSAF are all caught', () => {
  const files = leaked();
  const published = (PUBLISHED_FILE.split('/').pop() as string).replace('.yaml', '').toLowerCase();
  expect(files.some((f) => f.toLowerCase().includes(published) && f.endsWith('.html'))).toBe(true);
  for (const pattern of [/\.xml$/, /feed.*\.json$|\.json$/, /osv\//i, /csaf\//i]) expect(files.some((f) => pattern.test(f))).toBe(true);
});

test('every file of a real build is readable by the scan: nothing unreadable, no data errors', () => {
  expect(scan.out).not.toContain('LEAK_SCAN_UNREADABLE');
  expect(scan.out).not.toContain('LEAK_SCAN_NO_OUTPUT');
  expect(scan.out).toMatch(/leak-scan: \d+ files/);
});
