import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { splitSignedCommit, verifyCommits } from '../../src/core/index.ts';
import { generateTestKeys, commitSigner as signer, teamFiles } from '../helpers/team.ts';
import { makeTestRepo, NOW, PROJECT_ROOT, type TestKey, type TestRepo } from '../helpers/test-repo.ts';

let ada: TestKey;
let bo: TestKey;
let stranger: TestKey;
let repo: TestRepo;
let base: string;
const commits: Record<string, string> = {};

const fake = (armor: string) => async () => `-----BEGIN ${armor}-----\nAAAA\n-----END ${armor}-----\n`;

let n = 0;
async function change(name: string, path: string, date: string, sign?: (payload: string) => Promise<string>) {
  repo.write({ [path]: `change ${n++}\n` });
  commits[name] = await repo.commit(name, new Date(date), sign);
}

beforeAll(async () => {
  [ada, bo, stranger] = await generateTestKeys('Ada', 'Bo', 'Stranger');
  // The team at the base: Ada all year, Bo until June.
  const allYear = { from: '2026-01-01T00:00:00Z', until: '2027-01-01T00:00:00Z' };
  repo = await makeTestRepo(
    teamFiles([
      { handle: 'ada', key: ada, terms: [allYear] },
      { handle: 'bo', key: bo, terms: [{ role: 'reviewer', from: '2026-01-01T00:00:00Z', until: '2026-06-01T00:00:00Z' }] },
    ]),
    { git: true },
  );
  base = await repo.commit('base', new Date('2026-07-01T00:00:00Z'));
  const at = (d: string) => new Date(d);
  await change('good', 'advisories/2026/a.yaml', '2026-08-01T00:00:00Z', signer(ada, at('2026-08-01T00:00:00Z')));
  await change('unsigned', 'advisories/2026/b.yaml', '2026-08-02T00:00:00Z');
  await change('docs only', 'docs/notes.md', '2026-08-03T00:00:00Z');
  await change('stranger', 'advisories/2026/c.yaml', '2026-08-04T00:00:00Z', signer(stranger, at('2026-08-04T00:00:00Z')));
  await change('ssh', 'rotations/notes.yaml', '2026-08-05T00:00:00Z', fake('SSH SIGNATURE'));
  await change('x509', 'advisories/2026/d.yaml', '2026-08-06T00:00:00Z', fake('SIGNED MESSAGE'));
  await change('bo left', 'advisories/2026/e.yaml', '2026-08-07T00:00:00Z', signer(bo, at('2026-08-07T00:00:00Z')));
  await change('wrong payload', 'advisories/2026/f.yaml', '2026-08-08T00:00:00Z', async (payload) =>
    signer(ada, at('2026-08-08T00:00:00Z'))(payload.replace('wrong payload', 'right payload')),
  );
  // A change that adds the stranger to the team and signs with the stranger's key cannot authorise itself.
  repo.write(
    teamFiles([
      { handle: 'ada', key: ada, terms: [allYear] },
      { handle: 'bo', key: bo },
      { handle: 'eve', key: stranger, terms: [{ role: 'reviewer', ...allYear }] },
    ]),
  );
  commits['self-authorised'] = await repo.commit(
    'self-authorised',
    at('2026-08-09T00:00:00Z'),
    signer(stranger, at('2026-08-09T00:00:00Z')),
  );
}, 60_000);

afterAll(() => repo.cleanup());

describe('verify-commits: every commit in base..head that touches advisories/ or rotations/', () => {
  test('is judged, and each finding names the commit', async () => {
    const result = await verifyCommits({ root: repo.root, base, head: 'main', now: NOW });
    expect(result.commitsInRange).toBe(9);
    const byName = new Map(result.verdicts.map((v) => [v.subject, v]));
    expect(byName.has('docs only')).toBe(false);
    expect(byName.get('good')).toMatchObject({ ok: true, signer: 'ada', kind: 'openpgp', folders: ['advisories'] });
    expect(result.verdicts.filter((v) => v.ok).map((v) => v.subject)).toEqual(['good']);
    const found = (name: string) =>
      result.diagnostics.filter((d) => d.message.includes((commits[name] as string).slice(0, 12))).map((d) => d.code);
    expect(found('good')).toEqual([]);
    expect(found('docs only')).toEqual([]);
    expect(found('unsigned')).toEqual(['COMMIT_UNSIGNED']);
    expect(found('stranger')).toEqual(['COMMIT_UNKNOWN_KEY']);
    expect(found('ssh')).toEqual(['COMMIT_UNVERIFIABLE_SIGNATURE']);
    expect(found('x509')).toEqual(['COMMIT_UNVERIFIABLE_SIGNATURE']);
    expect(found('bo left')).toEqual(['COMMIT_SIGNER_OFF_TEAM']);
    expect(found('wrong payload')).toEqual(['COMMIT_BAD_SIGNATURE']);
    expect(found('self-authorised')).toEqual(['COMMIT_UNKNOWN_KEY']);
    expect(result.diagnostics).toHaveLength(7);
    expect(byName.get('ssh')?.kind).toBe('ssh');
    expect(byName.get('x509')?.kind).toBe('x509');
  });

  test('a range of good commits passes', async () => {
    const result = await verifyCommits({ root: repo.root, base, head: commits.good as string, now: NOW });
    expect(result.diagnostics).toEqual([]);
    expect(result.verdicts.map((v) => v.ok)).toEqual([true]);
  });

  test('the signed payload is the commit without its gpgsig header', () => {
    const raw = new TextEncoder().encode(
      'tree abc\nauthor A <a@x> 1 +0000\ngpgsig -----BEGIN PGP SIGNATURE-----\n \n AAAA\n -----END PGP SIGNATURE-----\ncommitter A <a@x> 1 +0000\n\nmsg\n',
    );
    const split = splitSignedCommit(raw);
    expect(new TextDecoder().decode(split.payload)).toBe('tree abc\nauthor A <a@x> 1 +0000\ncommitter A <a@x> 1 +0000\n\nmsg\n');
    expect(split.signature).toBe('-----BEGIN PGP SIGNATURE-----\n\nAAAA\n-----END PGP SIGNATURE-----\n');
    expect(split.kind).toBe('openpgp');
  });

  test('a shallow clone is a finding, never a pass', async () => {
    writeFileSync(join(repo.root, '.git/shallow'), `${base}\n`);
    try {
      const result = await verifyCommits({ root: repo.root, base, head: 'main', now: NOW });
      expect(result.diagnostics.map((d) => d.code)).toEqual(['COMMIT_HISTORY_INCOMPLETE']);
    } finally {
      repo.remove('.git/shallow');
    }
  });

  test('npm run gate -- --verify-commits reports them', () => {
    let out = '';
    try {
      execFileSync(
        process.execPath,
        [
          join(PROJECT_ROOT, 'scripts/gate.ts'),
          '--base',
          base,
          '--head',
          'main',
          '--root',
          repo.root,
          '--verify-commits',
          '--format',
          'json',
        ],
        { encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' } },
      );
    } catch (error) {
      out = (error as { stdout: string }).stdout;
      expect((error as { status: number }).status).toBe(1);
    }
    const codes = (JSON.parse(out) as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code);
    expect(codes).toContain('COMMIT_UNSIGNED');
    expect(codes).toContain('COMMIT_UNVERIFIABLE_SIGNATURE');
  });
});
