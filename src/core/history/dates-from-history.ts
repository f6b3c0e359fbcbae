import type { Advisory } from '../model.ts';
import { commitUrl } from '../settings.ts';
import type { History } from './types.ts';

/** One dated entry in an advisory's public timeline; commit revisions carry their commit. */
export interface DatedRevision {
  date: string;
  summary: string;
  /** The tracker commit behind this entry, when the git history knows it. */
  sha?: string;
  /** Link to that commit on the forge (watchkeeper.yaml forge.commit_url). */
  url?: string;
}

export interface DatesFromHistory {
  /** When the advisory was published: its `timeline.published` (undefined for drafts and embargoed previews). */
  published: string | undefined;
  /** When its data last changed: its newest commit that changed the data, not only the layout (or newest timeline event without history), never before `published`. */
  modified: string;
  /** Timeline events and, with history, every commit that changed the advisory after it was first published, oldest first. */
  revisions: DatedRevision[];
  /** Where the dates come from: the git history, or the advisory's own timeline. */
  source: 'history' | 'timeline';
  /** Why the timeline was used instead of history, for pages and logs to say so. */
  note?: string;
}

const EVENTS: Array<[keyof Advisory['timeline'], string]> = [
  ['reported', 'Reported to the team'],
  ['disclosed', 'Disclosed publicly'],
  ['fixed', 'Fix available'],
  ['published', 'Advisory published'],
];

/**
 * The dates every output uses for an advisory. `published` is always the
 * advisory's declared `timeline.published`: it never changes once readers saw
 * it (HISTORY_PUBLISHED_CHANGED guards that), and a team that imports its old
 * advisories keeps their real dates rather than the import commit's. The
 * history adds what the data cannot know about itself: when the file last
 * changed, each later revision, and the commits that published it and
 * recorded its fix, linked on the forge. Revision summaries are generated,
 * not taken from commit messages, so no free text from git reaches a page.
 */
export function advisoryDatesFrom(advisory: Advisory, history: History | undefined, commitUrlTemplate?: string): DatesFromHistory {
  const link = (sha: string | undefined) => {
    const url = sha ? commitUrl(commitUrlTemplate, sha) : undefined;
    return { ...(sha ? { sha } : {}), ...(url ? { url } : {}) };
  };
  const entry = history?.available ? history.byId.get(advisory.id.toUpperCase()) : undefined;
  const note = !history?.available
    ? 'no git history here, so dates come from the advisory’s timeline'
    : !entry
      ? 'this advisory is not committed yet, so dates come from its timeline'
      : entry.truncated || !entry.lastModified
        ? 'the clone is shallow and this advisory’s first commits are missing, so dates come from its timeline'
        : undefined;
  const useHistory = entry !== undefined && note === undefined;
  const attached: Partial<Record<keyof Advisory['timeline'], string | undefined>> = useHistory
    ? { published: entry.firstPublished?.sha, fixed: entry.firstFixed?.sha }
    : {};

  const revisions: DatedRevision[] = [];
  for (const [key, summary] of EVENTS) {
    const date = advisory.timeline[key];
    if (date) revisions.push({ date, summary, ...link(attached[key]) });
  }
  if (advisory.withdrawn) revisions.push({ date: advisory.withdrawn, summary: 'Advisory withdrawn' });

  let newestCommit: string | undefined;
  if (useHistory) {
    newestCommit = entry.lastModified?.date;
    const first = entry.revisions.findIndex((r) => r.sha === entry.firstPublished?.sha);
    if (first !== -1) {
      // A revision that changed bytes but not data (a reformat) is no update a reader should see.
      for (const r of entry.revisions.slice(first + 1).filter((r) => r.dataChanged !== false)) {
        const summary =
          r.change === 'renamed' ? 'Advisory file moved' : r.change === 'deleted' ? 'Advisory file removed' : 'Advisory updated';
        revisions.push({ date: r.landedDate, summary, ...link(r.sha) });
      }
    }
  }
  revisions.sort((a, b) => a.date.localeCompare(b.date));

  const published = advisory.timeline.published;
  const candidates = [useHistory ? newestCommit : revisions.at(-1)?.date, published].filter((d): d is string => Boolean(d));
  const modified = candidates.sort((a, b) => Date.parse(b) - Date.parse(a))[0] ?? '1970-01-01T00:00:00Z';
  return { published, modified, revisions, source: useHistory ? 'history' : 'timeline', ...(note ? { note } : {}) };
}
