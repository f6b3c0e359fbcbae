// Synthetic triage data for benchmarks: two releases with an inventory and N
// triage records whose event logs spread over every status, valid against the
// schemas and passing check, reproducible from a seed (bench/synthetic.ts's PRNG).
// Record i tracks CVE syntheticCve(i); for i below the advisory count that is the
// CVE of synthetic advisory i, and the record's fixed event names that advisory,
// so the alias agreement between advisories and records holds both ways.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGES, random, syntheticCve, syntheticFacts } from './synthetic.ts';

/** The inventory: the advisories' packages plus some only records name. */
const INVENTORY = [...PACKAGES, 'bind9', 'sqlite', 'libpng', 'xz', 'gnutls', 'tar', 'ntp', 'busybox', 'perl', 'ruby'];
const RELEASES = ['kestrel-3', 'kestrel-4'] as const;
const HANDLES = ['amara', 'jonas', 'mei'];
const JUSTIFICATIONS = [
  'component_not_present',
  'vulnerable_code_not_present',
  'vulnerable_code_not_in_execute_path',
  'vulnerable_code_cannot_be_controlled_by_adversary',
  'inline_mitigations_already_exist',
];

/** Writes vulns/releases/kestrel-3.yaml and kestrel-4.yaml, each shipping every package of INVENTORY. */
export function writeSyntheticReleases(root: string): void {
  mkdirSync(join(root, 'vulns/releases'), { recursive: true });
  RELEASES.forEach((id, r) => {
    const packages = INVENTORY.map(
      (name, i) =>
        `  - name: ${name}\n    version: "${1 + (i % 9)}.${r}.${i}-1.ks${3 + r}"\n    cve:\n      - vendor: ${name.replace(/[^a-z0-9]/g, '_')}\n        product: ${name.replace(/[^a-z0-9]/g, '_')}\n    purl:\n      - "pkg:generic/${name}"\n`,
    ).join('');
    writeFileSync(
      join(root, `vulns/releases/${id}.yaml`),
      `id: ${id}\nname: Kestrel Linux ${3 + r}\necosystem: "Kestrel:${3 + r}"\nreleased: 2015-0${1 + r}-01T00:00:00Z\n` +
        `${r === 0 ? 'end_of_life: 2030-04-30T23:59:59Z\n' : ''}packages:\n${packages}`,
    );
  });
}

/**
 * Writes the releases and `count` triage records under root/vulns/; records
 * below `advisories` are the ones synthetic advisories were written for.
 * Returns the record paths relative to root.
 */
export function writeSyntheticTriage(root: string, count: number, advisories: number): string[] {
  writeSyntheticReleases(root);
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = syntheticCve(i);
    const year = id.slice(4, 8);
    const rel = `vulns/${year}/${id}.yaml`;
    mkdirSync(join(root, 'vulns', year), { recursive: true });
    writeFileSync(join(root, rel), i < advisories ? advisoryRecord(i) : trackedRecord(i));
    paths.push(rel);
  }
  return paths;
}

/** A record an advisory was written for: detected, affected when disclosed, fixed by the advisory. */
function advisoryRecord(index: number): string {
  const { id, year, pkg, month, day, cve, fixedVersion } = syntheticFacts(index);
  const fixedDay = String(Number(day) + 3).padStart(2, '0');
  const rand = random(1_000_000 + index);
  const releases = rand() < 0.4 ? RELEASES : RELEASES.slice(0, 1);
  const events = (release: string) =>
    `      - release: ${release}\n        events:\n` +
    event('detected', `${year}-${month}-${day}T08:00:00Z`, 'amara') +
    event('affected', `${year}-${month}-${day}T12:00:00Z`, 'amara') +
    event('fixed', `${year}-${month}-${fixedDay}T12:00:00Z`, 'amara', {
      version: release === 'kestrel-3' ? fixedVersion : fixedVersion.replace(/ks3$/, 'ks4'),
      advisory: id,
      update: id,
    });
  return (
    header(cve, `${pkg}: synthetic vulnerability number ${index} in the parser`, `${year}-${month}-${day}T12:00:00Z`, 'amara') +
    `packages:\n  - name: ${pkg}\n    releases:\n${releases.map(events).join('')}`
  );
}

/** A record without an advisory, its packages and releases ending in any status, with realistic logs. */
function trackedRecord(index: number): string {
  const rand = random(2_000_000 + index);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const cve = syntheticCve(index);
  const year = cve.slice(4, 8);
  const month = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
  const day = 1 + Math.floor(rand() * 20);
  const at = (offset: number, hour: number) =>
    `${year}-${month}-${String(day + offset).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`;
  const handle = pick(HANDLES);
  const packageCount = rand() < 0.15 ? 2 : 1;
  const first = Math.floor(rand() * INVENTORY.length);
  const packages = Array.from({ length: packageCount }, (_, p) => INVENTORY[(first + p * 7) % INVENTORY.length] as string);
  const releases = rand() < 0.4 ? RELEASES : [pick(RELEASES)];
  const log = (release: string, name: string): string => {
    const roll = rand();
    let out = event('detected', at(0, 8), handle);
    if (roll < 0.1) return out; // needs triage
    if (roll < 0.15) return out + event('investigating', at(0, 14), handle);
    if (roll < 0.2) return out + event('rejected', at(1, 9), handle, { note: 'Upstream rejected the CVE as a duplicate.' });
    if (roll < 0.55) {
      if (rand() < 0.5) out += event('investigating', at(0, 14), handle);
      return (
        out +
        event('not_affected', at(1, 10), handle, {
          justification: pick(JUSTIFICATIONS),
          statement: `The ${name} build in ${release} does not include the affected code path (synthetic record ${index}).`,
        })
      );
    }
    out += event('affected', at(1, 10), handle);
    if (roll < 0.65) return out; // affected, no fix yet
    if (roll < 0.7) return out + event('will_not_fix', at(2, 11), handle, { reason: 'Low impact; the next release replaces the package.' });
    return (
      out +
      event('fixed', at(3, 12), handle, {
        version: `${1 + (index % 9)}.${index % 11}.${index % 4}-2.ks${release.slice(-1)}`,
        update: `${name} update for synthetic record ${index}`,
      })
    );
  };
  const alias = rand() < 0.2 ? `aliases:\n  - GHSA-${ghsaPart(index, 0)}-${ghsaPart(index, 1)}-${ghsaPart(index, 2)}\n` : '';
  const notes = rand() < 0.1 ? `notes: |\n  Synthetic note for record ${index}: upstream's patch was backported by hand.\n` : '';
  return (
    header(cve, `${packages[0]}: synthetic tracked vulnerability number ${index}`, at(0, 6), rand() < 0.7 ? handle : undefined) +
    alias +
    notes +
    `packages:\n${packages
      .map(
        (name) =>
          `  - name: ${name}\n    releases:\n${releases.map((release) => `      - release: ${release}\n        events:\n${log(release, name)}`).join('')}`,
      )
      .join('')}`
  );
}

function header(id: string, summary: string, published: string, assignee: string | undefined): string {
  return (
    `id: ${id}\nsummary: "${summary}"\nreferences:\n  - type: ADVISORY\n    url: https://www.cve.org/CVERecord?id=${id}\n` +
    `published_upstream: ${published}\n${assignee ? `assignee: ${assignee}\n` : ''}`
  );
}

function event(status: string, at: string, by: string, fields: Record<string, string> = {}): string {
  const extra = Object.entries(fields)
    .map(([key, value]) => `            ${key}: ${JSON.stringify(value)}\n`)
    .join('');
  return `          - status: ${status}\n            at: ${at}\n            by: ${by}\n${extra}`;
}

/** Four characters of a GHSA-shaped alias, unique per index. */
function ghsaPart(index: number, part: number): string {
  const alphabet = '23456789cfghjmpqrvwx';
  let n = index * 3 + part + 1;
  let out = '';
  for (let i = 0; i < 4; i++) {
    out += alphabet[n % alphabet.length];
    n = Math.floor(n / alphabet.length);
  }
  return out;
}
