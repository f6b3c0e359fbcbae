// `npm run triage` and `npm run triage -- set` end to end, as child processes
// over real files in a temporary repository: exit status, output, codes, the
// file rewritten canonically with its comments, and refusals that write nothing.
// The clock is pinned with WATCHKEEPER_BUILD_NOW; days are counted from the fixture's dates.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { runScriptClean } from '../helpers/run-script.ts';
import { advisoryYaml, makeTestRepo, type TestRepo } from '../helpers/test-repo.ts';
import { recordYaml, releaseYaml } from '../helpers/triage-data.ts';

const NOW = '2026-11-24T12:00:00Z';
const DAY = 86_400_000;
const days = (from: string) => Math.floor((Date.parse(NOW) - Date.parse(from)) / DAY);
const OPEN = 'vulns/2026/CVE-2026-0201.yaml';
const CLOSED = 'vulns/2026/CVE-2026-0202.yaml';
const DETECTED_AT = '2026-11-02T09:00:00Z';

let repo: TestRepo | undefined;
afterEach(() => repo?.cleanup());

/** `node scripts/triage.ts --root <root> …args` in a clean environment with the clock pinned. */
function triage(root: string, args: string[]) {
  return runScriptClean('triage.ts', ['--root', root, ...args], { WATCHKEEPER_BUILD_NOW: NOW });
}

async function setup() {
  repo = await makeTestRepo({
    'vulns/releases/testix-1.yaml': releaseYaml('testix-1'),
    'vulns/releases/testix-2.yaml': releaseYaml('testix-2'),
    // Two releases of widget, both waiting for triage; comments and a quoted summary to keep or rewrite.
    [OPEN]: `# Reported on the list first; see the thread.
id: CVE-2026-0201
summary: "Overflow in widget parsing"
published_upstream: 2026-11-01T00:00:00Z
assignee: ada
packages:
  # widget is the only package that bundles the parser.
  - name: widget
    releases:
      - release: testix-1
        events:
          - status: detected
            at: ${DETECTED_AT}
      - release: testix-2
        events:
          - status: detected
            at: ${DETECTED_AT}
`,
    [CLOSED]: recordYaml({ id: 'CVE-2026-0202', package: 'gadget' }),
  });
  return repo;
}

describe('npm run triage', () => {
  test('prints the queue with days counted from the records, exit 0', async () => {
    const { root } = await setup();
    const { status, stdout } = triage(root, []);
    expect(status).toBe(0);
    expect(stdout).toContain('Needs triage, oldest first (2)');
    const row = stdout.split('\n').find((l) => l.includes('testix-1') && l.includes('CVE-2026-0201'));
    expect(row?.split(/\s+/).filter(Boolean)).toEqual([
      'CVE-2026-0201',
      'widget',
      'testix-1',
      'detected',
      DETECTED_AT.slice(0, 10),
      String(days(DETECTED_AT)),
      `+${days(DETECTED_AT) - 14}`,
      'ada',
    ]);
    expect(stdout).toContain('Affected, no fix yet (0)');
    expect(stdout).toContain('By status (3 package × release): detected 2, investigating 0, affected 0, not_affected 0, fixed 1');
  });

  test('--format json gives the queue; filters narrow it', async () => {
    const { root } = await setup();
    const all = JSON.parse(triage(root, ['--format', 'json']).stdout);
    expect(all.items.map((i: { release: string }) => i.release)).toEqual(['testix-1', 'testix-2']);
    expect(all.overdue).toHaveLength(2);
    expect(all.counts.fixed).toBe(1);
    const one = triage(root, ['--format', 'json', '--release', 'testix-2', '--package', 'widget', '--assignee', 'ada']);
    expect(one.status).toBe(0);
    expect(JSON.parse(one.stdout).items.map((i: { release: string }) => i.release)).toEqual(['testix-2']);
    expect(JSON.parse(triage(root, ['--format', 'json', '--assignee', 'bo']).stdout).items).toEqual([]);
    expect(JSON.parse(triage(root, ['--format', 'json', '--status', 'fixed']).stdout).counts.fixed).toBe(1);
  });

  test('an unknown status or format is a usage error, exit 2', async () => {
    const { root } = await setup();
    expect(triage(root, ['--status', 'open']).status).toBe(2);
    expect(triage(root, ['--format', 'xml']).status).toBe(2);
  });
});

describe('npm run triage -- set', () => {
  test('appends the event, keeps the comments and rewrites the file canonically', async () => {
    const r = await setup();
    const { status, stdout } = triage(r.root, [
      'set',
      'CVE-2026-0201',
      'widget@testix-1',
      'not_affected',
      '--justification',
      'vulnerable_code_not_present',
      '--statement',
      'The parser is built without the affected option.',
      '--by',
      'bo',
      '--at',
      '2026-11-20T10:00:00Z',
    ]);
    expect(stdout).toContain('Recorded not_affected for widget in testix-1 at 2026-11-20T10:00:00Z');
    expect(status).toBe(0);
    expect(r.read(OPEN)).toBe(`# Reported on the list first; see the thread.
id: CVE-2026-0201
summary: Overflow in widget parsing
published_upstream: 2026-11-01T00:00:00Z
assignee: ada
packages:
  # widget is the only package that bundles the parser.
  - name: widget
    releases:
      - release: testix-1
        events:
          - status: detected
            at: ${DETECTED_AT}
          - status: not_affected
            at: 2026-11-20T10:00:00Z
            by: bo
            justification: vulnerable_code_not_present
            statement: The parser is built without the affected option.
      - release: testix-2
        events:
          - status: detected
            at: ${DETECTED_AT}
`);
    // The edited record is what check accepts: the queue now holds only testix-2.
    expect(JSON.parse(triage(r.root, ['--format', 'json']).stdout).items.map((i: { release: string }) => i.release)).toEqual(['testix-2']);
  });

  test('without @release the event goes to every release the record lists, at now', async () => {
    const r = await setup();
    const { status, stdout } = triage(r.root, ['set', 'CVE-2026-0201', 'widget', 'fixed', '--version', '1.2.4-1', '--update', 'TSU-1']);
    expect(status).toBe(0);
    expect(stdout).toContain(`Recorded fixed for widget in testix-1, testix-2 at ${NOW}`);
    expect(
      r.read(OPEN).match(/- status: fixed\n {12}at: 2026-11-24T12:00:00Z\n {12}version: "1\.2\.4-1"\n {12}update: TSU-1\n/g),
    ).toHaveLength(2);
  });

  const refusals: [string, string[], string, string][] = [
    ['a missing record', ['set', 'CVE-2026-0999', 'widget', 'affected'], 'TRIAGE_SET_RECORD_MISSING', 'vulns/2026/CVE-2026-0999.yaml'],
    ['a package without a release', ['set', 'CVE-2026-0201', 'gadget', 'affected'], 'TRIAGE_SET_RELEASE_MISSING', OPEN],
    [
      'not_affected without a statement',
      ['set', 'CVE-2026-0201', 'widget@testix-1', 'not_affected', '--justification', 'component_not_present'],
      'TRIAGE_JUSTIFICATION_MISSING',
      OPEN,
    ],
    ['fixed without a version', ['set', 'CVE-2026-0201', 'widget@testix-1', 'fixed'], 'TRIAGE_FIX_VERSION_MISSING', OPEN],
    ['an impossible transition', ['set', 'CVE-2026-0201', 'widget@testix-1', 'detected'], 'TRIAGE_TRANSITION', OPEN],
    ['an unknown release', ['set', 'CVE-2026-0201', 'widget@testix-9', 'affected'], 'TRIAGE_RELEASE_UNKNOWN', OPEN],
    ['a package not in the inventory', ['set', 'CVE-2026-0201', 'sprocket@testix-1', 'affected'], 'TRIAGE_PACKAGE_UNKNOWN', OPEN],
    ['an unknown member', ['set', 'CVE-2026-0201', 'widget@testix-1', 'affected', '--by', 'nobody'], 'TRIAGE_MEMBER_UNKNOWN', OPEN],
    ['an event in the future', ['set', 'CVE-2026-0201', 'widget', 'affected', '--at', '2026-11-25T00:00:00Z'], 'TRIAGE_EVENT_FUTURE', OPEN],
    ['a field of another status', ['set', 'CVE-2026-0201', 'widget', 'affected', '--version', '1'], 'TRIAGE_EVENT_FIELD', OPEN],
    ['a time without a zone', ['set', 'CVE-2026-0201', 'widget', 'affected', '--at', '2026-11-20T10:00:00'], 'TIME_NO_ZONE', OPEN],
  ];
  test.each(refusals)('%s is refused with its code, exit 1, every file byte-identical', async (_, args, code, file) => {
    const r = await setup();
    const before = [r.read(OPEN), r.read(CLOSED)];
    const { status, stderr } = triage(r.root, args);
    expect(stderr).toContain(`${file}`);
    expect(stderr).toContain(`  ${code}  `);
    expect(stderr).toContain('Nothing was written');
    expect(status).toBe(1);
    expect([r.read(OPEN), r.read(CLOSED)]).toEqual(before);
  });

  test('an unknown status is a usage error, exit 2, nothing written', async () => {
    const r = await setup();
    const before = r.read(OPEN);
    expect(triage(r.root, ['set', 'CVE-2026-0201', 'widget', 'open']).status).toBe(2);
    expect(r.read(OPEN)).toBe(before);
  });
});

describe('npm run new -- --from <ID>', () => {
  const FROM = 'vulns/2026/CVE-2026-0301.yaml';
  const record = `id: CVE-2026-0301
aliases:
  - GHSA-abcd-efgh-ijkl
summary: Use after free in widget
references:
  - type: ADVISORY
    url: https://www.cve.org/CVERecord?id=CVE-2026-0301
published_upstream: 2026-10-01T00:00:00Z
packages:
  - name: widget
    releases:
      - release: testix-1
        events:
          - status: affected
            at: 2026-10-02T00:00:00Z
          - status: fixed
            at: 2026-10-05T00:00:00Z
            version: "1.2.4-1"
      - release: testix-2
        events:
          - status: affected
            at: 2026-10-02T00:00:00Z
  - name: gadget
    releases:
      - release: testix-1
        events:
          - status: not_affected
            at: 2026-10-02T00:00:00Z
            justification: component_not_present
            statement: gadget does not bundle the code.
`;
  const run = (script: string, args: string[]) => runScriptClean(script, args);

  test('writes a draft prefilled from the record that passes check', async () => {
    repo = await makeTestRepo({
      'vulns/releases/testix-1.yaml': releaseYaml('testix-1'),
      'vulns/releases/testix-2.yaml': releaseYaml('testix-2', 'ecosystem: "Testix:2"\n'),
      [FROM]: record,
    });
    const created = run('new.ts', ['--from', 'CVE-2026-0301', '--root', repo.root]);
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    const file = /Created (advisories\/\d{4}\/TST-\d{4}-\d+\.yaml)/.exec(created.stdout)?.[1] as string;
    expect(file).toBeDefined();
    const text = repo.read(file);
    expect(text).toContain('status: draft\n');
    expect(text).toContain('summary: Use after free in widget\n');
    expect(text).toContain('aliases:\n  - CVE-2026-0301\n  - GHSA-abcd-efgh-ijkl\n');
    expect(text).toContain('upstream:\n  - CVE-2026-0301\n  - GHSA-abcd-efgh-ijkl\n');
    // testix-1 (the default ecosystem) with its fixed version; testix-2 under its own ecosystem, unfixed; gadget left out.
    expect(text).toContain(
      'affected:\n  - package:\n      name: widget\n    ranges:\n      - type: ECOSYSTEM\n        events:\n          - introduced: "0"\n          - fixed: "1.2.4-1"\n  - package:\n      ecosystem: Testix:2\n      name: widget\n',
    );
    expect(text).not.toContain('name: gadget');
    expect(text).toContain('  - type: ADVISORY\n    url: https://www.cve.org/CVERecord?id=CVE-2026-0301\n');
    expect(text).toContain('  disclosed: 2026-10-01T00:00:00Z\n  fixed: 2026-10-05T00:00:00Z\n');
    const check = run('check.ts', ['--root', repo.root, '--no-cache']);
    // The only finding is the fixture's own (testix-2 still affected past the fix target); none about the draft.
    expect(check.stdout).not.toContain('advisories/');
    expect(check.stdout.trim()).toMatch(/files checked: 0 errors, 1 warning$/);
    expect(check.status).toBe(0);
  });

  test('refuses a record an advisory already claims, and a missing one, writing nothing', async () => {
    repo = await makeTestRepo({
      'vulns/releases/testix-1.yaml': releaseYaml('testix-1'),
      'vulns/releases/testix-2.yaml': releaseYaml('testix-2'),
      [FROM]: record,
      'advisories/2026/TST-2026-0001.yaml': advisoryYaml({ extra: 'aliases:\n  - GHSA-abcd-efgh-ijkl\n' }),
    });
    const claimed = run('new.ts', ['--from', 'CVE-2026-0301', '--root', repo.root]);
    expect(claimed.stderr).toContain('advisories/2026/TST-2026-0001.yaml already lists GHSA-abcd-efgh-ijkl');
    expect(claimed.status).toBe(1);
    const missing = run('new.ts', ['--from', 'CVE-2026-0999', '--root', repo.root]);
    expect(missing.stderr).toContain('There is no triage record with the id CVE-2026-0999');
    expect(missing.status).toBe(1);
    expect(readdirSync(join(repo.root, 'advisories/2026'))).toEqual(['TST-2026-0001.yaml']);
  });
});
