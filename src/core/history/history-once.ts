import { resolve } from 'node:path';
import type { Advisory, Database } from '../model.ts';
import { advisoryDatesFrom, type DatesFromHistory } from './dates-from-history.ts';
import { cachedHistory } from './history-cache.ts';
import type { History } from './types.ts';
import { type HistoryOptions, loadHistory } from './walk-history.ts';

/**
 * published: when the advisory was first published (undefined for drafts and
 * embargoed previews); modified: when it last changed; revisions: its
 * timeline events and later commits; source/note: whether git history or the
 * advisory's own timeline supplied them, and why.
 */
export type AdvisoryDates = DatesFromHistory;

// One walk of the git history per data root and ref per process, shared by
// every caller: the site's pages, feeds and exports, `npm run record`, and any
// other script that needs dates (the walk reads every commit once; see
// docs/record.md). The diagnostics stay in History.diagnostics: core never
// prints, the caller says them once.
const walked = new Map<string, History>();

/** Where historyOnce keeps the walk between processes (history-cache.ts); without it, every process walks afresh. */
export interface HistoryOnceOptions extends Omit<HistoryOptions, 'previous'> {
  cacheDir?: string;
}

/** The git history of the data repository at `root` (from `options.ref`, HEAD by default), walked once. */
export function historyOnce(root: string, options: HistoryOnceOptions = {}): History {
  const { cacheDir, ...walkOptions } = options;
  const key = `${resolve(root)}\0${options.ref ?? 'HEAD'}\0${options.folder ?? 'advisories'}`;
  let history = walked.get(key);
  if (!history) {
    history = cacheDir ? cachedHistory(root, walkOptions, cacheDir) : loadHistory(root, walkOptions);
    walked.set(key, history);
  }
  return history;
}

/**
 * THE place the site and the CLI get an advisory's dates from, so they all
 * agree: from the git history (last change, revisions, commit links), with the
 * advisory's timeline as the fallback when there is no usable history (no
 * .git, a shallow clone, an uncommitted file), which `source` and `note` say.
 */
export function advisoryDates(db: Database, advisory: Advisory, history: History = historyOnce(db.root)): AdvisoryDates {
  return advisoryDatesFrom(advisory, history, db.settings.forge?.commit_url);
}
