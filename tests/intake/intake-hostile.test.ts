// Hostile upstream input through `npm run intake` as a child process: ids that
// are paths or carry controls, terminal escapes in names, special files, links
// and a --root without an inventory. Intake must refuse clearly, write nothing
// outside vulns/<year>/, and never print upstream controls to the terminal.
import { execFileSync } from 'node:child_process';
import { readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { parse } from 'yaml';
import { runScriptClean } from '../helpers/run-script.ts';
import { makeTestRepo, type TestRepo } from '../helpers/test-repo.ts';
import { cve5, intakeRepo, osv } from './fixtures.ts';

let repo: TestRepo | undefined;
afterEach(() => repo?.cleanup());

/** `node scripts/intake.ts --root <root> …args` from inside the repository, in a clean environment, for at most a minute. */
function intake(root: string, args: string[]) {
  return runScriptClean('intake.ts', ['--root', root, ...args], {}, { cwd: root, timeout: 60_000 });
}

const allFiles = (root: string) =>
  readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => !f.startsWith('.git'))
    .sort();

const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;

test.each([
  ['a relative path', '../../advisories/x'],
  ['a path under a CVE', 'CVE-2026-1/../..'],
  ['an absolute path', '/etc/passwd'],
  ['a NUL', 'CVE-2026-7\u0000001'],
  ['a terminal escape', 'CVE-2026-7001\u001b]0;owned\u0007'],
  ['5,000 characters', `CVE-2026-${'1'.repeat(5000)}`],
  ['a Cyrillic look-alike of CVE', '\u0421VE-2026-7002'],
])('an upstream id that is %s is refused with INTAKE_UNKNOWN_FORMAT; nothing is written', async (_, id) => {
  repo = await intakeRepo({ 'in/x.json': cve5({ id }) });
  const before = allFiles(repo.root);
  const run = intake(repo.root, ['in']);
  expect(run.status).toBe(1);
  expect(run.stdout).toContain('INTAKE_UNKNOWN_FORMAT');
  expect(run.stdout).toContain('is not a vulnerability id');
  expect(run.out).not.toMatch(CONTROLS);
  expect(run.out.length).toBeLessThan(3000);
  expect(allFiles(repo.root)).toEqual(before);
});

test('an OSV alias that is a path is refused the same way', async () => {
  repo = await intakeRepo({ 'in/x.json': osv({ aliases: ['CVE-2026-7001', '../../../etc/cron.d/x'] }) });
  const run = intake(repo.root, ['in']);
  expect(run.status).toBe(1);
  expect(run.stdout).toMatch(/in\/x\.json\s+INTAKE_UNKNOWN_FORMAT .*alias/);
});

test('a lower-case cve- id is filed under its upper-case name', async () => {
  repo = await intakeRepo({ 'in/x.json': cve5({ id: 'cve-2026-7003' }) });
  const run = intake(repo.root, ['in']);
  expect(run.status).toBe(0);
  expect(allFiles(repo.root)).toContain('vulns/2026/CVE-2026-7003.yaml');
});

test('terminal escapes and bidi overrides in an unmatched product name are shown escaped', async () => {
  const vendor = 'evil\u001b[2J\u202Egnp.exe';
  repo = await intakeRepo({ 'in/x.json': cve5({ affected: [{ vendor, product: 'nothing-we-ship' }] }) });
  const run = intake(repo.root, ['in']);
  expect(run.status).toBe(0);
  expect(run.stdout).toContain('evil\\u{1B}[2J\\u{202E}gnp.exe/nothing-we-ship');
  expect(run.out).not.toMatch(CONTROLS);
});

test('a symbolic link inside an input folder is refused (exit 2), not followed and not skipped', async () => {
  repo = await intakeRepo({ 'in/a.json': cve5() });
  symlinkSync('/etc/hostname', join(repo.root, 'in', 'b.json'));
  const run = intake(repo.root, ['in']);
  expect(run.status).toBe(2);
  expect(run.stderr).toContain('in/b.json is a symbolic link inside an input folder');
  expect(allFiles(repo.root).filter((f) => f.startsWith('vulns/2026'))).toEqual([]);
});

test('a FIFO, named or inside a folder, is refused (exit 2) instead of hanging or crashing', async () => {
  repo = await intakeRepo({ 'in/a.json': cve5() });
  execFileSync('mkfifo', [join(repo.root, 'in', 'pipe.json')]);
  for (const arg of ['in', 'in/pipe.json']) {
    const run = intake(repo.root, [arg]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('in/pipe.json is not a regular file or folder');
  }
});

test('a --root with no vulns/releases/ is an error, not "everything unmatched"', async () => {
  repo = await makeTestRepo({ 'in/a.json': cve5() });
  const run = intake(repo.root, ['in']);
  expect(run.status).toBe(1);
  expect(run.stdout).toMatch(/vulns\/releases\s+INTAKE_NOT_IN_INVENTORY .*no release in vulns\/releases\//);
});

test('a summary of markup, controls, bidi overrides and 1 MB is one clean line of at most 200; bad links are left out', async () => {
  const title = `<script>alert(1)</script> \u202Eevil\u202C \u0007bell ${'A'.repeat(1_000_000)}`;
  const references = ['javascript:alert(1)', 'http://x.example/', 'data:text/html,<b>x</b>', 'https://ok.example/fix'];
  repo = await intakeRepo({ 'in/x.json': cve5({ title, references }) });
  const run = intake(repo.root, ['in']);
  expect(run.status).toBe(0);
  const text = repo.read('vulns/2026/CVE-2026-7001.yaml');
  const summary: string = parse(text).summary;
  expect(summary.startsWith('<script>alert(1)</script> evil bell AAAA')).toBe(true);
  expect(summary.length).toBeLessThanOrEqual(200);
  expect(text).not.toMatch(CONTROLS);
  expect(text).toContain('https://ok.example/fix');
  for (const bad of references.slice(0, 3)) expect(text).not.toContain(bad);
});

test('a summary of only invisible characters falls back to the id instead of failing the whole run', async () => {
  repo = await intakeRepo({ 'in/x.json': cve5({ title: '\u200B\u202E\u200B' }) });
  const run = intake(repo.root, ['in']);
  expect(run.status).toBe(0);
  expect(repo.read('vulns/2026/CVE-2026-7001.yaml')).toMatch(/^summary: CVE-2026-7001$/m);
});

test('nesting 100,000 deep is refused in bounded time', async () => {
  repo = await intakeRepo({ 'in/x.json': `${'['.repeat(100_000)}${']'.repeat(100_000)}` });
  const started = Date.now();
  const run = intake(repo.root, ['in']);
  expect(run.status).toBe(1);
  expect(run.stdout).toContain('INTAKE_UNKNOWN_FORMAT');
  expect(Date.now() - started).toBeLessThan(30_000);
});

test('a JSON array of 3,000,000 elements is refused in one finding (exit 1), not an internal error', async () => {
  repo = await intakeRepo({ 'in/x.json': `[${Array(3_000_000).fill('1').join(',')}]` });
  const run = intake(repo.root, ['in']);
  expect(run.stderr).not.toContain('internal error');
  expect(run.status).toBe(1);
  expect(run.stdout).toContain('INTAKE_UNREADABLE  The file is a JSON array of 3000000 elements; intake reads at most 50000');
});

test('an array of 1,000 non-records lists 20 findings and counts the rest', async () => {
  repo = await intakeRepo({ 'in/x.json': `[${Array(1000).fill('{}').join(',')}]` });
  const run = intake(repo.root, ['in']);
  expect(run.status).toBe(1);
  expect(run.stdout.match(/INTAKE_UNKNOWN_FORMAT/g)).toHaveLength(21);
  expect(run.stdout).toContain('980 more elements of this array are not records either');
});
