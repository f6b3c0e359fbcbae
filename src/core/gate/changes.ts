import { DATA_FOLDERS, imitatedFolder } from '../data-paths.ts';
import type { GitRepo, TreeChange } from '../git/index.ts';
import { type AdvisoryVersion, readAdvisoryVersion } from './versions.ts';

/** How a path in advisories/ changed between the merge base and head. */
export interface AdvisoryChange {
  status: 'added' | 'modified' | 'deleted' | 'renamed';
  /** The merge base's version (absent when added). */
  before?: AdvisoryVersion;
  /** The head's version (absent when deleted). */
  after?: AdvisoryVersion;
}

export interface ChangeSet {
  advisories: AdvisoryChange[];
  /** Other changed paths under advisories/ that are not advisory files (sealed drafts are listed, not read). */
  others: TreeChange[];
  /** Every path the change adds or modifies in a data folder or a folder imitating one, for the name rules. */
  written: string[];
  settingsChanged: boolean;
  /** Whether anything under advisories/ or rotations/ differs. */
  dataChanged: boolean;
}

/** Encrypted drafts: their content is ciphertext, checked by the sealing rules, not the gate. */
const SEALED = 'advisories/sealed/';
const ADVISORY_FILE = /^advisories\/[^/]+\/[^/]+\.yaml$/;

/**
 * The advisory files a change adds, modifies, renames or deletes, from the
 * change's tree diff (every path; the gate diffs once per run). Git stores no renames, so a deleted and an added file are paired as
 * a rename when they hold the same blob, the same id, or the same summary and
 * published instant (the id changed in the move) — the last is what lets the
 * gate say "the id of a published advisory changed" instead of only
 * "deleted".
 */
export async function listChanges(repo: GitRepo, all: readonly TreeChange[]): Promise<ChangeSet> {
  const diff = all.filter(({ path }) => {
    const top = path.split('/')[0] ?? '';
    return path === 'watchkeeper.yaml' || (DATA_FOLDERS as readonly string[]).includes(top) || imitatedFolder(top) !== undefined;
  });
  const set: ChangeSet = { advisories: [], others: [], written: [], settingsChanged: false, dataChanged: false };
  const deleted: AdvisoryVersion[] = [];
  const added: AdvisoryVersion[] = [];
  for (const change of diff) {
    if (change.path === 'watchkeeper.yaml') {
      set.settingsChanged = true;
      continue;
    }
    if (change.after) set.written.push(change.path);
    if (/^(advisories|rotations)\//.test(change.path)) set.dataChanged = true;
    // Rotations are the loader's and `npm run check`'s business; here only their names are judged.
    if (change.path !== 'advisories' && !change.path.startsWith('advisories/')) continue;
    if (change.path.startsWith(SEALED) || !ADVISORY_FILE.test(change.path)) {
      set.others.push(change);
      continue;
    }
    const before = change.before ? await readAdvisoryVersion(repo, change.path, change.before) : undefined;
    const after = change.after ? await readAdvisoryVersion(repo, change.path, change.after) : undefined;
    if (before && after) set.advisories.push({ status: 'modified', before, after });
    else if (before) deleted.push(before);
    else if (after) added.push(after);
  }

  const pair = (matches: (d: AdvisoryVersion, a: AdvisoryVersion) => boolean) => {
    for (const d of [...deleted]) {
      const a = added.find((candidate) => matches(d, candidate));
      if (!a) continue;
      set.advisories.push({ status: 'renamed', before: d, after: a });
      deleted.splice(deleted.indexOf(d), 1);
      added.splice(added.indexOf(a), 1);
    }
  };
  pair((d, a) => d.entry.oid === a.entry.oid);
  pair((d, a) => !!d.facts?.id && !!a.facts?.id && d.facts.id.toUpperCase() === a.facts.id.toUpperCase());
  pair((d, a) => !!d.facts?.published && !!a.data && d.facts.published === a.data.timeline.published && summaryOf(d) === a.data.summary);
  for (const before of deleted) set.advisories.push({ status: 'deleted', before });
  for (const after of added) set.advisories.push({ status: 'added', after });
  set.advisories.sort((x, y) => pathOf(x).localeCompare(pathOf(y)));
  return set;
}

export function pathOf(change: AdvisoryChange): string {
  return (change.after ?? change.before)?.path ?? '';
}

function summaryOf(version: AdvisoryVersion): unknown {
  const data = version.yaml?.data;
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>).summary : undefined;
}
