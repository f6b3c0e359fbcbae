// The benchmark's synthetic triage data (bench/synthetic-triage.ts) must stay
// valid and pass check as the schemas and rules change, or triage-scale stops
// (it refuses to time a failed check).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { writeSyntheticRepo } from '../../bench/synthetic.ts';
import { writeSyntheticTriage } from '../../bench/synthetic-triage.ts';
import { loadDatabase } from '../../src/core/load.ts';
import { currentEvent } from '../../src/core/triage/model.ts';
import { PROJECT_ROOT } from '../helpers/test-repo.ts';

const NOW = new Date('2026-12-01T12:00:00Z');
let root: string;
let paths: string[];
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'watchkeeper-synthetic-triage-'));
  writeSyntheticRepo(root, PROJECT_ROOT, 20);
  paths = writeSyntheticTriage(root, 200, 20);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('every record loads, check finds no error, and the logs end in every status', () => {
  const db = loadDatabase(root, { now: NOW });
  expect(db.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(db.triage).toHaveLength(200);
  expect(db.releases.map((r) => r.id)).toEqual(['kestrel-3', 'kestrel-4']);
  const statuses = new Set(db.triage.flatMap((t) => t.packages.flatMap((p) => p.releases.map((r) => currentEvent(r.events)?.status))));
  expect([...statuses].sort()).toEqual(['affected', 'detected', 'fixed', 'investigating', 'not_affected', 'rejected', 'will_not_fix']);
  // No advisory lacks its record, and each record an advisory was written for names it.
  expect(db.diagnostics.filter((d) => d.code === 'TRIAGE_RECORD_MISSING' || d.code === 'TRIAGE_ADVISORY_MISMATCH')).toEqual([]);
  expect(db.triageByAlias.get('CVE-2016-100000')?.[0]?.packages[0]?.releases[0]?.events.at(-1)?.advisory).toBe('KSA-2016-00001');
});

test('the same seed writes the same files', () => {
  const again = mkdtempSync(join(tmpdir(), 'watchkeeper-synthetic-triage-'));
  try {
    writeSyntheticRepo(again, PROJECT_ROOT, 20);
    const second = writeSyntheticTriage(again, 200, 20);
    expect(second).toEqual(paths);
    for (const rel of paths) expect(readFileSync(join(again, rel), 'utf8')).toBe(readFileSync(join(root, rel), 'utf8'));
  } finally {
    rmSync(again, { recursive: true, force: true });
  }
});
