// `npm run triage -- set` against careless and hostile input: YAML specials in
// notes and names, records with anchors or sealed, and a second writer changing
// the record between load and write. Child processes over real files, plus the
// core function for the concurrent writer (the clock pinned).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { parse } from 'yaml';
import { loadDatabase } from '../../src/core/index.ts';
import { setTriageStatus } from '../../src/core/triage/set-status.ts';
import { runScriptClean } from '../helpers/run-script.ts';
import { makeTestRepo, type TestRepo } from '../helpers/test-repo.ts';
import { releaseYaml } from '../helpers/triage-data.ts';

const NOW = '2026-11-24T12:00:00Z';
const FILE = 'vulns/2026/CVE-2026-0201.yaml';
const RECORD = `# Reported on the list first.
id: CVE-2026-0201
summary: Overflow in widget parsing
published_upstream: 2026-11-01T00:00:00Z
packages:
  - name: widget
    releases:
      - release: testix-1
        events:
          - status: detected
            at: 2026-11-02T09:00:00Z
`;

let repo: TestRepo | undefined;
afterEach(() => repo?.cleanup());

/** `node scripts/triage.ts --root <root> …args` in a clean environment with the clock pinned. */
function triage(root: string, args: string[]) {
  return runScriptClean('triage.ts', ['--root', root, ...args], { WATCHKEEPER_BUILD_NOW: NOW });
}

const setup = async (record = RECORD) => {
  repo = await makeTestRepo({ 'vulns/releases/testix-1.yaml': releaseYaml('testix-1'), [FILE]: record });
  return repo;
};

test('a note with document markers, anchors, aliases, a merge key, a comment and a directive is kept as plain text', async () => {
  const { root } = await setup();
  const note = '---\n... &a *a # not a comment\n<<: *a\n%YAML 1.1\n  indented: line';
  const run = triage(root, ['set', 'CVE-2026-0201', 'widget@testix-1', 'investigating', `--note=${note}`]);
  expect(run.out).toContain('Recorded investigating');
  expect(run.status).toBe(0);
  const text = readFileSync(join(root, FILE), 'utf8');
  expect(text.startsWith('# Reported on the list first.')).toBe(true);
  const doc = parse(text);
  expect(doc.packages[0].releases[0].events.at(-1).note).toBe(note);
  // The file is still one document that the strict loader reads without a finding.
  const db = loadDatabase(root, { now: new Date(NOW) });
  expect(db.diagnostics.filter((d) => d.file === FILE && d.severity === 'error')).toEqual([]);
});

test.each([
  ['a path', '../../etc/x@testix-1'],
  ['YAML specials', 'a: b #c@testix-1'],
  ['a flow mapping', '{x: 1}@testix-1'],
])('a package name with %s is refused by the schema; nothing written', async (_, target) => {
  const { root } = await setup();
  const run = triage(root, ['set', 'CVE-2026-0201', target, 'investigating']);
  expect(run.status).toBe(1);
  expect(run.out).toMatch(/SCHEMA_PATTERN|TRIAGE_/);
  expect(readFileSync(join(root, FILE), 'utf8')).toBe(RECORD);
});

test('an id that is a path finds no record; nothing written anywhere', async () => {
  const { root } = await setup();
  const run = triage(root, ['set', '../../vulns/2026/CVE-2026-0201', 'widget@testix-1', 'investigating']);
  expect(run.status).toBe(1);
  expect(run.out).toContain('TRIAGE_SET_RECORD_MISSING');
  expect(readFileSync(join(root, FILE), 'utf8')).toBe(RECORD);
});

test('a record with an anchor and an alias is refused, not rewritten', async () => {
  const record = RECORD.replace(
    'at: 2026-11-02T09:00:00Z',
    'at: &t 2026-11-02T09:00:00Z\n          - status: investigating\n            at: *t',
  );
  const { root } = await setup(record);
  const run = triage(root, ['set', 'CVE-2026-0201', 'widget@testix-1', 'affected']);
  expect(run.status).toBe(1);
  expect(run.out).toContain('TRIAGE_SET_RECORD_MISSING');
  expect(readFileSync(join(root, FILE), 'utf8')).toBe(record);
});

test('a sealed record is refused with a message that says it is sealed', async () => {
  const sealed = '-----BEGIN PGP MESSAGE-----\n\nwcBMA0AAAAAAAAAA\n-----END PGP MESSAGE-----\n';
  const { root } = await setup(sealed);
  const run = triage(root, ['set', 'CVE-2026-0201', 'widget@testix-1', 'affected']);
  expect(run.status).toBe(1);
  expect(run.out).toContain('TRIAGE_SET_RECORD_MISSING');
  expect(run.out).toContain('is sealed (an OpenPGP message)');
  expect(readFileSync(join(root, FILE), 'utf8')).toBe(sealed);
});

test("a record changed on disk after loading is refused (TRIAGE_SET_CONFLICT); the other writer's change is kept", async () => {
  const { root } = await setup();
  const now = new Date(NOW);
  const db = loadDatabase(root, { now });
  // Another writer records affected in the meantime.
  const other = `${RECORD}          - status: affected\n            at: 2026-11-03T09:00:00Z\n`;
  writeFileSync(join(root, FILE), other);
  const result = setTriageStatus(root, db, { id: 'CVE-2026-0201', package: 'widget', release: 'testix-1', status: 'investigating' }, now);
  expect(result.ok).toBe(false);
  expect(result.diagnostics.map((d) => d.code)).toEqual(['TRIAGE_SET_CONFLICT']);
  expect(readFileSync(join(root, FILE), 'utf8')).toBe(other);
  // Loaded afresh, the same edit goes through.
  const again = setTriageStatus(
    root,
    loadDatabase(root, { now }),
    { id: 'CVE-2026-0201', package: 'widget', release: 'testix-1', status: 'fixed', fields: { version: '1.0-2' } },
    now,
  );
  expect(again.ok).toBe(true);
});
