// The exports are written while Astro renders the pages (src/site/export-run.ts), so a page written
// after an export at its address would replace it silently: the real build of a project copy with a
// page, or a public/ file, at an export's address must fail, naming both.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { withAstroLock } from '../helpers/build-lock.ts';
import { advisoryPath, advisoryYaml, makeTestRepo, NOW, type TestRepo } from '../helpers/test-repo.ts';
import { copyProject } from './build-site.ts';

const run = promisify(execFile);
const folders: string[] = [];
let repo: TestRepo;

beforeAll(async () => {
  // CVE-2026-0303 is an alias no record tracks: the exports write its redirect page at /vulns/CVE-2026-0303/index.html.
  repo = await makeTestRepo({ [advisoryPath('TST-2026-0001')]: advisoryYaml({ extra: 'aliases:\n  - CVE-2026-0303\n' }) }, { git: true });
});
afterAll(() => {
  repo?.cleanup();
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

/** The project's site in a temp folder with extra files (copyProject). */
function projectWith(extra: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'watchkeeper-project-'));
  folders.push(dir);
  return copyProject(dir, extra);
}

/** `astro build` of the project over the test repository: its exit code and output. */
async function build(project: string): Promise<{ failed: boolean; output: string }> {
  const outDir = mkdtempSync(join(tmpdir(), 'watchkeeper-dist-'));
  folders.push(outDir);
  return withAstroLock(async () => {
    try {
      const { stdout, stderr } = await run(
        process.execPath,
        [join(project, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
        {
          cwd: project,
          env: { ...process.env, WATCHKEEPER_ROOT: repo.root, WATCHKEEPER_BUILD_NOW: NOW.toISOString(), ASTRO_TELEMETRY_DISABLED: '1' },
          maxBuffer: 64 * 1024 * 1024,
        },
      );
      return { failed: false, output: `${stdout}${stderr}` };
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      return { failed: true, output: `${stdout}${stderr}` };
    }
  });
}

test('a page whose output is an export’s address fails the build, naming the page and the address', async () => {
  const project = projectWith({ 'src/pages/vulns/CVE-2026-0303.astro': '<p>A page of its own</p>\n' });
  const { failed, output } = await build(project);
  expect(failed).toBe(true);
  // Whichever was written first, the message names the address and the page's route.
  expect(output).toMatch(/Two files for \/vulns\/CVE-2026-0303\/index\.html: .*the page or endpoint \/vulns\/CVE-2026-0303\b/);
}, 180_000);

test('an endpoint at an export’s address fails the build too', async () => {
  const project = projectWith({
    'src/pages/advisories/TST-2026-0001.json.ts': 'export const GET = () => new Response(\'{"not":"the export"}\');\n',
  });
  const { failed, output } = await build(project);
  expect(failed).toBe(true);
  expect(output).toMatch(/Two files for \/advisories\/TST-2026-0001\.json: .*the page or endpoint \/advisories\/TST-2026-0001\.json/);
}, 180_000);

test('a public/ file at an export’s address fails the build, naming the public file', async () => {
  const project = projectWith({ 'public/advisories/TST-2026-0001.json': '{"not":"the export"}\n' });
  const { failed, output } = await build(project);
  expect(failed).toBe(true);
  expect(output).toMatch(/Two files for \/advisories\/TST-2026-0001\.json: .*public\/advisories\/TST-2026-0001\.json/);
}, 180_000);

test('an endpoint at the address of a file the build makes from the whole set fails the build', async () => {
  // osv/all.json is written by the build after the pages (whole-set-files.ts), never over what is there.
  const project = projectWith({ 'src/pages/osv/all.json.ts': 'export const GET = () => new Response(\'["an endpoint"]\');\n' });
  const { failed, output } = await build(project);
  expect(failed).toBe(true);
  expect(output).toMatch(/Two files for \/osv\/all\.json: a page, an endpoint, a public\/ file or an export is already there/);
}, 180_000);

test('an export that cannot be written fails the build (no partial output passes)', async () => {
  // A file where the CSAF year folder must go: every CSAF document of 2026 fails to be written.
  const project = projectWith({ 'public/.well-known/csaf/white/2026': 'a file, not a folder\n' });
  const { failed, output } = await build(project);
  expect(failed).toBe(true);
  expect(output).toContain('An export could not be written');
}, 180_000);

test('the same project copy without a clash builds, so the failures above are the clashes', async () => {
  const { failed, output } = await build(projectWith({}));
  expect(output).toContain('exports: ');
  expect(failed).toBe(false);
}, 180_000);
