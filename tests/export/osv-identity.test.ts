// The settings-side warning: an ecosystem mapped to null (or to an
// unregistered name) exports OSV records without a package, so packages
// without a purl are invisible to scanners. Run through `npm run check`.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { advisoryPath, advisoryYaml, makeTestRepo, PROJECT_ROOT, SETTINGS_YAML, type TestRepo } from '../helpers/test-repo.ts';

let repo: TestRepo | undefined;
afterEach(() => repo?.cleanup());

function check(root: string): { status: number | null; stdout: string } {
  const r = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/check.ts'), '--root', root, '--no-cache'], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout };
}

const withPurl = (yaml: string, name: string) =>
  yaml.replace(`      name: ${name}\n`, `      name: ${name}\n      purl: pkg:rpm/testix/${name}\n`);

test('an ecosystem mapped to null whose packages have no purl draws one warning on the mapping, naming them', async () => {
  repo = await makeTestRepo({
    'watchkeeper.yaml': `${SETTINGS_YAML}osv:\n  ecosystems:\n    Testix:1: null\n    Other:2: NotRegistered\n`,
    [advisoryPath('TST-2026-0001')]: advisoryYaml(),
    [advisoryPath('TST-2026-0002')]: advisoryYaml({ id: 'TST-2026-0002', package: 'gadget' }),
  });
  const first = check(repo.root);
  expect(first.status).toBe(0);
  expect(first.stdout).toContain(
    'watchkeeper.yaml:10:5  warning OSV_PACKAGE_UNIDENTIFIED  Testix:1 is mapped to null, so OSV records list no package for it, and none of its 2 packages (gadget, widget) has a purl either: scanners cannot tell what they affect.',
  );
  expect(first.stdout).toContain('0 errors, 1 warning');

  // Once the team gives purls, it has chosen how its packages are identified.
  repo.write({ [advisoryPath('TST-2026-0001')]: withPurl(advisoryYaml(), 'widget') });
  const second = check(repo.root);
  expect(second.status).toBe(0);
  expect(second.stdout).not.toContain('OSV_PACKAGE_UNIDENTIFIED');
});

test('the project’s own example data gives every package of its unregistered ecosystem a purl', () => {
  expect(check(PROJECT_ROOT).stdout).not.toContain('OSV_PACKAGE_UNIDENTIFIED');
});
