// The intake rules (docs/triage.md, "Intake") through runIntake at a fixed clock,
// against a temp repo holding the project's own releases.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { loadDatabase } from '../../src/core/index.ts';
import { runIntake } from '../../src/core/intake/index.ts';
import type { TestRepo } from '../helpers/test-repo.ts';
import { cve5, input, intakeRepo, NOW, osv } from './fixtures.ts';

let repo: TestRepo | undefined;
afterEach(() => repo?.cleanup());

const record = (root: string, file: string) => parse(readFileSync(join(root, file), 'utf8'));

describe('matching', () => {
  test('a CVE vendor/product matches case-insensitively and creates a detected record in every release shipping it', async () => {
    repo = await intakeRepo();
    const result = runIntake({ root: repo.root, inputs: [input('a.json', cve5())], now: NOW });
    expect(result.diagnostics).toEqual([]);
    expect(result.written).toEqual(['vulns/2026/CVE-2026-7001.yaml']);
    expect(repo.read('vulns/2026/CVE-2026-7001.yaml')).toBe(`# Found by \`npm run intake\` (CVE-2026-7001); triage it: docs/triage.md.

id: CVE-2026-7001
summary: Crash in the X.509 parser
references:
  - type: ADVISORY
    url: https://www.cve.org/CVERecord?id=CVE-2026-7001
  - type: WEB
    url: https://openssl.example/news/7001
published_upstream: 2026-11-20T10:00:00Z
packages:
  - name: openssl
    releases:
      - release: kestrel-3
        events:
          - status: detected
            at: 2026-12-01T12:00:00Z
            note: "Found by intake: CVE vendor/product OpenSSL/OpenSSL."
      - release: kestrel-4
        events:
          - status: detected
            at: 2026-12-01T12:00:00Z
            note: "Found by intake: CVE vendor/product OpenSSL/OpenSSL."
`);
    // What intake writes passes the project's own check.
    const db = loadDatabase(repo.root, { now: NOW });
    expect(db.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  test('an ADP container CPE matches where the CNA names the vendor otherwise', async () => {
    repo = await intakeRepo();
    const text = cve5({
      affected: [{ vendor: 'GNU Project', product: 'GNU C Library' }],
      adp: [
        {
          providerMetadata: { shortName: 'CISA-ADP' },
          affected: [{ vendor: 'gnu', product: 'glibc', cpes: ['cpe:2.3:a:gnu:glibc:-:*:*:*:*:*:*:*'] }],
        },
      ],
    });
    const result = runIntake({ root: repo.root, inputs: [input('a.json', text)], now: NOW, release: 'kestrel-4' });
    expect(result.outcomes[0]?.entries?.map((e) => [e.package, e.release, e.via])).toEqual([
      ['glibc', 'kestrel-4', 'CVE vendor/product gnu/glibc'],
    ]);
  });

  test('a GitHub repository as CVE product, and an OSV purl with version and qualifiers, match the inventory purl', async () => {
    repo = await intakeRepo();
    const curl = cve5({ id: 'CVE-2026-7002', affected: [{ vendor: 'n/a', product: 'https://github.com/curl/curl' }] });
    const ghsa = osv({ id: 'GHSA-zzzz-yyyy-xxxx', affected: [{ purl: 'pkg:github/openssl/openssl@3.0.1?arch=x86_64#sub' }] });
    const result = runIntake({ root: repo.root, inputs: [input('a.json', curl), input('b.json', ghsa)], now: NOW });
    expect(result.outcomes.map((o) => [o.id, o.kind, o.entries?.map((e) => e.package)])).toEqual([
      ['CVE-2026-7002', 'matched', ['curl', 'curl']],
      ['GHSA-zzzz-yyyy-xxxx', 'matched', ['openssl', 'openssl']],
    ]);
  });

  test('a parent distribution feed matches through upstream_names', async () => {
    repo = await intakeRepo();
    const release = repo
      .read('vulns/releases/kestrel-4.yaml')
      .replace('  - name: openssl\n', '  - name: openssl\n    upstream_names: [openssl-libs]\n');
    repo.write({ 'vulns/releases/kestrel-4.yaml': release });
    const alsa = osv({ id: 'ALSA-2026:0101', affected: [{ ecosystem: 'AlmaLinux:9', name: 'openssl-libs' }] });
    const result = runIntake({ root: repo.root, inputs: [input('ALSA-2026:0101.json', alsa)], now: NOW });
    expect(result.diagnostics).toEqual([]);
    expect(result.written).toEqual(['vulns/2026/ALSA-2026:0101.yaml']);
    expect(record(repo.root, 'vulns/2026/ALSA-2026:0101.yaml').packages).toEqual([
      {
        name: 'openssl',
        releases: [
          {
            release: 'kestrel-4',
            events: [{ status: 'detected', at: '2026-12-01T12:00:00Z', note: 'Found by intake: package AlmaLinux:9/openssl-libs.' }],
          },
        ],
      },
    ]);
  });

  test('unmatched and ambiguous records are reported with the reason and not written', async () => {
    repo = await intakeRepo();
    const release = repo.read('vulns/releases/kestrel-4.yaml').replace('product: gnutls', 'product: glibc');
    repo.write({ 'vulns/releases/kestrel-4.yaml': release });
    const web = cve5({ id: 'CVE-2026-7003', affected: [{ vendor: 'code-projects', product: 'Online Book System' }] });
    const glibc = cve5({ id: 'CVE-2026-7004', affected: [{ vendor: 'gnu', product: 'glibc' }] });
    const result = runIntake({ root: repo.root, inputs: [input('a.json', web), input('b.json', glibc)], now: NOW, release: 'kestrel-4' });
    expect(result.outcomes.map((o) => [o.id, o.kind, o.reason])).toEqual([
      [
        'CVE-2026-7003',
        'unmatched',
        'no affected entry names a shipped product of kestrel-4 (CVE vendor/product code-projects/Online Book System)',
      ],
      [
        'CVE-2026-7004',
        'ambiguous',
        'the affected entry at /containers/cna/affected/0 matches glibc and gnutls in kestrel-4; give those packages distinct upstream names in vulns/releases/kestrel-4.yaml',
      ],
    ]);
    expect(result.written).toEqual([]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['INTAKE_AMBIGUOUS']);
  });
});

describe('one record per vulnerability', () => {
  test('an OSV record whose aliases hold a CVE merges into the CVE record', async () => {
    repo = await intakeRepo();
    const ghsa = osv({ aliases: ['CVE-2026-7001'] });
    const result = runIntake({ root: repo.root, inputs: [input('a.json', cve5()), input('b.json', ghsa)], now: NOW });
    expect(result.written).toEqual(['vulns/2026/CVE-2026-7001.yaml']);
    const data = record(repo.root, 'vulns/2026/CVE-2026-7001.yaml');
    expect(data.id).toBe('CVE-2026-7001');
    expect(data.aliases).toEqual(['GHSA-aaaa-bbbb-cccc']);
    expect(data.references.map((r: { url: string }) => r.url)).toContain('https://github.com/advisories/GHSA-aaaa-bbbb-cccc');
  });

  test('the same record twice is read once; the same id with other content is INTAKE_CONFLICT and nothing is written', async () => {
    repo = await intakeRepo();
    const same = runIntake({ root: repo.root, inputs: [input('a.json', cve5()), input('b.json', cve5())], now: NOW, dryRun: true });
    expect(same.diagnostics).toEqual([]);
    expect(same.planned).toEqual(['vulns/2026/CVE-2026-7001.yaml']);
    const other = runIntake({
      root: repo.root,
      inputs: [input('a.json', cve5()), input('b.json', cve5({ title: 'Another title' })), input('c.json', cve5({ id: 'CVE-2026-7009' }))],
      now: NOW,
    });
    expect(other.diagnostics.map((d) => [d.code, d.file])).toEqual([['INTAKE_CONFLICT', 'b.json']]);
    expect(other.written).toEqual([]);
    expect(existsSync(join(repo.root, 'vulns/2026/CVE-2026-7009.yaml'))).toBe(false);
  });
});

describe('updating existing records', () => {
  const EXISTING = `# Kept: the team's notes on this one.
id: CVE-2026-7001
summary: Crash in the X.509 parser (team wording)
published_upstream: 2026-11-20T10:00:00Z
packages:
  - name: openssl
    releases:
      - release: kestrel-3
        events:
          - status: detected
            at: 2026-11-20T11:00:00Z
          # assessed by amara
          - status: not_affected
            at: 2026-11-21T09:00:00Z
            justification: vulnerable_code_not_present
            statement: Kestrel 3 builds without the module.
`;

  test('adds only the missing release entry and aliases; events, decisions, wording and comments stay', async () => {
    repo = await intakeRepo({ 'vulns/2026/CVE-2026-7001.yaml': EXISTING });
    const ghsa = osv({ aliases: ['CVE-2026-7001'] });
    const result = runIntake({ root: repo.root, inputs: [input('a.json', cve5()), input('b.json', ghsa)], now: NOW });
    expect(result.diagnostics).toEqual([]);
    expect(result.outcomes[0]?.entries?.map((e) => [e.release, e.added])).toEqual([
      ['kestrel-3', false],
      ['kestrel-4', true],
    ]);
    const text = repo.read('vulns/2026/CVE-2026-7001.yaml');
    expect(text).toContain('# Kept: the team');
    expect(text).toContain('# assessed by amara');
    const data = parse(text);
    expect(data.summary).toBe('Crash in the X.509 parser (team wording)');
    expect(data.aliases).toEqual(['GHSA-aaaa-bbbb-cccc']);
    expect(data.packages[0].releases[0]).toEqual(parse(EXISTING).packages[0].releases[0]);
    expect(data.packages[0].releases[1]).toEqual({
      release: 'kestrel-4',
      events: [{ status: 'detected', at: '2026-12-01T12:00:00Z', note: 'Found by intake: CVE vendor/product OpenSSL/OpenSSL.' }],
    });
  });

  test('a second run writes nothing and says so', async () => {
    repo = await intakeRepo();
    runIntake({ root: repo.root, inputs: [input('a.json', cve5())], now: NOW });
    const before = repo.read('vulns/2026/CVE-2026-7001.yaml');
    const again = runIntake({ root: repo.root, inputs: [input('a.json', cve5())], now: new Date('2026-12-01T13:00:00Z') });
    expect(again.planned).toEqual([]);
    expect(again.written).toEqual([]);
    expect(again.outcomes[0]?.action).toBe('none');
    expect(repo.read('vulns/2026/CVE-2026-7001.yaml')).toBe(before);
  });

  test('a REJECTED CVE appends rejected to open entries only; a decided entry keeps its decision and is reported', async () => {
    repo = await intakeRepo({
      'vulns/2026/CVE-2026-7001.yaml': EXISTING.replace(
        '            statement: Kestrel 3 builds without the module.\n',
        '            statement: Kestrel 3 builds without the module.\n      - release: kestrel-4\n        events:\n          - status: affected\n            at: 2026-11-21T09:00:00Z\n',
      ),
    });
    const result = runIntake({ root: repo.root, inputs: [input('a.json', cve5({ state: 'REJECTED' }))], now: NOW });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['INTAKE_REJECTED_DECIDED']);
    const data = record(repo.root, 'vulns/2026/CVE-2026-7001.yaml');
    expect(data.packages[0].releases[0].events.map((e: { status: string }) => e.status)).toEqual(['detected', 'not_affected']);
    expect(data.packages[0].releases[1].events.map((e: { status: string }) => e.status)).toEqual(['affected', 'rejected']);
    // Marked once: the second run finds nothing open.
    const again = runIntake({ root: repo.root, inputs: [input('a.json', cve5({ state: 'REJECTED' }))], now: NOW });
    expect(again.planned).toEqual([]);
  });

  test('a record that does not validate is never touched, and nothing else is written either', async () => {
    const broken = EXISTING.replace('summary:', 'sumary:');
    repo = await intakeRepo({ 'vulns/2026/CVE-2026-7001.yaml': broken });
    const result = runIntake({
      root: repo.root,
      inputs: [input('a.json', cve5()), input('b.json', cve5({ id: 'CVE-2026-7010' }))],
      now: NOW,
    });
    expect(result.diagnostics.map((d) => [d.code, d.file])).toEqual([['INTAKE_RECORD_INVALID', 'vulns/2026/CVE-2026-7001.yaml']]);
    expect(result.written).toEqual([]);
    expect(repo.read('vulns/2026/CVE-2026-7001.yaml')).toBe(broken);
    expect(existsSync(join(repo.root, 'vulns/2026/CVE-2026-7010.yaml'))).toBe(false);
  });
});

describe('bad input', () => {
  test('a record for a release of the team ecosystem that is not in the inventory', async () => {
    repo = await intakeRepo();
    const text = osv({ id: 'KSV-2026-1', affected: [{ ecosystem: 'Kestrel:4', name: 'no-such-package' }] });
    const result = runIntake({ root: repo.root, inputs: [input('a.json', text)], now: NOW });
    expect(result.diagnostics.map((d) => [d.code, d.pointer, d.message])).toEqual([
      [
        'INTAKE_NOT_IN_INVENTORY',
        '/affected/0/package',
        'KSV-2026-1 names something the inventory does not have: package Kestrel:4/no-such-package: kestrel-4 ships no package no-such-package.',
      ],
    ]);
  });

  test('a JSON array gives each record its pointer', async () => {
    repo = await intakeRepo();
    const text = `[${cve5()}, {"dataType": "CVE_RECORD", "dataVersion": "6.0"}]`;
    const result = runIntake({ root: repo.root, inputs: [input('all.json', text)], now: NOW });
    expect(result.diagnostics.map((d) => [d.code, d.file, d.pointer])).toEqual([['INTAKE_DATA_VERSION', 'all.json', '/1/dataVersion']]);
    expect(result.written).toEqual([]);
  });
});

test('a stray file under vulns/ is an error as in check, and nothing is written', async () => {
  repo = await intakeRepo({ 'vulns/2026/notes.txt': 'CVE-2026-7001 is ours\n' });
  const result = runIntake({ root: repo.root, inputs: [input('a.json', cve5())], now: NOW });
  expect(result.diagnostics.map((d) => [d.code, d.file])).toEqual([['FILE_UNEXPECTED', 'vulns/2026/notes.txt']]);
  expect(result.written).toEqual([]);
});
