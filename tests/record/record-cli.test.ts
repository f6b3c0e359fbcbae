// `npm run record` end to end: a child process over a temporary git repository.
import { execFile } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { historyChecks } from '../../src/core/history/history-checks.ts';
import { loadHistory } from '../../src/core/history/walk-history.ts';
import { loadDatabase } from '../../src/core/load.ts';
import { advisoryPath, advisoryYaml, makeTestRepo, NOW, PROJECT_ROOT, type TestRepo } from '../helpers/test-repo.ts';
import { twoTrackedVulnerabilities } from '../helpers/triage-data.ts';

const run = promisify(execFile);
const repos: TestRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

async function record(root: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [join(PROJECT_ROOT, 'scripts/record.ts'), '--root', root, '--at', NOW.toISOString(), ...args],
      { cwd: PROJECT_ROOT },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function repoWithTwoCommits() {
  const r = await makeTestRepo({}, { git: true });
  repos.push(r);
  const timeline = '  disclosed: 2026-03-01T00:00:00Z\n  fixed: 2026-03-04T12:00:00Z\n';
  r.write({
    [advisoryPath('TST-2026-0001')]: advisoryYaml({ reported: '2026-02-27T00:00:00Z', published: '2026-03-04T12:00:00Z', extra: timeline }),
  });
  const first = await r.commit('publish', new Date('2026-03-04T13:00:00Z'));
  r.write({
    [advisoryPath('TST-2026-0002')]: advisoryYaml({
      id: 'TST-2026-0002',
      reported: '2026-03-10T00:00:00Z',
      published: '2026-03-11T00:00:00Z',
    }),
  });
  const second = await r.commit('publish another', new Date('2026-03-11T01:00:00Z'));
  return { r, first, second };
}

describe('npm run record', () => {
  it('prints the figures and the advisories lacking dates', async () => {
    const { r } = await repoWithTwoCommits();
    const { code, stdout, stderr } = await record(r.root);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    // 3.5 days from disclosure to fix; 5.5 from report. The second advisory, reported
    // in March and never fixed, is past the target at the test clock: a miss.
    expect(stdout).toMatch(/all\s+1\s+3\.5\s+3\.5\s+1 of 1 \(100%\)\n/);
    expect(stdout).toMatch(/all\s+1\s+5\.5\s+5\.5\s+1 of 2 \(50%\)\s+\(1 still open past the target\)/);
    expect(stdout).toContain('TST-2026-0002  no disclosed date, no fixed date');
    expect(stdout).toContain('Commit dates from git history.');
  });

  it('writes CSV and JSON to standard output', async () => {
    const { r, first, second } = await repoWithTwoCommits();
    const csv = await record(r.root, '--format', 'csv');
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\r\n')[1]).toBe(
      `TST-2026-0002,published,unrated,,2026,2026-03-10T00:00:00Z,,,2026-03-11T00:00:00Z,,,,disclosed fixed,,,,,${second},https://security.test.example/advisories/TST-2026-0002/,A test vulnerability in widget`,
    );
    const json = JSON.parse((await record(r.root, '--format', 'json')).stdout);
    expect(json.rows.find((row: { id: string }) => row.id === 'TST-2026-0001')).toMatchObject({
      disclosureToFixDays: 3.5,
      reportToFixDays: 5.5,
      fixRecorded: { sha: first, date: '2026-03-04T13:00:00Z' },
    });
    expect((await record(r.root, '--format', 'xml')).code).toBe(2);
    expect(json.generatedAt).toBe('2026-11-24T12:00:00Z');
  });

  it('reports a shallow clone on standard error and still prints the record', async () => {
    const { r, first, second } = await repoWithTwoCommits();
    writeFileSync(join(r.root, '.git/shallow'), `${second}\n`);
    rmSync(join(r.root, '.git/objects', first.slice(0, 2), first.slice(2)));
    const { code, stdout, stderr } = await record(r.root);
    expect(code).toBe(0);
    expect(stdout).toContain('Commit dates from git history (shallow clone: some first commits are unknown).');
    expect(stderr).toContain('HISTORY_SHALLOW');
    expect(stderr).toContain('git fetch --unshallow');
  });

  it('warns when a published date was changed after publication', async () => {
    const { r } = await repoWithTwoCommits();
    const timeline = '  disclosed: 2026-03-01T00:00:00Z\n  fixed: 2026-03-04T12:00:00Z\n';
    r.write({
      [advisoryPath('TST-2026-0001')]: advisoryYaml({
        reported: '2026-02-27T00:00:00Z',
        published: '2026-03-05T00:00:00Z',
        extra: timeline,
      }),
    });
    await r.commit('move the date', new Date('2026-03-20T00:00:00Z'));
    const problems = historyChecks(loadDatabase(r.root, { now: NOW }), loadHistory(r.root));
    expect(problems.map((d) => [d.code, d.file, d.pointer])).toEqual([
      ['HISTORY_PUBLISHED_CHANGED', advisoryPath('TST-2026-0001'), '/timeline/published'],
    ]);
    expect(problems[0]?.hint).toBe('Put back `published: 2026-03-04T12:00:00Z`; a published date never changes.');
    expect((await record(r.root)).stderr).toContain('HISTORY_PUBLISHED_CHANGED');
  });

  it('prints the record over every tracked vulnerability beside the advisory one, and picks one with --basis', async () => {
    const { r } = await repoWithTwoCommits();
    // Fixed 2 days after publication upstream; another still affected 23.5 days after it at the test clock: a miss.
    r.write(twoTrackedVulnerabilities());
    await r.commit('track two vulnerabilities', new Date('2026-11-02T01:00:00Z'));

    const both = await record(r.root);
    expect(both.code).toBe(0);
    expect(both.stdout).toMatch(/all\s+1\s+3\.5\s+3\.5\s+1 of 1 \(100%\)\n/);
    expect(both.stdout).toContain('Every tracked vulnerability that affected a release: 2 package × release entries, target 10 days');
    expect(both.stdout).toMatch(/all\s+1\s+2\.4\s+2\.4\s+1 of 2 \(50%\)\s+\(1 without a fix past the target, 1 open\)/);
    expect(both.stdout).toContain('CVE-2026-0202  widget in testix-1, public 23.5 days, still affected');

    const advisoriesOnly = await record(r.root, '--basis', 'advisories');
    expect(advisoriesOnly.stdout).toContain('published advisories');
    expect(advisoriesOnly.stdout).not.toContain('Every tracked vulnerability');

    const json = JSON.parse((await record(r.root, '--format', 'json')).stdout);
    expect(json.rows.map((row: { id: string }) => row.id).sort()).toEqual(['TST-2026-0001', 'TST-2026-0002']);
    expect(json.vulns.overall.publicToFix).toMatchObject({ count: 1, within: 1, overdue: 1, share: 0.5 });
    expect(json.vulns.rows.map((row: { id: string; status: string }) => `${row.id} ${row.status}`)).toEqual([
      'CVE-2026-0101 fixed_in_time',
      'CVE-2026-0202 open_past_target',
    ]);
    expect(JSON.parse((await record(r.root, '--format', 'json', '--basis', 'advisories')).stdout).vulns).toBeUndefined();

    // CSV stays the advisory table (the test above) unless asked for the other one.
    const csv = await record(r.root, '--format', 'csv', '--basis', 'vulns');
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\r\n').slice(0, 2)).toEqual([
      'id,package,release,status,year,public_upstream,fix_available,days_to_fix,open_days,within_target,fixed_version,advisory,reason,page,summary',
      'CVE-2026-0101,widget,testix-1,fixed_in_time,2026,2026-03-01T00:00:00Z,2026-03-03T09:00:00Z,2.38,,true,1.2.3-1,,,https://security.test.example/vulns/CVE-2026-0101/,A test vulnerability in widget',
    ]);
    const mixed = await record(r.root, '--format', 'csv', '--basis', 'both');
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain('--format csv prints one table');
    expect((await record(r.root, '--basis', 'everything')).code).toBe(2);
  }, 120_000);
});
