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

/**
 * The names AlmaLinux 9 gives the binary packages of a few packages Kestrel 4 ships (its inventory does not list
 * them), for that ecosystem only: AlmaLinux 8's errata for the same names are not Kestrel 4's.
 */
const PARENT_NAMES: Record<string, string[]> = {
  openssl: ['openssl', 'openssl-libs'],
  curl: ['curl', 'libcurl'],
  glibc: ['glibc', 'glibc-common'],
  expat: ['expat'],
  sudo: ['sudo'],
};
const PARENT = 'AlmaLinux:9';

type Json = Record<string, unknown>;
const list = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);

/** The vendor/product pairs (lower case) a CVE record's CNA and ADP containers name, read from the file. */
function cvePairs(record: Json): string[] {
  const containers = (record.containers ?? {}) as Json;
  return [containers.cna, ...list(containers.adp)]
    .flatMap((c) => list((c as Json | undefined)?.affected))
    .filter((a) => typeof a.vendor === 'string' && typeof a.product === 'string')
    .map((a) => `${String(a.vendor).toLowerCase()}/${String(a.product).toLowerCase()}`);
}

/** The inventory's cve pairs (lower case) → the package@release entries listing them, read from the release files. */
function inventoryPairs(root: string): Map<string, Set<string>> {
  const pairs = new Map<string, Set<string>>();
  for (const name of readdirSync(join(root, 'vulns', 'releases'))) {
    const release = parse(readFileSync(join(root, 'vulns', 'releases', name), 'utf8'));
    for (const p of release.packages) {
      for (const c of p.cve ?? []) {
        const key = `${c.vendor.toLowerCase()}/${c.product.toLowerCase()}`;
        pairs.set(key, (pairs.get(key) ?? new Set()).add(`${p.name}@${release.id}`));
      }
    }
  }
  return pairs;
}

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
  'intake over the real CVE JSON 5 sample and 2024 AlmaLinux 8 and 9 errata: matches, near misses, rejected, idempotent',
  { timeout: 120_000 },
  async () => {
    repo = await intakeRepo({ 'vulns/2023/CVE-2023-52071.yaml': REJECTED_RECORD });
    let release = repo.read('vulns/releases/kestrel-4.yaml');
    for (const [name, upstream] of Object.entries(PARENT_NAMES)) {
      const names = upstream.map((n) => JSON.stringify(`${PARENT}/${n}`)).join(', ');
      release = release.replace(`  - name: ${name}\n`, `  - name: ${name}\n    upstream_names: [${names}]\n`);
    }
    repo.write({ 'vulns/releases/kestrel-4.yaml': release });
    const input = join(repo.root, 'upstream');
    mkdirSync(join(input, 'alma'), { recursive: true });
    cpSync(join(CORPUS_ROOT, 'cve5', 'records'), join(input, 'cve5'), { recursive: true });
    // AlmaLinux 8's and 9's 2024 errata (a file in both folders is the same erratum for both, byte for byte).
    for (const version of ['almalinux8', 'almalinux9']) {
      const alma = join(CORPUS_ROOT, 'almalinux', 'advisories', version);
      for (const name of readdirSync(alma).filter((n) => n.startsWith('ALSA-2024:'))) cpSync(join(alma, name), join(input, 'alma', name));
    }
    const inputs = ['cve5', 'alma'].flatMap((dir) =>
      readdirSync(join(input, dir))
        .sort()
        .map((name) => ({ file: `upstream/${dir}/${name}`, bytes: readFileSync(join(input, dir, name)) })),
    );

    const result = runIntake({ root: repo.root, inputs, now: NOW });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const byId = new Map(result.outcomes.map((o) => [o.id, o]));
    const entries = (id: string) => (byId.get(id)?.entries ?? []).map((e) => `${e.package}@${e.release}`);

    // Every CVE record whose CNA or ADP vendor/product pair the inventory lists is matched to each package × release
    // listing it (both computed from the files); that is most of the sample since the inventory has the CNAs' spellings.
    const pairs = inventoryPairs(repo.root);
    const cveInputs = inputs.filter((i) => i.file.startsWith('upstream/cve5/'));
    let byPair = 0;
    for (const i of cveInputs) {
      const record = JSON.parse(new TextDecoder().decode(i.bytes)) as Json;
      const id = String((record.cveMetadata as Json).cveId);
      const expected = [...new Set(cvePairs(record).flatMap((p) => [...(pairs.get(p) ?? [])]))].sort();
      if (expected.length === 0 || (record.cveMetadata as Json).state === 'REJECTED') continue;
      byPair++;
      expect(entries(id), id).toEqual(expect.arrayContaining(expected));
    }
    expect(byPair).toBeGreaterThanOrEqual(18);
    // The CNAs' own spellings (curl/curl, Linux/Linux, The GNU C Library/glibc, vim/vim/vim, F5/NGINX Open Source) match.
    expect(byId.get('CVE-2023-38545')?.entries?.[0]?.via).toBe('CVE vendor/product curl/curl');
    expect(byId.get('CVE-2024-26581')?.entries?.[0]?.via).toBe('CVE vendor/product Linux/Linux');
    expect(byId.get('CVE-2024-2961')?.entries?.[0]?.via).toBe('CVE vendor/product The GNU C Library/glibc');
    expect(entries('CVE-2023-0049')).toEqual(['vim@kestrel-3', 'vim@kestrel-4']);
    expect(entries('CVE-2024-7347')).toEqual(['nginx@kestrel-3', 'nginx@kestrel-4']);
    // By an ADP container where the CNA names no product (n/a), by a GitHub URL as product.
    expect(byId.get('CVE-2024-45490')?.entries?.map((e) => e.via)).toEqual([
      'CVE vendor/product libexpat_project/libexpat',
      'CVE vendor/product libexpat_project/libexpat',
    ]);
    expect(byId.get('CVE-2023-27533')?.entries?.[0]?.via).toBe('purl pkg:github/curl/curl');
    // What is left unmatched names no product (n/a) or one Kestrel does not ship: no near miss is left.
    const unmatchedCves = result.outcomes.filter((o) => o.id.startsWith('CVE-') && o.kind === 'unmatched');
    expect(unmatchedCves.map((o) => o.id)).toContain('CVE-2024-3000');
    expect(unmatchedCves.filter((o) => o.hint)).toEqual([]);

    // The parent distribution's errata match through upstream_names for AlmaLinux 9 only, in Kestrel 4 only:
    // exactly those that name one of the names in that ecosystem (computed from the files).
    const parentNames = new Set(Object.values(PARENT_NAMES).flat());
    const names = (i: { bytes: Uint8Array }) =>
      list((JSON.parse(new TextDecoder().decode(i.bytes)) as Json).affected).map((a) => a.package as Json);
    const almaInputs = inputs.filter((i) => i.file.startsWith('upstream/alma/'));
    const expectedErrata = almaInputs
      .filter((i) => names(i).some((p) => p.ecosystem === PARENT && parentNames.has(String(p.name))))
      .map((i) => i.file.replace(/^upstream\/alma\/|\.json$/g, ''))
      .sort();
    const errata = result.outcomes.filter((o) => o.id.startsWith('ALSA-') && o.kind === 'matched');
    expect(errata.map((o) => o.id).sort()).toEqual(expectedErrata);
    expect(errata.length).toBeGreaterThan(3);
    expect(errata.flatMap((o) => o.entries ?? []).every((e) => e.release === 'kestrel-4' && e.package in PARENT_NAMES)).toBe(true);
    // AlmaLinux 8 errata for the same names are there, and are not taken in.
    const eightOnly = almaInputs.filter(
      (i) =>
        names(i).some((p) => p.ecosystem === 'AlmaLinux:8' && parentNames.has(String(p.name))) &&
        !names(i).some((p) => p.ecosystem === PARENT),
    );
    expect(eightOnly.length).toBeGreaterThan(3);
    expect(result.outcomes.filter((o) => o.id.startsWith('ALSA-') && o.kind === 'unmatched').length).toBeGreaterThan(100);
    // The REJECTED CVE marks its open record.
    expect(byId.get('CVE-2023-52071')?.reason).toBe('marked rejected: curl@kestrel-4');
    const rejected = parse(repo.read('vulns/2023/CVE-2023-52071.yaml'));
    expect(rejected.packages[0].releases[0].events.map((e: { status: string }) => e.status)).toEqual(['detected', 'rejected']);
    expect(result.written.length).toBe(result.planned.length);
    // One new file per matched record, and the rejected record updated.
    const matchedFiles = result.outcomes.filter((o) => o.kind === 'matched').map((o) => o.file);
    expect([...result.written].sort()).toEqual([...matchedFiles, 'vulns/2023/CVE-2023-52071.yaml'].sort());
    expect(matchedFiles.length).toBe(byPair + 2 + errata.length);

    // What it wrote passes check (no errors), and a second run writes nothing.
    const db = loadDatabase(repo.root, { now: NOW });
    expect(db.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const again = runIntake({ root: repo.root, inputs, now: new Date('2026-12-02T00:00:00Z') });
    expect(again.planned).toEqual([]);
    expect(again.written).toEqual([]);
  },
);

sharedTest(
  'corpus',
  'without the Linux CNA spelling, the kernel records are near misses with the inventory line to add',
  { timeout: 120_000 },
  async () => {
    repo = await intakeRepo();
    for (const id of ['kestrel-3', 'kestrel-4']) {
      const file = `vulns/releases/${id}.yaml`;
      repo.write({ [file]: repo.read(file).replace('      - vendor: Linux\n        product: Linux\n', '') });
    }
    const dir = join(CORPUS_ROOT, 'cve5', 'records');
    const files = readdirSync(dir).sort();
    const inputs = files.map((name) => ({ file: name, bytes: readFileSync(join(dir, name)) }));
    const kernel = files
      .filter((name) => {
        const record = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Json;
        return list(((record.containers as Json).cna as Json).affected).some((a) => a.vendor === 'Linux');
      })
      .map((name) => name.replace(/\.json$/, ''));
    expect(kernel.length).toBeGreaterThan(2);
    const result = runIntake({ root: repo.root, inputs, now: NOW, dryRun: true });
    const hint =
      "add { vendor: Linux, product: Linux } to linux's cve list in vulns/releases/kestrel-3.yaml and vulns/releases/kestrel-4.yaml if it is the same product";
    expect(result.outcomes.filter((o) => o.hint === hint).map((o) => o.id)).toEqual(kernel);
    expect(result.outcomes.filter((o) => kernel.includes(o.id)).every((o) => o.kind === 'unmatched')).toBe(true);
  },
);
