import { publishableTriage } from '../embargo/publishable.ts';
import type { Database } from '../model.ts';
import { instantMs } from '../time.ts';
import type { TriageEvent } from '../types.gen.ts';
import { type Deadline, deadlineOf } from './deadline.ts';
import { currentEvent, NEEDS_TRIAGE, type TriageRecord, type TriageStatus } from './model.ts';

/** Every status, in the order a reader follows a vulnerability through triage. */
export const TRIAGE_STATUSES: readonly TriageStatus[] = [
  'detected',
  'investigating',
  'affected',
  'not_affected',
  'fixed',
  'will_not_fix',
  'rejected',
];

/** One package in one release that is still open: it needs triage, or it is affected without a fix. */
export interface QueueItem {
  id: string;
  /** Repo-relative path of the record. */
  file: string;
  summary: string;
  package: string;
  release: string;
  status: TriageStatus;
  /** When the current status began: the first of the trailing events with this status (needs triage: of either). */
  since: string;
  /** Whole days the policy clock has run (deadline.ts): since queued for triage, since publication for a fix; 0 before it starts (an embargo not yet over). */
  daysOpen: number;
  /** Days past the policy target, 0 while within it. */
  daysOverdue: number;
  /** The policy's target for this item, in days. */
  targetDays: number;
  /** What the clock counts from: `triage` (queued) or `fix` (published upstream, embargo end or first event). */
  clock: Deadline['kind'];
  clockStart: string;
  /** The record's assignee (a roster handle), when it has one. */
  assignee?: string;
}

export interface QueueFilters {
  package?: string;
  release?: string;
  assignee?: string;
  status?: TriageStatus;
}

export interface TriageQueue {
  /** Open items: needs triage oldest first, then affected without a fix oldest first. */
  items: QueueItem[];
  needsTriage: QueueItem[];
  affected: QueueItem[];
  /** Items past their target, most overdue first. */
  overdue: QueueItem[];
  /** Current status of every package × release the filters keep, open or closed, per status. */
  counts: Record<TriageStatus, number>;
  /** The open item whose clock started first, if any. */
  oldestOpen?: QueueItem;
  /** How many package × release entries the filters kept. */
  entries: number;
}

/**
 * The triage queue at `now` over `db.triage`, pure: pass a database whose
 * triage is publishableTriage(db, now) for anything a reader sees. Filters
 * narrow every part (items, counts, overdue) alike.
 */
export function triageQueue(db: Pick<Database, 'triage' | 'settings'>, now: Date, filters: QueueFilters = {}): TriageQueue {
  const counts = Object.fromEntries(TRIAGE_STATUSES.map((s) => [s, 0])) as Record<TriageStatus, number>;
  const open: QueueItem[] = [];
  let entries = 0;
  for (const t of db.triage) {
    if (filters.assignee !== undefined && t.assignee !== filters.assignee) continue;
    for (const pkg of t.packages) {
      if (filters.package !== undefined && pkg.name !== filters.package) continue;
      for (const rel of pkg.releases) {
        if (filters.release !== undefined && rel.release !== filters.release) continue;
        const last = currentEvent(rel.events);
        if (!last) continue;
        if (filters.status !== undefined && last.status !== filters.status) continue;
        entries++;
        counts[last.status]++;
        const deadline = deadlineOf(t, rel.events, db.settings.policy, now);
        if (deadline) open.push(itemOf(t, pkg.name, rel.release, rel.events, last, deadline));
      }
    }
  }
  const byClock = (a: QueueItem, b: QueueItem) =>
    instantMs(a.clockStart) - instantMs(b.clockStart) ||
    a.id.localeCompare(b.id) ||
    a.package.localeCompare(b.package) ||
    a.release.localeCompare(b.release);
  const needsTriage = open.filter((i) => i.clock === 'triage').sort(byClock);
  const affected = open.filter((i) => i.clock === 'fix').sort(byClock);
  const items = [...needsTriage, ...affected];
  const overdue = items.filter((i) => i.daysOverdue > 0).sort((a, b) => b.daysOverdue - a.daysOverdue || byClock(a, b));
  const oldestOpen = [...items].sort(byClock)[0];
  return { items, needsTriage, affected, overdue, counts, ...(oldestOpen ? { oldestOpen } : {}), entries };
}

function itemOf(
  t: TriageRecord,
  pkg: string,
  release: string,
  events: readonly TriageEvent[],
  last: TriageEvent,
  deadline: Deadline,
): QueueItem {
  const sameRun = (s: TriageStatus) => (deadline.kind === 'triage' ? NEEDS_TRIAGE.includes(s) : s === last.status);
  let i = events.length - 1;
  while (i > 0 && sameRun((events[i - 1] as TriageEvent).status)) i--;
  return {
    id: t.id,
    file: t.file,
    summary: t.summary,
    package: pkg,
    release,
    status: last.status,
    since: (events[i] as TriageEvent).at,
    daysOpen: Math.max(0, deadline.days),
    daysOverdue: deadline.overdueDays,
    targetDays: deadline.targetDays,
    clock: deadline.kind,
    clockStart: deadline.start,
    ...(t.assignee ? { assignee: t.assignee } : {}),
  };
}

/** The queue readers may see: over publishableTriage(db, now) only, never an embargoed or unpublished record. */
export function publishableTriageQueue(db: Database, now: Date): TriageQueue {
  return triageQueue({ triage: publishableTriage(db, now), settings: db.settings }, now);
}
