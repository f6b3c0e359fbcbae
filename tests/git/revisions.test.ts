// Revisions (`main~2`, `HEAD^2`, tags, abbreviated ids, packed refs) resolve in
// Watchkeeper's own reader as `git rev-parse` resolves them.
import { afterAll, describe, expect, it } from 'vitest';
import { mergeBases, openRepo, resolveRevision } from '../../src/core/git/index.ts';
import { buildTrackerHistory, cleanupRealGit, realGitRepo } from '../helpers/real-git.ts';

afterAll(cleanupRealGit);

describe('revisions', () => {
  it('resolve as git rev-parse resolves them, loose and packed', () => {
    const repo = realGitRepo();
    const shas = buildTrackerHistory(repo, 3);
    repo.git('tag', '-a', '-m', 'first release', 'v1', shas[2] as string);
    repo.git('tag', 'light', shas[1] as string);
    const revisions = [
      'HEAD',
      'main',
      'side',
      'v1',
      'light',
      'refs/tags/v1',
      'HEAD~1',
      'HEAD~3',
      `${shas[5]}^2`,
      `${shas[5]}^1~1`,
      'HEAD^^',
      'v1~1',
      (shas[3] as string).slice(0, 7),
    ];
    const expected = revisions.map((r) => repo.git('rev-parse', '--verify', '-q', `${r}^{commit}`).trim());
    const check = () => {
      const opened = openRepo(repo.root);
      if (!opened) throw new Error('not a repository');
      expect(revisions.map((r) => resolveRevision(opened, r))).toEqual(expected);
      expect(resolveRevision(opened, 'no-such-branch')).toBeUndefined();
      expect(resolveRevision(opened, 'HEAD~99')).toBeUndefined();
      expect(mergeBases(opened, resolveRevision(opened, 'side') as string, resolveRevision(opened, 'HEAD~3') as string)).toEqual([
        repo.git('merge-base', 'side', 'HEAD~3').trim(),
      ]);
    };
    check();
    repo.git('gc', '-q', '--prune=now');
    check();
  });
});
