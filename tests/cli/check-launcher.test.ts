import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { advisoryPath, advisoryYaml, makeTestRepo, PROJECT_ROOT, type TestRepo } from '../helpers/test-repo.ts';

let repo: TestRepo | undefined;
afterEach(() => repo?.cleanup());

const run = (script: string, root: string, args: string[] = []) =>
  spawnSync(process.execPath, [join(PROJECT_ROOT, script), '--root', root, '--no-cache', ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });

// `npm run check` starts from scripts/check.mjs (so a warm compile cache needs no TypeScript stripper); it must be check.ts exactly.
test('npm run check runs scripts/check.mjs, which gives check.ts’s verdicts, output and exit codes', async () => {
  const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  expect(pkg.scripts.check).toBe('node scripts/check.mjs');
  repo = await makeTestRepo({
    [advisoryPath('TST-2026-0001')]: advisoryYaml(),
    [advisoryPath('TST-2026-0002')]: advisoryYaml({ id: 'TST-2026-0002' }).replace('summary:', 'sumary:'),
  });
  for (const args of [[], ['--format', 'json'], ['--bogus']]) {
    const viaLauncher = run('scripts/check.mjs', repo.root, args);
    const direct = run('scripts/check.ts', repo.root, args);
    expect(viaLauncher.status).toBe(direct.status);
    expect(viaLauncher.stdout).toBe(direct.stdout);
    expect(viaLauncher.stderr).toBe(direct.stderr);
  }
  expect(run('scripts/check.mjs', repo.root).status).toBe(1);
  expect(run('scripts/check.mjs', repo.root, ['--bogus']).status).toBe(2);
});
