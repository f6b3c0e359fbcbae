// Builds the real site (astro build in a child process) from a test repository into a temp folder.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { withAstroLock } from '../helpers/build-lock.ts';
import { NOW, PROJECT_ROOT } from '../helpers/test-repo.ts';

const run = promisify(execFile);

/**
 * Runs `astro build` of the project's site over the data in `root`, with the test clock; returns dist's path.
 * A test whose data is the example data plus fixtures uses sharedSite() instead, which builds once per run.
 */
export async function buildSite(root: string, now: Date = NOW): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'watchkeeper-dist-'));
  await withAstroLock(() => astroBuild(root, outDir, now));
  return outDir;
}

/** The build itself; the caller holds the astro lock. */
export async function astroBuild(root: string, outDir: string, now: Date): Promise<void> {
  await run(process.execPath, [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, WATCHKEEPER_ROOT: root, WATCHKEEPER_BUILD_NOW: now.toISOString(), ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
}

/**
 * The project's site (source, schemas, public/, config) copied into `dir`, sharing node_modules, with
 * extra files laid over it: a build of a project a test has changed, without touching the real one.
 */
export function copyProject(dir: string, extra: Record<string, string> = {}): string {
  for (const part of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'schemas'])
    cpSync(join(PROJECT_ROOT, part), join(dir, part), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'));
  for (const [path, body] of Object.entries(extra)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), body);
  }
  return dir;
}

/** Copies the project's own example data (settings, rotations, advisories) into `root`. */
export function copyExampleData(root: string): void {
  for (const part of ['watchkeeper.yaml', 'rotations', 'advisories'])
    cpSync(join(PROJECT_ROOT, part), join(root, part), { recursive: true });
}

/** Every file under dir, as paths relative to it. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full));
    }
  };
  walk(dir);
  return out.sort();
}

export function readText(dir: string, rel: string): string {
  return readFileSync(join(dir, rel), 'utf8');
}
