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
export function parseCommit(content: Uint8Array): ParsedCommit {
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
  buf: Uint8Array;
  /** Start of entry i (its mode). */
  starts: number[];
  /** Position of the NUL after entry i's name; the 20-byte id follows it. */
  nuls: number[];
}

function parseTree(buf: Uint8Array): RawTree {
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
  return { buf, starts, nuls };
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
  if (aEnd - aStart !== bEnd - bStart) return false;
  for (let k = aEnd - 1, l = bEnd - 1; k >= aStart; k--, l--) if (a.buf[k] !== b.buf[l]) return false;
  return true;
}

const nameOf = (t: RawTree, i: number) => decoder.decode(t.buf.subarray(nameStart(t, i), t.nuls[i]));
const oidOf = (t: RawTree, i: number) => Buffer.from(t.buf.buffer, t.buf.byteOffset + (t.nuls[i] as number) + 1, 20).toString('hex');

/** A file that differs between two trees: blob ids before and after (absent where the file did not exist). */
export interface FileChange {
  path: string;
  before?: string;
  after?: string;
}

const EMPTY: RawTree = { buf: new Uint8Array(0), starts: [], nuls: [] };

/**
 * The files that differ between two trees (either may be undefined: empty),
 * walking both sorted entry lists side by side and entering only subtrees
 * whose ids differ. Cost follows what changed, not the size of the tree.
 * `include(path, isTree)` decides which folders to enter and which files to report.
 */
export async function diffRawTrees(
  store: ObjectStore,
  before: string | undefined,
  after: string | undefined,
  include: (path: string, isTree: boolean) => boolean,
  prefix = '',
): Promise<FileChange[]> {
  if (before === after) return [];
  const a = before ? parseTree((await store.read(before)).content) : EMPTY;
  const b = after ? parseTree((await store.read(after)).content) : EMPTY;
  const out: FileChange[] = [];
  const emit = async (t: RawTree | undefined, i: number, u: RawTree | undefined, j: number) => {
    const name = t ? nameOf(t, i) : nameOf(u as RawTree, j);
    const path = prefix ? `${prefix}/${name}` : name;
    const tTree = t && isTreeMode(t, i);
    const uTree = u && isTreeMode(u, j);
    if ((tTree || uTree) && include(path, true)) {
      out.push(...(await diffRawTrees(store, tTree ? oidOf(t, i) : undefined, uTree ? oidOf(u as RawTree, j) : undefined, include, path)));
    }
    const tLeaf = t && !tTree ? oidOf(t, i) : undefined;
    const uLeaf = u && !uTree ? oidOf(u, j) : undefined;
    if ((tLeaf || uLeaf) && tLeaf !== uLeaf && include(path, false)) {
      out.push({ path, ...(tLeaf ? { before: tLeaf } : {}), ...(uLeaf ? { after: uLeaf } : {}) });
    }
  };
  let i = 0;
  let j = 0;
  while (i < a.starts.length || j < b.starts.length) {
    if (i < a.starts.length && j < b.starts.length) {
      if (sameEntry(a, i, b, j)) {
        i++;
        j++;
        continue;
      }
      const cmp = compareNames(a, i, b, j);
      if (cmp === 0) await emit(a, i++, b, j++);
      else if (cmp < 0) await emit(a, i++, undefined, 0);
      else await emit(undefined, 0, b, j++);
    } else if (i < a.starts.length) {
      await emit(a, i++, undefined, 0);
    } else {
      await emit(undefined, 0, b, j++);
    }
  }
  return out;
}

/** The id of the entry at a slash-separated path under a tree, or undefined. */
export async function rawEntryAtPath(
  store: ObjectStore,
  tree: string,
  path: string,
): Promise<{ oid: string; isTree: boolean } | undefined> {
  let current = { oid: tree, isTree: true };
  for (const name of path.split('/')) {
    if (!current.isTree) return undefined;
    const t = parseTree((await store.read(current.oid)).content);
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
