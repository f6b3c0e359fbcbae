// Astro's incremental build copies an advisory page from the last build when its key is unchanged
// (src/site/page-keys.ts). A page copied with a key that missed something it shows would publish
// stale text, so: after the data changes, a rebuild over the last build's cache must equal a build
// from nothing, file for file, and a page is copied only when nothing it shows has changed.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { withAstroLock } from '../helpers/build-lock.ts';
import { advisoryPath, advisoryYaml, makeTestRepo, NOW, ROSTER_YAML, SETTINGS_YAML, type TestRepo } from '../helpers/test-repo.ts';
import { copyProject, listFiles } from './build-site.ts';

const run = promisify(execFile);
const folders: string[] = [];
let repo: TestRepo;
let project: string;
let cacheDir: string;

const temp = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  folders.push(dir);
  return dir;
};

beforeAll(async () => {
  repo = await makeTestRepo(
    {
      // Coordinated by ada: her name is on the page, from the roster, not from this file.
      [advisoryPath('TST-2026-0001')]: advisoryYaml({ id: 'TST-2026-0001', extra: 'coordinator: ada\n' }),
      [advisoryPath('TST-2026-0002')]: advisoryYaml({ id: 'TST-2026-0002', package: 'gadget' }),
      [advisoryPath('TST-2026-0003')]: advisoryYaml({ id: 'TST-2026-0003', package: 'gizmo' }),
    },
    { git: true },
  );
  // The project's site in a temp folder with a cache of its own, so no other test's build is in it.
  project = temp('watchkeeper-project-');
  cacheDir = temp('watchkeeper-astro-cache-');
  copyProject(project);
  const config = readFileSync(join(project, 'astro.config.mjs'), 'utf8');
  expect(config).toContain('incrementalBuild: !process.env.CI');
  writeFileSync(join(project, 'astro.config.mjs'), config.replace('output: ', `cacheDir: ${JSON.stringify(cacheDir)},\n  output: `));
}, 60_000);

afterAll(() => {
  repo?.cleanup();
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

/**
 * `astro build` of the project over the test repository, as on a contributor's machine or, with
 * `ci`, as in CI (the CI variable set, as GitHub Actions sets it); the pages it copied instead of rendering.
 */
async function build(outDir: string, { ci = false } = {}): Promise<{ copied: string[]; output: string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    WATCHKEEPER_ROOT: repo.root,
    WATCHKEEPER_BUILD_NOW: NOW.toISOString(),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  if (ci) env.CI = 'true';
  else delete env.CI;
  return withAstroLock(async () => {
    const { stdout, stderr } = await run(
      process.execPath,
      [join(project, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
      {
        cwd: project,
        env,
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const output = `${stdout}${stderr}`;
    const copied = [...output.matchAll(/(\/\S+\/index\.html)\s*\((?:restored|cached)\)/g)].map((m) => m[1] ?? '').sort();
    return { copied, output };
  });
}

/** Every file of a build output with its bytes, for comparing two builds. */
function contents(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((rel) => [rel, readFileSync(join(dir, rel)).toString('base64')]));
}

function expectSameOutput(actual: string, expected: string): void {
  const a = contents(actual);
  const b = contents(expected);
  expect([...a.keys()]).toEqual([...b.keys()]);
  const differ = [...a].filter(([rel, bytes]) => b.get(rel) !== bytes).map(([rel]) => rel);
  expect(differ).toEqual([]);
}

test('a rebuild copies only the pages whose data is unchanged, and equals a build from nothing', async () => {
  const first = await build(temp('watchkeeper-dist-'));
  expect(first.copied).toEqual([]);

  // Unchanged data: every advisory page is copied.
  const again = await build(temp('watchkeeper-dist-'));
  expect(again.copied).toEqual([
    '/advisories/TST-2026-0001/index.html',
    '/advisories/TST-2026-0002/index.html',
    '/advisories/TST-2026-0003/index.html',
  ]);

  // One advisory's text changes, in a commit of its own (its page shows the commit in its timeline).
  repo.write({
    [advisoryPath('TST-2026-0002')]: advisoryYaml({ id: 'TST-2026-0002', package: 'gadget' }).replace(
      'A test vulnerability',
      'A worse vulnerability',
    ),
  });
  await repo.commit('edit one advisory', new Date('2026-06-01T00:00:00Z'));
  const rebuilt = temp('watchkeeper-dist-');
  const incremental = await build(rebuilt);
  expect(incremental.copied).toEqual(['/advisories/TST-2026-0001/index.html', '/advisories/TST-2026-0003/index.html']);
  const page = readFileSync(join(rebuilt, 'advisories/TST-2026-0002/index.html'), 'utf8');
  expect(page).toContain('A worse vulnerability');
  expect(page).toContain('2026-06-01 00:00 UTC'); // the commit's date, in its timeline

  // The same data built with no cache at all gives the same bytes in every file.
  rmSync(cacheDir, { recursive: true, force: true });
  const fresh = temp('watchkeeper-dist-');
  const full = await build(fresh);
  expect(full.copied).toEqual([]);
  expectSameOutput(rebuilt, fresh);
}, 300_000);

test('a change to the roster or the settings renders every advisory page again', async () => {
  await build(temp('watchkeeper-dist-'));
  // The coordinator's name on TST-2026-0001 comes from the roster.
  repo.write({ 'rotations/roster.yaml': ROSTER_YAML.replace('name: Ada Example', 'name: Ada Renamed') });
  await repo.commit('rename a member', new Date('2026-07-01T00:00:00Z'));
  const afterRoster = temp('watchkeeper-dist-');
  expect((await build(afterRoster)).copied).toEqual([]);
  expect(readFileSync(join(afterRoster, 'advisories/TST-2026-0001/index.html'), 'utf8')).toContain('Ada Renamed');

  repo.write({ 'watchkeeper.yaml': SETTINGS_YAML.replace('name: Test Team', 'name: Renamed Team') });
  await repo.commit('rename the team', new Date('2026-07-02T00:00:00Z'));
  const afterSettings = temp('watchkeeper-dist-');
  expect((await build(afterSettings)).copied).toEqual([]);
  expect(readFileSync(join(afterSettings, 'advisories/TST-2026-0003/index.html'), 'utf8')).toContain('Renamed Team');
}, 300_000);

test('in CI, where a fresh clone has no last build, no page is copied and no copies are written', async () => {
  await build(temp('watchkeeper-dist-'));
  expect(readdirSync(cacheDir)).toContain('incremental-build.json');
  expect((await build(temp('watchkeeper-dist-'), { ci: true })).copied).toEqual([]);
  rmSync(cacheDir, { recursive: true, force: true });
  await build(temp('watchkeeper-dist-'), { ci: true });
  expect(existsSync(join(cacheDir, 'incremental-build.json'))).toBe(false);
  expect(existsSync(join(cacheDir, 'dist'))).toBe(false);
}, 300_000);
