// Triage data for the export tests (OpenVEX, CSAF VEX, OSV per vulnerability):
// the project's example data, and a test repository with one record per status
// whose texts are hostile (markup, quotes, control characters) and one record
// under embargo until a fixed instant.
import { type Database, loadDatabase, publishableTriage } from '../../src/core/index.ts';
import type { TriageRecord } from '../../src/core/triage/model.ts';
import { makeTestRepo, PROJECT_ROOT, type TestRepo } from '../helpers/test-repo.ts';
import { recordYaml, releaseYaml, type TestEvent } from '../helpers/triage-data.ts';

/** Before KSA-2026-0013 and CVE-2026-1313 lift (2026-12-02T14:00:00Z). */
export const BEFORE_EMBARGO = new Date('2026-12-01T12:00:00Z');

export function exampleDatabase(now = BEFORE_EMBARGO): { db: Database; records: TriageRecord[] } {
  const db = loadDatabase(PROJECT_ROOT, { now });
  return { db, records: publishableTriage(db, now) };
}

/** Markup, both quotes, an ampersand and a line separator, as a YAML double-quoted string (the loader refuses control characters in data). */
export const HOSTILE_YAML = '"<script>alert(\\"x\\")</script> it\'s & \\u2028 end"';
export const HOSTILE = '<script>alert("x")</script> it\'s & \u2028 end';
/** Control characters never load from data, but the export functions are pure: a caller's record with them must still give valid JSON. */
export const CONTROL = 'bell \u0007 escape \u001b[31m nul \u0000 end';

/** When the test repository's embargoed record lifts. */
export const FIXTURE_EMBARGO = '2026-06-01T00:00:00Z';

const at = (day: number) => `2026-03-${String(day).padStart(2, '0')}T09:00:00Z`;

/** One package × release per status, in widget/testix-1 unless named; texts hostile. */
const STATUS_RECORDS: Record<string, TestEvent[]> = {
  'CVE-2026-0101': [{ status: 'detected', at: at(1) }],
  'CVE-2026-0102': [
    { status: 'detected', at: at(1) },
    { status: 'investigating', at: at(2) },
  ],
  'CVE-2026-0103': [{ status: 'affected', at: at(2) }],
  'CVE-2026-0104': [{ status: 'not_affected', at: at(3), justification: 'vulnerable_code_not_in_execute_path', statement: HOSTILE_YAML }],
  'CVE-2026-0105': [
    { status: 'affected', at: at(2) },
    { status: 'fixed', at: at(4), version: '"1.2.3-1"', update: HOSTILE_YAML },
  ],
  'CVE-2026-0106': [{ status: 'will_not_fix', at: at(5), reason: HOSTILE_YAML }],
  'CVE-2026-0107': [{ status: 'rejected', at: at(6) }],
};

export async function statusRepo(): Promise<TestRepo> {
  const files: Record<string, string> = { 'vulns/releases/testix-1.yaml': releaseYaml() };
  for (const [id, events] of Object.entries(STATUS_RECORDS)) {
    files[`vulns/2026/${id}.yaml`] = recordYaml({ id, events, top: `aliases: [GHSA-${id.slice(-4)}-aaaa-bbbb]` }).replace(
      'summary: A test vulnerability in widget',
      `summary: ${HOSTILE_YAML}`,
    );
  }
  files['vulns/2026/CVE-2026-0199.yaml'] = recordYaml({
    id: 'CVE-2026-0199',
    top: `embargo:\n  until: ${FIXTURE_EMBARGO}\n  reason: Coordinated date`,
  });
  return makeTestRepo(files);
}

/** Before and after the fixture's embargo. */
export const FIXTURE_BEFORE = new Date('2026-05-01T00:00:00Z');
export const FIXTURE_AFTER = new Date('2026-07-01T00:00:00Z');
