// Watchkeeper reads git's object format itself (src/core/git, for speed), so it
// is held to what real git says about repositories real git made: every case
// compares the history walk with `git log --name-status` and the gate's change
// listing with `git diff --name-status`, or expects a clear refusal.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runGate } from '../../src/core/gate/gate.ts';
import { findInIndex, parsePackIndex } from '../../src/core/git/pack-index.ts';
import { loadHistory } from '../../src/core/history/walk-history.ts';
import { buildTrackerHistory, cleanupRealGit, type RealGitRepo, realGitRepo, runGit, tempFolder } from '../helpers/real-git.ts';
import { NOW, PROJECT_ROOT } from '../helpers/test-repo.ts';
import { gateChanges, gitDiffChanges, gitLogChanges, walkChanges } from './oracle.ts';

afterAll(cleanupRealGit);

const packDir = (repo: RealGitRepo) => join(repo.root, '.git/objects/pack');
const packs = (repo: RealGitRepo) => readdirSync(packDir(repo)).filter((n) => n.endsWith('.pack'));
const looseCount = (repo: RealGitRepo) => Number(/^count: (\d+)$/m.exec(repo.git('count-objects', '-v'))?.[1]);

/** The walk agrees with git log, and the gate's listing with git diff, for every pair of commits tried. */
async function expectSameAsGit(repo: RealGitRepo, shas: string[]): Promise<void> {
  const history = loadHistory(repo.root);
  expect(history.diagnostics).toEqual([]);
  expect(history.commits).toBe(Number(repo.git('rev-list', '--count', 'HEAD').trim()));
  expect(walkChanges(history)).toEqual(gitLogChanges(repo.root));
  const pairs: [string, string][] = [
    [shas[0] as string, 'HEAD'],
    [shas[2] as string, shas[6] as string],
    ['HEAD~3', 'HEAD'],
    ['side', 'main'],
  ];
  let listed = 0;
  for (const [base, head] of pairs) {
    const gate = await runGate({ root: repo.root, base, head, now: NOW });
    expect(gate.diagnostics.filter((d) => d.code.startsWith('GATE_HISTORY') || d.code.startsWith('GIT_'))).toEqual([]);
    expect(gateChanges(gate)).toEqual(gitDiffChanges(repo.root, base, head));
    listed += gate.changes.length;
  }
  expect(listed).toBeGreaterThan(0);
}

/** The longest delta chain in the repository's packs, as `git verify-pack` counts it. */
function longestChain(repo: RealGitRepo): number {
  let longest = 0;
  for (const pack of packs(repo)) {
    const out = repo.git('verify-pack', '-v', join(packDir(repo), pack.replace(/\.pack$/, '.idx')));
    for (const m of out.matchAll(/^chain length = (\d+):/gm)) longest = Math.max(longest, Number(m[1]));
  }
  return longest;
}

describe('repositories made by real git', () => {
  it('reads loose objects as git wrote them', async () => {
    const repo = realGitRepo();
    const shas = buildTrackerHistory(repo);
    expect(looseCount(repo)).toBeGreaterThan(0);
    // The hand-resolved merge is one of the changes git lists (and so the walk must).
    expect(gitLogChanges(repo.root).filter((line) => line.startsWith(shas[8] as string))).toEqual([
      `${shas[8]} M advisories/2025/TST-2026-0003.yaml`,
    ]);
    await expectSameAsGit(repo, shas);
  });

  it('reads `git gc --aggressive` packs: deep offset-delta chains', async () => {
    const repo = realGitRepo();
    const shas = buildTrackerHistory(repo, 30);
    repo.git('gc', '-q', '--aggressive', '--prune=now');
    expect(looseCount(repo)).toBe(0);
    expect(longestChain(repo)).toBeGreaterThanOrEqual(8);
    await expectSameAsGit(repo, shas);
  });

  it('reads ref deltas (packs written without offset deltas, as thin packs fixed by index-pack are)', async () => {
    const repo = realGitRepo();
    const shas = buildTrackerHistory(repo, 20);
    repo.git('-c', 'repack.useDeltaBaseOffset=false', 'repack', '-q', '-a', '-d', '-f', '--depth=4095', '--window=250');
    const pack = join(packDir(repo), packs(repo)[0] as string);
    const index = parsePackIndex(readFileSync(pack.replace(/\.pack$/, '.idx')), pack);
    const bytes = readFileSync(pack);
    const kinds = Array.from({ length: index.count }, (_, i) => ((bytes[index.offsetAt(i)] as number) >> 4) & 7);
    expect(kinds.filter((k) => k === 7).length).toBeGreaterThanOrEqual(5); // REF_DELTA entries
    expect(kinds.filter((k) => k === 6)).toEqual([]); // and no OFS_DELTA
    expect(longestChain(repo)).toBeGreaterThanOrEqual(5);
    await expectSameAsGit(repo, shas);
  });

  it('reads several packs under a multi-pack-index', async () => {
    const repo = realGitRepo();
    const shas = buildTrackerHistory(repo, 2);
    repo.git('repack', '-q', '-d');
    for (let i = 0; i < 3; i++) {
      repo.write({ [`notes/round-${i}.txt`]: `round ${i}\n` });
      shas.push(repo.commit(`notes ${i}`, 1_790_000_000 + i * 86_400));
      repo.git('repack', '-q', '-d');
    }
    repo.git('multi-pack-index', 'write');
    expect(packs(repo).length).toBeGreaterThanOrEqual(4);
    expect(existsSync(join(packDir(repo), 'multi-pack-index'))).toBe(true);
    repo.git('multi-pack-index', 'verify');
    await expectSameAsGit(repo, shas);
  });

  it('reads a pack whose index is version 1 (`git index-pack --index-version=1`)', async () => {
    const repo = realGitRepo();
    const shas = buildTrackerHistory(repo, 10);
    repo.git('gc', '-q', '--prune=now');
    for (const pack of packs(repo)) {
      const idx = join(packDir(repo), pack.replace(/\.pack$/, '.idx'));
      rmSync(idx);
      rmSync(idx.replace(/\.idx$/, '.rev'), { force: true });
      repo.git('index-pack', '--index-version=1', '-o', idx, join(packDir(repo), pack));
      expect(readFileSync(idx).readUInt32BE(0)).not.toBe(0xff744f63); // no v2 magic: a version 1 index
    }
    repo.git('fsck', '--no-progress');
    await expectSameAsGit(repo, shas);
  });

  it('reports a shallow clone and never takes its cut for the start of history', async () => {
    const source = realGitRepo();
    buildTrackerHistory(source, 3);
    const root = join(tempFolder(), 'shallow');
    runGit(source.root, ['clone', '-q', '--depth', '2', `file://${source.root}`, root]);
    expect(readFileSync(join(root, '.git/shallow'), 'utf8').trim()).toMatch(/^[0-9a-f]{40}$/);
    const history = loadHistory(root);
    expect(history.shallow).toBe(true);
    expect(history.diagnostics.map((d) => d.code)).toEqual(['HISTORY_SHALLOW']);
    expect(history.commits).toBe(2);
    // git log treats the cut as a root that adds every file; the walk marks those revisions as cut, not as first.
    const cut = [...history.byId.values()].flatMap((e) => e.revisions).filter((r) => r.cut);
    expect(cut.length).toBeGreaterThan(0);
    for (const entry of history.byId.values()) expect(entry.firstPublished).toBeUndefined();
    expect(walkChanges(history)).toEqual(gitLogChanges(root));
    const gate = await runGate({ root, base: 'HEAD~1', head: 'HEAD', now: NOW });
    expect(gate.diagnostics.map((d) => d.code)).toEqual(['GATE_SHALLOW_CLONE']);
  });

  it('reports a partial clone (`--filter=blob:none`) whose old versions are missing, without crashing', async () => {
    const source = realGitRepo();
    const shas = buildTrackerHistory(source, 4);
    source.git('config', 'uploadpack.allowFilter', 'true');
    const root = join(tempFolder(), 'partial');
    runGit(source.root, ['clone', '-q', '--filter=blob:none', `file://${source.root}`, root]);
    const missing = runGit(root, ['rev-list', '--objects', '--missing=print', 'HEAD'])
      .split('\n')
      .filter((l) => l.startsWith('?'));
    expect(missing.length).toBeGreaterThan(0);

    const history = loadHistory(root);
    expect(history.diagnostics.map((d) => d.code)).toEqual(['HISTORY_OBJECT_MISSING']);
    expect(history.diagnostics[0]?.message).toContain('partial clone');
    // The trees are all there, so what changed when is still git's answer (asked of the complete source).
    expect(walkChanges(history)).toEqual(gitLogChanges(source.root));
    // A date that needs a missing version is left to the timeline, never taken from a later version.
    expect(history.byId.get('TST-2026-0001')?.firstPublished).toBeUndefined();

    const gate = spawnSync(
      process.execPath,
      [join(PROJECT_ROOT, 'scripts/gate.ts'), '--root', root, '--base', shas[1] as string, '--head', 'HEAD', '--format', 'json'],
      {
        encoding: 'utf8',
      },
    );
    expect(gate.status).toBe(1);
    expect(gate.stdout).toContain('GATE_HISTORY_INCOMPLETE');
  });

  it('reports a damaged pack as a finding, in the walk and through the gate command, never a crash', () => {
    const repo = realGitRepo();
    const shas = buildTrackerHistory(repo, 3);
    repo.git('gc', '-q', '--prune=now');
    const tree = repo.git('rev-parse', `${shas[0]}^{tree}`).trim();
    const pack = join(packDir(repo), packs(repo)[0] as string);
    const index = parsePackIndex(readFileSync(pack.replace(/\.pack$/, '.idx')), pack);
    const at = index.offsetAt(findInIndex(index, Buffer.from(tree, 'hex')));
    const bytes = readFileSync(pack);
    for (let i = 4; i < 8; i++) bytes[at + i] = (bytes[at + i] as number) ^ 0xff;
    writeFileSync(pack, bytes);
    expect(spawnSync('git', ['-C', repo.root, 'fsck', '--no-progress'], { encoding: 'utf8' }).status).not.toBe(0);

    const history = loadHistory(repo.root);
    expect(history.diagnostics.map((d) => d.code)).toEqual(['HISTORY_OBJECT_MISSING']);
    const gate = spawnSync(
      process.execPath,
      [join(PROJECT_ROOT, 'scripts/gate.ts'), '--root', repo.root, '--base', shas[0] as string, '--head', 'HEAD', '--format', 'json'],
      {
        encoding: 'utf8',
      },
    );
    expect(gate.status).toBe(1);
    expect(gate.stdout).toContain('GATE_HISTORY_INCOMPLETE');
    expect(gate.stdout).toContain(tree);
  });

  it('refuses a SHA-256 repository with GIT_FORMAT_UNSUPPORTED, in the walk and through the gate command', () => {
    const repo = realGitRepo(['--object-format=sha256']);
    buildTrackerHistory(repo, 1);
    expect(repo.git('rev-parse', 'HEAD').trim()).toMatch(/^[0-9a-f]{64}$/);
    const history = loadHistory(repo.root);
    expect(history.available).toBe(false);
    expect(history.diagnostics.map((d) => d.code)).toEqual(['GIT_FORMAT_UNSUPPORTED']);
    expect(history.diagnostics[0]?.message).toContain('sha256');
    const gate = spawnSync(
      process.execPath,
      [join(PROJECT_ROOT, 'scripts/gate.ts'), '--root', repo.root, '--base', 'HEAD~1', '--head', 'HEAD', '--format', 'json'],
      {
        encoding: 'utf8',
      },
    );
    expect(gate.status).toBe(1);
    expect(gate.stdout).toContain('GIT_FORMAT_UNSUPPORTED');
    expect(gate.stderr).not.toMatch(/at .*\.ts:\d+/); // a finding, not a stack trace
    const signed = spawnSync(
      process.execPath,
      [
        join(PROJECT_ROOT, 'scripts/gate.ts'),
        '--root',
        repo.root,
        '--base',
        'HEAD~1',
        '--head',
        'HEAD',
        '--verify-commits',
        '--format',
        'json',
      ],
      { encoding: 'utf8' },
    );
    expect(signed.status).toBe(1);
    expect(signed.stdout).toContain('GIT_FORMAT_UNSUPPORTED');
    expect(signed.stdout).toContain('COMMIT_HISTORY_INCOMPLETE');
  });

  const reftable =
    spawnSync('git', ['init', '-q', '--ref-format=reftable', join(tempFolder(), 'probe')], { encoding: 'utf8' }).status === 0;
  if (!reftable)
    console.log(
      `skipped: this git (${execFileSync('git', ['--version'], { encoding: 'utf8' }).trim()}) cannot make reftable repositories; the config detection is still tested`,
    );
  it.skipIf(!reftable)('refuses a reftable repository made by git', async () => {
    const repo = realGitRepo(['--ref-format=reftable']);
    buildTrackerHistory(repo, 1);
    expect(loadHistory(repo.root).diagnostics.map((d) => d.code)).toEqual(['GIT_FORMAT_UNSUPPORTED']);
    const gate = await runGate({ root: repo.root, base: 'HEAD~1', head: 'HEAD', now: NOW });
    expect(gate.diagnostics.map((d) => d.code)).toEqual(['GIT_FORMAT_UNSUPPORTED']);
  });

  it('detects extensions.refStorage = reftable in the config, whatever this git can make', async () => {
    const repo = realGitRepo();
    buildTrackerHistory(repo, 1);
    repo.git('config', 'core.repositoryformatversion', '1');
    repo.git('config', 'extensions.refStorage', 'reftable');
    const history = loadHistory(repo.root);
    expect(history.diagnostics.map((d) => d.code)).toEqual(['GIT_FORMAT_UNSUPPORTED']);
    expect(history.diagnostics[0]?.message).toContain('reftable');
    const gate = await runGate({ root: repo.root, base: 'HEAD~1', head: 'HEAD', now: NOW });
    expect(gate.diagnostics.map((d) => d.code)).toEqual(['GIT_FORMAT_UNSUPPORTED']);
  });

  it('reads through a linked worktree (commondir) and resolves packed refs after `git pack-refs`', async () => {
    const repo = realGitRepo();
    const shas = buildTrackerHistory(repo, 3);
    repo.git('pack-refs', '--all');
    expect(existsSync(join(repo.root, '.git/refs/heads/side'))).toBe(false);
    const root = join(tempFolder(), 'linked');
    repo.git('worktree', 'add', '-q', root, 'side');
    expect(walkChanges(loadHistory(root))).toEqual(gitLogChanges(root));
    const gate = await runGate({ root, base: shas[0] as string, head: 'main', now: NOW });
    expect(gateChanges(gate)).toEqual(gitDiffChanges(root, shas[0] as string, 'main'));
  });
});
