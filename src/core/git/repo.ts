import * as fs from 'node:fs';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * An open repository for read-only plumbing. `cache` is isomorphic-git's
 * object cache (pack indexes, packfiles), shared by every read on this handle
 * so a walk parses each pack index once.
 */
export interface GitRepo {
  /** The working tree root. */
  dir: string;
  /** The .git directory (resolved from a `.git` file for worktrees and submodules). */
  gitdir: string;
  cache: object;
}

/** Opens the repository whose working tree is `root`, or returns undefined when `root` has no `.git`. */
export function openRepo(root: string): GitRepo | undefined {
  const dotgit = join(root, '.git');
  let stat: fs.Stats;
  try {
    stat = statSync(dotgit);
  } catch {
    return undefined;
  }
  let gitdir = dotgit;
  if (stat.isFile()) {
    // A worktree or submodule: `.git` is a file naming the real directory.
    const match = /^gitdir:\s*(.+?)\s*$/m.exec(readFileSync(dotgit, 'utf8'));
    if (!match?.[1]) return undefined;
    gitdir = match[1].startsWith('/') ? match[1] : join(root, match[1]);
  }
  return { dir: root, gitdir, cache: {} };
}

/** The commit id a ref (`HEAD`, a branch, a tag or an id) points to, or undefined when it does not resolve (e.g. no commits yet). */
export async function resolveCommit(repo: GitRepo, ref = 'HEAD'): Promise<string | undefined> {
  // Loaded here, not at the top: the gate and the history walk open repositories
  // through this file and read objects without isomorphic-git.
  const { default: git } = await import('isomorphic-git');
  try {
    const oid = await git.resolveRef({ fs, dir: repo.dir, gitdir: repo.gitdir, ref });
    // Peel annotated tags to the commit they name.
    const { oid: commit } = await git.readCommit({ fs, dir: repo.dir, gitdir: repo.gitdir, oid, cache: repo.cache });
    return commit;
  } catch {
    return undefined;
  }
}

/**
 * The commits where a shallow clone's history was cut (the `shallow` file).
 * Their parents are named but absent, so anything they seem to "add" may be
 * older. Empty for a full clone.
 */
export function shallowBoundary(repo: GitRepo): Set<string> {
  try {
    const text = readFileSync(join(repo.gitdir, 'shallow'), 'utf8');
    return new Set(text.split('\n').filter((line) => /^[0-9a-f]{40,64}$/.test(line)));
  } catch {
    return new Set();
  }
}

/** True when the repository is a shallow clone (its history is cut somewhere). */
export function isShallow(repo: GitRepo): boolean {
  return shallowBoundary(repo).size > 0;
}

/** Link to a commit on the forge from the settings' `forge.commit_url` template, or undefined without one. */
export function commitUrl(template: string | undefined, sha: string): string | undefined {
  return template ? template.replaceAll('{sha}', encodeURIComponent(sha)) : undefined;
}
