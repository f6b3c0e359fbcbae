import { readObjectBytes, type TreeEntry } from './objects.ts';
import { isTreeMode, nameOf, nameStart, oidOf, parseTree, type RawTree, treeEntryOf } from './raw-objects.ts';
import type { GitRepo } from './repo.ts';

/** One path that differs between two trees, as `git diff --name-status` lists it. A path absent on one side has no entry there. */
export interface TreeChange {
  path: string;
  status: 'added' | 'deleted' | 'modified';
  before?: TreeEntry;
  after?: TreeEntry;
}

const EMPTY: RawTree = { buf: Buffer.alloc(0), starts: [], nuls: [] };

/**
 * THE tree diff: the non-tree paths (blobs, symlinks, submodules) that differ
 * between two trees (either may be undefined: empty), in content or mode.
 * Both sorted entry lists are walked side by side and only subtrees whose ids
 * differ are entered, so a change of one file in a tree of thousands reads
 * one tree per level: cost follows what changed, not the size of the tree.
 * `include(path, isTree)` decides which folders to enter and which files to
 * report; `prefix` is the path of the trees given (when diffing a subtree).
 * Paths come sorted. Throws MissingObjectError when a tree is absent.
 */
export function diffTrees(
  repo: GitRepo,
  before: string | undefined,
  after: string | undefined,
  include: (path: string, isTree: boolean) => boolean = () => true,
  prefix = '',
): TreeChange[] {
  const out: TreeChange[] = [];
  diffInto(repo, before, after, include, prefix, out);
  return out.length > 1 ? out.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0)) : out;
}

function diffInto(
  repo: GitRepo,
  before: string | undefined,
  after: string | undefined,
  include: (path: string, isTree: boolean) => boolean,
  prefix: string,
  out: TreeChange[],
): void {
  if (before === after) return;
  const a = before ? parseTree(readObjectBytes(repo, before, 'tree')) : EMPTY;
  const b = after ? parseTree(readObjectBytes(repo, after, 'tree')) : EMPTY;
  const emit = (t: RawTree | undefined, i: number, u: RawTree | undefined, j: number) => {
    const name = t ? nameOf(t, i) : nameOf(u as RawTree, j);
    const path = prefix ? `${prefix}/${name}` : name;
    const tTree = t && isTreeMode(t, i);
    const uTree = u && isTreeMode(u, j);
    if ((tTree || uTree) && include(path, true)) {
      diffInto(repo, tTree ? oidOf(t, i) : undefined, uTree ? oidOf(u as RawTree, j) : undefined, include, path, out);
    }
    const tLeaf = t && !tTree ? treeEntryOf(t, i) : undefined;
    const uLeaf = u && !uTree ? treeEntryOf(u, j) : undefined;
    if ((tLeaf || uLeaf) && (tLeaf?.oid !== uLeaf?.oid || tLeaf?.mode !== uLeaf?.mode) && include(path, false)) {
      const status = tLeaf && uLeaf ? 'modified' : tLeaf ? 'deleted' : 'added';
      out.push({ path, status, ...(tLeaf ? { before: tLeaf } : {}), ...(uLeaf ? { after: uLeaf } : {}) });
    }
  };
  // Two versions of a big folder usually differ in an entry or two: skip the
  // byte-identical head and tail with native comparisons, then walk the rest.
  let i = 0;
  let j = 0;
  let aEnd = a.starts.length;
  let bEnd = b.starts.length;
  if (aEnd > 0 && bEnd > 0) {
    const prefixLength = commonPrefix(a.buf, b.buf);
    i = j = Math.min(entryAt(a, prefixLength), entryAt(b, prefixLength));
    const suffix = commonSuffix(a.buf, b.buf);
    while (aEnd > i && bEnd > j) {
      const fromEnd = a.buf.length - (a.starts[aEnd - 1] as number);
      if (fromEnd > suffix || b.buf.length - (b.starts[bEnd - 1] as number) !== fromEnd) break;
      aEnd--;
      bEnd--;
    }
  }
  while (i < aEnd || j < bEnd) {
    if (i < aEnd && j < bEnd) {
      if (sameEntry(a, i, b, j)) {
        i++;
        j++;
        continue;
      }
      const cmp = compareNames(a, i, b, j);
      if (cmp === 0) emit(a, i++, b, j++);
      else if (cmp < 0) emit(a, i++, undefined, 0);
      else emit(undefined, 0, b, j++);
    } else if (i < aEnd) {
      emit(a, i++, undefined, 0);
    } else {
      emit(undefined, 0, b, j++);
    }
  }
}

/** Compares two entries by name in git's tree order (a folder sorts as if its name ended in "/"). */
function compareNames(a: RawTree, i: number, b: RawTree, j: number): number {
  let x = nameStart(a, i);
  let y = nameStart(b, j);
  const xEnd = a.nuls[i] as number;
  const yEnd = b.nuls[j] as number;
  while (x < xEnd && y < yEnd) {
    const d = (a.buf[x] as number) - (b.buf[y] as number);
    if (d !== 0) return d;
    x++;
    y++;
  }
  const cx = x < xEnd ? (a.buf[x] as number) : isTreeMode(a, i) ? 0x2f : 0;
  const cy = y < yEnd ? (b.buf[y] as number) : isTreeMode(b, j) ? 0x2f : 0;
  return cx - cy;
}

function sameEntry(a: RawTree, i: number, b: RawTree, j: number): boolean {
  const aStart = a.starts[i] as number;
  const bStart = b.starts[j] as number;
  const aEnd = (a.nuls[i] as number) + 21;
  const bEnd = (b.nuls[j] as number) + 21;
  return aEnd - aStart === bEnd - bStart && a.buf.compare(b.buf, bStart, bEnd, aStart, aEnd) === 0;
}

/** Length of the longest common prefix of two buffers, found with native comparisons. */
function commonPrefix(a: Buffer, b: Buffer): number {
  let lo = 0;
  let hi = Math.min(a.length, b.length);
  if (a.compare(b, 0, hi, 0, hi) === 0) return hi;
  while (hi - lo > 32) {
    const mid = (lo + hi) >>> 1;
    if (a.compare(b, lo, mid, lo, mid) === 0) lo = mid;
    else hi = mid;
  }
  while (lo < hi && a[lo] === b[lo]) lo++;
  return lo;
}

/** Length of the longest common suffix of two buffers. */
function commonSuffix(a: Buffer, b: Buffer): number {
  let lo = 0;
  let hi = Math.min(a.length, b.length);
  const same = (n: number, m: number) => a.compare(b, b.length - m, b.length - n, a.length - m, a.length - n) === 0;
  if (same(0, hi)) return hi;
  while (hi - lo > 32) {
    const mid = (lo + hi) >>> 1;
    if (same(lo, mid)) lo = mid;
    else hi = mid;
  }
  while (lo < hi && a[a.length - 1 - lo] === b[b.length - 1 - lo]) lo++;
  return lo;
}

/** Index of the entry that contains byte `pos` (the last entry starting at or before it). */
function entryAt(t: RawTree, pos: number): number {
  let lo = 0;
  let hi = t.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((t.starts[mid] as number) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
