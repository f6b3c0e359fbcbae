import { isNotFound, type ObjectStore } from './object-store.ts';
import { parseCommit } from './raw-objects.ts';

/** One commit as the history walk needs it. */
export interface CommitInfo {
  oid: string;
  tree: string;
  /** Parents present in the repository (a cut-off parent is left out and `cut` is set). */
  parents: string[];
  /** Committer time, epoch seconds: when the commit was made on its branch. */
  time: number;
  author: string;
  /** First line of the message. */
  subject: string;
  /** True when some parent is absent (shallow boundary or missing object): what this commit seems to add may be older. */
  cut: boolean;
}

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
export function readCommitGraph(store: ObjectStore, head: string, boundary: ReadonlySet<string>): CommitGraph {
  const byOid = new Map<string, CommitInfo>();
  const missing: string[] = [];
  const absent = new Set<string>();
  const read = (oid: string): CommitInfo | undefined => {
    if (absent.has(oid)) return undefined;
    try {
      const object = store.read(oid);
      if (object.type !== 'commit') throw new Error(`${oid} is a ${object.type}, not a commit`);
      const commit = parseCommit(object.content);
      const cutHere = boundary.has(oid);
      return {
        oid,
        tree: commit.tree,
        parents: cutHere ? [] : commit.parents,
        time: commit.time,
        author: commit.author,
        subject: commit.message.split('\n', 1)[0] ?? '',
        cut: cutHere,
      };
    } catch (error) {
      if (!isNotFound(error)) throw error;
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
