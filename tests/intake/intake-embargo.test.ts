// Intake and embargoes: a public upstream record must never carry an embargoed
// advisory's id or CVE into a public triage record, and never lift (drop or
// change) the embargo of a record that has one. Uses the project's own
// embargoed example (KSA-2026-0013, CVE-2026-1313, embargoed until 2026-12-02T14:00:00Z).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { parse } from 'yaml';
import { runIntake } from '../../src/core/intake/index.ts';
import { PROJECT_ROOT, type TestRepo } from '../helpers/test-repo.ts';
import { cve5, input, intakeRepo, NOW, osv } from './fixtures.ts';

let repo: TestRepo | undefined;
afterEach(() => repo?.cleanup());

const ADVISORY = 'advisories/2026/KSA-2026-0013.yaml';
const RECORD = 'vulns/2026/CVE-2026-1313.yaml';
const project = (file: string) => readFileSync(join(PROJECT_ROOT, file), 'utf8');

test('an upstream alias naming an embargoed advisory id is refused (INTAKE_EMBARGOED), nothing written', async () => {
  repo = await intakeRepo({ [ADVISORY]: project(ADVISORY) });
  const upstream = osv({ aliases: ['KSA-2026-0013', 'CVE-2026-7005'] });
  const result = runIntake({ root: repo.root, inputs: [input('ghsa.json', upstream)], now: NOW });
  expect(result.diagnostics.map((d) => `${d.file} ${d.code}`)).toEqual(['ghsa.json INTAKE_EMBARGOED']);
  expect(result.diagnostics[0]?.message).toContain('KSA-2026-0013');
  expect(result.written).toEqual([]);
  expect(result.planned).toEqual([]);
  // The control: the same record without that alias is taken in.
  const plain = runIntake({ root: repo.root, inputs: [input('ghsa.json', osv({ aliases: ['CVE-2026-7005'] }))], now: NOW });
  expect(plain.diagnostics).toEqual([]);
  expect(plain.written).toEqual(['vulns/2026/CVE-2026-7005.yaml']);
});

test('a public CVE record for an embargoed advisory alias, with no triage record yet, is refused', async () => {
  repo = await intakeRepo({ [ADVISORY]: project(ADVISORY) });
  const upstream = cve5({ id: 'CVE-2026-1313', affected: [{ vendor: 'linux', product: 'linux_kernel' }] });
  const result = runIntake({ root: repo.root, inputs: [input('cve.json', upstream)], now: NOW });
  expect(result.diagnostics.map((d) => d.code)).toEqual(['INTAKE_EMBARGOED']);
  expect(result.written).toEqual([]);
});

test('an embargoed triage record is updated in place: embargo, summary and notes kept, nothing public made of it', async () => {
  repo = await intakeRepo({ [ADVISORY]: project(ADVISORY), [RECORD]: project(RECORD) });
  const before = parse(project(RECORD));
  const upstream = osv({ id: 'GHSA-dddd-eeee-ffff', aliases: ['CVE-2026-1313'], summary: 'Public text from upstream' });
  const result = runIntake({ root: repo.root, inputs: [input('ghsa.json', upstream)], now: NOW });
  expect(result.diagnostics).toEqual([]);
  expect(result.written).toEqual([RECORD]);
  const after = parse(repo.read(RECORD));
  expect(after.embargo).toEqual(before.embargo);
  expect(after.summary).toBe(before.summary);
  expect(after.notes).toBe(before.notes);
  expect(after.aliases).toEqual(['GHSA-dddd-eeee-ffff']);
  expect(result.written.some((f) => f !== RECORD)).toBe(false);
});

test('an advisory intake cannot read is an error: it might be the embargoed one', async () => {
  repo = await intakeRepo({ 'advisories/2026/KSA-2026-0099.yaml': 'id: [unclosed\n' });
  const result = runIntake({ root: repo.root, inputs: [input('a.json', cve5())], now: NOW });
  expect(result.diagnostics.map((d) => `${d.file} ${d.code}`)).toEqual(['advisories/2026/KSA-2026-0099.yaml INTAKE_RECORD_INVALID']);
  expect(result.written).toEqual([]);
});
