import { isNotFound, type ObjectStore, openObjectStore } from './object-store.ts';
import { parseCommit } from './raw-objects.ts';
import type { GitRepo } from './repo.ts';

/** One entry of a git tree. `mode` is git's octal string: 100644/100755 file, 120000 symlink, 040000 tree, 160000 submodule. */
export interface TreeEntry {
  mode: string;
  path: string;
  oid: string;
  type: 'blob' | 'tree' | 'commit';
}

export interface CommitInfo {
  oid: string;
  tree: string;
  parents: string[];
  /** Committer time in epoch seconds; orders the merge-base walk. */
  time: number;
}

/**
 * Thrown when an object the repository names is not in it: history cut by a
 * shallow or partial clone, or a damaged repository. Callers turn it into a
 * finding; it must never be read as "nothing changed".
 */
export class MissingObjectError extends Error {
  readonly oid: string;
  constructor(oid: string, cause: unknown) {
    super(`The git object ${oid} is not in this repository.`, { cause });
    this.name = 'MissingObjectError';
    this.oid = oid;
  }
}

/** Thrown when an id names an object of another type (a tree where a commit was expected). */
export class WrongTypeError extends Error {
  readonly code = 'ObjectTypeError';
}

// One object store per open repository: it keeps pack indexes and recent objects.
const stores = new WeakMap<GitRepo, ObjectStore>();

/** The repository's object reader (src/core/git/object-store.ts: native zlib, packs and loose objects). */
export function storeOf(repo: GitRepo): ObjectStore {
  let store = stores.get(repo);
  if (!store) {
    store = openObjectStore(repo);
    stores.set(repo, store);
  }
  return store;
}

function read(repo: GitRepo, oid: string, type: 'commit' | 'tree' | 'blob'): Buffer {
  let object: ReturnType<ObjectStore['read']>;
  try {
    object = storeOf(repo).read(oid);
  } catch (error) {
    if (isNotFound(error)) throw new MissingObjectError(oid, error);
    throw error;
  }
  if (object.type !== type) throw new WrongTypeError(`${oid} is a ${object.type}, not a ${type}.`);
  return object.content;
}

/** Reads a commit's tree, parents and committer time. */
export async function readCommitInfo(repo: GitRepo, oid: string): Promise<CommitInfo> {
  const commit = parseCommit(read(repo, oid, 'commit'));
  return { oid, tree: commit.tree, parents: commit.parents, time: commit.time };
}

const decoder = new TextDecoder();

/** Reads a tree's entries. */
export async function readTreeEntries(repo: GitRepo, oid: string): Promise<TreeEntry[]> {
  const buf = read(repo, oid, 'tree');
  const out: TreeEntry[] = [];
  let pos = 0;
  while (pos < buf.length) {
    const space = buf.indexOf(0x20, pos);
    const nul = buf.indexOf(0, space);
    if (space === -1 || nul === -1) break;
    const raw = buf.toString('latin1', pos, space);
    const mode = raw.padStart(6, '0');
    const type = mode === '040000' ? 'tree' : mode === '160000' ? 'commit' : 'blob';
    out.push({ mode, path: decoder.decode(buf.subarray(space + 1, nul)), oid: buf.toString('hex', nul + 1, nul + 21), type });
    pos = nul + 21;
  }
  return out;
}

/** Reads a blob's bytes. */
export async function readBlobBytes(repo: GitRepo, oid: string): Promise<Uint8Array> {
  return read(repo, oid, 'blob');
}

/** The entry at a slash-separated path inside a tree, or undefined when there is none. */
export async function entryAtPath(repo: GitRepo, tree: string, path: string): Promise<TreeEntry | undefined> {
  let current: TreeEntry | undefined = { mode: '040000', path: '', oid: tree, type: 'tree' };
  for (const name of path.split('/')) {
    if (current?.type !== 'tree') return undefined;
    const entries: TreeEntry[] = await readTreeEntries(repo, current.oid);
    current = entries.find((e) => e.path === name);
  }
  return current;
}
