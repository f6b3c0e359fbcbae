// The leak scan's walk (walk-output.ts: readdir with file types, no stat per
// file) and its worker pool fed while walking (scan-pool.ts): nothing it cannot
// vouch for passes, and workers find exactly what one thread finds.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type LeakNeedles, leakNeedles, scanOutput } from '../../src/core/leak-scan/index.ts';
import { buildMatcher } from '../../src/core/leak-scan/matcher.ts';
import { scanPath } from '../../src/core/leak-scan/scan-file.ts';
import { loadDatabase } from '../../src/core/load.ts';
import { advisoryPath, advisoryYaml, makeTestRepo, NOW, type TestRepo } from '../helpers/test-repo.ts';

let repo: TestRepo;
let needles: LeakNeedles;
let dist: string;
beforeAll(async () => {
  repo = await makeTestRepo({
    [advisoryPath('TST-2026-0001')]: advisoryYaml(),
    [advisoryPath('TST-2026-0003')]: advisoryYaml({ id: 'TST-2026-0003', status: 'draft', extra: 'aliases: [CVE-2026-2003]\n' }),
  });
  needles = leakNeedles(loadDatabase(repo.root, { now: NOW }), NOW);
  dist = mkdtempSync(join(tmpdir(), 'watchkeeper-walk-'));
  // 300 pages in nested folders, so the workers get many batches while the walk goes on.
  for (let i = 0; i < 300; i++) {
    mkdirSync(join(dist, `advisories/p${i % 7}/TST-${i}`), { recursive: true });
    writeFileSync(join(dist, `advisories/p${i % 7}/TST-${i}/index.html`), `<p>page ${i}</p>`);
  }
  writeFileSync(join(dist, 'advisories/p4/TST-298/index.html'), '<p>about CVE-2026-2003</p>');
  mkdirSync(join(dist, 'deep/er'), { recursive: true });
  execFileSync('mkfifo', [join(dist, 'deep/er/pipe')]);
  symlinkSync('/etc', join(dist, 'deep/folder-link'));
  symlinkSync('/etc/hostname', join(dist, 'file-link.html'));
  symlinkSync(join(dist, 'missing'), join(dist, 'dangling.html'));
});
afterAll(() => {
  rmSync(dist, { recursive: true, force: true });
  repo.cleanup();
});

const summary = (diagnostics: { code: string; file: string; message: string }[]) =>
  diagnostics.map((d) => [d.code, d.file, d.code === 'LEAK_SCAN_UNREADABLE' ? /^[^,]*/.exec(d.message)?.[0] : undefined]);

describe('the output walk', () => {
  test('a FIFO, a link to a folder, a link to a file and a dangling link are findings; the FIFO is never opened', async () => {
    const one = await scanOutput(dist, needles, { threads: 1 });
    expect(summary(one.diagnostics)).toEqual([
      ['LEAK_FOUND', 'advisories/p4/TST-298/index.html', undefined],
      ['LEAK_SCAN_UNREADABLE', 'dangling.html', 'This is a symbolic link'],
      ['LEAK_SCAN_UNREADABLE', 'deep/er/pipe', 'This is not a regular file'],
      ['LEAK_SCAN_UNREADABLE', 'deep/folder-link', 'This is a symbolic link'],
      ['LEAK_SCAN_UNREADABLE', 'file-link.html', 'This is a symbolic link'],
    ]);
    expect(one.filesScanned).toBe(300);
  });

  test('workers fed while walking find the same, and count every file and byte', async () => {
    const one = await scanOutput(dist, needles, { threads: 1 });
    const pooled = await scanOutput(dist, needles, { threads: 2, parallelFiles: 0 });
    expect(pooled.diagnostics).toEqual(one.diagnostics);
    expect(pooled.filesScanned).toBe(300);
    const bytes = Array.from({ length: 300 }, (_, i) => (i === 298 ? '<p>about CVE-2026-2003</p>' : `<p>page ${i}</p>`).length);
    expect(pooled.bytesScanned).toBe(bytes.reduce((a, b) => a + b));
    expect(one.bytesScanned).toBe(pooled.bytesScanned);
  });

  test('workers that walk the folders themselves and hand back what is over a batch find the same', async () => {
    const one = await scanOutput(dist, needles, { threads: 1 });
    // Batches of one file or folder: every folder with more than one file or subfolder is handed back and shared out again.
    for (const share of [1, 2, 5]) {
      const pooled = await scanOutput(dist, needles, { threads: 2, parallelFiles: 0, share });
      expect(pooled).toEqual(one);
    }
    // The main thread reads the first folders itself and hands the rest over.
    expect(await scanOutput(dist, needles, { threads: 2, parallelFiles: 50, share: 3 })).toEqual(one);
  });

  test('a file swapped for a symbolic link after the walk is not read through the link', () => {
    const matcher = buildMatcher(needles.needles.map((n) => n.words));
    const { scan, size } = scanPath(join(dist, 'file-link.html'), needles, matcher);
    expect(size).toBe(0);
    expect(scan).toEqual({ unreadable: expect.stringContaining('ELOOP') });
    const fifo = scanPath(join(dist, 'deep/er/pipe'), needles, matcher);
    expect(fifo.scan).toEqual({ unreadable: expect.stringContaining('no longer a regular file') });
  });
});
