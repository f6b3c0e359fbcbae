import type { Advisory, Database } from '../core/index.ts';

/** One dated change to an advisory, newest last. */
export interface Revision {
  date: string;
  summary: string;
}

export interface AdvisoryDates {
  /** When the advisory was first published (undefined for drafts and embargoed previews). */
  published: string | undefined;
  /** When the advisory last changed: the newest revision. */
  modified: string;
  revisions: Revision[];
}

const EVENTS: [keyof Advisory['timeline'], string][] = [
  ['reported', 'Reported to the team'],
  ['disclosed', 'Disclosed publicly'],
  ['fixed', 'Fix available'],
  ['published', 'Advisory published'],
];

/**
 * THE place pages, feeds and exports get an advisory's dates from, so they all
 * agree. For now the timeline is the source (plus the withdrawal); the git
 * history of the file is meant to replace it, which changes only this function.
 */
export function advisoryDates(_db: Database, advisory: Advisory): AdvisoryDates {
  const revisions: Revision[] = [];
  for (const [key, summary] of EVENTS) {
    const date = advisory.timeline[key];
    if (date) revisions.push({ date, summary });
  }
  if (advisory.withdrawn) revisions.push({ date: advisory.withdrawn, summary: 'Advisory withdrawn' });
  revisions.sort((a, b) => a.date.localeCompare(b.date));
  const modified = revisions.at(-1)?.date ?? advisory.timeline.published ?? '1970-01-01T00:00:00Z';
  return { published: advisory.timeline.published, modified, revisions };
}
