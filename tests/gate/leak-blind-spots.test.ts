// Issue 11 point 10 through the command the build runs: each way of writing an
// id or a phrase that a browser, feed reader or script would still show, and
// each kind of file the scan cannot read, in one real output folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { leakScan } from '../helpers/leak-scan-run.ts';
import { advisoryPath, advisoryYaml, makeTestRepo, type TestRepo } from '../helpers/test-repo.ts';

const SUMMARY = 'Gadget: heap overflow in the frobnicator packet parser';
const DETAILS = 'Sending a crafted frobnicator packet with a negative length field overflows the heap buffer used by the parser.';
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');

/** [file, content, what the scan must say about it]. */
const LEAKS: [string, string | Uint8Array, string][] = [
  ['percent.html', '<a href="/vulns/TST%2D2026%2D0002/">more</a>', 'the id TST-2026-0002'],
  ['percent-twice.html', '<a href="/vulns/TST%252D2026%252D0002/">more</a>', 'the id TST-2026-0002'],
  ['markup.html', '<p>TST-<b>2026</b>-0002</p>', 'the id TST-2026-0002'],
  ['markup-split.html', '<p>TST-2026-00<span class="x"></span>02</p>', 'the id TST-2026-0002'],
  ['comment.html', '<p>TST-2026<!-- not an id -->-0002</p>', 'the id TST-2026-0002'],
  ['inside-comment.html', '<p>nothing</p><!-- TST-2026-0002 -->', 'the id TST-2026-0002'],
  ['inside-attribute.html', '<img alt="x" title="CVE-2026-2002">', 'the alias CVE-2026-2002'],
  ['js-hex.js', 'const id = "TST\\x2d2026\\x2d0002";', 'the id TST-2026-0002'],
  ['js-unicode.js', 'const id = "\\u0054ST\\u{2d}2026\\u{2D}0002";', 'the id TST-2026-0002'],
  ['json-escape.json', '{"alias":"CVE\\u002d2026\\u002d2002"}', 'the alias CVE-2026-2002'],
  ['zero-width.html', '<p>TS\u200bT-2026-00\u200d02</p>', 'the id TST-2026-0002'],
  ['bidi.html', '<p>TST-\u202e2026\u202c-0002 \u2066CVE-2026-2002\u2069</p>', 'the id TST-2026-0002'],
  ['control-character.html', '<p>TS\x01T-2026-0002</p>', 'the id TST-2026-0002'],
  ['soft-hyphen.html', '<p>TST-20\u00ad26-0002</p>', 'the id TST-2026-0002'],
  ['look-alike-dashes.html', '<p>TST\u20112026\u20140002 and CVE\u22122026\u20102002</p>', 'the id TST-2026-0002'],
  ['confusables.html', '<p>\u0422\u0405\u0422-2026-0002</p>', 'the id TST-2026-0002'],
  ['full-width.html', '<p>\uff34\uff33\uff34\uff0d\uff12\uff10\uff12\uff16\uff0d\uff10\uff10\uff10\uff12</p>', 'the id TST-2026-0002'],
  ['named-entities.html', '<p>TST&hyphen;2026&dash;0002</p>', 'the id TST-2026-0002'],
  ['entity-in-json.json', '{"content":"TST\\u0026hyphen;2026\\u0026#x2D;0002"}', 'the id TST-2026-0002'],
  ['summary-entities.xml', `<feed><title>Gadget&colon; heap&nbsp;overflow in the frobnicator packet parser</title></feed>`, 'the summary'],
  [
    'details-markup.html',
    `<p>${DETAILS.replace('frobnicator', 'frob<wbr>nicator').replace('negative', '<em>nega</em>tive')}</p>`,
    'text from the details',
  ],
  ['inside.gz', gzipSync(Buffer.from(`<p>${SUMMARY}</p>`)), 'the summary'],
];

/** [file, content, the start of the reason]. */
const UNREADABLE: [string, Uint8Array, string][] = [
  ['utf16.txt', Buffer.from('\ufeffTST-2026-0002', 'utf16le'), 'It is UTF-16 text'],
  ['utf16-no-bom.txt', Buffer.from('TST-2026-0002', 'utf16le'), 'It holds NUL characters'],
  ['raw.zlib', deflateSync(Buffer.from('TST-2026-0002')), 'It looks like raw zlib data'],
  ['nested.gz', gzipSync(gzipSync(Buffer.from('TST-2026-0002'))), 'It is compressed data inside compressed data'],
  ['unknown.bin', Buffer.from([0x00, 0xff, 0x13, 0x37, 0x80, 0x81, 0xfe, 0x01]), 'It is neither UTF-8 text nor a binary format'],
  ['latin1.txt', Buffer.from('caf\xe9 TST-2026-0002', 'latin1'), 'It is neither UTF-8 text nor a binary format'],
];

let repo: TestRepo;
let dist: string;
let out: string;
let code: number | null;
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
  dist = mkdtempSync(join(tmpdir(), 'watchkeeper-dist-'));
  const files: [string, string | Uint8Array][] = [
    ...LEAKS.map(([f, c]) => [`leaks/${f}`, c] as [string, string | Uint8Array]),
    ...UNREADABLE.map(([f, c]) => [`unreadable/${f}`, c] as [string, Uint8Array]),
    ['ok/index.html', '<p>TST-2026-0001: A test vulnerability in widget</p>'],
    ['ok/logo.png', PNG],
    ['ok/page.html.gz', gzipSync(Buffer.from('<p>nothing secret</p>'))],
  ];
  for (const [path, content] of files) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), content);
  }
  // The fixture's embargo lifts on 2026-12-02: pin the clock before it.
  ({ code, out } = leakScan(dist, repo.root, { WATCHKEEPER_BUILD_NOW: '2026-11-24T12:00:00Z' }));
});
afterAll(() => {
  repo.cleanup();
  rmSync(dist, { recursive: true, force: true });
});

const linesOf = (file: string) => out.split('\n').filter((l) => l.startsWith(`${file}:`) || l.startsWith(`${file} `));

describe('npm run leak-scan: normalised before matching', () => {
  test('exit 1, and nothing reported for the clean files', () => {
    expect(code).toBe(1);
    expect(out.split('\n').filter((l) => l.startsWith('ok/'))).toEqual([]);
  });
  test.each(LEAKS)('%s', (file, _content, what) => {
    const lines = linesOf(`leaks/${file}`);
    expect(lines.some((l) => l.includes('LEAK_FOUND') && l.includes(what) && l.includes('TST-2026-0002'))).toBe(true);
  });
});

describe('npm run leak-scan: what it cannot read fails closed', () => {
  test.each(UNREADABLE)('%s', (file, _content, why) => {
    expect(linesOf(`unreadable/${file}`)).toEqual([expect.stringMatching(new RegExp(`LEAK_SCAN_UNREADABLE {2}${why}`))]);
  });
});
