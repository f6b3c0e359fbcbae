// The history rule for a triage record's text, through the command on a real git repository:
// boilerplate a public record or advisory held before the secret record first appeared passes;
// text copied later, the record's own text, and everything without history do not.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { advisoryPath, advisoryYaml, makeTestRepo, PROJECT_ROOT, type TestRepo } from '../helpers/test-repo.ts';
import { recordYaml, releaseYaml } from '../helpers/triage-data.ts';

const STATEMENT = 'The vulnerable module is not built in any configuration we ship to users.';
const ADVISORY_BOILERPLATE = 'Update to the fixed version from the security repository as soon as you can.';
const SECRET = 'Reporter found the overflow while fuzzing the session cache eviction with a harness.';
const COPIED_LATER = 'The session daemon restarts itself after the crash and keeps serving requests.';

const notAffected = (id: string, statement: string, top = '') =>
  recordYaml({
    id,
    ...(top ? { top } : {}),
    events: [
      { status: 'detected', at: '2026-03-01T09:00:00Z' },
      { status: 'not_affected', at: '2026-03-02T09:00:00Z', justification: 'component_not_present', statement: `"${statement}"` },
    ],
  });

let repo: TestRepo;
let bare: string;
let dist: string;
beforeAll(async () => {
  repo = await makeTestRepo(
    {
      'vulns/releases/testix-1.yaml': releaseYaml(),
      'vulns/2026/CVE-2026-0101.yaml': notAffected('CVE-2026-0101', STATEMENT),
      [advisoryPath('TST-2026-0001')]: advisoryYaml({ extra: `details: |\n  ${ADVISORY_BOILERPLATE}\n` }),
    },
    { git: true },
  );
  // The secret record comes later and repeats both boilerplates; its embargo is far off, as the command reads the real clock.
  repo.write({
    'vulns/2026/CVE-2026-0202.yaml': notAffected(
      'CVE-2026-0202',
      STATEMENT,
      `embargo:\n  until: 2099-01-05T00:00:00Z\nnotes: "${SECRET} ${COPIED_LATER} ${ADVISORY_BOILERPLATE}"`,
    ),
  });
  await repo.commit('embargoed record');
  // A public record that copies the secret's text after the secret appeared.
  repo.write({ 'vulns/2026/CVE-2026-0303.yaml': notAffected('CVE-2026-0303', COPIED_LATER) });
  await repo.commit('later record');
  bare = mkdtempSync(join(tmpdir(), 'watchkeeper-test-'));
  for (const part of ['watchkeeper.yaml', 'rotations', 'advisories', 'vulns'])
    cpSync(join(repo.root, part), join(bare, part), { recursive: true });
  dist = mkdtempSync(join(tmpdir(), 'watchkeeper-dist-'));
  writeFileSync(join(dist, 'statement.html'), `<p>${STATEMENT}</p>`);
  writeFileSync(join(dist, 'advisory-boilerplate.html'), `<p>${ADVISORY_BOILERPLATE}</p>`);
  writeFileSync(join(dist, 'copied-later.html'), `<p>${COPIED_LATER}</p>`);
  writeFileSync(join(dist, 'secret.html'), `<p>${SECRET}</p>`);
});
afterAll(() => {
  repo.cleanup();
  rmSync(bare, { recursive: true, force: true });
  rmSync(dist, { recursive: true, force: true });
});

function scan(root: string) {
  try {
    execFileSync(process.execPath, [join(PROJECT_ROOT, 'scripts/leak-scan.ts'), dist, '--root', root], {
      encoding: 'utf8',
      cwd: dist,
      env: { ...process.env, GITHUB_ACTIONS: '' },
    });
    return { code: 0, files: [] as string[] };
  } catch (error) {
    const e = error as { status: number; stdout: string };
    const files = [
      ...new Set(
        e.stdout
          .split('\n')
          .filter((l) => l.includes('LEAK_FOUND'))
          .map((l) => l.split(':')[0] as string),
      ),
    ];
    return { code: e.status, files };
  }
}

test('boilerplate older than the secret record passes; text copied from it later, or its own, does not', () => {
  const { code, files } = scan(repo.root);
  expect(code).toBe(1);
  expect(files).toEqual(['copied-later.html', 'secret.html']);
});

test('without history nothing is exempt', () => {
  const { code, files } = scan(bare);
  expect(code).toBe(1);
  expect(files).toEqual(['advisory-boilerplate.html', 'copied-later.html', 'secret.html', 'statement.html']);
});
