import { listFiles, openRepo, readCommitInfo, resolveRef } from '../git/index.ts';

/**
 * Branches whose advisories also count as taken when allocating an id: the
 * team's main branch as a fork sees it (`upstream`) and as a clone sees it
 * (`origin`). After `git fetch`, `npm run new` then picks a number that is
 * free there too, so most collisions between two branches never happen.
 */
export const SHARED_BRANCHES = ['upstream/main', 'origin/main', 'upstream/master', 'origin/master'];

/** Ids named by advisory files on the shared branches that exist locally; none when there is no git repo. */
export async function idsOnSharedBranches(root: string, prefix: string): Promise<Set<string>> {
  const out = new Set<string>();
  const repo = openRepo(root);
  if (!repo) return out;
  const pattern = new RegExp(`^advisories/(?:[^/]+/)*(${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-\\d{4}-\\d{1,9})(\\.|$)`, 'i');
  for (const branch of SHARED_BRANCHES) {
    const commit = resolveRef(repo, `refs/remotes/${branch}`);
    if (!commit) continue;
    const files = listFiles(repo, readCommitInfo(repo, commit).tree, 'advisories');
    for (const file of files) {
      const m = pattern.exec(file);
      if (m?.[1]) out.add(m[1].toUpperCase());
    }
  }
  return out;
}
