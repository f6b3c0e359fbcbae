import * as fs from 'node:fs';
import git from 'isomorphic-git';
import type { GitRepo } from './repo.ts';

/** One entry of a git tree. `mode` is git's octal string: 100644/100755 file, 120000 symlink, 040000 tree, 160000 submodule. */
export interface TreeEntry {
  mode: string;
  path: string;
  oid: string;
  type: 'blob' | 'tree' | 'commit';
}

export interface CommitInfo {
  oid: string;
  tree: string;
  parents: string[];
  /** Committer time in epoch seconds; orders the merge-base walk. */
  time: number;
}

/**
 * Thrown when an object the repository names is not in it: history cut by a
 * shallow or partial clone, or a damaged repository. Callers turn it into a
 * finding; it must never be read as "nothing changed".
 */
export class MissingObjectError extends Error {
  readonly oid: string;
  constructor(oid: string, cause: unknown) {
    super(`The git object ${oid} is not in this repository.`, { cause });
    this.name = 'MissingObjectError';
    this.oid = oid;
  }
}

function isNotFound(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === 'NotFoundError' || code === 'ENOENT';
}

async function guard<T>(oid: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (isNotFound(error)) throw new MissingObjectError(oid, error);
    throw error;
  }
}

/** Reads a commit's tree, parents and committer time. */
export function readCommitInfo(repo: GitRepo, oid: string): Promise<CommitInfo> {
  return guard(oid, async () => {
    const { commit } = await git.readCommit({ fs, gitdir: repo.gitdir, oid, cache: repo.cache });
    return { oid, tree: commit.tree, parents: commit.parent, time: commit.committer.timestamp };
  });
}

/** Reads a tree's entries. */
export function readTreeEntries(repo: GitRepo, oid: string): Promise<TreeEntry[]> {
  return guard(oid, async () => (await git.readTree({ fs, gitdir: repo.gitdir, oid, cache: repo.cache })).tree);
}

/** Reads a blob's bytes. */
export function readBlobBytes(repo: GitRepo, oid: string): Promise<Uint8Array> {
  return guard(oid, async () => (await git.readBlob({ fs, gitdir: repo.gitdir, oid, cache: repo.cache })).blob);
}

/** The entry at a slash-separated path inside a tree, or undefined when there is none. */
export async function entryAtPath(repo: GitRepo, tree: string, path: string): Promise<TreeEntry | undefined> {
  let current: TreeEntry | undefined = { mode: '040000', path: '', oid: tree, type: 'tree' };
  for (const name of path.split('/')) {
    if (current?.type !== 'tree') return undefined;
    const entries: TreeEntry[] = await readTreeEntries(repo, current.oid);
    current = entries.find((e) => e.path === name);
  }
  return current;
}
