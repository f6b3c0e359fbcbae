import * as fs from 'node:fs';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import git from 'isomorphic-git';

/** The repository root of Watchkeeper itself, for tests that read the real data or schemas. */
export const PROJECT_ROOT = new URL('../../', import.meta.url).pathname.replace(/\/$/, '');

/** A fixed clock for tests: nothing in them reads the real time. */
export const NOW = new Date('2026-11-24T12:00:00Z');

export const SETTINGS_YAML = `name: Test Team
site_url: https://security.test.example
id_prefix: TST
default_ecosystem: Testix:1
contact:
  email: security@test.example
policy: {}
`;

export const ROSTER_YAML = `members:
  - handle: ada
    name: Ada Example
    contact: mailto:ada@test.example
    key:
      fingerprint: ADA0000000000000000000000000000000000001
      path: keys/ada.asc
  - handle: bo
    name: Bo Example
    contact: mailto:bo@test.example
    key:
      fingerprint: B0B0000000000000000000000000000000000002
      path: keys/bo.asc
`;

export interface AdvisoryOptions {
  id?: string;
  status?: 'draft' | 'embargoed' | 'published' | 'withdrawn';
  /** Extra top-level YAML lines appended verbatim. */
  extra?: string;
  published?: string;
  reported?: string;
  package?: string;
}

/** A valid advisory as YAML text; tests mutate one thing at a time. */
export function advisoryYaml(options: AdvisoryOptions = {}): string {
  const id = options.id ?? 'TST-2026-0001';
  const status = options.status ?? 'published';
  const published = options.published ?? '2026-03-02T10:00:00Z';
  const lines = [
    `id: ${id}`,
    `status: ${status}`,
    `summary: A test vulnerability in ${options.package ?? 'widget'}`,
    'affected:',
    '  - package:',
    `      name: ${options.package ?? 'widget'}`,
    '    ranges:',
    '      - type: ECOSYSTEM',
    '        events:',
    '          - introduced: "0"',
    '          - fixed: "1.2.3-1"',
    'timeline:',
    `  reported: ${options.reported ?? '2026-03-01T09:00:00Z'}`,
    ...(status === 'published' || status === 'withdrawn' ? [`  published: ${published}`] : []),
  ];
  return `${lines.join('\n')}\n${options.extra ?? ''}`;
}

/** Path of an advisory file for an id, e.g. advisories/2026/TST-2026-0001.yaml. */
export function advisoryPath(id: string): string {
  const year = /-(\d{4})-/.exec(id)?.[1] ?? '2026';
  return `advisories/${year}/${id}.yaml`;
}

export interface TestRepo {
  root: string;
  write(files: Record<string, string | Uint8Array>): void;
  remove(path: string): void;
  read(path: string): string;
  /** Stages everything and commits with a fixed author date; returns the commit id. */
  commit(message: string, date?: Date): Promise<string>;
  cleanup(): void;
}

/**
 * A temporary repository with settings, a roster and the given files. With
 * `git: true` it is a real git repository (isomorphic-git) with an initial
 * commit at a fixed date.
 */
export async function makeTestRepo(
  files: Record<string, string | Uint8Array> = {},
  options: { git?: boolean; base?: boolean; date?: Date } = {},
): Promise<TestRepo> {
  const root = mkdtempSync(join(tmpdir(), 'watchkeeper-test-'));
  const write = (entries: Record<string, string | Uint8Array>) => {
    for (const [path, content] of Object.entries(entries)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), content);
    }
  };
  if (options.base !== false) write({ 'watchkeeper.yaml': SETTINGS_YAML, 'rotations/roster.yaml': ROSTER_YAML });
  write(files);
  let tick = 0;
  const repo: TestRepo = {
    root,
    write,
    remove: (path) => rmSync(join(root, path), { recursive: true, force: true }),
    read: (path) => readFileSync(join(root, path), 'utf8'),
    async commit(message, date) {
      const when = date ?? new Date((options.date ?? new Date('2026-01-01T00:00:00Z')).getTime() + tick++ * 60_000);
      const matrix = await git.statusMatrix({ fs, dir: root });
      for (const [path, , workdir] of matrix) {
        if (workdir === 0) await git.remove({ fs, dir: root, filepath: path });
        else if (workdir === 2) await git.add({ fs, dir: root, filepath: path });
      }
      const author = { name: 'Test Author', email: 'author@test.example', timestamp: Math.floor(when.getTime() / 1000), timezoneOffset: 0 };
      return git.commit({ fs, dir: root, message, author, committer: author });
    },
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
  if (options.git) {
    await git.init({ fs, dir: root, defaultBranch: 'main' });
    await repo.commit('initial');
  }
  return repo;
}
