import { readTreeEntries, type TreeEntry } from './objects.ts';
import type { GitRepo } from './repo.ts';

/** One path that differs between two trees. A path absent on one side has no entry there. */
export interface TreeChange {
  path: string;
  status: 'added' | 'deleted' | 'modified';
  before?: TreeEntry;
  after?: TreeEntry;
}

/**
 * Lists the non-tree paths that differ between two trees (blobs, symlinks,
 * submodules), descending only into subtrees whose ids differ, so a change of
 * one file in a tree of thousands reads one tree per level. `include` decides,
 * for a path, whether to look at it at all (for a folder, whether to descend).
 */
export async function diffTrees(
  repo: GitRepo,
  before: string | undefined,
  after: string | undefined,
  include: (path: string, isTree: boolean) => boolean = () => true,
): Promise<TreeChange[]> {
  const out: TreeChange[] = [];
  await diffInto(repo, before, after, '', include, out);
  return out.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
}

async function diffInto(
  repo: GitRepo,
  before: string | undefined,
  after: string | undefined,
  prefix: string,
  include: (path: string, isTree: boolean) => boolean,
  out: TreeChange[],
): Promise<void> {
  if (before === after) return;
  const left = new Map((before ? await readTreeEntries(repo, before) : []).map((e) => [e.path, e]));
  const right = new Map((after ? await readTreeEntries(repo, after) : []).map((e) => [e.path, e]));
  const names = new Set([...left.keys(), ...right.keys()]);
  for (const name of names) {
    const path = prefix ? `${prefix}/${name}` : name;
    const l = left.get(name);
    const r = right.get(name);
    if (l && r && l.oid === r.oid && l.mode === r.mode) continue;
    const lTree = l?.type === 'tree' ? l : undefined;
    const rTree = r?.type === 'tree' ? r : undefined;
    if (lTree || rTree) {
      if (include(path, true)) await diffInto(repo, lTree?.oid, rTree?.oid, path, include, out);
    }
    const lLeaf = l && !lTree ? l : undefined;
    const rLeaf = r && !rTree ? r : undefined;
    if ((lLeaf || rLeaf) && include(path, false)) {
      const status = lLeaf && rLeaf ? 'modified' : lLeaf ? 'deleted' : 'added';
      out.push({ path, status, ...(lLeaf ? { before: lLeaf } : {}), ...(rLeaf ? { after: rLeaf } : {}) });
    }
  }
}
