// Commits with explicit parents for history tests: side branches and merges
// without checkouts. makeTestRepo's commit() covers the straight-line case.
import * as fs from 'node:fs';
import git from 'isomorphic-git';
import type { TestRepo } from '../helpers/test-repo.ts';

/** Stages the working tree exactly (including files reverted to HEAD) and commits it with the given parents. */
export async function commitWith(
  repo: TestRepo,
  message: string,
  date: Date,
  options: { parents?: string[]; noUpdateBranch?: boolean } = {},
): Promise<string> {
  for (const [path, head, workdir, stage] of await git.statusMatrix({ fs, dir: repo.root })) {
    if (workdir === 0) {
      if (stage !== 0) await git.remove({ fs, dir: repo.root, filepath: path });
    } else if (!(workdir === 1 && stage === 1 && head === 1) && !(workdir === 2 && stage === 2)) {
      await git.add({ fs, dir: repo.root, filepath: path });
    }
  }
  const author = { name: 'Test Author', email: 'author@test.example', timestamp: Math.floor(date.getTime() / 1000), timezoneOffset: 0 };
  return git.commit({
    fs,
    dir: repo.root,
    message,
    author,
    committer: author,
    ...(options.parents ? { parent: options.parents } : {}),
    ...(options.noUpdateBranch ? { noUpdateBranch: true } : {}),
  });
}

export const day = (iso: string) => new Date(`${iso}T12:00:00Z`);
