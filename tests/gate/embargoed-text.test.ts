// Issue 11 point 1 through the command CI runs: a change may not add an
// unpublishable advisory's id, alias, summary or details text to any file.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runGate } from '../../src/core/gate/index.ts';
import { exampleData, PUBLISHED_FILE, SECRET_FILE, tamperedPublished } from '../helpers/leak-reproduction.ts';
import { makeTestRepo, PROJECT_ROOT, type TestRepo } from '../helpers/test-repo.ts';

const SECRET = SECRET_FILE;
const PUBLISHED = PUBLISHED_FILE;
/** The command reads the real clock, so the example's embargo is moved far into the future here. */
const LATER = (text: string) => text.replace('until: 2026-12-02T14:00:00Z', 'until: 2099-01-05T00:00:00Z');

let repo: TestRepo;
let data: Record<string, string>;
const commits: Record<string, string> = {};

beforeAll(async () => {
  data = exampleData();
  data[SECRET] = LATER(data[SECRET] as string);
  data['docs/notes.md'] = '# Notes\n\nKSA-2026-0013 is tracked elsewhere.\n';
  repo = await makeTestRepo(data, { git: true, base: false });
  const commit = async (name: string, files: Record<string, string | Uint8Array>, message = name) => {
    repo.write(files);
    commits[name] = await repo.commit(message);
  };
  commits.base = await repo.commit('base (same tree as the initial commit)');
  await commit('tampered', { [PUBLISHED]: tamperedPublished(data) });
  await commit('restored', { [PUBLISHED]: data[PUBLISHED] as string });
  await commit('elsewhere', {
    'docs/triage.md': '# Triage\n\nSee KSA&#x2D;2026&#x2D;0013 and CVE%2D2026%2D1313 before the release.\n',
    'src/notes.ts': "export const next = 'It writes past the ring. A local user can gain kernel privileges.';\n",
    'rotations/terms/2027.yaml': `${data['rotations/terms/2027.yaml']}# Registering a provided-buffer ring with a crafted entry count writes past\n`,
    // Already in this file before the change: not added by it.
    'docs/notes.md': `${data['docs/notes.md']}\nMore notes.\n`,
    // The secret's own file may carry its own text.
    [SECRET]: `${data[SECRET]}# Registering a provided-buffer ring\n`,
  });
  await commit('utf16', { 'docs/utf16.txt': Buffer.from('\ufeffKSA-2026-0013', 'utf16le') });
});
afterAll(() => repo.cleanup());

function gate(base: string, head: string) {
  try {
    const out = execFileSync(
      process.execPath,
      [join(PROJECT_ROOT, 'scripts/gate.ts'), '--root', repo.root, '--base', base, '--head', head],
      {
        encoding: 'utf8',
        env: { ...process.env, GITHUB_ACTIONS: '' },
      },
    );
    return { code: 0, out };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, out: e.stdout + e.stderr };
  }
}

describe('npm run gate: embargoed text in any changed file', () => {
  test('the reproduction: KSA-2026-0013’s summary and details appended to KSA-2026-0012 exit 1 with GATE_EMBARGOED_TEXT', () => {
    const { code, out } = gate(commits.base as string, commits.tampered as string);
    expect(code).toBe(1);
    expect(out).toMatch(/KSA-2026-0012\.yaml:\d+:1 {2}GATE_EMBARGOED_TEXT {2}This change adds the summary “Linux kernel: out-of-bounds/);
    expect(out).toMatch(
      /KSA-2026-0012\.yaml:\d+:1 {2}GATE_EMBARGOED_TEXT {2}This change adds text from the details \(“registering a provided buffer/,
    );
    expect(out).toContain('which is under embargo until 2099-01-05T00:00:00Z (advisories/2026/KSA-2026-0013.yaml)');
    // Taking it out again adds nothing.
    expect(gate(commits.tampered as string, commits.restored as string).code).toBe(0);
  });

  test('ids through entities and percent-encoding in docs, details in source and rotations; not text already there, not the own file', () => {
    const { code, out } = gate(commits.restored as string, commits.elsewhere as string);
    expect(code).toBe(1);
    const lines = out.split('\n').filter((l) => l.includes('GATE_EMBARGOED_TEXT'));
    expect(lines.map((l) => l.split('  ')[0])).toEqual([
      'docs/triage.md:3:1',
      'docs/triage.md:3:1',
      'rotations/terms/2027.yaml:30:1',
      'src/notes.ts:1:1',
    ]);
    // The secret's own file is judged by the embargo rules, not by the content rule.
    expect(out).toMatch(/KSA-2026-0013\.yaml:\d+:\d+ {2}GATE_EMBARGOED {2}/);
    expect(lines[0]).toContain('the alias CVE-2026-1313 of KSA-2026-0013');
    expect(lines[1]).toContain('the id KSA-2026-0013');
    expect(lines[2]).toContain('text from the details (“registering a provided buffer ring with a crafted”)');
    expect(lines[3]).toContain('text from the details (“writes past the ring a local user can”)');
    // Four added texts, and the embargo finding on the secret's own file: nothing else.
    expect(out.split('\n').filter((l) => / {2}[A-Z_]+ {2}/.test(l))).toHaveLength(5);
  });

  test('a file the gate cannot read as text fails closed', () => {
    const { code, out } = gate(commits.elsewhere as string, commits.utf16 as string);
    expect(code).toBe(1);
    expect(out).toMatch(/docs\/utf16\.txt {2}GATE_CONTENT_UNREADABLE {2}It is UTF-16 text/);
  });

  test('the core gate with a fixed clock gives the same verdict', async () => {
    const before = await runGate({
      root: repo.root,
      base: commits.base as string,
      head: commits.tampered as string,
      now: new Date('2026-11-24T12:00:00Z'),
    });
    expect(before.diagnostics.map((d) => d.code)).toContain('GATE_EMBARGOED_TEXT');
  });
});
