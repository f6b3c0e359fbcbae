import type { Advisory, Database } from '../model.ts';
import type { Settings } from '../settings.ts';
import { formatInstant } from '../time.ts';
import { embargoFacts, fixTarget } from './embargo-facts.ts';
import { isPublishable } from './publishable.ts';

/** One advisory that is not public yet, as the embargo report shows it. */
export interface EmbargoEntry {
  id: string;
  file: string;
  status: string;
  summary?: string;
  coordinator?: string;
  /**
   * `embargoed` (under embargo now), `lifted` (embargo over but not published:
   * publish it), `scheduled` (published with a future instant), `draft` (no
   * embargo), `unreadable` (the file does not load: run npm run check).
   */
  state: 'embargoed' | 'lifted' | 'scheduled' | 'draft' | 'unreadable';
  until?: string;
  /** until − now in ms; negative once lifted. */
  remainingMs?: number;
  reported?: string;
  /** Embargo length from the report, in days. */
  lengthDays?: number;
  overMax?: boolean;
  overPreferred?: boolean;
  reason?: string;
  fixDue?: string;
  fixed?: string;
  /** Past the fix target without a fix, or fixed after it. */
  overdue?: boolean;
}

export interface EmbargoReport {
  now: string;
  policy: Settings['policy'];
  entries: EmbargoEntry[];
}

const ORDER: Record<EmbargoEntry['state'], number> = { unreadable: 0, lifted: 1, embargoed: 2, scheduled: 3, draft: 4 };

/**
 * Everything not yet public at `now`, soonest to lift first: what is
 * embargoed and when it lifts, what has lifted and waits to be published, and
 * which are overdue against the fix target. `unreadable` lists advisory files
 * that did not load, because an unknown file could be an embargo.
 */
export function embargoStatus(db: Database, now: Date, unreadable: readonly { id: string; file: string }[] = []): EmbargoReport {
  const { policy } = db.settings;
  const entries: EmbargoEntry[] = db.advisories.filter((a) => !isPublishable(a, now)).map((a) => entryOf(a, policy, now));
  for (const u of unreadable) entries.push({ id: u.id, file: u.file, status: 'unknown', state: 'unreadable' });
  entries.sort(
    (x, y) =>
      ORDER[x.state] - ORDER[y.state] ||
      (x.remainingMs ?? Number.POSITIVE_INFINITY) - (y.remainingMs ?? Number.POSITIVE_INFINITY) ||
      x.id.localeCompare(y.id),
  );
  // Whole seconds: the report is read by people and compared by bots, neither needs milliseconds.
  return { now: formatInstant(new Date(Math.floor(now.getTime() / 1000) * 1000)), policy, entries };
}

function entryOf(a: Advisory, policy: Settings['policy'], now: Date): EmbargoEntry {
  const facts = embargoFacts(a, policy, now);
  const fix = fixTarget(a, policy, now);
  const entry: EmbargoEntry = {
    id: a.id,
    file: a.file,
    status: a.status,
    summary: a.summary,
    state: 'draft',
    ...(a.coordinator ? { coordinator: a.coordinator } : {}),
    ...(a.timeline.reported ? { reported: a.timeline.reported } : {}),
    ...(fix ? { fixDue: formatInstant(new Date(fix.dueMs)), overdue: fix.overdue } : {}),
    ...(a.timeline.fixed ? { fixed: a.timeline.fixed } : {}),
  };
  if (facts && 'inDoubt' in facts) return { ...entry, state: 'unreadable' };
  if (facts) {
    Object.assign(entry, {
      state: facts.lifted ? 'lifted' : 'embargoed',
      until: formatInstant(new Date(facts.untilMs)),
      remainingMs: facts.remainingMs,
      overMax: facts.overMax,
      overPreferred: facts.overPreferred,
      ...(facts.lengthMs === undefined ? {} : { lengthDays: Math.round((facts.lengthMs / 86_400_000) * 10) / 10 }),
      ...(a.embargo?.reason ? { reason: a.embargo.reason } : {}),
    });
  }
  if (entry.state === 'lifted' && a.status === 'published') entry.state = 'scheduled';
  if (!facts && a.status !== 'draft') entry.state = a.status === 'embargoed' ? 'unreadable' : 'scheduled';
  return entry;
}
