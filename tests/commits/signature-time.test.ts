import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import * as openpgp from 'openpgp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { verifyCommits } from '../../src/core/index.ts';
import { commitSigner, generateTestKeys, teamFiles } from '../helpers/team.ts';
import { makeTestRepo, NOW, PROJECT_ROOT, type TestKey, type TestRepo } from '../helpers/test-repo.ts';

// A member's term is checked at the signature packet's creation time; the
// commit's dates are set by whoever commits (GIT_COMMITTER_DATE) and never count.

let ada: TestKey;
let cy: TestKey;
let repo: TestRepo;
let base: string;
const heads: Record<string, string> = {};

/** Commits on a branch of its own from the base, so each case is its own range. */
async function branchCommit(
  name: string,
  committed: string,
  key: TestKey | undefined,
  signed: string,
  from = base,
  files: Record<string, string> = {},
) {
  const git = (await import('isomorphic-git')).default;
  const fs = await import('node:fs');
  await git.branch({ fs, dir: repo.root, ref: name, object: from, checkout: true, force: true });
  await git.checkout({ fs, dir: repo.root, ref: name, force: true });
  repo.write({ [`advisories/2026/${name}.yaml`]: `${name}\n`, ...files });
  heads[name] = await repo.commit(name, new Date(committed), key ? commitSigner(key, new Date(signed)) : undefined);
}

beforeAll(async () => {
  [ada, cy] = await generateTestKeys('Ada', 'Cy');
  // Cy's term ended on 2026-06-01; Ada serves all year.
  repo = await makeTestRepo(
    teamFiles([
      { handle: 'ada', key: ada, terms: [{ from: '2026-01-01T00:00:00Z', until: '2027-01-01T00:00:00Z' }] },
      { handle: 'cy', key: cy, terms: [{ role: 'reviewer', from: '2026-01-01T00:00:00Z', until: '2026-06-01T00:00:00Z' }] },
    ]),
    { git: true },
  );
  base = await repo.commit('base', new Date('2026-01-15T00:00:00Z'));
  // Cy signs in August, after the term, with the commit dated back into May.
  await branchCommit('backdated', '2026-05-01T00:00:00Z', cy, '2026-08-10T09:00:00Z');
  // Cy signed in March, inside the term; the commit's date was later moved past it.
  await branchCommit('signed-in-term', '2026-09-01T00:00:00Z', cy, '2026-03-01T00:00:00Z');
  // A signature dated far ahead of now.
  await branchCommit('from-the-future', '2026-08-01T00:00:00Z', ada, '2099-01-01T00:00:00Z');
  // The base branch moves on past Cy's term; Cy branches from it and sets both dates back into the term.
  await branchCommit('main-later', '2026-07-01T00:00:00Z', undefined, '', base);
  await branchCommit('both-backdated', '2026-05-01T00:00:00Z', cy, '2026-05-01T00:00:00Z', heads['main-later']);
  // Cy's key is revoked on the base branch when the term ends; Cy branches from
  // an old commit of the term, where the key is still unrevoked, and backdates everything.
  const revoked = await openpgp.revokeKey({
    key: await openpgp.readPrivateKey({ armoredKey: cy.privateArmored }),
    date: new Date('2026-06-01T00:00:00Z'),
    format: 'armored',
  });
  await branchCommit('key-revoked', '2026-07-02T00:00:00Z', undefined, '', base, { 'rotations/keys/cy.asc': revoked.publicKey });
  await branchCommit('from-old-commit', '2026-04-01T00:00:00Z', cy, '2026-04-01T00:00:00Z', base);
  // Signed and committed together, as git does.
  await branchCommit('plain', '2026-08-02T00:00:00Z', ada, '2026-08-02T00:00:00Z');
}, 60_000);

afterAll(() => repo.cleanup());

/** Verifies the commits of branch `name` against `from` (the base commit by default), at NOW. */
const verify = (name: string, from = base) => verifyCommits({ root: repo.root, base: from, head: heads[name] as string, now: NOW });

describe('verify-commits checks the term at the signature’s own time', () => {
  test('a member whose term ended cannot sign with the commit date set back into it', async () => {
    const result = await verify('backdated');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['COMMIT_SIGNER_OFF_TEAM']);
    const message = result.diagnostics[0]?.message ?? '';
    expect(message).toContain('2026-08-10T09:00:00Z');
    expect(message).toContain('signature packet');
    expect(message).toContain('says 2026-05-01T00:00:00Z, which does not count');
    expect(result.verdicts.map((v) => v.ok)).toEqual([false]);
  });

  test('a signature made inside the term counts whatever the commit date says, with a warning', async () => {
    const result = await verify('signed-in-term');
    expect(result.verdicts).toMatchObject([{ ok: true, signer: 'cy', signed: new Date('2026-03-01T00:00:00Z') }]);
    expect(result.diagnostics.map((d) => [d.code, d.severity])).toEqual([['COMMIT_DATE_MISMATCH', 'warning']]);
    expect(result.diagnostics[0]?.message).toContain('2026-03-01T00:00:00Z');
  });

  test('a signature dated before the history it builds on is refused', async () => {
    const result = await verify('both-backdated', heads['main-later'] as string);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['COMMIT_SIGNED_BEFORE_PARENT']);
    expect(result.diagnostics[0]?.message).toContain('2026-05-01T00:00:00Z, before 2026-07-01T00:00:00Z');
  });

  test('a branch from an old commit cannot bring back a key the base branch has revoked since', async () => {
    const result = await verify('from-old-commit', heads['key-revoked'] as string);
    expect(result.mergeBase).toBe(base);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['COMMIT_KEY_INVALID']);
    // The same commit judged against the base as it was before the revocation passes: the revocation is what refuses it.
    const before = await verify('from-old-commit');
    expect(before.diagnostics).toEqual([]);
  });

  test('a signature dated after now is refused', async () => {
    const result = await verify('from-the-future');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['COMMIT_SIGNATURE_IN_FUTURE']);
    expect(result.diagnostics[0]?.message).toContain('2099-01-01T00:00:00Z');
  });

  test('a commit signed as git signs passes without a note', async () => {
    const result = await verify('plain');
    expect(result.diagnostics).toEqual([]);
    expect(result.verdicts).toMatchObject([{ ok: true, signer: 'ada', signed: new Date('2026-08-02T00:00:00Z') }]);
  });

  test('node scripts/gate.ts --verify-commits refuses the backdated commit', () => {
    let status = 0;
    let out = '';
    try {
      out = execFileSync(
        process.execPath,
        [
          join(PROJECT_ROOT, 'scripts/gate.ts'),
          ...['--base', base, '--head', heads.backdated as string, '--root', repo.root],
          ...['--verify-commits', '--format', 'json'],
        ],
        { encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' } },
      );
    } catch (error) {
      status = (error as { status: number }).status;
      out = (error as { stdout: string }).stdout;
    }
    expect(status).toBe(1);
    const found = (JSON.parse(out) as { diagnostics: { code: string; message: string }[] }).diagnostics.filter((d) =>
      d.code.startsWith('COMMIT_'),
    );
    expect(found.map((d) => d.code)).toEqual(['COMMIT_SIGNER_OFF_TEAM']);
    expect(found[0]?.message).toContain('2026-08-10T09:00:00Z');
  });
});
