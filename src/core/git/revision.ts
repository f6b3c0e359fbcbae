import { MissingObjectError, readCommitInfo, storeOf, WrongTypeError } from './objects.ts';
import { resolveCommitSync } from './refs.ts';
import type { GitRepo } from './repo.ts';

/**
 * Resolves a revision to a commit id: a full or abbreviated id, a ref
 * (`main`, `origin/main`, `refs/pull/1/head`, a tag), optionally followed by
 * `~N` or `^` / `^N` steps (first parent, N-th parent). Returns undefined when
 * it names nothing in this repository.
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
  const full = resolveCommitSync(repo, storeOf(repo), name);
  if (full) return full;
  if (/^[0-9a-f]{4,39}$/i.test(name)) {
    // Abbreviated ids are rare in CI (forges pass full ids); isomorphic-git
    // knows how to search packs and loose objects for a prefix, so it is
    // loaded only for them.
    const { default: git } = await import('isomorphic-git');
    const fs = await import('node:fs');
    try {
      return await git.expandOid({ fs, gitdir: repo.gitdir, oid: name.toLowerCase() });
    } catch {
      return undefined;
    }
  }
  return undefined;
}

async function commitOrUndefined(repo: GitRepo, oid: string) {
  try {
    return await readCommitInfo(repo, oid);
  } catch (error) {
    if (error instanceof MissingObjectError || error instanceof WrongTypeError) return undefined;
    throw error;
  }
}
