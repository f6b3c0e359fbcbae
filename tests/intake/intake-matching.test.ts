// Matching beyond vendor/product (CVE packageName + collectionURL, upstream_names
// for one parent ecosystem) and the near-miss hints of unmatched records
// (docs/triage.md, "Intake"), through runIntake and the script at a fixed clock.
import { afterEach, describe, expect, test } from 'vitest';
import { runIntake } from '../../src/core/intake/index.ts';
import { yamlScalar } from '../../src/core/intake/near-miss.ts';
import { runScriptClean } from '../helpers/run-script.ts';
import type { TestRepo } from '../helpers/test-repo.ts';
import { cve5, input, intakeRepo, NOW, osv } from './fixtures.ts';

let repo: TestRepo | undefined;
afterEach(() => repo?.cleanup());

/** Kestrel 4 with a PyPI package and the AlmaLinux 9 binary names of openssl (only for that ecosystem) and bind9 (any). */
const KESTREL_4_EXTRA = `  - name: python3-requests
    version: "2.32.3-1.ks4"
    purl:
      - "pkg:pypi/requests"
      - "pkg:npm/%40kestrel/requests"
`;
async function repoWithExtras(): Promise<TestRepo> {
  const r = await intakeRepo();
  const release = `${r.read('vulns/releases/kestrel-4.yaml')}${KESTREL_4_EXTRA}`
    .replace('  - name: openssl\n', '  - name: openssl\n    upstream_names: ["AlmaLinux:9/openssl-libs"]\n')
    .replace('  - name: bind9\n', '  - name: bind9\n    upstream_names: [bind-utils]\n');
  r.write({ 'vulns/releases/kestrel-4.yaml': release });
  return r;
}

const outcomeOf = (result: ReturnType<typeof runIntake>, id: string) => result.outcomes.find((o) => o.id === id);
const entriesOf = (result: ReturnType<typeof runIntake>, id: string) =>
  outcomeOf(result, id)?.entries?.map((e) => `${e.package}@${e.release} via ${e.via}`);

describe('CVE packageName', () => {
  test('in a registry with a purl type it matches that purl; in another registry it does not', async () => {
    repo = await repoWithExtras();
    const pypi = cve5({
      id: 'CVE-2026-7101',
      affected: [{ vendor: 'psf', product: 'requests', collectionURL: 'https://pypi.org/simple/', packageName: 'Requests' }],
    });
    const npmScoped = cve5({
      id: 'CVE-2026-7102',
      affected: [{ vendor: 'x', product: 'y', collectionURL: 'https://registry.npmjs.org', packageName: '@kestrel/requests' }],
    });
    const npm = cve5({
      id: 'CVE-2026-7103',
      affected: [{ vendor: 'x', product: 'y', collectionURL: 'https://registry.npmjs.org', packageName: 'requests' }],
    });
    const github = cve5({
      id: 'CVE-2026-7104',
      affected: [{ vendor: 'x', product: 'y', collectionURL: 'https://github.com', packageName: 'curl/curl' }],
    });
    const inputs = [pypi, npmScoped, npm, github].map((t, i) => input(`${i}.json`, t));
    const result = runIntake({ root: repo.root, inputs, now: NOW, dryRun: true });
    expect(result.diagnostics).toEqual([]);
    expect(entriesOf(result, 'CVE-2026-7101')).toEqual(['python3-requests@kestrel-4 via purl pkg:pypi/requests']);
    expect(entriesOf(result, 'CVE-2026-7102')).toEqual(['python3-requests@kestrel-4 via purl pkg:npm/%40kestrel/requests']);
    expect(outcomeOf(result, 'CVE-2026-7103')?.kind).toBe('unmatched');
    expect(entriesOf(result, 'CVE-2026-7104')).toEqual([
      'curl@kestrel-3 via purl pkg:github/curl/curl',
      'curl@kestrel-4 via purl pkg:github/curl/curl',
    ]);
  });

  test("in a distribution's package collection (or none) it matches upstream_names only, never a package name", async () => {
    repo = await repoWithExtras();
    const browser = 'https://access.redhat.com/downloads/content/package-browser';
    const bind = cve5({
      id: 'CVE-2026-7111',
      affected: [{ vendor: 'Red Hat', product: 'Red Hat Enterprise Linux 9', collectionURL: browser, packageName: 'bind-utils' }],
    });
    const bare = cve5({
      id: 'CVE-2026-7112',
      affected: [{ vendor: 'Red Hat', product: 'Red Hat Enterprise Linux 9', packageName: 'bind-utils' }],
    });
    const byName = cve5({
      id: 'CVE-2026-7113',
      affected: [{ vendor: 'Red Hat', product: 'Red Hat Enterprise Linux 9', collectionURL: browser, packageName: 'sudo' }],
    });
    const inputs = [bind, bare, byName].map((t, i) => input(`${i}.json`, t));
    const result = runIntake({ root: repo.root, inputs, now: NOW, dryRun: true });
    const via = `CVE packageName bind-utils in ${browser}`;
    expect(entriesOf(result, 'CVE-2026-7111')).toEqual([`bind9@kestrel-4 via ${via}`]);
    expect(entriesOf(result, 'CVE-2026-7112')).toEqual(['bind9@kestrel-4 via CVE packageName bind-utils']);
    // `sudo` is a package's own name, not an upstream name: a near miss, with the line that would match it.
    expect(outcomeOf(result, 'CVE-2026-7113')).toMatchObject({
      kind: 'unmatched',
      hint: "add sudo to sudo's upstream_names in vulns/releases/kestrel-3.yaml and vulns/releases/kestrel-4.yaml if it is the same package",
    });
  });
});

describe('upstream_names for one parent ecosystem', () => {
  test('AlmaLinux:9/openssl-libs matches AlmaLinux 9 errata only; a plain name matches any foreign ecosystem', async () => {
    repo = await repoWithExtras();
    const nine = osv({ id: 'ALSA-2026:0901', affected: [{ ecosystem: 'AlmaLinux:9', name: 'openssl-libs' }] });
    const eight = osv({ id: 'ALSA-2026:0801', affected: [{ ecosystem: 'AlmaLinux:8', name: 'openssl-libs' }] });
    const bind = osv({ id: 'ALSA-2026:0802', affected: [{ ecosystem: 'AlmaLinux:8', name: 'bind-utils' }] });
    const inputs = [nine, eight, bind].map((t, i) => input(`${i}.json`, t));
    const result = runIntake({ root: repo.root, inputs, now: NOW, dryRun: true });
    expect(entriesOf(result, 'ALSA-2026:0901')).toEqual(['openssl@kestrel-4 via package AlmaLinux:9/openssl-libs']);
    expect(outcomeOf(result, 'ALSA-2026:0801')?.kind).toBe('unmatched');
    expect(entriesOf(result, 'ALSA-2026:0802')).toEqual(['bind9@kestrel-4 via package AlmaLinux:8/bind-utils']);
  });

  test("an erratum for a package of a shipped package's name is a near miss naming the name for that ecosystem", async () => {
    repo = await intakeRepo();
    const curl = osv({
      id: 'ALSA-2026:0903',
      affected: [
        { ecosystem: 'AlmaLinux:9', name: 'curl' },
        { ecosystem: 'AlmaLinux:9', name: 'libcurl' },
      ],
    });
    const own = osv({ id: 'KSA-2026-9001', affected: [{ ecosystem: 'Kestrel:4', name: 'curl' }] });
    const result = runIntake({ root: repo.root, inputs: [input('a.json', curl), input('b.json', own)], now: NOW, dryRun: true });
    expect(outcomeOf(result, 'ALSA-2026:0903')).toMatchObject({
      kind: 'unmatched',
      hint: 'add "AlmaLinux:9/curl" to curl\'s upstream_names in vulns/releases/kestrel-3.yaml and vulns/releases/kestrel-4.yaml if it is the same package',
    });
    // An erratum naming many shipped packages names five lines and counts the rest.
    const many = osv({
      id: 'ALSA-2026:0904',
      affected: ['curl', 'glibc', 'git', 'vim', 'tar', 'xz', 'zlib'].map((name) => ({ ecosystem: 'AlmaLinux:9', name })),
    });
    const hint = runIntake({ root: repo.root, inputs: [input('c.json', many)], now: NOW, dryRun: true }).outcomes[0]?.hint ?? '';
    expect(hint.split('; ').map((h) => h.split(' ')[1])).toEqual([
      '"AlmaLinux:9/curl"',
      '"AlmaLinux:9/glibc"',
      '"AlmaLinux:9/git"',
      '"AlmaLinux:9/vim"',
      '"AlmaLinux:9/tar"',
      '2',
    ]);
    expect(hint.endsWith('; and 2 more')).toBe(true);
    // The team's own ecosystem matches by name, never a hint.
    expect(outcomeOf(result, 'KSA-2026-9001')?.kind).toBe('matched');
  });
});

describe('near misses', () => {
  test('a product equal to a package name (case, spaces, _ and -) is unmatched with the inventory line to add; nothing is written', async () => {
    repo = await repoWithExtras();
    const sudo = cve5({ id: 'CVE-2026-7121', affected: [{ vendor: 'Todd C. Miller', product: 'Sudo' }] });
    const bind = cve5({ id: 'CVE-2026-7122', affected: [{ vendor: 'ISC', product: 'BIND  utils' }] });
    const web = cve5({ id: 'CVE-2026-7123', affected: [{ vendor: 'code-projects', product: 'Online Book System' }] });
    const inputs = [sudo, bind, web].map((t, i) => input(`${i}.json`, t));
    const result = runIntake({ root: repo.root, inputs, now: NOW });
    expect(result.diagnostics).toEqual([]);
    expect(result.written).toEqual([]);
    expect(result.outcomes.map((o) => [o.id, o.kind, o.hint])).toEqual([
      [
        'CVE-2026-7121',
        'unmatched',
        "add { vendor: Todd C. Miller, product: Sudo } to sudo's cve list in vulns/releases/kestrel-3.yaml and vulns/releases/kestrel-4.yaml if it is the same product",
      ],
      // bind-utils is an upstream name of bind9 in Kestrel 4 only.
      [
        'CVE-2026-7122',
        'unmatched',
        "add { vendor: ISC, product: BIND  utils } to bind9's cve list in vulns/releases/kestrel-4.yaml if it is the same product",
      ],
      ['CVE-2026-7123', 'unmatched', undefined],
    ]);
    // --release keeps the hint to that release.
    const three = runIntake({ root: repo.root, inputs: [input('a.json', sudo)], now: NOW, release: 'kestrel-3' });
    expect(three.outcomes[0]?.hint).toBe(
      "add { vendor: Todd C. Miller, product: Sudo } to sudo's cve list in vulns/releases/kestrel-3.yaml if it is the same product",
    );
  });

  test('the line in a hint reads back as the same values when pasted into YAML', () => {
    expect(yamlScalar('The GNU C Library')).toBe('The GNU C Library');
    expect(yamlScalar('vim/vim')).toBe('vim/vim');
    expect(yamlScalar('yes')).toBe('"yes"');
    expect(yamlScalar('7-Zip')).toBe('"7-Zip"');
    expect(yamlScalar('a: b')).toBe('"a: b"');
    expect(yamlScalar('curl\u202e')).toBe('"curl\\\\u{202E}"');
  });

  test('npm run intake prints the hint under the unmatched line, and as `hint` in JSON', async () => {
    repo = await intakeRepo({ 'in/a.json': cve5({ id: 'CVE-2026-7131', affected: [{ vendor: 'Todd C. Miller', product: 'sudo' }] }) });
    const run = (args: string[]) => runScriptClean('intake.ts', ['--root', repo?.root ?? '', ...args], {}, { cwd: repo?.root });
    const hint =
      "add { vendor: Todd C. Miller, product: sudo } to sudo's cve list in vulns/releases/kestrel-3.yaml and vulns/releases/kestrel-4.yaml if it is the same product";
    const human = run(['in']);
    expect(human.status).toBe(0);
    expect(human.stdout).toContain(
      `  unmatched  CVE-2026-7131  no affected entry names a shipped product (CVE vendor/product Todd C. Miller/sudo)\n             hint: ${hint}\n`,
    );
    const json = run(['in', '--format', 'json']);
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout).outcomes).toMatchObject([{ id: 'CVE-2026-7131', kind: 'unmatched', hint }]);
  });
});
