import { createHash } from 'node:crypto';
import { diagnostic } from '../diagnostics.ts';
import {
  type CommitGraph,
  type CommitInfo,
  diffTrees,
  entryAtPath,
  type GitRepo,
  landingCommits,
  MissingObjectError,
  openRepo,
  readBlobBytes,
  readCommitGraph,
  resolveRef,
  shallowBoundary,
} from '../git/index.ts';
import { formatInstant } from '../time.ts';
import { advisoryData } from './advisory-data.ts';
import type { AdvisoryHistory, History, Revision } from './types.ts';
import { versionFacts } from './version-facts.ts';

export interface HistoryOptions {
  /** The ref to walk from; HEAD by default. */
  ref?: string;
  /**
   * The data folder whose files are walked: advisories (default), or vulns for
   * triage records (revisions and landing order only, for the leak scan's
   * exemptions; the publication facts are an advisory's).
   */
  folder?: HistoryFolder;
  /**
   * An earlier walk of this repository and folder by this code (history-cache.ts):
   * reused as it is when HEAD is the commit it walked, extended with the new
   * commits when that commit is on HEAD's first-parent line, ignored otherwise.
   */
  previous?: PreviousWalk;
}

/** A complete walk (no shallow cut, nothing missing) from `head`, as history-cache.ts keeps it. */
export interface PreviousWalk {
  head: string;
  commits: number;
  byId: Map<string, AdvisoryHistory>;
}

/** The data folders whose files the walk follows. */
export type HistoryFolder = 'advisories' | 'vulns';

const UNSUPPORTED_HINT =
  'Build from a clone in git’s default format (SHA-1 objects, refs as files: `git clone --ref-format=files`); SHA-256 repositories are not supported yet.';
const ADVISORY_FILE = /^advisories\/([^/]+)\/([^/]+)\.yaml$/;
const TRIAGE_FILE = /^vulns\/([^/]+)\/([^/]+)\.yaml$/;
const SEALED = 'sealed';
/** Folders under a data folder that hold no records of it: sealed drafts, and vulns/'s releases. */
const NOT_RECORDS = { advisories: new Set([SEALED]), vulns: new Set([SEALED, 'releases']) } as const;

/**
 * ONE walk of the repository's history: every commit reachable from HEAD is
 * read once, and for each one only the advisory folders whose tree id changed
 * are compared, so the cost follows what changed rather than the size of the
 * data. The result is a map from advisory id to its revisions; renames (the
 * same id at a new path) keep one history because the key is the id, which is
 * the file name. Blobs are read only to find the first published and first
 * fixed versions, oldest first, stopping as soon as both are known.
 */
export function loadHistory(root: string, options: HistoryOptions = {}): History {
  const empty: History = { available: false, shallow: false, commits: 0, byId: new Map(), diagnostics: [] };
  const repo = openRepo(root);
  if (!repo) {
    empty.diagnostics.push(
      diagnostic(
        'HISTORY_UNAVAILABLE',
        '.git',
        '',
        'There is no git repository here, so the first-published and last-changed dates come from each advisory’s timeline instead of its commits.',
        'Run from a git clone of the tracker (in CI: actions/checkout with fetch-depth: 0).',
      ),
    );
    return empty;
  }
  const ref = options.ref ?? 'HEAD';
  if (repo.unsupported) {
    empty.diagnostics.push(
      diagnostic(
        'GIT_FORMAT_UNSUPPORTED',
        '.git',
        '',
        `Watchkeeper cannot read this git repository: ${repo.unsupported}. The first-published and last-changed dates come from each advisory’s timeline instead of its commits.`,
        UNSUPPORTED_HINT,
      ),
    );
    return empty;
  }
  try {
    return walk(repo, ref, empty, options.folder ?? 'advisories', options.previous);
  } catch (error) {
    // A partial or damaged clone lacks a tree or commit the walk needs: report it, never crash the build.
    if (!(error instanceof MissingObjectError)) throw error;
    empty.diagnostics.push(missingObjects([error.oid], 'object'));
    return empty;
  }
}

function walk(repo: GitRepo, ref: string, empty: History, folder: HistoryFolder, previous?: PreviousWalk): History {
  const head = resolveRef(repo, ref);
  if (!head) {
    empty.diagnostics.push(
      diagnostic(
        'HISTORY_UNAVAILABLE',
        '.git',
        '',
        `The ref ${ref} does not name a commit (an empty repository?), so dates come from each advisory’s timeline.`,
        'Commit the data first, or pass a ref that exists.',
      ),
    );
    return empty;
  }

  const boundary = shallowBoundary(repo);
  const graph = readCommitGraph(repo, head, boundary);
  const complete = boundary.size === 0 && graph.missing.length === 0;
  const reused = previous && complete ? fromPrevious(repo, graph, head, folder, previous) : undefined;
  if (reused) return reused;
  const walkState = commitWalk(repo, graph, head, folder);
  const byId = new Map<string, AdvisoryHistory>();
  walkState.record(byId, graph.commits);
  const missingBlobs = finishEntries(repo, byId.values(), walkState.order, folder);
  const history: History = { available: true, head, shallow: boundary.size > 0, commits: graph.commits.length, byId, diagnostics: [] };
  if (history.shallow) {
    const truncated = [...byId.values()].filter((e) => e.truncated).length;
    const cutDates = graph.commits.filter((c) => c.cut).map((c) => formatInstant(new Date(c.time * 1000)));
    history.diagnostics.push(
      diagnostic(
        'HISTORY_SHALLOW',
        '.git',
        '',
        `This is a shallow clone: its history stops at ${cutDates.sort()[0] ?? 'an unknown date'}, so the first commit of ${truncated} advisor${truncated === 1 ? 'y' : 'ies'} is unknown; their published dates come from their timelines and their revision lists are incomplete.`,
        'Fetch the whole history with `git fetch --unshallow` (in CI: actions/checkout with fetch-depth: 0).',
      ),
    );
  }
  if (graph.missing.length > 0) {
    history.diagnostics.push(
      diagnostic(
        'HISTORY_OBJECT_MISSING',
        '.git',
        '',
        `${graph.missing.length} commit${graph.missing.length === 1 ? ' is' : 's are'} named as parents but missing from the repository (first: ${graph.missing[0]}), so history before ${graph.missing.length === 1 ? 'it' : 'them'} is unknown.`,
        'Use a complete clone (not a partial or damaged one): `git fetch --refetch` or clone again.',
      ),
    );
  }
  if (missingBlobs.length > 0) history.diagnostics.push(missingObjects(missingBlobs, 'advisory version'));
  return history;
}

/**
 * The walk from `head` built on a previous complete walk from an ancestor X,
 * or undefined when that is not provably what a fresh walk gives. It is when
 * X is on head's first-parent line and sits in the graph exactly where its
 * own walk put its last commit: the graph is read depth first, first parents
 * first, so the walk from head reaches X before emitting anything and then
 * emits X's own graph in X's own order; X's commits keep their indexes and
 * landing commits (each lands on X's first-parent line, which is part of
 * head's), so their revisions are unchanged, and every new revision lands on
 * a new commit, after them all. Only the entries the new commits touched
 * are ordered and derived again, from all of their revisions.
 */
function fromPrevious(repo: GitRepo, graph: CommitGraph, head: string, folder: HistoryFolder, previous: PreviousWalk): History | undefined {
  const n = previous.commits;
  if (n < 1 || graph.commits.length < n || graph.commits[n - 1]?.oid !== previous.head) return undefined;
  const done = (byId: Map<string, AdvisoryHistory>): History => ({
    available: true,
    head,
    shallow: false,
    commits: graph.commits.length,
    byId,
    diagnostics: [],
  });
  if (graph.commits.length === n) return previous.head === head ? done(previous.byId) : undefined;
  let onFirstParentLine = false;
  for (let oid: string | undefined = head; oid !== undefined; oid = graph.byOid.get(oid)?.parents[0]) {
    if (oid === previous.head) {
      onFirstParentLine = true;
      break;
    }
  }
  if (!onFirstParentLine) return undefined;
  const walkState = commitWalk(repo, graph, head, folder);
  const byId = previous.byId;
  const touched = walkState.record(byId, graph.commits.slice(n));
  const entries = [...touched].map((id) => byId.get(id) as AdvisoryHistory);
  for (const entry of entries) {
    // Derived afresh from every revision, as a fresh walk derives them.
    delete entry.firstPublished;
    delete entry.firstFixed;
    delete entry.lastModified;
    for (const revision of entry.revisions) delete revision.dataChanged;
  }
  // A version that cannot be read makes a diagnostic a fresh walk words: leave that case to it.
  if (finishEntries(repo, entries, walkState.order, folder).length > 0) return undefined;
  return done(byId);
}

/** What the walk of a commit graph needs per commit: its landing order, and the data folder's tree diffs. */
export interface CommitWalk {
  /** Where each commit comes in the walk (graph order, oldest first). */
  order: Map<string, number>;
  /** Adds the changes of `commits` (in graph order) to `byId`; returns the ids they touched. */
  record(byId: Map<string, AdvisoryHistory>, commits: readonly CommitInfo[]): Set<string>;
}

/** Prepares the per-commit walk over `graph` (read from `head`) for one data folder. */
export function commitWalk(repo: GitRepo, graph: CommitGraph, head: string, folder: HistoryFolder): CommitWalk {
  const fileOf = folder === 'vulns' ? TRIAGE_FILE : ADVISORY_FILE;
  const skip: ReadonlySet<string> = NOT_RECORDS[folder];
  const landed = landingCommits(graph, head);
  const order = new Map(graph.commits.map((c, i) => [c.oid, i]));
  const advisoryTrees = new Map<string, string | undefined>();
  const advisoriesTree = (commit: CommitInfo) => {
    if (!advisoryTrees.has(commit.oid)) {
      const entry = entryAtPath(repo, commit.tree, folder);
      advisoryTrees.set(commit.oid, entry?.type === 'tree' ? entry.oid : undefined);
    }
    return advisoryTrees.get(commit.oid);
  };
  // Only advisories/<year>/<ID>.yaml are advisories; sealed drafts are encrypted and not read here.
  const include = (path: string, isTree: boolean) =>
    isTree ? path.split('/').length === 2 && !skip.has(path.split('/')[1] ?? '') : fileOf.test(path);
  const diff = (before: string | undefined, after: string | undefined): FileChange[] =>
    diffTrees(repo, before, after, include, folder).map(({ path, before, after }) => ({
      path,
      ...(before ? { before: before.oid } : {}),
      ...(after ? { after: after.oid } : {}),
    }));
  const record = (byId: Map<string, AdvisoryHistory>, commits: readonly CommitInfo[]): Set<string> => {
    const touched = new Set<string>();
    for (const commit of commits) {
      const after = advisoriesTree(commit);
      let changes: FileChange[];
      if (commit.parents.length === 0) {
        changes = diff(undefined, after);
      } else {
        // A merge changed a file only where the result differs from every
        // parent (git log's rule); otherwise the change belongs to the side
        // commit that made it.
        const perParent: FileChange[][] = [];
        for (const parent of commit.parents) {
          const info = graph.byOid.get(parent) as CommitInfo;
          perParent.push(diff(advisoriesTree(info), after));
        }
        changes = perParent[0] ?? [];
        for (const other of perParent.slice(1)) {
          const keys = new Set(other.map((c) => `${c.path}\0${c.after ?? ''}`));
          changes = changes.filter((c) => keys.has(`${c.path}\0${c.after ?? ''}`));
        }
      }
      const landedSha = landed.get(commit.oid) ?? commit.oid;
      for (const id of recordChanges(byId, commit, changes, landedSha, graph.byOid, order.get(landedSha) ?? 0, fileOf, skip)) {
        touched.add(id);
      }
    }
    return touched;
  };
  return { order, record };
}

/**
 * Orders each entry's revisions and derives what depends on all of them (path,
 * truncated, and for advisories the first published and fixed versions and
 * the data changes). Returns the blobs that could not be read.
 */
export function finishEntries(
  repo: GitRepo,
  entries: Iterable<AdvisoryHistory>,
  order: Map<string, number>,
  folder: HistoryFolder,
): string[] {
  const list = [...entries];
  for (const entry of list) {
    entry.revisions.sort(
      (a, b) => (order.get(a.landedSha) ?? 0) - (order.get(b.landedSha) ?? 0) || (order.get(a.sha) ?? 0) - (order.get(b.sha) ?? 0),
    );
    const last = entry.revisions[entry.revisions.length - 1] as Revision;
    entry.path = last.path;
    entry.truncated = entry.revisions[0]?.cut ?? false;
  }
  const missingBlobs: string[] = [];
  const read = (oid: string): Uint8Array | undefined => {
    try {
      return readBlobBytes(repo, oid);
    } catch (error) {
      // A partial clone (`--filter=blob:none`) has the trees but not old versions' contents.
      if (!(error instanceof MissingObjectError)) throw error;
      missingBlobs.push(oid);
      return undefined;
    }
  };
  if (folder === 'advisories') {
    for (const entry of list) {
      // Both passes read the same versions (the first published one at least):
      // each is read and inflated once, and forgotten after its advisory, so
      // memory holds one advisory's versions at a time.
      const versions = new Map<string, Uint8Array | undefined>();
      const readOnce = (oid: string) => {
        if (!versions.has(oid)) versions.set(oid, read(oid));
        return versions.get(oid);
      };
      findFirstVersions(entry, readOnce);
      markDataChanges(entry, readOnce);
    }
  }
  return missingBlobs;
}

/** The diagnostic for objects a partial or damaged clone lacks. */
function missingObjects(oids: string[], what: string) {
  return diagnostic(
    'HISTORY_OBJECT_MISSING',
    '.git',
    '',
    `${oids.length} ${what}${oids.length === 1 ? ' is' : 's are'} missing from the repository (first: ${oids[0]}), as in a partial clone (\`--filter=blob:none\`) or a damaged one, so the dates that depend on ${oids.length === 1 ? 'it' : 'them'} come from the advisories’ timelines.`,
    'Use a complete clone: `git fetch --refetch`, or clone again without `--filter`.',
  );
}

/** One changed advisory file: blob ids before and after (absent where the file did not exist). */
interface FileChange {
  path: string;
  before?: string;
  after?: string;
}

/** Adds one commit's advisory changes to the map, pairing a deletion and an addition of the same id as a rename; returns the ids it touched. */
function recordChanges(
  byId: Map<string, AdvisoryHistory>,
  commit: CommitInfo,
  changes: FileChange[],
  landedSha: string,
  commits: Map<string, CommitInfo>,
  landedOrder: number,
  fileOf: RegExp,
  skip: ReadonlySet<string>,
): string[] {
  const perId = new Map<string, FileChange[]>();
  for (const change of changes) {
    const match = fileOf.exec(change.path);
    if (!match || skip.has(match[1] as string)) continue;
    const id = (match[2] as string).toUpperCase();
    perId.set(id, [...(perId.get(id) ?? []), change]);
  }
  const date = formatInstant(new Date(commit.time * 1000));
  const landedDate = formatInstant(new Date((commits.get(landedSha)?.time ?? commit.time) * 1000));
  for (const [id, list] of perId) {
    const removed = list.filter((c) => !c.after);
    const kept = list.filter((c) => c.after);
    const base = {
      sha: commit.oid,
      date,
      landedSha,
      landedDate,
      landedOrder,
      author: commit.author,
      subject: commit.subject,
      cut: commit.cut,
    };
    const revisions: Revision[] = kept.map((c, i) => {
      const from = !c.before ? removed[i]?.path : undefined;
      const change = c.before ? 'modified' : from ? 'renamed' : 'added';
      return { ...base, path: c.path, change, ...(from ? { previousPath: from } : {}), blob: c.after as string };
    });
    for (const gone of removed.slice(kept.filter((c) => !c.before).length)) {
      revisions.push({ ...base, path: gone.path, change: 'deleted' });
    }
    let entry = byId.get(id);
    if (!entry) {
      entry = { id, path: '', revisions: [], truncated: false };
      byId.set(id, entry);
    }
    entry.revisions.push(...revisions);
  }
  return [...perId.keys()];
}

/**
 * Reads versions oldest first until the first published (or withdrawn) one
 * and the first one with a fix date are known. A version at a shallow cut
 * proves nothing about when it first appeared, so it is not taken as first.
 */
function findFirstVersions(entry: AdvisoryHistory, read: (oid: string) => Uint8Array | undefined): void {
  const decoder = new TextDecoder();
  let publishedSeen = false;
  let fixedSeen = false;
  for (const revision of entry.revisions) {
    if (publishedSeen && fixedSeen) break;
    if (!revision.blob) continue;
    const bytes = read(revision.blob);
    // A version that cannot be read may be the first published one: a later one would give a wrong date.
    if (!bytes) break;
    const facts = versionFacts(decoder.decode(bytes));
    const point = (value: string | undefined) => ({ sha: revision.sha, date: revision.landedDate, ...(value ? { value } : {}) });
    if (!publishedSeen && (facts.status === 'published' || facts.status === 'withdrawn')) {
      publishedSeen = true;
      if (!revision.cut) entry.firstPublished = point(facts.published);
    }
    if (!fixedSeen && facts.fixed) {
      fixedSeen = true;
      if (!revision.cut) entry.firstFixed = point(facts.fixed);
    }
  }
}

/**
 * Marks which revisions changed the advisory's data, comparing each version's
 * parsed data with the one before it, and sets lastModified to the newest
 * that did: a formatting-only commit (`npm run fmt`), a comment or a move
 * changes bytes, not what the advisory says, so it moves no date. Only the
 * revisions from the first published one on are compared (those are the
 * ones outputs list), then back until a data change is found.
 */
function markDataChanges(entry: AdvisoryHistory, read: (oid: string) => Uint8Array | undefined): void {
  const revisions = entry.revisions;
  const cache = new Map<string, string | undefined>();
  const dataOf = (blob: string | undefined) => {
    if (blob === undefined) return undefined;
    if (!cache.has(blob)) {
      const bytes = read(blob);
      cache.set(blob, bytes === undefined ? undefined : advisoryData(bytes));
    }
    return cache.get(blob);
  };
  const firstPublished = revisions.findIndex((r) => r.sha === entry.firstPublished?.sha);
  const changed = (k: number): boolean => {
    const revision = revisions[k] as Revision;
    const before = revisions[k - 1];
    if (!before || revision.change === 'deleted' || before.change === 'deleted') return true;
    // The first published version differs from the one before it in status at least: no need to parse either.
    if (k === firstPublished) return true;
    if (revision.blob === before.blob) return false;
    const now = dataOf(revision.blob);
    // A version that cannot be read is a change: in doubt, the date moves.
    return now === undefined || now !== dataOf(before.blob);
  };
  const from = firstPublished === -1 ? revisions.length : firstPublished;
  let newest: Revision | undefined;
  for (let k = revisions.length - 1; k >= 0; k--) {
    if (k < from && newest) break;
    const revision = revisions[k] as Revision;
    revision.dataChanged = changed(k);
    if (revision.dataChanged && !newest) newest = revision;
  }
  if (newest && !newest.cut) entry.lastModified = { sha: newest.sha, date: newest.landedDate };
}

/**
 * Bump when what a walk stores changes shape in a way the code below does
 * not show; the history cache (history-cache.ts) ignores walks of another version.
 */
const WALK_FORMAT = 1;

/**
 * The version of the code a cached walk came from: the source text of every
 * function whose result it holds, so any change to the walk, the git reader
 * it uses or the facts it reads from versions makes old caches foreign.
 */
export const WALK_CODE_VERSION: string = createHash('sha256')
  .update(
    [
      WALK_FORMAT,
      ADVISORY_FILE,
      TRIAGE_FILE,
      JSON.stringify({ advisories: [...NOT_RECORDS.advisories], vulns: [...NOT_RECORDS.vulns] }),
      loadHistory,
      walk,
      fromPrevious,
      commitWalk,
      finishEntries,
      recordChanges,
      findFirstVersions,
      markDataChanges,
      versionFacts,
      advisoryData,
      diffTrees,
      entryAtPath,
      readCommitGraph,
      landingCommits,
      readBlobBytes,
      formatInstant,
    ]
      .map(String)
      .join('\0'),
  )
  .digest('hex')
  .slice(0, 32);
