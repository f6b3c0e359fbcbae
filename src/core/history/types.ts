import type { Diagnostic } from '../diagnostics.ts';

/**
 * One commit that changed an advisory's file, as the history walk records it.
 * What readers see of it is a DatedRevision (dates-from-history.ts).
 */
export interface Revision {
  sha: string;
  /** When the commit was made (committer time), a UTC instant. */
  date: string;
  /** The commit on the branch's first-parent line that brought this change in (itself, or the merge of its side branch). */
  landedSha: string;
  /** When the change reached the branch: the landing commit's time. Dates shown to readers use this. */
  landedDate: string;
  /**
   * Where the landing commit comes in the walk, oldest first: orders changes to
   * different advisories without trusting commit dates (the leak scan's
   * "provably older" rule uses it).
   */
  landedOrder: number;
  author: string;
  subject: string;
  /** The file's path after the commit (before it, for a deletion). */
  path: string;
  change: 'added' | 'modified' | 'renamed' | 'deleted';
  /** For a rename, where the file was before. */
  previousPath?: string;
  /** The file's blob after the commit; absent for a deletion. */
  blob?: string;
  /** True when the commit is where a shallow clone's history is cut: the file may have existed, unchanged, before it. */
  cut: boolean;
  /**
   * False when the file's bytes changed but its data did not (a reformat by
   * `npm run fmt`, a comment, a move to another folder): such a revision moves
   * no date and is not listed as an update. Set for every revision from the
   * first published one on, and for the newest data change before it.
   */
  dataChanged?: boolean;
}

/** A dated point in an advisory's history. */
export interface HistoryPoint {
  sha: string;
  /** When it reached the branch (see Revision.landedDate). */
  date: string;
  /** The value of the field in that version of the file. */
  value?: string;
}

/** What the git history says about one advisory, keyed by its id. */
export interface AdvisoryHistory {
  id: string;
  /** The file's path in the newest revision. */
  path: string;
  /** Every commit that changed the file, in the order they reached the branch (oldest first). */
  revisions: Revision[];
  /** The first revision whose status is published or withdrawn, with the `timeline.published` it carried. */
  firstPublished?: HistoryPoint;
  /** The first revision that carries `timeline.fixed`, with that value: when the team recorded the fix. */
  firstFixed?: HistoryPoint;
  /** The newest revision that changed the data (see Revision.dataChanged); absent when that is a shallow-clone cut (date unknown). */
  lastModified?: HistoryPoint;
  /**
   * True when the oldest known revision is a shallow-clone cut: the real
   * first commit (and so the first-published commit) is unknown.
   */
  truncated: boolean;
}

export interface History {
  /** False when there is no usable git history (no .git, no commits): callers fall back to the data's own dates and say so. */
  available: boolean;
  /** The commit the walk started from. */
  head?: string;
  /** True for a shallow clone: some first dates are unknown (see AdvisoryHistory.truncated). */
  shallow: boolean;
  /** How many commits were read. */
  commits: number;
  /** Upper-cased advisory id → its history. */
  byId: Map<string, AdvisoryHistory>;
  /** HISTORY_* problems: no history, shallow clone, missing objects. */
  diagnostics: Diagnostic[];
}
