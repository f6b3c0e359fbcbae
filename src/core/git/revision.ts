import { MissingObjectError, readCommitInfo, storeOf, WrongTypeError } from './objects.ts';
import { peelToCommit, resolveRef } from './refs.ts';
import type { GitRepo } from './repo.ts';

/**
 * Resolves a revision to a commit id: a full or abbreviated id, a ref
 * (`main`, `origin/main`, `refs/pull/1/head`, a tag), optionally followed by
 * `~N` or `^` / `^N` steps (first parent, N-th parent). Returns undefined when
 * it names nothing in this repository, or an abbreviation names several objects.
 */
export function resolveRevision(repo: GitRepo, revision: string): string | undefined {
  const match = /^(.+?)((?:~\d*|\^\d*)*)$/.exec(revision.trim());
  if (!match?.[1]) return undefined;
  let oid = resolveName(repo, match[1]);
  if (!oid) return undefined;
  for (const step of match[2]?.match(/~\d*|\^\d*/g) ?? []) {
    const count = step.length > 1 ? Number(step.slice(1)) : 1;
    if (step.startsWith('~')) {
      for (let i = 0; i < count && oid; i++) oid = commitOrUndefined(repo, oid)?.parents[0];
    } else if (count > 0) {
      oid = commitOrUndefined(repo, oid)?.parents[count - 1];
    }
    if (!oid) return undefined;
  }
  return commitOrUndefined(repo, oid)?.oid;
}

function resolveName(repo: GitRepo, name: string): string | undefined {
  const full = resolveRef(repo, name);
  if (full) return full;
  if (/^[0-9a-f]{4,39}$/i.test(name)) {
    // git refuses an ambiguous abbreviation; so does this.
    const matches = storeOf(repo).expand(name);
    return matches.length === 1 ? peelToCommit(repo, matches[0] as string) : undefined;
  }
  return undefined;
}

function commitOrUndefined(repo: GitRepo, oid: string) {
  try {
    return readCommitInfo(repo, oid);
  } catch (error) {
    if (error instanceof MissingObjectError || error instanceof WrongTypeError) return undefined;
    throw error;
  }
}
