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
  /**
   * Stages everything and commits with a fixed author date; returns the commit id.
   * With `sign`, the commit carries the armored signature it returns for the payload (a `gpgsig` header).
   */
  commit(message: string, date?: Date, sign?: (payload: string) => Promise<string>): Promise<string>;
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
    async commit(message, date, sign) {
      const when = date ?? new Date((options.date ?? new Date('2026-01-01T00:00:00Z')).getTime() + tick++ * 60_000);
      const matrix = await git.statusMatrix({ fs, dir: root });
      for (const [path, , workdir] of matrix) {
        if (workdir === 0) await git.remove({ fs, dir: root, filepath: path });
        else if (workdir === 2) await git.add({ fs, dir: root, filepath: path });
      }
      const author = { name: 'Test Author', email: 'author@test.example', timestamp: Math.floor(when.getTime() / 1000), timezoneOffset: 0 };
      if (!sign) return git.commit({ fs, dir: root, message, author, committer: author });
      // isomorphic-git hands the payload to onSign; the key argument is only passed through to it.
      return git.commit({
        fs,
        dir: root,
        message,
        author,
        committer: author,
        signingKey: 'test',
        onSign: async ({ payload }) => ({ signature: await sign(payload) }),
      });
    },
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
  if (options.git) {
    await git.init({ fs, dir: root, defaultBranch: 'main' });
    await repo.commit('initial');
  }
  return repo;
}

/** One roster entry for rosterYaml(). */
export interface RosterMember {
  handle: string;
  fingerprint: string;
  /** Relative to rotations/; defaults to keys/<handle>.asc. */
  keyPath?: string;
  expertise?: string[];
  forgeUser?: string;
}

/** A roster (rotations/roster.yaml) listing the given members. */
export function rosterYaml(members: readonly RosterMember[]): string {
  const lines = ['members:'];
  for (const m of members) {
    lines.push(
      `  - handle: ${m.handle}`,
      `    name: ${m.handle[0]?.toUpperCase()}${m.handle.slice(1)} Example`,
      `    contact: mailto:${m.handle}@test.example`,
      '    key:',
      `      fingerprint: ${m.fingerprint}`,
      `      path: ${m.keyPath ?? `keys/${m.handle}.asc`}`,
      ...(m.forgeUser ? [`    forge_user: ${m.forgeUser}`] : []),
      ...(m.expertise ? [`    expertise: [${m.expertise.join(', ')}]`] : []),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** One term for termsYaml(); `position` and `area` are written only when given. */
export interface TestTerm {
  member: string;
  role?: 'coordinator' | 'reviewer' | 'expert';
  position?: 'primary' | 'backup';
  from: string;
  until: string;
  area?: string;
}

/** A terms file (rotations/terms/<period>.yaml). */
export function termsYaml(terms: readonly TestTerm[]): string {
  const lines = ['terms:'];
  for (const t of terms) {
    lines.push(`  - member: ${t.member}`, `    role: ${t.role ?? 'coordinator'}`);
    if (t.position) lines.push(`    position: ${t.position}`);
    if (t.area) lines.push(`    area: ${t.area}`);
    lines.push(`    from: ${t.from}`, `    until: ${t.until}`);
  }
  return `${lines.join('\n')}\n`;
}

export interface TestKeyOptions {
  name: string;
  /** Creation time of the key (default: a year before NOW, so it is valid at NOW). */
  created?: Date;
  /** Seconds until the primary key expires (0 or absent: never). */
  expiresInSeconds?: number;
  /** Without an encryption subkey: the key can only sign. */
  signOnly?: boolean;
  /** Seconds until the encryption subkey expires, while the primary key may live on. */
  encryptionExpiresInSeconds?: number;
  /** Revoke the key right after creating it. */
  revoked?: boolean;
}

export interface TestKey {
  publicArmored: string;
  privateArmored: string;
  fingerprint: string;
}

/** A real curve25519 OpenPGP key made with OpenPGP.js; fast enough to make several per test file (in beforeAll). */
export async function generateTestKey(options: TestKeyOptions): Promise<TestKey> {
  const openpgp = await import('openpgp');
  const created = options.created ?? new Date(NOW.getTime() - 365 * 24 * 3600 * 1000);
  const { privateKey, publicKey } = await openpgp.generateKey({
    type: 'curve25519',
    userIDs: [{ name: options.name, email: `${options.name.toLowerCase()}@test.example` }],
    date: created,
    keyExpirationTime: options.expiresInSeconds ?? 0,
    subkeys: options.signOnly ? [] : [options.encryptionExpiresInSeconds ? { keyExpirationTime: options.encryptionExpiresInSeconds } : {}],
    format: 'armored',
  });
  const key = await openpgp.readKey({ armoredKey: publicKey });
  const fingerprint = key.getFingerprint().toUpperCase();
  if (!options.revoked) return { publicArmored: publicKey, privateArmored: privateKey, fingerprint };
  const revoked = await openpgp.revokeKey({
    key: await openpgp.readPrivateKey({ armoredKey: privateKey }),
    date: new Date(created.getTime() + 60_000),
    format: 'armored',
  });
  return { publicArmored: revoked.publicKey, privateArmored: revoked.privateKey, fingerprint };
}
