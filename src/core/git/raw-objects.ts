import type { TreeEntry } from './objects.ts';

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
export interface RawTree {
  buf: Buffer;
  /** Start of entry i (its mode). */
  starts: number[];
  /** Position of the NUL after entry i's name; the 20-byte id follows it. */
  nuls: number[];
}

// The same tree is parsed again whenever the store serves it from its recent cache.
const parsed = new WeakMap<Buffer, RawTree>();

export function parseTree(buf: Buffer): RawTree {
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
export const isTreeMode = (t: RawTree, i: number) => {
  const s = t.starts[i] as number;
  return t.buf[s] === 0x34 || (t.buf[s] === 0x30 && t.buf[s + 1] === 0x34);
};
export const nameStart = (t: RawTree, i: number) => (t.buf.indexOf(0x20, t.starts[i]) as number) + 1;

export const nameOf = (t: RawTree, i: number) => decoder.decode(t.buf.subarray(nameStart(t, i), t.nuls[i]));
export const oidOf = (t: RawTree, i: number) => Buffer.from(t.buf.buffer, t.buf.byteOffset + (t.nuls[i] as number) + 1, 20).toString('hex');

/** Entry i of a parsed tree as a TreeEntry (mode padded to six digits, as git prints it). */
export function treeEntryOf(t: RawTree, i: number): TreeEntry {
  const start = t.starts[i] as number;
  const mode = t.buf.toString('latin1', start, nameStart(t, i) - 1).padStart(6, '0');
  const type = mode === '040000' ? 'tree' : mode === '160000' ? 'commit' : 'blob';
  return { mode, path: nameOf(t, i), oid: oidOf(t, i), type };
}
