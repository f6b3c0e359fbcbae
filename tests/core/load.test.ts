import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { loadDatabase } from '../../src/core/index.ts';
import { advisoryPath, advisoryYaml, makeTestRepo, NOW, type TestRepo } from '../helpers/test-repo.ts';

let repo: TestRepo | undefined;
afterEach(() => repo?.cleanup());

async function codesFor(files: Record<string, string>) {
  repo = await makeTestRepo(files);
  const db = loadDatabase(repo.root, { now: NOW });
  return db.diagnostics.map((d) => ({ code: d.code, file: d.file, at: `${d.line}:${d.column}`, message: d.message, hint: d.hint }));
}

describe('cross-file checks', () => {
  test('an id that does not match its file name', async () => {
    const [problem] = await codesFor({ [advisoryPath('TST-2026-0002')]: advisoryYaml({ id: 'TST-2026-0001' }) });
    expect(problem).toMatchObject({ code: 'ID_FILENAME_MISMATCH', file: 'advisories/2026/TST-2026-0002.yaml', at: '1:5' });
    expect(problem?.hint).toContain('TST-2026-0001.yaml');
  });

  test('a file in the wrong year folder', async () => {
    const [problem] = await codesFor({ 'advisories/2025/TST-2026-0001.yaml': advisoryYaml() });
    expect(problem).toMatchObject({ code: 'ID_YEAR_FOLDER' });
    expect(problem?.hint).toContain('advisories/2026/');
  });

  test("an id with another project's prefix", async () => {
    const [problem] = await codesFor({ [advisoryPath('OTHER-2026-0001')]: advisoryYaml({ id: 'OTHER-2026-0001' }) });
    expect(problem).toMatchObject({ code: 'ID_PREFIX' });
    expect(problem?.hint).toContain('TST-2026-0001');
  });

  test('the same id twice, differing only in case, is a duplicate', async () => {
    const found = await codesFor({
      [advisoryPath('TST-2026-0001')]: advisoryYaml(),
      'advisories/2026/tst-2026-0001.yaml': advisoryYaml({ id: 'tst-2026-0001' }),
    });
    expect(found.map((p) => p.code)).toContain('SCHEMA_PATTERN');
  });

  test('duplicate aliases across advisories, case-insensitively, name the other advisory', async () => {
    const found = await codesFor({
      [advisoryPath('TST-2026-0001')]: advisoryYaml({ extra: 'aliases: [CVE-2026-1111]\n' }),
      [advisoryPath('TST-2026-0002')]: advisoryYaml({ id: 'TST-2026-0002', extra: 'aliases: [cve-2026-1111]\n' }),
    });
    expect(found).toEqual([expect.objectContaining({ code: 'ALIAS_DUPLICATE', file: 'advisories/2026/TST-2026-0002.yaml', at: '15:11' })]);
    expect(found[0]?.message).toContain('TST-2026-0001');
  });

  test("an alias that is another advisory's id", async () => {
    const found = await codesFor({
      [advisoryPath('TST-2026-0001')]: advisoryYaml(),
      [advisoryPath('TST-2026-0002')]: advisoryYaml({ id: 'TST-2026-0002', extra: 'aliases: [TST-2026-0001]\n' }),
    });
    expect(found.map((p) => p.code)).toEqual(['ALIAS_IS_ID']);
  });

  test('timeline out of order, and in the future', async () => {
    const found = await codesFor({
      [advisoryPath('TST-2026-0001')]: advisoryYaml({ reported: '2026-03-05T00:00:00Z' }),
      [advisoryPath('TST-2026-0002')]: advisoryYaml({ id: 'TST-2026-0002', published: '2026-12-24T00:00:00Z' }),
    });
    expect(found.map((p) => p.code)).toEqual(['TIMELINE_ORDER', 'TIMELINE_FUTURE']);
    expect(found[0]).toMatchObject({ at: '14:14' });
    expect(found[1]?.hint).toContain('embargo');
  });

  test('unknown coordinator and credited member, with the members listed', async () => {
    const found = await codesFor({
      [advisoryPath('TST-2026-0001')]: advisoryYaml({ extra: 'coordinator: adaa\ncredits:\n  - name: Someone\n    member: zed\n' }),
    });
    expect(found.map((p) => p.code)).toEqual(['COORDINATOR_UNKNOWN', 'CREDIT_MEMBER_UNKNOWN']);
    expect(found[0]?.hint).toContain('Did you mean `ada`?');
    expect(found[1]?.hint).toContain('ada, bo');
  });

  test('two scores of the same type', async () => {
    const v = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H';
    const found = await codesFor({
      [advisoryPath('TST-2026-0001')]: advisoryYaml({
        extra: `severity:\n  - type: CVSS_V3\n    score: ${v}\n  - type: CVSS_V3\n    score: ${v}\n`,
      }),
    });
    expect(found.map((p) => p.code)).toContain('SEVERITY_DUPLICATE_TYPE');
  });

  test('a symlink in advisories/ is refused and not followed', async () => {
    repo = await makeTestRepo({ 'outside/secret.yaml': advisoryYaml() });
    symlinkSync(join(repo.root, 'outside/secret.yaml'), join(repo.root, 'advisories-link'));
    symlinkSync(join(repo.root, 'outside'), join(repo.root, 'advisories'));
    const db = loadDatabase(repo.root, { now: NOW });
    expect(db.diagnostics.map((d) => [d.code, d.file])).toEqual([['FILE_SYMLINK', 'advisories']]);
    expect(db.advisories).toEqual([]);
  });

  test('a symlinked advisory file inside advisories/ is refused', async () => {
    repo = await makeTestRepo({ [advisoryPath('TST-2026-0001')]: advisoryYaml() });
    symlinkSync(join(repo.root, advisoryPath('TST-2026-0001')), join(repo.root, 'advisories/2026/TST-2026-0002.yaml'));
    const db = loadDatabase(repo.root, { now: NOW });
    expect(db.diagnostics.map((d) => d.code)).toEqual(['FILE_SYMLINK']);
    expect(db.advisories.map((a) => a.id)).toEqual(['TST-2026-0001']);
  });

  test('stray files and a submodule in data folders are reported', async () => {
    const found = await codesFor({
      'advisories/2026/notes.txt': 'x',
      'advisories/2026/TST-2026-0001.yml': 'x',
      'rotations/vendor/.git': 'gitdir: ../x',
    });
    expect(found.map((p) => [p.code, p.file])).toEqual([
      ['FILE_UNEXPECTED', 'advisories/2026/notes.txt'],
      ['FILE_UNEXPECTED', 'advisories/2026/TST-2026-0001.yml'],
      ['FILE_UNEXPECTED', 'rotations/vendor/.git'],
    ]);
  });

  test('missing settings are reported, and everything else is still checked', async () => {
    repo = await makeTestRepo({ [advisoryPath('TST-2026-0001')]: advisoryYaml().replace('summary', 'sumary') }, { base: false });
    const db = loadDatabase(repo.root, { now: NOW });
    expect(db.diagnostics.map((d) => d.code)).toEqual(['SCHEMA_MISSING_FIELD', 'SCHEMA_UNKNOWN_FIELD', 'SETTINGS_MISSING']);
  });

  test('indexes: by id, alias (upper-cased) and package (with the default ecosystem)', async () => {
    repo = await makeTestRepo({
      [advisoryPath('TST-2026-0001')]: advisoryYaml({ extra: 'aliases: [CVE-2026-1111]\n' }),
      [advisoryPath('TST-2026-0002')]: advisoryYaml({ id: 'TST-2026-0002', package: 'gadget' }),
    });
    const db = loadDatabase(repo.root, { now: NOW });
    expect(db.byAlias.get('CVE-2026-1111')?.map((a) => a.id)).toEqual(['TST-2026-0001']);
    expect(db.byPackage.get('Testix:1/gadget')?.map((a) => a.id)).toEqual(['TST-2026-0002']);
    expect(db.byId.get('TST-2026-0002')?.file).toBe('advisories/2026/TST-2026-0002.yaml');
  });
});
