import * as fs from 'node:fs';
import git from 'isomorphic-git';
import { MissingObjectError, readCommitInfo } from './objects.ts';
import type { GitRepo } from './repo.ts';

/**
 * Resolves a revision to a commit id: a full or abbreviated id, a ref
 * (`main`, `origin/main`, `refs/pull/1/head`, a tag), optionally followed by
 * `~N` or `^` / `^N` steps (first parent, N-th parent). Returns undefined when
 * it names nothing in this repository. isomorphic-git resolves refs only, so
 * the suffixes are handled here.
 */
export async function resolveRevision(repo: GitRepo, revision: string): Promise<string | undefined> {
  const match = /^(.+?)((?:~\d*|\^\d*)*)$/.exec(revision.trim());
  if (!match?.[1]) return undefined;
  let oid = await resolveName(repo, match[1]);
  if (!oid) return undefined;
  for (const step of match[2]?.match(/~\d*|\^\d*/g) ?? []) {
    const count = step.length > 1 ? Number(step.slice(1)) : 1;
    if (step.startsWith('~')) {
      for (let i = 0; i < count && oid; i++) oid = (await commitOrUndefined(repo, oid))?.parents[0];
    } else if (count > 0) {
      oid = (await commitOrUndefined(repo, oid))?.parents[count - 1];
    }
    if (!oid) return undefined;
  }
  return (await commitOrUndefined(repo, oid))?.oid;
}

async function resolveName(repo: GitRepo, name: string): Promise<string | undefined> {
  const base = { fs, dir: repo.dir, gitdir: repo.gitdir };
  if (/^[0-9a-f]{4,64}$/i.test(name)) {
    try {
      return await git.expandOid({ ...base, oid: name.toLowerCase(), cache: repo.cache });
    } catch {
      // Not an object id; it may still be a branch named like one.
    }
  }
  try {
    const oid = await git.resolveRef({ ...base, ref: name });
    // Peel an annotated tag to its commit.
    const { oid: commit } = await git.readCommit({ ...base, oid, cache: repo.cache });
    return commit;
  } catch {
    return undefined;
  }
}

async function commitOrUndefined(repo: GitRepo, oid: string) {
  try {
    return await readCommitInfo(repo, oid);
  } catch (error) {
    if (error instanceof MissingObjectError) return undefined;
    // An object that exists but is not a commit (a tree or blob id).
    if ((error as { code?: string }).code === 'ObjectTypeError') return undefined;
    throw error;
  }
}
