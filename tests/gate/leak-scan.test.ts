import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type LeakNeedles, leakNeedles, type ScanOptions, scanOutput, unreadableAdvisories } from '../../src/core/leak-scan/index.ts';
import { loadDatabase } from '../../src/core/load.ts';
import { advisoryPath, advisoryYaml, makeTestRepo, NOW, PROJECT_ROOT, type TestRepo } from '../helpers/test-repo.ts';

const SHARED = 'Attackers can trigger the problem remotely without any authentication at all.';
const SECRET_DETAILS = 'Sending a crafted frobnicator packet with a negative length field overflows the heap buffer used by the parser.';

let repo: TestRepo;
let needles: LeakNeedles;
beforeAll(async () => {
  repo = await makeTestRepo({
    [advisoryPath('TST-2026-0001')]: advisoryYaml({ extra: `aliases: [CVE-2026-2001]\ndetails: |\n  ${SHARED}\n` }),
    [advisoryPath('TST-2026-0002')]: advisoryYaml({
      id: 'TST-2026-0002',
      status: 'embargoed',
      package: 'gadget',
      reported: '2026-11-20T10:00:00Z',
      extra: `aliases: [CVE-2026-2002]\ndetails: |\n  ${SECRET_DETAILS}\n  ${SHARED}\nembargo:\n  until: 2026-12-02T14:00:00Z\n`,
    }).replace('A test vulnerability in gadget', '"Gadget: heap overflow in the frobnicator packet parser"'),
    [advisoryPath('TST-2026-0003')]: advisoryYaml({ id: 'TST-2026-0003', status: 'draft', extra: 'aliases: [CVE-2026-2003]\n' }),
    [advisoryPath('TST-2026-0005')]: 'id: [broken\n',
    'advisories/sealed/TST-2026-0006.yaml.asc': '-----BEGIN PGP MESSAGE-----\n',
  });
  const db = loadDatabase(repo.root, { now: NOW });
  needles = leakNeedles(db, NOW, unreadableAdvisories(db));
});
afterAll(() => repo.cleanup());

/** A temporary output folder with the given files; returns the scan's findings as [file, line, advisory, kind]. */
async function scan(files: Record<string, string | Uint8Array | { link: string }>, options: ScanOptions = {}) {
  const dist = mkdtempSync(join(tmpdir(), 'watchkeeper-dist-'));
  try {
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dist, path)), { recursive: true });
      if (typeof content === 'object' && 'link' in content) symlinkSync(content.link, join(dist, path));
      else writeFileSync(join(dist, path), content);
    }
    const result = await scanOutput(dist, needles, options);
    return result.diagnostics.map((d) => {
      if (d.code !== 'LEAK_FOUND') return [d.code, d.file];
      const kind = d.message.includes('text from the details') ? 'details' : /the (id|alias|summary) /.exec(d.message)?.[1];
      const advisory = /(TST-2026-\d{4}), which/.exec(d.message)?.[1];
      return [d.code, d.file, ...(d.line ? [d.line] : []), kind, advisory];
    });
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
}

describe('needles', () => {
  test('only unpublishable advisories give needles, as whole words; shared text is not dropped', () => {
    const of = (kind: string) =>
      needles.needles
        .filter((n) => n.owner.kind === kind)
        .map((n) => n.words.join(' '))
        .sort();
    expect(of('id')).toEqual(['tst 2026 0002', 'tst 2026 0003', 'tst 2026 0005', 'tst 2026 0006']);
    expect(of('alias')).toEqual(['cve 2026 2002', 'cve 2026 2003']);
    // Short summaries are searched too, as the whole phrase.
    expect(of('summary')).toEqual(['a test vulnerability in widget', 'gadget heap overflow in the frobnicator packet parser']);
    expect(of('details')).toContain('sending a crafted frobnicator packet with a negative');
    // Published TST-2026-0001 says this too; without history nothing proves it older, so it stays a needle.
    expect(of('details').some((p) => p.includes('without any authentication'))).toBe(true);
    expect(needles.advisories).toBe(4);
  });
});

describe('scan', () => {
  test('clean output passes; text shared with the secret advisory does not, without history to prove it older', async () => {
    expect(
      await scan({ 'index.html': `<h1>TST-2026-0001</h1><p>CVE-2026-2001</p><p>TST-2026-00020 and CVE-2026-20021 are other ids.</p>` }),
    ).toEqual([]);
    expect(await scan({ 'index.html': `<p>${SHARED}</p>` })).toEqual([['LEAK_FOUND', 'index.html', 1, 'details', 'TST-2026-0002']]);
  });

  test('ids, aliases, summaries and details are found in pages, feeds and sitemaps, with their line', async () => {
    expect(
      await scan({
        'advisories/index.html': '<html>\n<body>\n<a href="/advisories/tst-2026-0002/">link</a>\n</body>',
        'feeds/all.xml': '<?xml version="1.0"?>\n<feed><title>Gadget: heap overflow in the frobnicator packet parser</title></feed>',
        'sitemap.xml': '<urlset><url><loc>https://x.example/vulns/CVE-2026-2003/</loc></url></urlset>',
        'osv/all.json': JSON.stringify({ details: `${SECRET_DETAILS}` }),
      }),
    ).toEqual([
      ['LEAK_FOUND', 'advisories/index.html', 3, 'id', 'TST-2026-0002'],
      ['LEAK_FOUND', 'feeds/all.xml', 2, 'summary', 'TST-2026-0002'],
      ['LEAK_FOUND', 'osv/all.json', 1, 'details', 'TST-2026-0002'],
      ['LEAK_FOUND', 'sitemap.xml', 1, 'alias', 'TST-2026-0003'],
    ]);
  });

  test('escapes, entities, markup and file names do not hide a leak; the line is found in decoded text too', async () => {
    expect(
      await scan({
        'a.html': '<p>TST&#x2D;2026&#45;0003</p>',
        'b.json': '{"id":"CVE\\u002d2026\\u002d2002"}',
        // Escaped newlines inside a JSON string: the phrase spans them.
        'd.json': JSON.stringify({ details: 'Sending a crafted frobnicator\npacket with a\nnegative length' }),
        'c.html': '<p>Sending a <em>crafted</em> frobnicator packet with a <b>negative</b> length</p>',
        'x_TST-2026-0005.json': '{}',
      }),
    ).toEqual([
      ['LEAK_FOUND', 'a.html', 1, 'id', 'TST-2026-0003'],
      ['LEAK_FOUND', 'b.json', 1, 'alias', 'TST-2026-0002'],
      ['LEAK_FOUND', 'c.html', 1, 'details', 'TST-2026-0002'],
      ['LEAK_FOUND', 'd.json', 1, 'details', 'TST-2026-0002'],
      ['LEAK_FOUND', 'x_TST-2026-0005.json', 'id', 'TST-2026-0005'],
    ]);
  });

  test('compressed and binary files: gzip is read, the search index is searched, damage fails closed', async () => {
    const fragment = gzipSync(
      Buffer.from(`pagefind_dcd${JSON.stringify({ content: 'Gadget: heap overflow in the frobnicator packet parser' })}`),
    );
    const index = gzipSync(
      Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from([0, 1, 2, 0x6b]), Buffer.from('cve20262002'), Buffer.from([0, 0x28])]),
    );
    expect(
      await scan({
        'pagefind/fragment/en_1.pf_fragment': fragment,
        'pagefind/index/en_1.pf_index': index,
        'pagefind/broken.pf_meta': Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3]),
        'img/logo.png': Buffer.concat([
          Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
          Buffer.from('tEXtComment TST-2026-0006 '),
        ]),
      }),
    ).toEqual([
      ['LEAK_FOUND', 'img/logo.png', 'id', 'TST-2026-0006'],
      ['LEAK_SCAN_UNREADABLE', 'pagefind/broken.pf_meta'],
      ['LEAK_FOUND', 'pagefind/fragment/en_1.pf_fragment', 'summary', 'TST-2026-0002'],
      ['LEAK_FOUND', 'pagefind/index/en_1.pf_index', 'alias', 'TST-2026-0002'],
    ]);
  });

  test('worker threads find the same as one thread', async () => {
    const files = {
      'a.html': '<p>TST&#x2D;2026&#45;0003</p>',
      'b.json': '{"id":"CVE\\u002d2026\\u002d2002"}',
      'c.html': '<p>Sending a <em>crafted</em> frobnicator packet with a <b>negative</b> length</p>',
      'd.bin': Buffer.from([0, 1, 2, 3]),
      'e.html': '<p>nothing</p>',
    };
    const one = await scan(files, { threads: 1 });
    expect(one.length).toBe(4);
    expect(await scan(files, { threads: 2, parallelFiles: 0 })).toEqual(one);
  });

  test('a symbolic link is not followed and fails; an empty folder proves nothing', async () => {
    expect(await scan({ 'ok.html': 'fine', 'link.html': { link: '/etc/hostname' } })).toEqual([['LEAK_SCAN_UNREADABLE', 'link.html']]);
    expect(await scan({})).toEqual([['LEAK_SCAN_NO_OUTPUT', expect.stringContaining('watchkeeper-dist-')]]);
  });

  test('an embargo that has lifted is no longer a secret', () => {
    const db = loadDatabase(repo.root, { now: new Date('2026-12-02T14:00:00Z') });
    const later = leakNeedles(db, new Date('2026-12-02T14:00:00Z'));
    // Status is still `embargoed`, so it is not published: still a secret.
    expect(later.needles.some((n) => n.words.join(' ') === 'tst 2026 0002')).toBe(true);
  });
});

describe('npm run leak-scan', () => {
  const run = (args: string[], env: Record<string, string> = {}) => {
    try {
      return {
        code: 0,
        out: execFileSync(process.execPath, [join(PROJECT_ROOT, 'scripts/leak-scan.ts'), ...args], {
          encoding: 'utf8',
          env: { ...process.env, ...env },
        }),
      };
    } catch (error) {
      const e = error as { status: number; stdout: string; stderr: string };
      return { code: e.status, out: e.stdout + e.stderr };
    }
  };

  test('exit 1 with file:line on a leak in the project data, 0 on clean output', () => {
    const dist = mkdtempSync(join(tmpdir(), 'watchkeeper-dist-'));
    try {
      writeFileSync(join(dist, 'index.html'), '<p>KSA-2026-0001</p>\n<p>CVE-2026-1313</p>\n');
      // The project's example KSA-2026-0013 is under embargo until 2026-12-02; pin the build clock before it.
      const env = { WATCHKEEPER_BUILD_NOW: '2026-11-24T12:00:00Z', GITHUB_ACTIONS: '' };
      const leaked = run([dist, '--root', PROJECT_ROOT], env);
      expect(leaked.code).toBe(1);
      expect(leaked.out).toMatch(/index\.html:2:1 {2}LEAK_FOUND {2}The file contains the alias CVE-2026-1313 of KSA-2026-0013/);
      writeFileSync(join(dist, 'index.html'), '<p>KSA-2026-0001</p>\n');
      expect(run([dist, '--root', PROJECT_ROOT], env).code).toBe(0);
      expect(run([join(dist, 'missing'), '--root', PROJECT_ROOT], env).code).toBe(1);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
