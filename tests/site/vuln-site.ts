// The one built site of the triage records' site tests: the example data with its triage records
// (vulns/), the shared site's fixture advisories (ids only an advisory names), a record with an
// alias, a record under embargo at the test clock, and the triage overview's two records. Built once (siteOf) for every file that asks.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PROJECT_ROOT } from '../helpers/test-repo.ts';
import { sharedSiteFiles, siteOf } from './shared-site.ts';

/** A record with an alias, affected in one release and not affected in the other. */
export const ALIASED = { id: 'CVE-2026-7001', alias: 'GHSA-wk7p-c3q9-8hxm', summary: 'Timing leak in the RSA blinding of openssl' };

/** Public upstream, but under embargo at the test clock (2026-11-24) until 2026-11-30 (a past instant: a build may only be pinned to one). */
export const EMBARGOED = {
  id: 'CVE-2026-7002',
  alias: 'GHSA-q2v8-mm4f-zk7r',
  summary: 'Heap overflow in the zebrine archive reader of busybox',
  until: '2026-11-30T00:00:00Z',
};

export function aliasedRecord(): string {
  return `id: ${ALIASED.id}
aliases:
  - ${ALIASED.alias}
summary: "${ALIASED.summary}"
references:
  - type: ADVISORY
    url: https://www.cve.org/CVERecord?id=${ALIASED.id}
published_upstream: 2026-11-10T12:00:00Z
packages:
  - name: openssl
    releases:
      - release: kestrel-3
        events:
          - status: detected
            at: 2026-11-10T13:00:00Z
            by: amara
          - status: affected
            at: 2026-11-11T09:00:00Z
            by: amara
            note: "Blinding is on by default in this build."
      - release: kestrel-4
        events:
          - status: detected
            at: 2026-11-10T13:00:00Z
            by: amara
          - status: not_affected
            at: 2026-11-12T09:00:00Z
            by: amara
            justification: vulnerable_code_not_present
            statement: "Kestrel 4 ships openssl 3.2, where the constant-time blinding replaced the leaking code."
`;
}

export function embargoedRecord(release = 'kestrel-4', pkg = 'busybox'): string {
  return `id: ${EMBARGOED.id}
aliases:
  - ${EMBARGOED.alias}
summary: "${EMBARGOED.summary}"
published_upstream: 2026-11-10T12:00:00Z
embargo:
  until: ${EMBARGOED.until}
packages:
  - name: ${pkg}
    releases:
      - release: ${release}
        events:
          - status: affected
            at: 2026-11-11T09:00:00Z
`;
}

/** The project's vulns/ folder as files of the site's data. */
export function exampleTriageFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out[relative(PROJECT_ROOT, full)] = readFileSync(full, 'utf8');
    }
  };
  walk(join(PROJECT_ROOT, 'vulns'));
  return out;
}

/** The triage overview's records: one long in triage (past its target at the test clock), one under embargo past it. */
export const OVERDUE = { id: 'CVE-2026-1901', detected: '2026-10-01T09:00:00Z' };
export const HIDDEN = { id: 'CVE-2026-1902' };

function detectedRecord(id: string, top: string, at: string): string {
  return `id: ${id}
summary: Test record ${id}
${top}packages:
  - name: openssl
    releases:
      - release: kestrel-3
        events:
          - status: detected
            at: ${at}
`;
}

/** Every file the vulnerability site adds to the example data (its tests compute their expectations from these). */
export function vulnSiteFiles(): Record<string, string> {
  return {
    ...sharedSiteFiles(),
    ...exampleTriageFiles(),
    [`vulns/2026/${ALIASED.id}.yaml`]: aliasedRecord(),
    [`vulns/2026/${EMBARGOED.id}.yaml`]: embargoedRecord(),
    [`vulns/2026/${OVERDUE.id}.yaml`]: detectedRecord(OVERDUE.id, 'published_upstream: 2026-09-30T00:00:00Z\n', OVERDUE.detected),
    [`vulns/2026/${HIDDEN.id}.yaml`]: detectedRecord(
      HIDDEN.id,
      'published_upstream: 2026-11-01T00:00:00Z\nembargo:\n  until: 2026-12-20T00:00:00Z\n',
      '2026-09-01T09:00:00Z',
    ),
  };
}

/**
 * The built site (dist/) of every test of triage records on the site (pages, triage overview,
 * exports), at the test clock: one build for all of them.
 */
export function vulnSite(): Promise<string> {
  return siteOf({ name: 'vulns', exampleData: true, git: true, files: vulnSiteFiles() });
}
