import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { secretsInFolder } from '../../src/core/leak-scan/index.ts';
import { leakScan as runLeakScan } from '../helpers/leak-scan-run.ts';
import { makeTestRepo, type TestRepo } from '../helpers/test-repo.ts';
import { SECRET, triageRepoFiles } from './fixture.ts';

// The build clock before the record's embargo lifts (2026-12-02T14:00:00Z); never the real clock.
const BEFORE = '2026-11-24T12:00:00Z';
const AFTER = '2026-12-02T14:00:00Z';

let repo: TestRepo;
let broken: TestRepo;
beforeAll(async () => {
  repo = await makeTestRepo(triageRepoFiles());
  broken = await makeTestRepo({
    ...triageRepoFiles(),
    // Does not read: the id from its name is the secret.
    'vulns/2026/GHSA-zzzz-yyyy-xxxx.yaml': 'id: [broken\n',
    'vulns/sealed/CVE-2026-0404.yaml.asc': '-----BEGIN PGP MESSAGE-----\n',
  });
});
afterAll(() => {
  repo.cleanup();
  broken.cleanup();
});

/** Runs the real command on an output folder holding `html` as index.html. */
function leakScan(html: string, now = BEFORE, root = repo.root): { code: number | null; out: string } {
  const dist = mkdtempSync(join(tmpdir(), 'watchkeeper-dist-'));
  try {
    writeFileSync(join(dist, 'index.html'), html);
    const { code, out } = runLeakScan(dist, root, { WATCHKEEPER_BUILD_NOW: now });
    return { code, out };
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
}

describe('npm run leak-scan finds an unpublishable triage record’s text like an advisory’s', () => {
  test.each([
    [
      'its id',
      `<a href="/vulns/${SECRET.id}/">x</a>`,
      `the id ${SECRET.id}, which is a triage record under embargo until 2026-12-02T14:00:00Z`,
    ],
    ['an alias, in another case and with an entity', 'ghsa&#x2D;ABCD-efgh-ijkl', `the alias ${SECRET.alias} of ${SECRET.id}`],
    ['its summary', `<h1>${SECRET.summary.toUpperCase()}</h1>`, `the summary “${SECRET.summary}” of ${SECRET.id}`],
    ['eight words of its notes', '<p>while fuzzing the eviction code with a custom harness</p>', `text from the notes`],
    ['eight words of a statement', '<p>ships disabled and cannot be turned on by any</p>', `text from the notes`],
    ['a record not yet public upstream', '<p>CVE-2026-0303</p>', 'the id CVE-2026-0303, which is a triage record not yet public upstream'],
    [
      'the summary of a record for an embargoed advisory',
      '<p>Integer overflow in gadget image decoder tables</p>',
      'of CVE-2026-0505, which is a triage record for an advisory that is not publishable',
    ],
    [
      'the summary of a plainly written record sharing only an alias with an embargoed advisory',
      '<p>Gadget thumbnailer trusts embedded colour profiles</p>',
      'of CVE-2026-0606, which is a triage record for an advisory that is not publishable',
    ],
  ])('%s', (_, html, expected) => {
    const result = leakScan(`<html><body>\n${html}\n</body></html>\n`);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/index\.html:2:1 {2}LEAK_FOUND/);
    expect(result.out).toContain(expected);
  });

  test.each([
    ['the id of a record that does not read', '<p>GHSA-zzzz-yyyy-xxxx</p>', 'the id GHSA-zzzz-yyyy-xxxx, which is unreadable'],
    ['the id in a sealed triage file’s name', '<p>CVE-2026-0404</p>', 'the id CVE-2026-0404, which is unreadable'],
  ])('%s, and the broken record is itself a finding', (_, html, expected) => {
    const result = leakScan(`<html><body>\n${html}\n</body></html>\n`, BEFORE, broken.root);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/index\.html:2:1 {2}LEAK_FOUND/);
    expect(result.out).toContain(expected);
    expect(result.out).toContain('vulns/2026/GHSA-zzzz-yyyy-xxxx.yaml:2:1  YAML_SYNTAX');
  });

  test('a publishable record’s text passes; the embargoed record stops being secret when its embargo lifts', () => {
    const clean = leakScan('<p>CVE-2026-0101 A test vulnerability in widget</p>\n');
    expect(clean.out).not.toContain('LEAK_FOUND');
    expect(clean.code).toBe(0);
    // The command takes only a past build clock, so the lift is checked through the library with a fixed clock.
    const ids = (now: string) => secretsInFolder(repo.root, new Date(now)).secrets.map((s) => s.id);
    expect(ids(BEFORE)).toContain(SECRET.id);
    expect(ids(AFTER)).not.toContain(SECRET.id);
    expect(ids(AFTER)).toContain('CVE-2026-0303');
  });
});
