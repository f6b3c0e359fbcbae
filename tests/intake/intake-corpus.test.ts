// Intake over real upstream data: the CVE JSON 5 sample and the AlmaLinux OSV
// feed as a parent distribution's (../shared/corpus; skipped with one line when absent).
import { cpSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import { parse } from 'yaml';
import { loadDatabase } from '../../src/core/index.ts';
import { runIntake } from '../../src/core/intake/index.ts';
import { CORPUS_ROOT, sharedTest } from '../helpers/shared.ts';
import type { TestRepo } from '../helpers/test-repo.ts';
import { intakeRepo, NOW } from './fixtures.ts';

let repo: TestRepo | undefined;
afterEach(() => repo?.cleanup());

/** The names AlmaLinux 9 gives the binary packages of a few packages Kestrel 4 ships (its inventory does not list them). */
const PARENT_NAMES: Record<string, string[]> = {
  openssl: ['openssl', 'openssl-libs'],
  curl: ['curl', 'libcurl'],
  glibc: ['glibc', 'glibc-common'],
  expat: ['expat'],
  sudo: ['sudo'],
};

/** An open record for the corpus's REJECTED CVE, so intake has something to mark. */
const REJECTED_RECORD = `id: CVE-2023-52071
summary: A candidate later rejected upstream
published_upstream: 2024-01-01T00:00:00Z
packages:
  - name: curl
    releases:
      - release: kestrel-4
        events:
          - { status: detected, at: 2024-01-02T00:00:00Z }
`;

sharedTest(
  'corpus',
  'intake over the real CVE JSON 5 sample and 2024 AlmaLinux 9 errata: matches, rejected, idempotent',
  { timeout: 120_000 },
  async () => {
    repo = await intakeRepo({ 'vulns/2023/CVE-2023-52071.yaml': REJECTED_RECORD });
    let release = repo.read('vulns/releases/kestrel-4.yaml');
    for (const [name, upstream] of Object.entries(PARENT_NAMES)) {
      release = release.replace(`  - name: ${name}\n`, `  - name: ${name}\n    upstream_names: [${upstream.join(', ')}]\n`);
    }
    repo.write({ 'vulns/releases/kestrel-4.yaml': release });
    const input = join(repo.root, 'upstream');
    mkdirSync(join(input, 'alma'), { recursive: true });
    cpSync(join(CORPUS_ROOT, 'cve5', 'records'), join(input, 'cve5'), { recursive: true });
    const alma = join(CORPUS_ROOT, 'almalinux', 'advisories', 'almalinux9');
    for (const name of readdirSync(alma).filter((n) => n.startsWith('ALSA-2024:'))) cpSync(join(alma, name), join(input, 'alma', name));
    const inputs = ['cve5', 'alma'].flatMap((dir) =>
      readdirSync(join(input, dir))
        .sort()
        .map((name) => ({ file: `upstream/${dir}/${name}`, bytes: readFileSync(join(input, dir, name)) })),
    );

    const result = runIntake({ root: repo.root, inputs, now: NOW });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const byId = new Map(result.outcomes.map((o) => [o.id, o]));
    // Matched by CNA vendor/product (any case), by an ADP container's CPE, by a GitHub URL as product.
    expect(byId.get('CVE-2023-0286')?.entries?.map((e) => `${e.package}@${e.release}`)).toEqual(['openssl@kestrel-3', 'openssl@kestrel-4']);
    expect(byId.get('CVE-2024-2961')?.entries?.[0]?.via).toBe('CVE vendor/product gnu/glibc');
    expect(byId.get('CVE-2024-45490')?.entries?.map((e) => e.package)).toEqual(['expat', 'expat']);
    expect(byId.get('CVE-2023-27533')?.entries?.[0]?.via).toBe('purl pkg:github/curl/curl');
    // The web-application records are not for anything a distribution ships.
    expect(byId.get('CVE-2024-3000')?.kind).toBe('unmatched');
    // The parent distribution's errata match through upstream_names, in Kestrel 4 only.
    const errata = result.outcomes.filter((o) => o.id.startsWith('ALSA-') && o.kind === 'matched');
    expect(errata.length).toBeGreaterThan(3);
    expect(errata.flatMap((o) => o.entries ?? []).every((e) => e.release === 'kestrel-4' && e.package in PARENT_NAMES)).toBe(true);
    expect(result.outcomes.filter((o) => o.id.startsWith('ALSA-') && o.kind === 'unmatched').length).toBeGreaterThan(100);
    // The REJECTED CVE marks its open record.
    expect(byId.get('CVE-2023-52071')?.reason).toBe('marked rejected: curl@kestrel-4');
    const rejected = parse(repo.read('vulns/2023/CVE-2023-52071.yaml'));
    expect(rejected.packages[0].releases[0].events.map((e: { status: string }) => e.status)).toEqual(['detected', 'rejected']);
    expect(result.written.length).toBe(result.planned.length);
    expect(result.written.length).toBeGreaterThan(10);

    // What it wrote passes check (no errors), and a second run writes nothing.
    const db = loadDatabase(repo.root, { now: NOW });
    expect(db.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const again = runIntake({ root: repo.root, inputs, now: new Date('2026-12-02T00:00:00Z') });
    expect(again.planned).toEqual([]);
    expect(again.written).toEqual([]);
  },
);
