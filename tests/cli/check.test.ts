import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { advisoryPath, advisoryYaml, makeTestRepo, PROJECT_ROOT, type TestRepo } from '../helpers/test-repo.ts';

let repo: TestRepo | undefined;
afterEach(() => repo?.cleanup());

/** Runs `npm run check` the way a contributor does (without npm's banner), in a clean environment. */
function runCheck(root: string, args: string[] = [], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/check.ts'), '--root', root, '--no-cache', ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const BROKEN = advisoryYaml().replace('summary:', 'sumary:');

test('a clean repository exits 0 with a summary', async () => {
  repo = await makeTestRepo({ [advisoryPath('TST-2026-0001')]: advisoryYaml() });
  const { status, stdout } = runCheck(repo.root);
  expect(status).toBe(0);
  expect(stdout.trim()).toBe('3 files checked: 0 errors, 0 warnings');
});

test('problems exit 1 and print file:line:col, code, message and fix', async () => {
  repo = await makeTestRepo({ [advisoryPath('TST-2026-0001')]: BROKEN });
  const { status, stdout } = runCheck(repo.root);
  expect(status).toBe(1);
  expect(stdout).toContain('advisories/2026/TST-2026-0001.yaml:3:1  SCHEMA_UNKNOWN_FIELD  Unknown field `sumary`.');
  expect(stdout).toContain('    fix: Did you mean `summary`?');
  expect(stdout).toContain('3 files checked: 2 errors, 0 warnings');
});

test('--format json gives machines every field', async () => {
  repo = await makeTestRepo({ [advisoryPath('TST-2026-0001')]: BROKEN });
  const { status, stdout } = runCheck(repo.root, ['--format', 'json']);
  expect(status).toBe(1);
  const report = JSON.parse(stdout) as { filesChecked: number; diagnostics: Record<string, unknown>[] };
  expect(report.filesChecked).toBe(3);
  expect(report.diagnostics).toContainEqual(
    expect.objectContaining({
      code: 'SCHEMA_UNKNOWN_FIELD',
      severity: 'error',
      file: 'advisories/2026/TST-2026-0001.yaml',
      pointer: '/sumary',
      line: 3,
      column: 1,
    }),
  );
});

test('GitHub Actions gets workflow annotations with escaped text', async () => {
  repo = await makeTestRepo({ [advisoryPath('TST-2026-0001')]: BROKEN });
  const { stdout } = runCheck(repo.root, [], { GITHUB_ACTIONS: 'true' });
  const annotation = stdout.split('\n').find((l) => l.includes('SCHEMA_UNKNOWN_FIELD'));
  expect(annotation).toMatch(
    /^::error file=advisories\/2026\/TST-2026-0001\.yaml,line=3,col=1,title=SCHEMA_UNKNOWN_FIELD::Unknown field `sumary`\.%0Afix: /,
  );
});

test('usage errors exit 2', async () => {
  repo = await makeTestRepo();
  expect(runCheck(repo.root, ['--bogus']).status).toBe(2);
  expect(runCheck(repo.root, ['--format', 'xml']).status).toBe(2);
});
