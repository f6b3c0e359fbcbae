// One way to name the data repository: `--root`, else WATCHKEEPER_ROOT, else the
// current directory, for every command and the site build alike. Run through the
// commands `npm run build` chains (check, then leak-scan), from the project folder.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { resolveDataRoot } from '../../src/core/data-root.ts';
import { advisoryPath, advisoryYaml, makeTestRepo, NOW, PROJECT_ROOT, type TestRepo } from '../helpers/test-repo.ts';

let repo: TestRepo | undefined;
let out: string | undefined;
afterEach(() => {
  repo?.cleanup();
  if (out) rmSync(out, { recursive: true, force: true });
  repo = out = undefined;
});

/** The environment of a fresh shell, plus what the test names. */
function env(extra: Record<string, string>): Record<string, string> {
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...extra };
}

function run(command: string, args: string[], extra: Record<string, string>) {
  return spawnSync(command, args, { cwd: PROJECT_ROOT, encoding: 'utf8', env: env(extra) });
}

describe('resolveDataRoot', () => {
  test('--root wins over WATCHKEEPER_ROOT, which wins over the current directory; relative paths resolve from it', () => {
    expect(resolveDataRoot({ flag: 'a', env: '/b', cwd: '/c' })).toBe('/c/a');
    expect(resolveDataRoot({ env: '/b', cwd: '/c' })).toBe('/b');
    expect(resolveDataRoot({ env: 'b', cwd: '/c' })).toBe('/c/b');
    expect(resolveDataRoot({ env: '', cwd: '/c' })).toBe('/c');
    expect(resolveDataRoot({ cwd: '/c' })).toBe('/c');
  });
});

test('WATCHKEEPER_ROOT=<repo with an error> npm run build stops at check, on that repository’s error', async () => {
  repo = await makeTestRepo({ [advisoryPath('TST-2026-0001')]: advisoryYaml().replace('summary:', 'sumary:') });
  // The project's own data is clean, so a check of the wrong folder would pass and go on to build.
  const result = run('npm', ['run', '--silent', 'build'], { WATCHKEEPER_ROOT: repo.root });
  expect(result.status).toBe(1);
  expect(result.stdout).toContain('advisories/2026/TST-2026-0001.yaml:3:1  SCHEMA_UNKNOWN_FIELD  Unknown field `sumary`.');
  expect(result.stdout).not.toContain('leak-scan:');
});

test('npm run check and leak-scan read WATCHKEEPER_ROOT; an explicit --root still wins', async () => {
  repo = await makeTestRepo({ [advisoryPath('TST-2026-0042')]: advisoryYaml({ id: 'TST-2026-0042', status: 'draft' }) });
  out = mkdtempSync(join(tmpdir(), 'watchkeeper-dist-'));
  mkdirSync(join(out, 'advisories'));
  writeFileSync(join(out, 'advisories', 'index.html'), '<p>TST-2026-0042 is coming</p>');
  const clock = { WATCHKEEPER_BUILD_NOW: NOW.toISOString() };

  const check = run(process.execPath, ['scripts/check.ts', '--no-cache'], { WATCHKEEPER_ROOT: repo.root });
  expect(check.stdout.trim()).toBe('3 files checked: 0 errors, 0 warnings');
  expect(check.status).toBe(0);

  const scan = run(process.execPath, ['scripts/leak-scan.ts', out], { ...clock, WATCHKEEPER_ROOT: repo.root });
  expect(scan.stdout).toContain('LEAK_FOUND');
  expect(scan.status).toBe(1);

  // The project's own data does not know the draft: naming it with --root is what finds the leak.
  const ownData = run(process.execPath, ['scripts/leak-scan.ts', out, '--root', PROJECT_ROOT], { ...clock, WATCHKEEPER_ROOT: repo.root });
  expect(ownData.stdout).not.toContain('LEAK_FOUND');
  expect(ownData.status).toBe(0);
});
