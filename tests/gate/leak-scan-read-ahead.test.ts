// The leak scan's workers start before the needles are known and read ahead
// (scan-pool.ts, scan-worker.ts) while the main thread loads the data: they
// must find exactly what one thread with the needles in hand finds, over every
// way of hiding a leak, and a load that fails or a file swapped meanwhile
// must never pass silently.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type LeakNeedles, leakNeedles, scanOutput } from '../../src/core/leak-scan/index.ts';
import { secretsInFolder } from '../../src/core/leak-scan/secrets.ts';
import { secretsInThread } from '../../src/core/leak-scan/secrets-thread.ts';
import { loadDatabase } from '../../src/core/load.ts';
import { advisoryPath, advisoryYaml, makeTestRepo, NOW, type TestRepo } from '../helpers/test-repo.ts';

const SUMMARY = 'Gadget: heap overflow in the frobnicator packet parser';
const DETAILS = 'Sending a crafted frobnicator packet with a negative length field overflows the heap buffer used by the parser.';

/** Every way of writing a secret the scan must see through, one file each. */
const HIDDEN: Record<string, string | Uint8Array> = {
  'markup-split.html': '<p>TST-2026-00<span class="x"></span>02</p>',
  'comment.html': '<p>TST-2026<!-- not an id -->-0002</p>',
  'attribute.html': '<img alt="x" title="CVE-2026-2002">',
  'zero-width.html': '<p>TS\u200bT-2026-00\u200d02</p>',
  'bidi.html': '<p>TST-\u202e2026\u202c-0002</p>',
  'confusables.html': '<p>\u0422\u0405\u0422-2026-0002</p>',
  'full-width.html': '<p>\uff34\uff33\uff34\uff0d\uff12\uff10\uff12\uff16\uff0d\uff10\uff10\uff10\uff12</p>',
  'entities.html': '<p>TST&hyphen;2026&#x2D;0002</p>',
  'percent.html': '<a href="/vulns/TST%252D2026%252D0002/">more</a>',
  'escapes.js': 'const id = "\\u0054ST\\u{2d}2026\\x2D0002";',
  'details.html': `<p>${DETAILS.replace('frobnicator', 'frob<wbr>nicator').replace('negative', '<em>nega</em>tive')}</p>`,
  'summary.xml.gz': gzipSync(Buffer.from(`<feed><title>${SUMMARY.replace(' ', '&nbsp;')}</title></feed>`)),
  'search.pf_fragment': gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify({ content: SUMMARY })}`)),
  'logo.png': Buffer.concat([Buffer.from('89504e470d0a1a0a0000', 'hex'), Buffer.from('tEXtComment cve20262002 ')]),
  'utf16.txt': Buffer.from('\ufeffTST-2026-0002', 'utf16le'),
  'unknown.bin': Buffer.from([0x00, 0xff, 0x13, 0x37, 0x80, 0x81, 0xfe, 0x01]),
  'TST-2026-0002.html': '<p>named after it</p>',
};

let repo: TestRepo;
let needles: LeakNeedles;
let dist: string;
beforeAll(async () => {
  repo = await makeTestRepo({
    [advisoryPath('TST-2026-0001')]: advisoryYaml(),
    [advisoryPath('TST-2026-0002')]: advisoryYaml({
      id: 'TST-2026-0002',
      status: 'embargoed',
      package: 'gadget',
      reported: '2026-11-20T10:00:00Z',
      extra: `aliases: [CVE-2026-2002]\ndetails: |\n  ${DETAILS}\nembargo:\n  until: 2026-12-02T14:00:00Z\n`,
    }).replace('A test vulnerability in gadget', `"${SUMMARY}"`),
  });
  needles = leakNeedles(loadDatabase(repo.root, { now: NOW }), NOW);
  dist = mkdtempSync(join(tmpdir(), 'watchkeeper-read-ahead-'));
  // Enough clean pages that every worker holds several batches before the needles arrive, the hidden leaks among them.
  for (let i = 0; i < 600; i++) write(`pages/p${i % 9}/page-${i}/index.html`, `<p>page ${i} of the widget advisories</p>`);
  for (const [name, content] of Object.entries(HIDDEN)) write(`pages/p4/hidden/${name}`, content);
  symlinkSync('/etc/hostname', join(dist, 'pages/p2/link.html'));
});
afterAll(() => {
  rmSync(dist, { recursive: true, force: true });
  repo.cleanup();
});

function write(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, path), content);
}

/** The needles a few event-loop turns late, as the data loads while the workers read ahead. */
const late = (then?: () => void) => async () => {
  for (let i = 0; i < 20; i++) await nextTurn();
  then?.();
  return needles;
};

describe('workers that start before the needles', () => {
  test('find exactly what one thread finds, over every way of hiding a leak', async () => {
    const one = await scanOutput(dist, needles, { threads: 1 });
    const found = one.diagnostics.map((d) => d.file);
    for (const name of Object.keys(HIDDEN)) expect(found).toContain(`pages/p4/hidden/${name}`);
    expect(found).toContain('pages/p2/link.html');
    for (const threads of [2, 3]) {
      const pooled = await scanOutput(dist, late(), { threads, parallelFiles: 0 });
      expect(pooled.diagnostics).toEqual(one.diagnostics);
      expect([pooled.filesScanned, pooled.bytesScanned]).toEqual([one.filesScanned, one.bytesScanned]);
    }
    // The needles given at once or by a function: the same scan.
    expect((await scanOutput(dist, late(), { threads: 1 })).diagnostics).toEqual(one.diagnostics);
  });

  test('a load of the needles that fails stops the scan (and its workers) instead of passing', async () => {
    const failing = async () => {
      await nextTurn();
      throw new Error('the data did not load');
    };
    await expect(scanOutput(dist, failing, { threads: 2, parallelFiles: 0 })).rejects.toThrow('the data did not load');
  });

  test('a leaking file swapped for a link while the needles load is still a finding', async () => {
    const path = join(dist, 'pages/p8/swapped/index.html');
    write('pages/p8/swapped/index.html', '<p>TST-2026-0002</p>');
    try {
      const swap = () => {
        unlinkSync(path);
        symlinkSync(join(dist, 'pages/p0/page-0/index.html'), path);
      };
      const pooled = await scanOutput(dist, late(swap), { threads: 2, parallelFiles: 0 });
      // Read before the swap, it leaks; after, it is a link the scan will not follow: never clean.
      const codes = pooled.diagnostics.filter((d) => d.file === 'pages/p8/swapped/index.html').map((d) => d.code);
      expect(codes.length).toBe(1);
      expect(['LEAK_FOUND', 'LEAK_SCAN_UNREADABLE']).toContain(codes[0]);
    } finally {
      rmSync(join(dist, 'pages/p8/swapped'), { recursive: true, force: true });
    }
  });
});

describe('the data loaded in a thread of its own', () => {
  test('gives exactly what secretsInFolder gives in this thread, broken files included', async () => {
    expect(await secretsInThread(repo.root, NOW)).toEqual(secretsInFolder(repo.root, NOW));
    const broken = mkdtempSync(join(tmpdir(), 'watchkeeper-data-'));
    mkdirSync(join(broken, 'advisories/2026'), { recursive: true });
    writeFileSync(join(broken, 'advisories/2026/TST-2026-0009.yaml'), 'id: [broken\n');
    try {
      const inThread = await secretsInThread(broken, NOW);
      expect(inThread).toEqual(secretsInFolder(broken, NOW));
      expect(inThread.secrets.map((s) => s.id)).toContain('TST-2026-0009');
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});
