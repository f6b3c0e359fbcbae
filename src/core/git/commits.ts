import { type CommitInfo, MissingObjectError, readCommitInfo } from './objects.ts';
import type { GitRepo } from './repo.ts';

export interface CommitGraph {
  /** Every commit reachable from the head, parents before children. */
  commits: CommitInfo[];
  byOid: Map<string, CommitInfo>;
  /** Parents named by a commit but absent, outside the shallow boundary (a broken or partial clone). */
  missing: string[];
}

/**
 * Reads every commit reachable from `head` once, in topological order
 * (parents before children). Commits in `boundary` (a shallow clone's cut)
 * and parents that are missing are treated as roots and flagged, never
 * silently taken for the start of history.
 */
export function readCommitGraph(repo: GitRepo, head: string, boundary: ReadonlySet<string>): CommitGraph {
  const byOid = new Map<string, CommitInfo>();
  const missing: string[] = [];
  const absent = new Set<string>();
  const read = (oid: string): CommitInfo | undefined => {
    if (absent.has(oid)) return undefined;
    try {
      const info = readCommitInfo(repo, oid);
      if (boundary.has(oid)) {
        info.parents = [];
        info.cut = true;
      }
      return info;
    } catch (error) {
      if (!(error instanceof MissingObjectError)) throw error;
      absent.add(oid);
      return undefined;
    }
  };

  // Iterative post-order DFS: a commit is emitted after all its parents, so
  // deep histories cannot overflow the stack.
  const commits: CommitInfo[] = [];
  const done = new Set<string>();
  const first = read(head);
  if (!first) throw new Error(`commit ${head} is missing from the repository`);
  byOid.set(head, first);
  const stack: { info: CommitInfo; next: number }[] = [{ info: first, next: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { info: CommitInfo; next: number };
    const parent = top.info.parents[top.next];
    if (parent === undefined) {
      stack.pop();
      done.add(top.info.oid);
      commits.push(top.info);
      continue;
    }
    top.next++;
    if (done.has(parent) || byOid.has(parent)) continue;
    const info = read(parent);
    if (!info) {
      missing.push(parent);
      top.info.parents = top.info.parents.filter((p) => p !== parent);
      top.info.cut = true;
      top.next--;
      continue;
    }
    byOid.set(parent, info);
    stack.push({ info, next: 0 });
  }
  return { commits, byOid, missing };
}

/**
 * For every commit, the commit on the head's first-parent line through which
 * it reached the branch: itself for a commit made on the branch, the merge for
 * a commit made on a side branch. That is when a change became visible on the
 * branch the site is built from.
 */
export function landingCommits(graph: CommitGraph, head: string): Map<string, string> {
  const mainline: string[] = [];
  for (let oid: string | undefined = head; oid !== undefined; ) {
    mainline.push(oid);
    oid = graph.byOid.get(oid)?.parents[0];
  }
  mainline.reverse();
  const landed = new Map<string, string>();
  for (const merge of mainline) {
    landed.set(merge, merge);
    const info = graph.byOid.get(merge);
    const stack = [...(info?.parents.slice(1) ?? [])];
    while (stack.length > 0) {
      const oid = stack.pop() as string;
      if (landed.has(oid)) continue;
      landed.set(oid, merge);
      stack.push(...(graph.byOid.get(oid)?.parents ?? []));
    }
  }
  return landed;
}
