// createAdvisory, the core of `npm run new`: the next free id, and the next one again when another writer took it first.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { advisoryFileFor, allocatorFor, createAdvisory, type NewAdvisoryInput } from '../../src/core/authoring/index.ts';
import { loadDatabase } from '../../src/core/index.ts';
import { advisoryPath, advisoryYaml, makeTestRepo, NOW, type TestRepo } from '../helpers/test-repo.ts';

let repo: TestRepo | undefined;
afterEach(() => repo?.cleanup());

const INPUT: NewAdvisoryInput = { package: 'zlib', summary: 'zlib: heap overflow in deflate', cves: [], status: 'draft' };

test('takes the next id after the highest used, and the checks find nothing in the new file', async () => {
  repo = await makeTestRepo({ [advisoryPath('TST-2026-0004')]: advisoryYaml({ id: 'TST-2026-0004' }) });
  const db = loadDatabase(repo.root, { now: NOW });
  const created = createAdvisory(repo.root, db, INPUT, await allocatorFor(repo.root, db), NOW);
  expect(created).toEqual({ ok: true, id: 'TST-2026-0005', file: advisoryFileFor('TST-2026-0005'), diagnostics: [] });
  expect(existsSync(join(repo.root, advisoryFileFor('TST-2026-0005')))).toBe(true);
});

test('an id written by someone else after the ids were read is passed over, never overwritten', async () => {
  repo = await makeTestRepo({});
  const db = loadDatabase(repo.root, { now: NOW });
  const allocator = await allocatorFor(repo.root, db);
  const raced = join(repo.root, advisoryFileFor('TST-2026-0001'));
  mkdirSync(dirname(raced), { recursive: true });
  writeFileSync(raced, 'theirs\n');
  const created = createAdvisory(repo.root, db, INPUT, allocator, NOW);
  expect(created).toMatchObject({ ok: true, id: 'TST-2026-0002' });
  expect(repo.read(advisoryFileFor('TST-2026-0001'))).toBe('theirs\n');
});

test('gives up with a message after five taken ids', async () => {
  repo = await makeTestRepo({});
  const db = loadDatabase(repo.root, { now: NOW });
  const allocator = await allocatorFor(repo.root, db);
  for (let n = 1; n <= 5; n++) {
    const file = join(repo.root, advisoryFileFor(`TST-2026-000${n}`));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, 'theirs\n');
  }
  expect(createAdvisory(repo.root, db, INPUT, allocator, NOW)).toEqual({
    ok: false,
    message: 'Could not find a free id after 5 attempts; try again.',
  });
});
