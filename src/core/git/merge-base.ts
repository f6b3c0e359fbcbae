import { type CommitInfo, readCommitInfo } from './objects.ts';
import type { GitRepo } from './repo.ts';

const FROM_A = 1;
const FROM_B = 2;
const STALE = 4;
const RESULT = 8;

/**
 * The best common ancestors of two commits, as `git merge-base --all` finds
 * them: walk back from both in committer-date order, painting each commit with
 * the side(s) that reach it, and stop once every commit still queued is below
 * a common one. The walk touches only the commits between the tips and their
 * merge base, so its cost does not grow with the length of older history
 * (isomorphic-git's findMergeBase walks to the root commit).
 *
 * Returns [] when the histories share no commit. Throws MissingObjectError
 * when history needed for the answer is absent (shallow or damaged clone).
 */
export function mergeBases(repo: GitRepo, a: string, b: string): string[] {
  if (a === b) return [a];
  const flags = new Map<string, number>();
  const commits = new Map<string, CommitInfo>();
  const read = (oid: string) => {
    let info = commits.get(oid);
    if (!info) {
      info = readCommitInfo(repo, oid);
      commits.set(oid, info);
    }
    return info;
  };
  const queue = new DateQueue();
  const push = (oid: string, flag: number) => {
    flags.set(oid, (flags.get(oid) ?? 0) | flag);
    queue.push(read(oid));
  };
  push(a, FROM_A);
  push(b, FROM_B);

  const results: string[] = [];
  while (queue.size > 0 && queue.hasLive((oid) => ((flags.get(oid) ?? 0) & STALE) === 0)) {
    const commit = queue.pop();
    if (!commit) break;
    let paint = (flags.get(commit.oid) ?? 0) & (FROM_A | FROM_B | STALE);
    if ((paint & (FROM_A | FROM_B)) === (FROM_A | FROM_B)) {
      const current = flags.get(commit.oid) ?? 0;
      if (!(current & RESULT)) {
        flags.set(commit.oid, current | RESULT);
        results.push(commit.oid);
      }
      paint |= STALE;
    }
    for (const parent of commit.parents) {
      const had = flags.get(parent) ?? 0;
      if ((had & paint) === paint) continue;
      push(parent, paint);
    }
  }
  if (results.length < 2) return results;
  // Criss-cross merges give several candidates; drop any that is an ancestor of another.
  const best: string[] = [];
  for (const oid of results) {
    let below = false;
    for (const other of results) if (other !== oid && isAncestor(oid, other, read)) below = true;
    if (!below) best.push(oid);
  }
  return best;
}

/** True when `ancestor` is reachable from `descendant`; stops below the ancestor's commit time. */
function isAncestor(ancestor: string, descendant: string, read: (oid: string) => CommitInfo): boolean {
  const floor = read(ancestor).time;
  const stack = [descendant];
  const seen = new Set<string>();
  while (stack.length > 0) {
    const oid = stack.pop() as string;
    if (oid === ancestor) return true;
    if (seen.has(oid)) continue;
    seen.add(oid);
    const commit = read(oid);
    if (commit.time < floor) continue;
    stack.push(...commit.parents);
  }
  return false;
}

/** Commits ordered newest committer time first (a binary heap), each queued at most once at a time. */
class DateQueue {
  private heap: CommitInfo[] = [];
  private queued = new Set<string>();

  get size(): number {
    return this.heap.length;
  }

  push(commit: CommitInfo): void {
    if (this.queued.has(commit.oid)) return;
    this.queued.add(commit.oid);
    const heap = this.heap;
    heap.push(commit);
    let i = heap.length - 1;
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (!this.before(heap[i] as CommitInfo, heap[up] as CommitInfo)) break;
      [heap[i], heap[up]] = [heap[up] as CommitInfo, heap[i] as CommitInfo];
      i = up;
    }
  }

  pop(): CommitInfo | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined) return undefined;
    this.queued.delete(top.oid);
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && this.before(heap[l] as CommitInfo, heap[m] as CommitInfo)) m = l;
        if (r < heap.length && this.before(heap[r] as CommitInfo, heap[m] as CommitInfo)) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m] as CommitInfo, heap[i] as CommitInfo];
        i = m;
      }
    }
    return top;
  }

  hasLive(isLive: (oid: string) => boolean): boolean {
    return this.heap.some((c) => isLive(c.oid));
  }

  private before(x: CommitInfo, y: CommitInfo): boolean {
    return x.time > y.time || (x.time === y.time && x.oid < y.oid);
  }
}
