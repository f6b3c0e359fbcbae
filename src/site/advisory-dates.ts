import { advisoryDatesFrom, type DatesFromHistory } from '../core/history/dates-from-history.ts';
import type { History } from '../core/history/types.ts';
import { loadHistory } from '../core/history/walk-history.ts';
import type { Advisory, Database } from '../core/index.ts';

/**
 * published: when the advisory was first published (undefined for drafts and
 * embargoed previews); modified: when it last changed; revisions: its
 * timeline events and later commits; source/note: whether git history or the
 * advisory's own timeline supplied them, and why.
 */
export type AdvisoryDates = DatesFromHistory;

// One walk of the git history per data root and build, shared by every page,
// feed and export (the walk reads every commit once; see docs/record.md).
const histories = new Map<string, History>();

/** The git history of the data repository, walked once per root. */
export function historyOf(root: string): History {
  let history = histories.get(root);
  if (!history) {
    history = loadHistory(root);
    histories.set(root, history);
    // Say once, on the build's console, why dates fall back to the timeline.
    for (const d of history.diagnostics) console.warn(`watchkeeper: ${d.code}: ${d.message}${d.hint ? ` ${d.hint}` : ''}`);
  }
  return history;
}

/**
 * THE place pages, feeds and exports get an advisory's dates from, so they all
 * agree: from the git history (last change, revisions, commit links), with the
 * advisory's timeline as the fallback when there is no usable history (no
 * .git, a shallow clone, an uncommitted file), which `source` and `note` say.
 */
export function advisoryDates(db: Database, advisory: Advisory): AdvisoryDates {
  return advisoryDatesFrom(advisory, historyOf(db.root), db.settings.forge?.commit_url);
}
