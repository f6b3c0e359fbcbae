// Synthetic data for benchmarks: a repository with N believable advisories,
// reproducible from a seed, so figures compare across runs and machines.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const PACKAGES = [
  'openssl',
  'linux',
  'glibc',
  'curl',
  'sudo',
  'openssh',
  'libxml2',
  'expat',
  'nginx',
  'systemd',
  'zlib',
  'python3.12',
  'bash',
  'git',
  'vim',
];
const VECTORS = [
  'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
  'CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H',
  'CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:L/A:N',
  'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N',
];

const WORDS = (
  'the a of to in and is for on with by an that from as at be this which or it can when are not has its was may ' +
  'attacker remote local user crafted packet request header buffer heap stack overflow underflow read write past end ' +
  'bounds length field parser decoder handler memory free use after double null pointer dereference integer signed ' +
  'unsigned truncation race condition lock kernel driver module service daemon socket file path traversal symlink ' +
  'privilege escalation denial code execution injection command query string format certificate validation bypass ' +
  'authentication session token cookie key signature verification timing leak information disclosure crash restart'
).split(' ');

/** `n` words of security prose drawn from `rand`: text of its own, as an embargoed advisory's would be. */
export function prose(rand: () => number, n: number): string {
  return Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ');
}

/** A small deterministic PRNG (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticId(index: number): { id: string; year: number } {
  const year = 2016 + (index % 10);
  return { id: `KSA-${year}-${String(Math.floor(index / 10) + 1).padStart(5, '0')}`, year };
}

/** What advisory `index` is about, drawn from `rand` in a fixed order (synthetic-triage.ts tracks the same facts). */
export function syntheticFacts(index: number, rand = random(index + 1)) {
  const { id, year } = syntheticId(index);
  const pkg = PACKAGES[Math.floor(rand() * PACKAGES.length)] ?? 'openssl';
  const vector = VECTORS[Math.floor(rand() * VECTORS.length)] ?? VECTORS[0];
  const month = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
  const day = String(1 + Math.floor(rand() * 20)).padStart(2, '0');
  return { id, year, pkg, vector, month, day, cve: syntheticCve(index), fixedVersion: syntheticFixedVersion(index) };
}

/** The CVE id of advisory `index`, and of synthetic triage record `index` (synthetic-triage.ts). */
export function syntheticCve(index: number): string {
  return `CVE-${2016 + (index % 10)}-${String(100000 + index)}`;
}

export function syntheticFixedVersion(index: number): string {
  return `${1 + (index % 7)}.${index % 13}.${index % 5}-1.ks3`;
}

/**
 * One advisory's YAML text; `index` makes it unique. A draft has no publication
 * dates (and must never reach the output), and details of its own: boilerplate a
 * draft shares with advisories committed at the same time is a leak (the scan
 * exempts only text that provably landed before the draft).
 */
export function syntheticAdvisory(index: number, rand = random(index + 1), draft = false): string {
  const { id, year, pkg, vector, month, day } = syntheticFacts(index, rand);
  const published = `  fixed: ${year}-${month}-${String(Number(day) + 3).padStart(2, '0')}T12:00:00Z
  published: ${year}-${month}-${String(Number(day) + 3).padStart(2, '0')}T13:00:00Z
`;
  return `id: ${id}
status: ${draft ? 'draft' : 'published'}
summary: "${pkg}: synthetic vulnerability number ${index} in the parser"
details: |
${draft ? `  ${prose(rand, 12)}.\n  ${prose(rand, 12)}.` : `  A crafted input makes ${pkg} read past the end of a buffer. This text is\n  synthetic and exists so benchmarks have realistic file sizes.`}
aliases:
  - ${syntheticCve(index)}
severity:
  - type: ${vector?.startsWith('CVSS:4') ? 'CVSS_V4' : 'CVSS_V3'}
    score: ${vector}
affected:
  - package:
      name: ${pkg}
      purl: pkg:rpm/kestrel/${pkg}?distro=kestrel-3
    ranges:
      - type: ECOSYSTEM
        events:
          - introduced: "0"
          - fixed: "${syntheticFixedVersion(index)}"
references:
  - type: ADVISORY
    url: https://www.cve.org/CVERecord?id=${syntheticCve(index)}
timeline:
  reported: ${year}-${month}-${day}T08:00:00Z
  disclosed: ${year}-${month}-${day}T12:00:00Z
${draft ? '' : published}`;
}

/**
 * Writes a repository at `root` with the project's settings and rotations
 * (copied from `projectRoot`) and `count` synthetic advisories, one in every
 * `draftEvery` of them a draft (0: none). Returns the advisory paths relative to root.
 */
export function writeSyntheticRepo(root: string, projectRoot: string, count: number, draftEvery = 0): string[] {
  mkdirSync(root, { recursive: true });
  cpSync(join(projectRoot, 'watchkeeper.yaml'), join(root, 'watchkeeper.yaml'));
  cpSync(join(projectRoot, 'rotations'), join(root, 'rotations'), { recursive: true });
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const { id, year } = syntheticId(i);
    const rel = `advisories/${year}/${id}.yaml`;
    mkdirSync(join(root, 'advisories', String(year)), { recursive: true });
    writeFileSync(join(root, rel), syntheticAdvisory(i, random(i + 1), draftEvery > 0 && i % draftEvery === draftEvery - 1));
    paths.push(rel);
  }
  return paths;
}
