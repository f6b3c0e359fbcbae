import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import git from 'isomorphic-git';
import { afterEach, describe, expect, test } from 'vitest';
import {
  createIdAllocator,
  formatAdvisoryText,
  idsOnSharedBranches,
  type NewAdvisoryInput,
  newAdvisoryData,
  newInputProblems,
  renderNewAdvisory,
  renumber,
  takenIds,
} from '../../src/core/authoring/index.ts';
import { loadDatabase } from '../../src/core/index.ts';
import { advisoryPath, advisoryYaml, makeTestRepo, NOW, PROJECT_ROOT, type TestRepo } from '../helpers/test-repo.ts';

let repo: TestRepo | undefined;
afterEach(() => repo?.cleanup());

const SETTINGS = { default_ecosystem: 'Testix:1' };
const BASE: NewAdvisoryInput = {
  package: 'zlib',
  summary: 'zlib: heap overflow in deflate',
  severity: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
  cves: ['CVE-2026-4242'],
  status: 'draft',
};

describe('the new-advisory template', () => {
  test.each([
    ['draft', {}],
    ['published', { fixed: '1.3.1-1' }],
    ['embargoed', { embargoUntil: '2026-11-30T14:00:00Z', severity: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N' }],
  ] as const)('a %s advisory passes check, is canonical, and shows the optional fields as comments', async (status, extra) => {
    const input = { ...BASE, status, ...extra } as NewAdvisoryInput;
    expect(newInputProblems(input)).toEqual([]);
    const text = renderNewAdvisory(newAdvisoryData(input, 'TST-2026-0002', SETTINGS, NOW));
    repo = await makeTestRepo({ [advisoryPath('TST-2026-0002')]: text });
    expect(loadDatabase(repo.root, { now: NOW }).diagnostics).toEqual([]);
    expect(formatAdvisoryText('a.yaml', text).changed).toBe(false);
    expect(text).toContain('# details: |');
    expect(text).toContain('# credits:');
    expect(text).toContain('# fixes:');
    if (status === 'embargoed') expect(text).not.toContain('# embargo:');
    if (status === 'published') expect(text).toContain('published: 2026-11-24T12:00:00Z');
  });

  test('uncommenting an example gives a valid advisory with the field in schema order', async () => {
    const text = renderNewAdvisory(newAdvisoryData({ ...BASE, cves: [] }, 'TST-2026-0002', SETTINGS, NOW));
    // Uncommenting means deleting the leading "# " of each line of the example.
    const uncommented = text.replace(/^# (details: \|)\n# ( {2}.*)$/m, '$1\n$2').replace(/^# (aliases:)\n# ( {2}- CVE.*)$/m, '$1\n$2');
    expect(uncommented).not.toBe(text);
    repo = await makeTestRepo({ [advisoryPath('TST-2026-0002')]: uncommented });
    const db = loadDatabase(repo.root, { now: NOW });
    expect(db.diagnostics).toEqual([]);
    expect(db.advisories[0]?.details).toContain('What is wrong');
    expect(formatAdvisoryText('a.yaml', uncommented).changed).toBe(false);
  });

  test('bad input is named field by field with an example', () => {
    const problems = newInputProblems({
      package: 'two words',
      summary: 'x\ny',
      severity: 'CVSS:2.0/AV:N',
      cves: ['CVE-26-1'],
      status: 'embargoed',
    });
    expect(problems.map((p) => p.field)).toEqual(['package', 'summary', 'severity', 'cve', 'embargo-until']);
    expect(problems.find((p) => p.field === 'severity')?.message).toContain('CVSS:3.1/AV:N');
  });
});

describe('ids', () => {
  test('the next id follows the highest of its year, never fills gaps, counts sealed drafts', async () => {
    repo = await makeTestRepo({
      [advisoryPath('TST-2026-0001')]: advisoryYaml({ id: 'TST-2026-0001' }),
      [advisoryPath('TST-2026-0009')]: advisoryYaml({ id: 'TST-2026-0009' }),
      'advisories/sealed/TST-2026-0012.yaml.asc': 'sealed',
      [advisoryPath('TST-2025-0003')]: advisoryYaml({
        id: 'TST-2025-0003',
        published: '2025-03-02T10:00:00Z',
        reported: '2025-03-01T00:00:00Z',
      }),
    });
    const allocator = createIdAllocator('TST', takenIds(repo.root, 'TST'));
    expect(allocator.next(2026)).toBe('TST-2026-0013');
    expect(allocator.next(2026)).toBe('TST-2026-0014');
    expect(allocator.next(2025)).toBe('TST-2025-0004');
    expect(allocator.next(2024)).toBe('TST-2024-0001');
  });

  test('ids on origin/main count as taken after a fetch', async () => {
    repo = await makeTestRepo({ [advisoryPath('TST-2026-0007')]: advisoryYaml({ id: 'TST-2026-0007' }) }, { git: true });
    const oid = await git.resolveRef({ fs, dir: repo.root, ref: 'HEAD' });
    await git.writeRef({ fs, dir: repo.root, ref: 'refs/remotes/origin/main', value: oid });
    repo.remove(advisoryPath('TST-2026-0007'));
    expect(takenIds(repo.root, 'TST').size).toBe(0);
    expect([...(await idsOnSharedBranches(repo.root, 'TST'))]).toEqual(['TST-2026-0007']);
  });
});

describe('two branches took the same id', () => {
  test('check names the fix, and --renumber moves the advisory to the next free id keeping comments', async () => {
    const mine = `# My notes stay.\n${advisoryYaml({ id: 'TST-2026-0002', package: 'gadget' })}`;
    repo = await makeTestRepo({
      [advisoryPath('TST-2026-0002')]: advisoryYaml({ id: 'TST-2026-0002' }),
      'advisories/2026/TST-2026-0003.yaml': mine,
    });
    const before = loadDatabase(repo.root, { now: NOW }).diagnostics;
    const duplicate = before.find((d) => d.code === 'ID_DUPLICATE');
    expect(duplicate?.hint).toContain('npm run new -- --renumber advisories/2026/TST-2026-0003.yaml');
    expect(before.find((d) => d.code === 'ID_FILENAME_MISMATCH')?.hint).toContain('--renumber');

    const result = renumber(repo.root, 'advisories/2026/TST-2026-0003.yaml', createIdAllocator('TST', takenIds(repo.root, 'TST')));
    expect(result).toEqual({ ok: true, from: 'TST-2026-0002', to: 'TST-2026-0004', file: 'advisories/2026/TST-2026-0004.yaml' });
    expect(readdirSync(join(repo.root, 'advisories/2026')).sort()).toEqual(['TST-2026-0002.yaml', 'TST-2026-0004.yaml']);
    expect(repo.read('advisories/2026/TST-2026-0004.yaml')).toContain('# My notes stay.');
    expect(loadDatabase(repo.root, { now: NOW }).diagnostics).toEqual([]);
  });
});

describe('npm run new without a terminal', () => {
  const run = (root: string, ...args: string[]) => {
    try {
      return {
        code: 0,
        out: execFileSync(process.execPath, [join(PROJECT_ROOT, 'scripts/new.ts'), '--root', root, ...args], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        }),
      };
    } catch (error) {
      const e = error as { status: number; stdout: string; stderr: string };
      return { code: e.status, out: `${e.stdout}${e.stderr}` };
    }
  };

  test('takes flags, writes the next id, and the check passes; missing flags are a usage error', async () => {
    repo = await makeTestRepo({ [advisoryPath('TST-2026-0001')]: advisoryYaml() });
    const missing = run(repo.root, '--package', 'zlib');
    expect(missing.code).toBe(2);
    expect(missing.out).toContain('--summary');
    expect(missing.out).toContain('--status');

    const ok = run(repo.root, '--package', 'zlib', '--summary', 'zlib: heap overflow', '--cve', 'CVE-2026-4242', '--status', 'draft');
    expect(ok.code).toBe(0);
    const year = new Date().getUTCFullYear();
    const id = year === 2026 ? 'TST-2026-0002' : `TST-${year}-0001`;
    expect(ok.out).toContain(`Created advisories/${year}/${id}.yaml`);
    const check = execFileSync(process.execPath, [join(PROJECT_ROOT, 'scripts/check.ts'), '--root', repo.root], { encoding: 'utf8' });
    expect(check).toContain('0 errors');
  });
});
