import { DATA_FOLDERS } from '../data-paths.ts';
import { type CommitInfo, type GitRepo, readCommitInfo, readTreeEntries } from '../git/index.ts';

/** The folders whose commits must be signed by the team. */
export const AUTHORISED_FOLDERS: readonly string[] = DATA_FOLDERS;

/** A commit in the range: the facade's one commit shape. */
export type RangeCommit = CommitInfo;

/**
 * The commits reachable from `head` but not from `base` (git's `base..head`),
 * parents before children is not needed, so they come newest first as found.
 * Throws MissingObjectError when history is missing (a shallow or damaged clone).
 */
export async function commitsInRange(repo: GitRepo, base: string, head: string): Promise<RangeCommit[]> {
  const excluded = await reachable(repo, [base]);
  const out: RangeCommit[] = [];
  const seen = new Set<string>();
  const stack = [head];
  while (stack.length > 0) {
    const oid = stack.pop() as string;
    if (seen.has(oid) || excluded.has(oid)) continue;
    seen.add(oid);
    const commit = readCommitInfo(repo, oid);
    out.push(commit);
    stack.push(...commit.parents);
  }
  return out;
}

async function reachable(repo: GitRepo, from: string[]): Promise<Set<string>> {
  const seen = new Set<string>();
  const stack = [...from];
  while (stack.length > 0) {
    const oid = stack.pop() as string;
    if (seen.has(oid)) continue;
    seen.add(oid);
    stack.push(...(await readCommitInfo(repo, oid)).parents);
  }
  return seen;
}

/**
 * Which of the authorised folders a commit changes, compared with each of its
 * parents (a root commit changes whatever it contains). Comparing the folders'
 * tree ids is enough: equal ids mean equal content.
 */
export async function touchedFolders(repo: GitRepo, commit: RangeCommit): Promise<string[]> {
  const folderIds = async (tree: string) => {
    const entries = await readTreeEntries(repo, tree);
    return new Map(AUTHORISED_FOLDERS.map((name) => [name, entries.find((e) => e.path === name)?.oid]));
  };
  const mine = await folderIds(commit.tree);
  const parents = await Promise.all(commit.parents.map(async (p) => folderIds((await readCommitInfo(repo, p)).tree)));
  return AUTHORISED_FOLDERS.filter((name) => {
    const id = mine.get(name);
    if (parents.length === 0) return id !== undefined;
    return parents.some((p) => p.get(name) !== id);
  });
}
