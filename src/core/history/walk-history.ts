import { diagnostic } from '../diagnostics.ts';
import { type CommitInfo, landingCommits, readCommitGraph } from '../git/commits.ts';
import { openObjectStore } from '../git/object-store.ts';
import { diffRawTrees, type FileChange, rawEntryAtPath } from '../git/raw-objects.ts';
import { resolveCommitSync } from '../git/refs.ts';
import { openRepo, shallowBoundary } from '../git/repo.ts';
import { formatInstant } from '../time.ts';
import { advisoryFacts } from './advisory-facts.ts';
import type { AdvisoryHistory, History, Revision } from './types.ts';

export interface HistoryOptions {
  /** The ref to walk from; HEAD by default. */
  ref?: string;
}

const ADVISORY_FILE = /^advisories\/([^/]+)\/([^/]+)\.yaml$/;
const SEALED = 'sealed';

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
  const store = openObjectStore(repo);
  const head = resolveCommitSync(repo, store, ref);
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
  const graph = readCommitGraph(store, head, boundary);
  const landed = landingCommits(graph, head);
  const order = new Map(graph.commits.map((c, i) => [c.oid, i]));
  const advisoryTrees = new Map<string, string | undefined>();
  const advisoriesTree = (commit: CommitInfo) => {
    if (!advisoryTrees.has(commit.oid)) {
      const entry = rawEntryAtPath(store, commit.tree, 'advisories');
      advisoryTrees.set(commit.oid, entry?.isTree ? entry.oid : undefined);
    }
    return advisoryTrees.get(commit.oid);
  };
  // Only advisories/<year>/<ID>.yaml are advisories; sealed drafts are encrypted and not read here.
  const include = (path: string, isTree: boolean) =>
    isTree ? path.split('/').length === 2 && path !== `advisories/${SEALED}` : ADVISORY_FILE.test(path);
  const diff = (before: string | undefined, after: string | undefined): FileChange[] =>
    diffRawTrees(store, before, after, include, 'advisories');

  const byId = new Map<string, AdvisoryHistory>();
  for (const commit of graph.commits) {
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
    recordChanges(byId, commit, changes, landedSha, graph.byOid, order.get(landedSha) ?? 0);
  }

  for (const entry of byId.values()) {
    entry.revisions.sort(
      (a, b) => (order.get(a.landedSha) ?? 0) - (order.get(b.landedSha) ?? 0) || (order.get(a.sha) ?? 0) - (order.get(b.sha) ?? 0),
    );
    const last = entry.revisions[entry.revisions.length - 1] as Revision;
    entry.path = last.path;
    if (!last.cut) entry.lastModified = { sha: last.sha, date: last.landedDate };
    entry.truncated = entry.revisions[0]?.cut ?? false;
  }
  findFirstVersions(byId, (oid) => store.read(oid).content);

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
  return history;
}

/** Adds one commit's advisory changes to the map, pairing a deletion and an addition of the same id as a rename. */
function recordChanges(
  byId: Map<string, AdvisoryHistory>,
  commit: CommitInfo,
  changes: FileChange[],
  landedSha: string,
  commits: Map<string, CommitInfo>,
  landedOrder: number,
): void {
  const perId = new Map<string, FileChange[]>();
  for (const change of changes) {
    const match = ADVISORY_FILE.exec(change.path);
    if (!match || match[1] === SEALED) continue;
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
}

/**
 * Reads versions oldest first until the first published (or withdrawn) one
 * and the first one with a fix date are known. A version at a shallow cut
 * proves nothing about when it first appeared, so it is not taken as first.
 */
function findFirstVersions(byId: Map<string, AdvisoryHistory>, read: (oid: string) => Uint8Array): void {
  const decoder = new TextDecoder();
  for (const entry of byId.values()) {
    let publishedSeen = false;
    let fixedSeen = false;
    for (const revision of entry.revisions) {
      if (publishedSeen && fixedSeen) break;
      if (!revision.blob) continue;
      const facts = advisoryFacts(decoder.decode(read(revision.blob)));
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
}
