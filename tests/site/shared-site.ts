// ONE built site for every test that reads the site built from the example
// data: the first test file to ask builds it (under the astro lock); every other
// file, in this run or a later one, reuses it while the data and the site's
// source are unchanged. The folder is keyed by a hash of both, so a changed
// page, component or fixture always gets a fresh build.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withAstroLock } from '../helpers/build-lock.ts';
import { makeTestRepo, NOW, PROJECT_ROOT } from '../helpers/test-repo.ts';
import { astroBuild, copyExampleData } from './build-site.ts';
import { cvss4Advisory, longTokensAdvisory, READER_CASES, withdrawnAdvisory, xssAdvisory } from './fixtures.ts';

/** The advisory whose every text field carries an XSS payload. */
export const XSS_ID = 'KSA-2026-0099';

/** What the shared site adds to the example data (paths under the data root). */
export function sharedSiteFiles(): Record<string, string> {
  return {
    [`advisories/2026/${XSS_ID}.yaml`]: xssAdvisory(XSS_ID),
    [`advisories/2026/${READER_CASES.withdrawnId}.yaml`]: withdrawnAdvisory(),
    [`advisories/2026/${READER_CASES.cvss4Id}.yaml`]: cvss4Advisory(),
    [`advisories/2026/${READER_CASES.longId}.yaml`]: longTokensAdvisory(),
  };
}

/** What decides the built output: the data, the site's source, the dependencies and the clock. */
function siteKey(files: Record<string, string>): string {
  const hash = createHash('sha256').update(`${NOW.toISOString()} ${COMMITTED.toISOString()}`);
  for (const [path, body] of Object.entries(files).sort()) hash.update(`${path}\0${body}\0`);
  const walk = (rel: string) => {
    const full = join(PROJECT_ROOT, rel);
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) for (const name of readdirSync(full).sort()) walk(join(rel, name));
    else hash.update(`${rel}\0`).update(readFileSync(full));
  };
  for (const part of [
    'src',
    'schemas',
    'public',
    'advisories',
    'rotations',
    'watchkeeper.yaml',
    'astro.config.mjs',
    'package-lock.json',
    'tsconfig.json',
  ])
    walk(part);
  return hash.digest('hex').slice(0, 16);
}

/** When the shared data was committed: after every advisory's publication, before the test clock. */
const COMMITTED = new Date('2026-11-20T08:00:00Z');

let built: Promise<string> | undefined;

/** The shared site's dist/ folder (built on first use). Tests only read it. */
export function sharedSite(): Promise<string> {
  built ??= buildShared();
  return built;
}

/** Earlier shared builds of this project (older sources or data): only this one is read from now on. */
function removeStaleBuilds(): void {
  for (const name of readdirSync(tmpdir())) {
    if (!/^watchkeeper-site-[0-9a-f]{16}$/.test(name)) continue;
    const marker = join(tmpdir(), name, '.built');
    try {
      if (readFileSync(marker, 'utf8') === PROJECT_ROOT) rmSync(join(tmpdir(), name), { recursive: true, force: true });
    } catch {
      // not finished, or another project's: leave it
    }
  }
}

async function buildShared(): Promise<string> {
  const files = sharedSiteFiles();
  const dist = join(tmpdir(), `watchkeeper-site-${siteKey(files)}`);
  const done = join(dist, '.built');
  if (existsSync(done)) return dist;
  return withAstroLock(async () => {
    if (existsSync(done)) return dist; // another test file built it while this one waited
    // A real repository, so pages carry history dates and tracker commit links as a team's would.
    const repo = await makeTestRepo({}, { base: false, git: true });
    try {
      copyExampleData(repo.root);
      repo.write(files);
      await repo.commit('the shared site’s data', COMMITTED);
      const outDir = mkdtempSync(join(tmpdir(), 'watchkeeper-site-building-'));
      await astroBuild(repo.root, outDir, NOW);
      writeFileSync(join(outDir, '.built'), PROJECT_ROOT);
      removeStaleBuilds();
      // Into place in one step; another worktree with the same sources may have got there first.
      try {
        renameSync(outDir, dist);
      } catch {
        rmSync(outDir, { recursive: true, force: true });
        if (!existsSync(done)) throw new Error(`the shared site could not be put at ${dist}`);
      }
      return dist;
    } finally {
      repo.cleanup();
    }
  });
}
