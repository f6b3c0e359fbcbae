import {
  isNotFound,
  type ObjectStore,
  type ObjectType,
  openObjectStore,
  type RawObject,
  UnsupportedRepositoryError,
} from './object-store.ts';
import { parseCommit, parseTree, treeEntryOf } from './raw-objects.ts';
import type { GitRepo } from './repo.ts';

/** One entry of a git tree. `mode` is git's octal string: 100644/100755 file, 120000 symlink, 040000 tree, 160000 submodule. */
export interface TreeEntry {
  mode: string;
  /** The entry's name inside its tree (not the full path). */
  path: string;
  oid: string;
  type: 'blob' | 'tree' | 'commit';
}

/** One commit: what the history walk, the gate's merge base and the commit checks read. */
export interface CommitInfo {
  oid: string;
  tree: string;
  /** Parents present in the repository (in a commit graph, a cut-off parent is left out and `cut` is set). */
  parents: string[];
  /** Committer time, epoch seconds: when the commit was made on its branch; orders the merge-base walk. */
  time: number;
  author: string;
  /** First line of the message. */
  subject: string;
  /** True when some parent is absent (shallow boundary or missing object): what this commit seems to add may be older. */
  cut: boolean;
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

/**
 * Thrown when an object is there but cannot be read: a damaged pack or index,
 * a bad delta, data zlib refuses. It is a MissingObjectError because callers
 * must treat it the same way (fail closed, report, never "nothing changed").
 */
export class UnreadableObjectError extends MissingObjectError {
  constructor(oid: string, cause: unknown) {
    super(oid, cause);
    this.name = 'UnreadableObjectError';
    this.message = `The git object ${oid} cannot be read (${(cause as Error).message ?? String(cause)}); the repository is damaged.`;
  }
}

/** Thrown when an id names an object of another type (a tree where a commit was expected). */
export class WrongTypeError extends Error {
  readonly code = 'ObjectTypeError';
}

// One object store per open repository: it keeps pack indexes, open pack files and recent objects.
const stores = new WeakMap<GitRepo, ObjectStore>();

/** The repository's object reader (object-store.ts: native zlib, packs and loose objects). Throws UnsupportedRepositoryError for a format it cannot read. */
export function storeOf(repo: GitRepo): ObjectStore {
  let store = stores.get(repo);
  if (!store) {
    try {
      store = openObjectStore(repo);
    } catch (error) {
      // A damaged pack index: no object can be trusted to be found.
      if (error instanceof UnsupportedRepositoryError) throw error;
      throw new UnreadableObjectError('(pack index)', error);
    }
    stores.set(repo, store);
  }
  return store;
}

/** An object as stored. Throws MissingObjectError (absent) or UnreadableObjectError (damaged). */
export function readObject(repo: GitRepo, oid: string): RawObject {
  const store = storeOf(repo);
  try {
    return store.read(oid);
  } catch (error) {
    if (isNotFound(error)) throw new MissingObjectError(oid, error);
    throw new UnreadableObjectError(oid, error);
  }
}

/** An object's content, checked to be of the expected type. Throws MissingObjectError, UnreadableObjectError or WrongTypeError. */
export function readObjectBytes(repo: GitRepo, oid: string, type: ObjectType): Buffer {
  const object = readObject(repo, oid);
  if (object.type !== type) throw new WrongTypeError(`${oid} is a ${object.type}, not a ${type}.`);
  return object.content;
}

/** Reads a commit's tree, parents, committer time, author and subject. */
export function readCommitInfo(repo: GitRepo, oid: string): CommitInfo {
  const commit = parseCommit(readObjectBytes(repo, oid, 'commit'));
  return {
    oid,
    tree: commit.tree,
    parents: commit.parents,
    time: commit.time,
    author: commit.author,
    subject: commit.message.split('\n', 1)[0] ?? '',
    cut: false,
  };
}

/** Reads a tree's entries in git's order. */
export function readTreeEntries(repo: GitRepo, oid: string): TreeEntry[] {
  const tree = parseTree(readObjectBytes(repo, oid, 'tree'));
  return tree.starts.map((_, i) => treeEntryOf(tree, i));
}

/** Reads a blob's bytes. */
export function readBlobBytes(repo: GitRepo, oid: string): Buffer {
  return readObjectBytes(repo, oid, 'blob');
}

/** The entry at a slash-separated path inside a tree, or undefined when there is none. */
export function entryAtPath(repo: GitRepo, tree: string, path: string): TreeEntry | undefined {
  let current: TreeEntry | undefined = { mode: '040000', path: '', oid: tree, type: 'tree' };
  for (const name of path.split('/')) {
    if (current?.type !== 'tree') return undefined;
    current = readTreeEntries(repo, current.oid).find((e) => e.path === name);
  }
  return current;
}

/** Every file path (blobs and links, not submodules) under a tree, optionally only below `under`. */
export function listFiles(repo: GitRepo, tree: string, under?: string): string[] {
  const out: string[] = [];
  const start = under ? entryAtPath(repo, tree, under) : { mode: '040000', path: '', oid: tree, type: 'tree' as const };
  if (start?.type !== 'tree') return out;
  const stack: [string, string][] = [[start.oid, under ?? '']];
  while (stack.length > 0) {
    const [oid, prefix] = stack.pop() as [string, string];
    for (const entry of readTreeEntries(repo, oid)) {
      const path = prefix ? `${prefix}/${entry.path}` : entry.path;
      if (entry.type === 'tree') stack.push([entry.oid, path]);
      else if (entry.type === 'blob') out.push(path);
    }
  }
  return out.sort();
}
