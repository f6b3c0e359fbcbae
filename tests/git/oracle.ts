// What real git says changed, in the shape the walk and the gate report it:
// `<sha> <A|M|D> <path>` lines for advisory files, a rename being a deletion
// and an addition (git stores no renames; --no-renames lists them so).
import type { GateResult } from '../../src/core/gate/gate.ts';
import type { History } from '../../src/core/history/types.ts';
import { runGit } from '../helpers/real-git.ts';

const ADVISORY_FILE = /^advisories\/([^/]+)\/[^/]+\.yaml$/;
const isAdvisory = (path: string) => ADVISORY_FILE.exec(path)?.[1] !== undefined && ADVISORY_FILE.exec(path)?.[1] !== 'sealed';

/**
 * `git log -c --name-status` over every commit reachable from HEAD. With -c a
 * merge lists only the files that differ from every parent (one status letter
 * per parent), which is the walk's rule; the first letter is against the first parent.
 */
export function gitLogChanges(root: string): string[] {
  const out: string[] = [];
  let sha = '';
  for (const line of runGit(root, ['log', '-c', '--name-status', '--no-renames', '--format=%x01%H', 'HEAD']).split('\n')) {
    if (line.startsWith('\x01')) sha = line.slice(1);
    const m = /^([AMD])[AMD]*\t(.+)$/.exec(line);
    if (m?.[2] && isAdvisory(m[2])) out.push(`${sha} ${m[1]} ${m[2]}`);
  }
  return out.sort();
}

/** The walk's revisions in the same shape. */
export function walkChanges(history: History): string[] {
  const out: string[] = [];
  for (const entry of history.byId.values()) {
    for (const r of entry.revisions) {
      if (r.change === 'renamed') out.push(`${r.sha} D ${r.previousPath}`, `${r.sha} A ${r.path}`);
      else out.push(`${r.sha} ${r.change === 'added' ? 'A' : r.change === 'deleted' ? 'D' : 'M'} ${r.path}`);
    }
  }
  return out.sort();
}

/** `git diff --name-status base...head`: from the merge base, as the gate compares. */
export function gitDiffChanges(root: string, base: string, head: string): string[] {
  return runGit(root, ['diff', '--name-status', '--no-renames', `${base}...${head}`])
    .split('\n')
    .map((line) => /^([AMD])\t(.+)$/.exec(line))
    .filter((m): m is RegExpExecArray => !!m?.[2] && isAdvisory(m[2]))
    .map((m) => `${m[1]} ${m[2]}`)
    .sort();
}

/** The gate's change listing in the same shape. */
export function gateChanges(result: GateResult): string[] {
  return result.changes
    .flatMap((c) =>
      c.status === 'renamed'
        ? [`D ${c.from}`, `A ${c.path}`]
        : [`${c.status === 'added' ? 'A' : c.status === 'deleted' ? 'D' : 'M'} ${c.path}`],
    )
    .sort();
}
