// Intake racing another writer: a record that changes between intake reading
// it and writing it (a `triage set` during a long run) is not overwritten,
// and nothing else of the run is written either.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { buildInventory } from '../../src/core/intake/inventory.ts';
import { planIntake } from '../../src/core/intake/plan.ts';
import { readUpstream } from '../../src/core/intake/read-upstream.ts';
import { readIntakeState } from '../../src/core/intake/repo-state.ts';
import { writePlan } from '../../src/core/intake/write-plan.ts';
import type { TestRepo } from '../helpers/test-repo.ts';
import { recordYaml } from '../helpers/triage-data.ts';
import { cve5, intakeRepo, NOW } from './fixtures.ts';

let repo: TestRepo | undefined;
afterEach(() => repo?.cleanup());

const FILE = 'vulns/2026/CVE-2026-7001.yaml';
// Tracked in kestrel-3 only: intake adds the kestrel-4 entry.
const RECORD = recordYaml({
  id: 'CVE-2026-7001',
  summary: 'Crash in the X.509 parser',
  published: '2026-11-20T10:00:00Z',
  entries: [{ package: 'openssl', release: 'kestrel-3', events: [{ status: 'detected', at: '2026-11-20T11:00:00Z' }] }],
});
const OTHER = RECORD.replace(
  '            at: 2026-11-20T11:00:00Z\n',
  '            at: 2026-11-20T11:00:00Z\n          - status: investigating\n            at: 2026-11-21T09:00:00Z\n',
);

const upstream = () => [
  ...readUpstream('a.json', new TextEncoder().encode(cve5())).records,
  ...readUpstream('b.json', new TextEncoder().encode(cve5({ id: 'CVE-2026-7002' }))).records,
];

test('a record changed between reading and planning is reported (INTAKE_RECORD_CHANGED) and not planned', async () => {
  repo = await intakeRepo({ [FILE]: RECORD });
  const state = readIntakeState(repo.root, NOW);
  writeFileSync(join(repo.root, FILE), OTHER);
  const plan = planIntake(upstream(), state, buildInventory(state.releases), { root: repo.root, now: NOW });
  expect(plan.diagnostics.map((d) => `${d.file} ${d.code}`)).toEqual([`${FILE} INTAKE_RECORD_CHANGED`]);
  expect(plan.writes.map((w) => w.file)).toEqual(['vulns/2026/CVE-2026-7002.yaml']);
});

test('a record changed between planning and writing: nothing is written, the other change is kept', async () => {
  repo = await intakeRepo({ [FILE]: RECORD });
  const state = readIntakeState(repo.root, NOW);
  const plan = planIntake(upstream(), state, buildInventory(state.releases), { root: repo.root, now: NOW });
  expect(plan.diagnostics).toEqual([]);
  expect(plan.writes.map((w) => w.file).sort()).toEqual([FILE, 'vulns/2026/CVE-2026-7002.yaml']);
  writeFileSync(join(repo.root, FILE), OTHER);
  const result = writePlan(repo.root, plan.writes);
  expect(result.diagnostics.map((d) => `${d.file} ${d.code}`)).toEqual([`${FILE} INTAKE_RECORD_CHANGED`]);
  expect(result.written).toEqual([]);
  expect(readFileSync(join(repo.root, FILE), 'utf8')).toBe(OTHER);
  const root = repo.root;
  expect(() => readFileSync(join(root, 'vulns/2026/CVE-2026-7002.yaml'))).toThrow();
  // Unchanged, the same plan writes both.
  writeFileSync(join(repo.root, FILE), RECORD);
  expect(writePlan(repo.root, plan.writes).written.sort()).toEqual([FILE, 'vulns/2026/CVE-2026-7002.yaml']);
});
