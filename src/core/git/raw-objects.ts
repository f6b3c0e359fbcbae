import type { ObjectStore } from './object-store.ts';

/** A commit's fields as the history walk needs them. */
export interface ParsedCommit {
  tree: string;
  parents: string[];
  author: string;
  /** Committer time, epoch seconds. */
  time: number;
  message: string;
}

const decoder = new TextDecoder();

/** Parses a commit object's content (git's text format: headers, blank line, message). */
export function parseCommit(content: Buffer): ParsedCommit {
  const text = decoder.decode(content);
  const end = text.indexOf('\n\n');
  const headers = end === -1 ? text : text.slice(0, end);
  const out: ParsedCommit = { tree: '', parents: [], author: '', time: 0, message: end === -1 ? '' : text.slice(end + 2) };
  for (const line of headers.split('\n')) {
    // Continuation lines (a signature's body) start with a space and are skipped.
    if (line.startsWith('tree ')) out.tree = line.slice(5);
    else if (line.startsWith('parent ')) out.parents.push(line.slice(7));
    else if (line.startsWith('author ')) out.author = line.slice(7, line.indexOf(' <') === -1 ? undefined : line.indexOf(' <'));
    else if (line.startsWith('committer ')) out.time = Number(/ (\d+) [+-]\d{4}$/.exec(line)?.[1] ?? 0);
  }
  return out;
}

/** A tree object's entries as offsets into its bytes, so unchanged entries are compared without building strings. */
interface RawTree {
  buf: Buffer;
  /** Start of entry i (its mode). */
  starts: number[];
  /** Position of the NUL after entry i's name; the 20-byte id follows it. */
  nuls: number[];
}

// The same tree is parsed again whenever the store serves it from its recent cache.
const parsed = new WeakMap<Buffer, RawTree>();

function parseTree(buf: Buffer): RawTree {
  const hit = parsed.get(buf);
  if (hit) return hit;
  const starts: number[] = [];
  const nuls: number[] = [];
  let pos = 0;
  while (pos < buf.length) {
    const nul = buf.indexOf(0, pos);
    if (nul === -1) break;
    starts.push(pos);
    nuls.push(nul);
    pos = nul + 21;
  }
  const tree = { buf, starts, nuls };
  parsed.set(buf, tree);
  return tree;
}

/** Folders have mode 40000 (some writers pad it to 040000); files, links and submodules start with 1. */
const isTreeMode = (t: RawTree, i: number) => {
  const s = t.starts[i] as number;
  return t.buf[s] === 0x34 || (t.buf[s] === 0x30 && t.buf[s + 1] === 0x34);
};
const nameStart = (t: RawTree, i: number) => (t.buf.indexOf(0x20, t.starts[i]) as number) + 1;

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

const nameOf = (t: RawTree, i: number) => decoder.decode(t.buf.subarray(nameStart(t, i), t.nuls[i]));
const oidOf = (t: RawTree, i: number) => Buffer.from(t.buf.buffer, t.buf.byteOffset + (t.nuls[i] as number) + 1, 20).toString('hex');

/** A file that differs between two trees: blob ids before and after (absent where the file did not exist). */
export interface FileChange {
  path: string;
  before?: string;
  after?: string;
}

const EMPTY: RawTree = { buf: Buffer.alloc(0), starts: [], nuls: [] };

/**
 * The files that differ between two trees (either may be undefined: empty),
 * walking both sorted entry lists side by side and entering only subtrees
 * whose ids differ. Cost follows what changed, not the size of the tree.
 * `include(path, isTree)` decides which folders to enter and which files to report.
 */
export function diffRawTrees(
  store: ObjectStore,
  before: string | undefined,
  after: string | undefined,
  include: (path: string, isTree: boolean) => boolean,
  prefix = '',
): FileChange[] {
  if (before === after) return [];
  const a = before ? parseTree(store.read(before).content) : EMPTY;
  const b = after ? parseTree(store.read(after).content) : EMPTY;
  const out: FileChange[] = [];
  const emit = (t: RawTree | undefined, i: number, u: RawTree | undefined, j: number) => {
    const name = t ? nameOf(t, i) : nameOf(u as RawTree, j);
    const path = prefix ? `${prefix}/${name}` : name;
    const tTree = t && isTreeMode(t, i);
    const uTree = u && isTreeMode(u, j);
    if ((tTree || uTree) && include(path, true)) {
      out.push(...diffRawTrees(store, tTree ? oidOf(t, i) : undefined, uTree ? oidOf(u as RawTree, j) : undefined, include, path));
    }
    const tLeaf = t && !tTree ? oidOf(t, i) : undefined;
    const uLeaf = u && !uTree ? oidOf(u, j) : undefined;
    if ((tLeaf || uLeaf) && tLeaf !== uLeaf && include(path, false)) {
      out.push({ path, ...(tLeaf ? { before: tLeaf } : {}), ...(uLeaf ? { after: uLeaf } : {}) });
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
  return out;
}

/** The id of the entry at a slash-separated path under a tree, or undefined. */
export function rawEntryAtPath(store: ObjectStore, tree: string, path: string): { oid: string; isTree: boolean } | undefined {
  let current = { oid: tree, isTree: true };
  for (const name of path.split('/')) {
    if (!current.isTree) return undefined;
    const t = parseTree(store.read(current.oid).content);
    let found: { oid: string; isTree: boolean } | undefined;
    for (let i = 0; i < t.starts.length; i++) {
      if (nameOf(t, i) === name) {
        found = { oid: oidOf(t, i), isTree: isTreeMode(t, i) };
        break;
      }
    }
    if (!found) return undefined;
    current = found;
  }
  return current;
}
