import { afterEach, expect, test } from 'vitest';
import { loadDatabase } from '../../src/core/index.ts';
import { advisoryPath, advisoryYaml, makeTestRepo, NOW, type TestRepo } from '../helpers/test-repo.ts';

let repo: TestRepo | undefined;
afterEach(() => repo?.cleanup());

test('a valid advisory loads with no diagnostics', async () => {
  repo = await makeTestRepo({ [advisoryPath('TST-2026-0001')]: advisoryYaml() }, { git: true });
  const db = loadDatabase(repo.root, { now: NOW });
  expect(db.diagnostics).toEqual([]);
  expect(db.byId.get('TST-2026-0001')?.summary).toBe('A test vulnerability in widget');
});
