import { DATA_FOLDERS, imitatedFolder } from '../data-paths.ts';
import type { GitRepo, TreeChange } from '../git/index.ts';
import type { AdvisoryFile, TriageFile } from '../types.gen.ts';
import { type AdvisoryVersion, readAdvisoryVersion, readTriageVersion, type TriageVersion } from './versions.ts';

/** How a path in advisories/ (or, with T = TriageFile, a triage record in vulns/) changed between the merge base and head. */
export interface AdvisoryChange<T = AdvisoryFile> {
  status: 'added' | 'modified' | 'deleted' | 'renamed';
  /** The merge base's version (absent when added). */
  before?: AdvisoryVersion<T>;
  /** The head's version (absent when deleted). */
  after?: AdvisoryVersion<T>;
}

export type TriageChange = AdvisoryChange<TriageFile>;

export interface ChangeSet {
  advisories: AdvisoryChange[];
  /** Triage records (vulns/<year>/<ID>.yaml), paired for renames like advisories. */
  triage: TriageChange[];
  /** Other changed paths under advisories/ or vulns/ that are not records (sealed drafts are listed, not read; releases are check's). */
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
const TRIAGE_SEALED = 'vulns/sealed/';
const RELEASE_FILE = /^vulns\/releases\/[^/]+\.yaml$/;
const TRIAGE_FILE = /^vulns\/[^/]+\/[^/]+\.yaml$/;

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
  const set: ChangeSet = { advisories: [], triage: [], others: [], written: [], settingsChanged: false, dataChanged: false };
  const deleted: AdvisoryVersion[] = [];
  const added: AdvisoryVersion[] = [];
  const triage = { deleted: [] as TriageVersion[], added: [] as TriageVersion[] };
  for (const change of diff) {
    if (change.path === 'watchkeeper.yaml') {
      set.settingsChanged = true;
      continue;
    }
    if (change.after) set.written.push(change.path);
    if (/^(advisories|rotations|vulns)\//.test(change.path)) set.dataChanged = true;
    if (change.path === 'vulns' || change.path.startsWith('vulns/')) {
      // Releases are inventories, not secrets: `npm run check` judges them.
      if (RELEASE_FILE.test(change.path) && change.after?.type === 'blob' && change.after.mode !== '120000') continue;
      if (change.path.startsWith(TRIAGE_SEALED) || RELEASE_FILE.test(change.path) || !TRIAGE_FILE.test(change.path)) {
        set.others.push(change);
        continue;
      }
      const before = change.before ? await readTriageVersion(repo, change.path, change.before) : undefined;
      const after = change.after ? await readTriageVersion(repo, change.path, change.after) : undefined;
      if (before && after) set.triage.push({ status: 'modified', before, after });
      else if (before) triage.deleted.push(before);
      else if (after) triage.added.push(after);
      continue;
    }
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

  set.advisories.push(...pairRenames(deleted, added));
  set.triage.push(...pairRenames(triage.deleted, triage.added));
  set.advisories.sort((x, y) => pathOf(x).localeCompare(pathOf(y)));
  set.triage.sort((x, y) => pathOf(x).localeCompare(pathOf(y)));
  return set;
}

/** Deleted and added versions of one kind, paired as renames where they match; the rest stay deleted or added. */
function pairRenames<T>(deleted: AdvisoryVersion<T>[], added: AdvisoryVersion<T>[]): AdvisoryChange<T>[] {
  const out: AdvisoryChange<T>[] = [];
  const pair = (matches: (d: AdvisoryVersion<T>, a: AdvisoryVersion<T>) => boolean) => {
    for (const d of [...deleted]) {
      const a = added.find((candidate) => matches(d, candidate));
      if (!a) continue;
      out.push({ status: 'renamed', before: d, after: a });
      deleted.splice(deleted.indexOf(d), 1);
      added.splice(added.indexOf(a), 1);
    }
  };
  pair((d, a) => d.entry.oid === a.entry.oid);
  pair((d, a) => !!d.facts?.id && !!a.facts?.id && d.facts.id.toUpperCase() === a.facts.id.toUpperCase());
  // Facts are read the same way for both kinds (published is published_upstream for a record).
  pair((d, a) => !!d.facts?.published && !!a.data && d.facts.published === a.facts?.published && summaryOf(d) === summaryOf(a));
  for (const before of deleted) out.push({ status: 'deleted', before });
  for (const after of added) out.push({ status: 'added', after });
  return out;
}

export function pathOf(change: AdvisoryChange<unknown>): string {
  return (change.after ?? change.before)?.path ?? '';
}

function summaryOf(version: AdvisoryVersion<unknown>): unknown {
  const data = version.yaml?.data;
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>).summary : undefined;
}
