// ONE built site for every test that reads the site built from the example
// data: the first test file to ask builds it (under the astro lock); every other
// file, in this run or a later one, reuses it while the data and the site's
// source are unchanged. The folder is keyed by a hash of both, so a changed
// page, component or fixture always gets a fresh build. siteOf() does the same
// for a test whose data must differ (the exports' hostile settings).
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

/** How a site's data is laid out: the example data or the minimal test settings under the files, with or without git. */
export interface SiteData {
  /** Names the build, so a newer build replaces only older builds of the same name. */
  name: string;
  files: Record<string, string>;
  /** Start from the project's example data (else from the test settings and roster). */
  exampleData?: boolean;
  /** Commit the data, so pages carry history dates and tracker commit links. */
  git?: boolean;
  /** Later commits, each writing its files at its date (implies git); their ids are kept beside the build (siteCommits). */
  commits?: { message: string; date: string; files: Record<string, string> }[];
}

const builds = new Map<string, Promise<string>>();

/** The shared site's dist/ folder (built on first use). Tests only read it. */
export function sharedSite(): Promise<string> {
  // A real repository, so pages carry history dates and tracker commit links as a team's would.
  return siteOf({ name: 'shared', files: sharedSiteFiles(), exampleData: true, git: true });
}

/**
 * The built site of some data, built at most once per run (and reused by later
 * runs while data and sources are unchanged) under the astro lock. Tests only
 * read it and never delete it.
 */
export function siteOf(data: SiteData): Promise<string> {
  const key = siteKey({ ...data.files, '\0options': JSON.stringify([data.name, data.exampleData, data.git, data.commits]) });
  let built = builds.get(key);
  if (!built) {
    built = buildOnce(data, key);
    builds.set(key, built);
  }
  return built;
}

/** The ids of a built site's `commits`, in order. */
export function siteCommits(dist: string): string[] {
  return JSON.parse(readFileSync(join(dist, '.commits.json'), 'utf8'));
}

/** Earlier builds of the same name in this project (older sources or data): only the new one is read from now on. */
function removeStaleBuilds(marker: string, keep: string): void {
  for (const name of readdirSync(tmpdir())) {
    if (!/^watchkeeper-site-[0-9a-f]{16}$/.test(name) || name === keep) continue;
    try {
      if (readFileSync(join(tmpdir(), name, '.built'), 'utf8') === marker) rmSync(join(tmpdir(), name), { recursive: true, force: true });
    } catch {
      // not finished, or another project's: leave it
    }
  }
}

async function buildOnce(data: SiteData, key: string): Promise<string> {
  const folder = `watchkeeper-site-${key}`;
  const dist = join(tmpdir(), folder);
  const done = join(dist, '.built');
  const marker = `${PROJECT_ROOT}\n${data.name}`;
  if (existsSync(done)) return dist;
  return withAstroLock(async () => {
    if (existsSync(done)) return dist; // another test file built it while this one waited
    const commits = data.commits ?? [];
    const git = data.git ?? commits.length > 0;
    const repo = await makeTestRepo({}, { base: !data.exampleData, git });
    try {
      if (data.exampleData) copyExampleData(repo.root);
      repo.write(data.files);
      if (data.git) await repo.commit('the site’s data', COMMITTED);
      const ids: string[] = [];
      for (const c of commits) {
        repo.write(c.files);
        ids.push(await repo.commit(c.message, new Date(c.date)));
      }
      const outDir = mkdtempSync(join(tmpdir(), 'watchkeeper-site-building-'));
      await astroBuild(repo.root, outDir, NOW);
      writeFileSync(join(outDir, '.commits.json'), JSON.stringify(ids));
      writeFileSync(join(outDir, '.built'), marker);
      removeStaleBuilds(marker, folder);
      // Into place in one step; another worktree with the same sources may have got there first.
      try {
        renameSync(outDir, dist);
      } catch {
        rmSync(outDir, { recursive: true, force: true });
        if (!existsSync(done)) throw new Error(`the site could not be put at ${dist}`);
      }
      return dist;
    } finally {
      repo.cleanup();
    }
  });
}
