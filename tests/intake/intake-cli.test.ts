// `npm run intake` end to end, as a child process: exit codes, output, files.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { parse } from 'yaml';
import { runScriptClean } from '../helpers/run-script.ts';
import type { TestRepo } from '../helpers/test-repo.ts';
import { cve5, intakeRepo, osv } from './fixtures.ts';

let repo: TestRepo | undefined;
afterEach(() => repo?.cleanup());

/** `node scripts/intake.ts --root <root> …args` from inside the repository, in a clean environment. */
function runIntake(root: string, args: string[]) {
  return runScriptClean('intake.ts', ['--root', root, ...args], {}, { cwd: root });
}

function recordFiles(root: string): string[] {
  return readdirSync(join(root, 'vulns'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml') && !f.startsWith('releases'))
    .sort();
}

test('a folder of records: matched, unmatched and rejected lines, exit 0, records written; the second run writes nothing', async () => {
  repo = await intakeRepo({
    'in/CVE-2026-7001.json': cve5(),
    'in/nested/CVE-2026-7002.json': cve5({ id: 'CVE-2026-7002', affected: [{ vendor: 'code-projects', product: 'Online Book System' }] }),
    'in/CVE-2026-7003.json': cve5({ id: 'CVE-2026-7003', state: 'REJECTED' }),
  });
  const first = runIntake(repo.root, ['in']);
  expect(first.stderr).toBe('');
  expect(first.status).toBe(0);
  expect(first.stdout).toContain('3 files read (3 records): 1 matched, 1 unmatched, 0 ambiguous, 1 rejected.');
  expect(first.stdout).toContain('  matched    CVE-2026-7001  new  openssl@kestrel-3, openssl@kestrel-4  vulns/2026/CVE-2026-7001.yaml');
  expect(first.stdout).toContain(
    '  unmatched  CVE-2026-7002  no affected entry names a shipped product (CVE vendor/product code-projects/Online Book System)',
  );
  expect(first.stdout).toContain('  rejected   CVE-2026-7003  rejected upstream; no record here to mark');
  expect(first.stdout).toContain('1 file written under vulns/.');
  expect(recordFiles(repo.root)).toEqual(['2026/CVE-2026-7001.yaml']);
  const data = parse(repo.read('vulns/2026/CVE-2026-7001.yaml'));
  const event = data.packages[0].releases[0].events[0];
  expect(event.status).toBe('detected');
  // The script passes the real clock: the event is now, to the second.
  expect(Math.abs(Date.parse(event.at) - Date.now())).toBeLessThan(120_000);

  const second = runIntake(repo.root, ['in']);
  expect(second.status).toBe(0);
  expect(second.stdout).toContain('  matched    CVE-2026-7001  unchanged  openssl@kestrel-3 (tracked), openssl@kestrel-4 (tracked)');
  expect(second.stdout).toContain('Nothing to write: every matched record is already tracked.');
});

test('--dry-run writes nothing; --format json gives outcomes and diagnostics to machines', async () => {
  repo = await intakeRepo({ 'in/a.json': cve5(), 'in/b.json': osv({ aliases: ['CVE-2026-7001'] }) });
  const dry = runIntake(repo.root, ['in', '--dry-run']);
  expect(dry.status).toBe(0);
  expect(dry.stdout).toContain('Dry run: 1 file would be written (nothing written).');
  expect(existsSync(join(repo.root, 'vulns/2026'))).toBe(false);

  const json = runIntake(repo.root, ['in', '--format', 'json', '--release', 'kestrel-4']);
  expect(json.status).toBe(0);
  const report = JSON.parse(json.stdout);
  expect(report.written).toEqual(['vulns/2026/CVE-2026-7001.yaml']);
  expect(report.outcomes.map((o: { id: string; kind: string; inputs: string[] }) => [o.id, o.kind, o.inputs])).toEqual([
    ['CVE-2026-7001', 'matched', ['in/a.json', 'in/b.json']],
  ]);
  expect(report.diagnostics).toEqual([]);
  expect(report.filesChecked).toBe(2);
  expect(parse(repo.read('vulns/2026/CVE-2026-7001.yaml')).packages[0].releases.map((r: { release: string }) => r.release)).toEqual([
    'kestrel-4',
  ]);
});

test('bad input exits 1 naming the file, line:column and code, and nothing is written', async () => {
  repo = await intakeRepo({
    'in/good.json': cve5({ id: 'CVE-2026-7005' }),
    'in/truncated.json': cve5().slice(0, 120),
    'in/future.json': cve5({ id: 'CVE-2026-7006', dataVersion: '6.0' }),
  });
  const { status, stdout } = runIntake(repo.root, ['in']);
  expect(status).toBe(1);
  expect(stdout).toMatch(/in\/truncated\.json:\d+:\d+ {2}INTAKE_UNREADABLE {2}The JSON ends before the record does/);
  expect(stdout).toContain('in/future.json  INTAKE_DATA_VERSION  The CVE record\'s dataVersion is "6.0"; intake reads CVE JSON 5.x only.');
  expect(stdout).toContain('Nothing written because of the errors below');
  expect(existsSync(join(repo.root, 'vulns/2026'))).toBe(false);
});

test('usage errors exit 2: no input, a missing path, an unknown release', async () => {
  repo = await intakeRepo({ 'in/a.json': cve5() });
  expect(runIntake(repo.root, []).status).toBe(2);
  const missing = runIntake(repo.root, ['nowhere']);
  expect(missing.status).toBe(2);
  expect(missing.stderr).toContain('No such file or folder: nowhere');
  const release = runIntake(repo.root, ['in', '--release', 'kestrel-9']);
  expect(release.status).toBe(1);
  expect(release.stdout).toContain('INTAKE_NOT_IN_INVENTORY  --release kestrel-9: there is no vulns/releases/kestrel-9.yaml.');
});
