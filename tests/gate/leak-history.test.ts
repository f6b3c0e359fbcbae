// Issue 11 point 1(b): text a publishable advisory shares with a secret one is
// exempt only when history proves it older than the secret; without history
// nothing is exempt. Through the command, on a real git repository.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { copyWithoutHistory, leakScan, pagesFolder } from '../helpers/leak-scan-run.ts';
import { advisoryPath, advisoryYaml, makeTestRepo, PROJECT_ROOT, type TestRepo } from '../helpers/test-repo.ts';

const BOILERPLATE = 'Update to the fixed version from the security repository as soon as you can.';
const SECRET = 'Sending a crafted frobnicator packet with a negative length field overflows the heap buffer.';
const COPIED_LATER = 'The frobnicator daemon restarts itself after the crash and keeps serving requests.';

let repo: TestRepo;
let bare: string;
let dist: string;
beforeAll(async () => {
  const details = (...lines: string[]) => `details: |\n${lines.map((l) => `  ${l}\n`).join('')}`;
  repo = await makeTestRepo(
    { [advisoryPath('TST-2026-0001')]: advisoryYaml({ extra: details('Widget crashes.', BOILERPLATE) }) },
    { git: true },
  );
  // The secret comes later and repeats the older boilerplate; its embargo is far off, as the command reads the real clock.
  repo.write({
    [advisoryPath('TST-2026-0002')]: advisoryYaml({
      id: 'TST-2026-0002',
      status: 'embargoed',
      package: 'gadget',
      extra: `${details(SECRET, COPIED_LATER, BOILERPLATE)}embargo:\n  until: 2099-01-05T00:00:00Z\n`,
    }),
  });
  await repo.commit('embargoed advisory');
  // A published advisory that copies the secret's text after the secret appeared.
  repo.write({ [advisoryPath('TST-2026-0003')]: advisoryYaml({ id: 'TST-2026-0003', package: 'sprocket', extra: details(COPIED_LATER) }) });
  await repo.commit('later advisory');
  bare = copyWithoutHistory(repo.root, ['watchkeeper.yaml', 'rotations', 'advisories']);
  dist = pagesFolder({
    'advisories/boilerplate.html': BOILERPLATE,
    'advisories/copied-later.html': COPIED_LATER,
    'advisories/secret.html': SECRET,
  });
});
afterAll(() => {
  repo.cleanup();
  rmSync(bare, { recursive: true, force: true });
  rmSync(dist, { recursive: true, force: true });
});

const scan = (root: string) => leakScan(dist, root);

test('boilerplate older than the secret passes; text copied from it later, or its own, does not', () => {
  const { code, files } = scan(repo.root);
  expect(code).toBe(1);
  expect(files).toEqual(['advisories/copied-later.html', 'advisories/secret.html']);
});

test('without history nothing is exempt', () => {
  const { code, files } = scan(bare);
  expect(code).toBe(1);
  expect(files).toEqual(['advisories/boilerplate.html', 'advisories/copied-later.html', 'advisories/secret.html']);
});

// Writes, from the project's own Node (whose code version the cache is keyed on, as the scan's process is), a
// history cache in which the later copy's versions landed before everything else.
const FORGE = `
import { readFileSync, writeFileSync } from 'node:fs';
import { cachedHistory, historyCacheFile } from './src/core/history/history-cache.ts';
import { defaultCacheDir } from './src/core/parse-cache.ts';
const [root, id] = process.argv.slice(-2);
const dir = defaultCacheDir(process.cwd());
const file = historyCacheFile(dir, root, 'advisories');
cachedHistory(root, {}, dir);
const cache = JSON.parse(readFileSync(file, 'utf8'));
for (const entry of cache.entries) if (entry.id === id) for (const r of entry.revisions) r.landedOrder = -1;
writeFileSync(file, JSON.stringify(cache));
const read = cachedHistory(root, {}, dir).byId.get(id);
process.stdout.write(JSON.stringify({ file, forged: read.revisions.map((r) => r.landedOrder) }));
`;

test('a forged history cache cannot exempt text: the scan walks the repository itself', () => {
  // The site's dates may come from the history cache (history-cache.ts); the leak scan's exemptions must not,
  // since a CI cache restored from another job could supply the file. The forgery is accepted by the cache
  // reader, and the scan must still report the later copy.
  const node = join(PROJECT_ROOT, 'node_modules/.bin/node');
  const forged = JSON.parse(
    execFileSync(node, ['--input-type=module', '-e', FORGE, repo.root, 'TST-2026-0003'], { cwd: PROJECT_ROOT, encoding: 'utf8' }),
  ) as { file: string; forged: number[] };
  try {
    expect(forged.forged.length).toBeGreaterThan(0);
    expect(forged.forged.every((order) => order === -1)).toBe(true);
    const { code, files } = scan(repo.root);
    expect(code).toBe(1);
    expect(files).toEqual(['advisories/copied-later.html', 'advisories/secret.html']);
  } finally {
    rmSync(forged.file, { force: true });
  }
});
