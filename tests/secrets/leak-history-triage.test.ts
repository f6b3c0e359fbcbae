// The history rule for a triage record's text, through the command on a real git repository:
// boilerplate a public record or advisory held before the secret record first appeared passes;
// text copied later, the record's own text, and everything without history do not.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { copyWithoutHistory, leakScan, pagesFolder } from '../helpers/leak-scan-run.ts';
import { advisoryPath, advisoryYaml, makeTestRepo, type TestRepo } from '../helpers/test-repo.ts';
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
  bare = copyWithoutHistory(repo.root, ['watchkeeper.yaml', 'rotations', 'advisories', 'vulns']);
  dist = pagesFolder({
    'statement.html': STATEMENT,
    'advisory-boilerplate.html': ADVISORY_BOILERPLATE,
    'copied-later.html': COPIED_LATER,
    'secret.html': SECRET,
  });
});
afterAll(() => {
  repo.cleanup();
  rmSync(bare, { recursive: true, force: true });
  rmSync(dist, { recursive: true, force: true });
});

/** The leak scan of the pages against `root`: its exit status and each file it names once. */
function scan(root: string) {
  const { code, files } = leakScan(dist, root);
  return { code, files: [...new Set(files)] };
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
